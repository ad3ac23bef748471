"""Encryption at rest of signature blobs: the one place that encrypts and decrypts them.

Signatures are specific (sensitive) personal data (UU PDP 27/2022), so ``Blob.data`` holds
the envelope shared with the station (pakta_common.envelope: ``b"ENC1" + nonce(12) +
AES-256-GCM ciphertext``) with the blob's SHA-256 (hex) as associated data: a blob copied onto
another blob's row does not decrypt. The 32-byte key lives in a file outside the database
(``server-data.key`` in the server's data folder, or the file named by
``PAKTA_SERVER_DATA_KEY_FILE``), so a copy of the database alone does not reveal signatures.
Blobs written before encryption (no magic) are still read as they are.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import stat
import time
from pathlib import Path

from pakta_common.envelope import KEY_BYTES, Envelope, EnvelopeError

MAGIC = b"ENC1"
KEY_FILE_NAME = "server-data.key"
KEY_FILE_ENV = "PAKTA_SERVER_DATA_KEY_FILE"
_PARTIAL_WAIT_S = 5.0  # another process may be writing the key file it has just created

log = logging.getLogger(__name__)


class BlobKeyError(Exception):
    """The key file cannot be read, created or is not a 32-byte key."""


class BlobDecryptError(Exception):
    """A stored blob does not decrypt with this server's key (another key, or damaged)."""

    def __init__(self, sha256: str, cipher: BlobCipher) -> None:
        where = f" from {cipher.source}" if cipher.source else ""
        super().__init__(
            f"signature data {sha256[:12]}… cannot be decrypted with the server data key "
            f"(fingerprint {cipher.fingerprint}{where}): the key file was replaced or belongs "
            "to another server, or the data is damaged; restore the key file this database "
            "was written with"
        )
        self.sha256 = sha256


class BlobCipher:
    """AES-256-GCM over blobs, bound to each blob's SHA-256."""

    def __init__(self, key: bytes, source: str = "") -> None:
        if len(key) != KEY_BYTES:
            raise BlobKeyError(f"a server data key has {KEY_BYTES} bytes, not {len(key)}")
        self._envelope = Envelope(key, MAGIC)
        self.source = source
        # Names the key in messages and logs without revealing it.
        self.fingerprint = hashlib.sha256(b"pakta-server-data-key\0" + key).hexdigest()[:12]

    def seal(self, sha256: str, data: bytes) -> bytes:
        """What to store for the blob named ``sha256`` holding ``data``."""
        return self._envelope.seal(sha256.encode("ascii"), data)

    def open(self, sha256: str, stored: bytes) -> bytes:
        """The blob's bytes from what is stored; raises BlobDecryptError when it will not open."""
        if not is_sealed(stored):
            return stored  # written before blobs were encrypted
        try:
            return self._envelope.open(sha256.encode("ascii"), stored)
        except EnvelopeError:
            if hashlib.sha256(stored).hexdigest() == sha256:
                return stored  # an old plaintext blob that happens to begin with the magic
            raise BlobDecryptError(sha256, self) from None


def is_sealed(stored: bytes) -> bool:
    return stored[: len(MAGIC)] == MAGIC


def key_file_path(data_dir: Path) -> Path:
    """Where the server data key is: PAKTA_SERVER_DATA_KEY_FILE, else in the data folder."""
    configured = os.environ.get(KEY_FILE_ENV, "").strip()
    return Path(configured).expanduser() if configured else data_dir / KEY_FILE_NAME


def load_cipher(path: Path, *, create: bool = True) -> tuple[BlobCipher, bool]:
    """The cipher for the key in ``path``; creates the key (mode 0600) when it is missing and
    ``create`` is set. Returns the cipher and whether the key was created now."""
    path = path.expanduser().absolute()
    created = False
    if create and not path.exists():
        created = _create_key_file(path)
    return BlobCipher(_read_key(path), str(path)), created


def _create_key_file(path: Path) -> bool:
    """Write a fresh random key with O_EXCL: of several processes starting at once exactly
    one creates the file, the others read it. Returns False when another process won."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        return False
    except OSError as exc:
        raise BlobKeyError(f"cannot create the server data key file {path}: {exc}") from None
    try:
        data = os.urandom(KEY_BYTES)
        while data:
            data = data[os.write(fd, data) :]
        os.fsync(fd)
    except OSError as exc:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        raise BlobKeyError(f"cannot write the server data key file {path}: {exc}") from None
    os.close(fd)
    with contextlib.suppress(OSError):  # make the new name durable too (POSIX only)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    log.warning(
        "created a new server data key in %s: back it up apart from the database; "
        "without it stored signatures cannot be read",
        path,
    )
    return True


def _read_key(path: Path) -> bytes:
    deadline = time.monotonic() + _PARTIAL_WAIT_S
    while True:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise BlobKeyError(f"the server data key file {path} does not exist") from None
        except OSError as exc:
            raise BlobKeyError(f"cannot read the server data key file {path}: {exc}") from None
        key = _parse_key(raw)
        if key is not None:
            break
        if len(raw) >= KEY_BYTES or time.monotonic() > deadline:
            raise BlobKeyError(
                f"the server data key file {path} holds {len(raw)} bytes; expected "
                f"{KEY_BYTES} random bytes (or {2 * KEY_BYTES} hex digits)"
            )
        time.sleep(0.05)  # just created by another process, still being written
    _warn_if_readable_by_others(path)
    return key


def _parse_key(raw: bytes) -> bytes | None:
    if len(raw) == KEY_BYTES:
        return raw
    text = raw.strip()
    if len(text) == 2 * KEY_BYTES:
        with contextlib.suppress(ValueError):
            return bytes.fromhex(text.decode("ascii"))
    return None


def _warn_if_readable_by_others(path: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            log.warning("the server data key file %s is readable by others: chmod 600 it", path)
