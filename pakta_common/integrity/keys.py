"""Station Ed25519 keys: created once at initialisation, private key kept in the keys folder."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pakta_common.files import write_atomic


def key_id_of(public_key: bytes) -> str:
    """Short, stable name of a public key: the first 8 hex digits of its SHA-256."""
    return hashlib.sha256(public_key).hexdigest()[:8]


@dataclass(frozen=True)
class StationKey:
    private: Ed25519PrivateKey

    @property
    def public_bytes(self) -> bytes:
        return self.private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def key_id(self) -> str:
        return key_id_of(self.public_bytes)

    def sign(self, message: bytes) -> bytes:
        return self.private.sign(message)


def verify_signature(public_key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def load_or_create_station_key(path: Path) -> StationKey:
    """Read the station's private key, or make one (file mode 0600) when there is none."""
    if path.exists():
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(loaded, Ed25519PrivateKey):
            raise ValueError(f"{path} does not hold an Ed25519 key")
        return StationKey(loaded)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, pem, mode=0o600)
    return StationKey(key)


def load_or_create_secret(path: Path, size: int = 32) -> bytes:
    """A random secret (e.g. the data-at-rest key), created once with mode 0600."""
    if path.exists():
        data = path.read_bytes()
        if len(data) != size:
            raise ValueError(f"{path} is damaged (expected {size} bytes)")
        return data
    secret = os.urandom(size)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, secret, mode=0o600)
    return secret
