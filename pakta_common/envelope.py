"""The one AES-256-GCM envelope station and server seal personal data in.

Byte format (kept stable: stores on disk hold it): ``magic(4) + nonce(12) + ciphertext+tag(16)``.
The magic names the key family (the station writes ``ENC1`` under its data key and ``ENC2``
under a ceremony's key; the server ``ENC1`` under its data key); the associated data binds a
blob to where it belongs (the record id on the station, the blob's SHA-256 on the server), so
a blob copied elsewhere does not open.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
MAGIC_BYTES = 4
NONCE_BYTES = 12
TAG_BYTES = 16


class EnvelopeError(Exception):
    """A blob that does not open: ``reason`` is ``format`` (not this envelope, or too short)
    or ``tampered`` (altered, another key, or bound to other associated data)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"envelope does not open ({reason})")
        self.reason = reason


class Envelope:
    """Seals and opens blobs under one 32-byte key and one 4-byte magic."""

    def __init__(self, key: bytes, magic: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError(f"an envelope key has {KEY_BYTES} bytes, not {len(key)}")
        if len(magic) != MAGIC_BYTES:
            raise ValueError(f"an envelope magic has {MAGIC_BYTES} bytes, not {len(magic)}")
        self._aead = AESGCM(key)
        self.magic = magic

    def seal(self, associated: bytes, plaintext: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return self.magic + nonce + self._aead.encrypt(nonce, plaintext, associated)

    def is_sealed(self, blob: bytes) -> bool:
        """True when ``blob`` starts with this envelope's magic (it may still not open)."""
        return blob[:MAGIC_BYTES] == self.magic

    def open(self, associated: bytes, blob: bytes) -> bytes:
        """The plaintext; EnvelopeError when ``blob`` is not sealed here or was altered."""
        if not self.is_sealed(blob) or len(blob) < MAGIC_BYTES + NONCE_BYTES + TAG_BYTES:
            raise EnvelopeError("format")
        nonce = blob[MAGIC_BYTES : MAGIC_BYTES + NONCE_BYTES]
        try:
            return self._aead.decrypt(nonce, blob[MAGIC_BYTES + NONCE_BYTES :], associated)
        except InvalidTag:
            raise EnvelopeError("tampered") from None
