"""The one codec through which signatures (specific personal data) are written and read.

Blobs are encrypted at rest with AES-256-GCM; the record id is the associated data, so a blob
copied onto another record does not decrypt. Records are sealed under their ceremony's own key
(``ceremony_keys``: deleting it is how a ceremony's signatures are erased when the retention
period ends); the station's data key wraps those keys.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.domain.errors import IntegrityFailure

_MAGIC = b"ENC1"


STATION_MAGIC = _MAGIC  # under the station's data key (also wraps the ceremony keys)
CEREMONY_MAGIC = b"ENC2"  # under a ceremony's own key (storage.ceremony_keys)


class SignatureCodec:
    def __init__(self, key: bytes, magic: bytes = STATION_MAGIC) -> None:
        self._aead = AESGCM(key)
        self.magic = magic

    def seal(self, record_id: str, plaintext: bytes) -> bytes:
        nonce = os.urandom(12)
        return self.magic + nonce + self._aead.encrypt(nonce, plaintext, record_id.encode("ascii"))

    def open(self, record_id: str, blob: bytes) -> bytes:
        magic = self.magic
        if not blob.startswith(magic) or len(blob) < len(magic) + 12 + 16:
            raise IntegrityFailure(f"record {record_id}: signature data is not in a known format")
        nonce = blob[len(magic) : len(magic) + 12]
        try:
            return self._aead.decrypt(nonce, blob[len(magic) + 12 :], record_id.encode("ascii"))
        except InvalidTag:
            raise IntegrityFailure(
                f"record {record_id}: signature data was altered or belongs elsewhere"
            ) from None
