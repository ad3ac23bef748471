"""The one codec through which signatures (specific personal data) are written and read.

Blobs are encrypted at rest with AES-256-GCM under the station's data key; the record id is
the associated data, so a blob copied onto another record does not decrypt.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.domain.errors import IntegrityFailure

_MAGIC = b"ENC1"


class SignatureCodec:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, record_id: str, plaintext: bytes) -> bytes:
        nonce = os.urandom(12)
        return _MAGIC + nonce + self._aead.encrypt(nonce, plaintext, record_id.encode("ascii"))

    def open(self, record_id: str, blob: bytes) -> bytes:
        if not blob.startswith(_MAGIC) or len(blob) < len(_MAGIC) + 12 + 16:
            raise IntegrityFailure(f"record {record_id}: signature data is not in a known format")
        nonce = blob[len(_MAGIC) : len(_MAGIC) + 12]
        try:
            return self._aead.decrypt(nonce, blob[len(_MAGIC) + 12 :], record_id.encode("ascii"))
        except InvalidTag:
            raise IntegrityFailure(
                f"record {record_id}: signature data was altered or belongs elsewhere"
            ) from None
