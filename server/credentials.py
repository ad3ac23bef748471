"""Station tokens, one-time enrolment codes and user passwords: made, hashed and checked."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, typed by hand
_hasher = PasswordHasher()


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def new_token() -> str:
    """A station's bearer token (shown once; only its SHA-256 is kept)."""
    return secrets.token_urlsafe(32)


def new_enrol_code() -> str:
    """A one-time code like K7QW-M2ZP-4HXR: 60 bits, easy to type at a desk."""
    chars = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return "-".join(chars[i : i + 4] for i in range(0, 12, 4))


def normalise_code(code: str) -> str:
    flat = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(flat[i : i + 4] for i in range(0, len(flat), 4))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))
