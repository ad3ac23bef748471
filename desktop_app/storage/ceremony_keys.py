"""Each ceremony's signatures under a key of its own, so that they can be erased.

Signed records are immutable and hash-chained, so a signature cannot be deleted from its row
when the retention period ends (UU PDP). Instead every ceremony gets a random data key,
stored wrapped by the station key; signature and image blobs are sealed under it. Erasing
the ceremony deletes the wrapped key: the blobs left on disk (and in old backups) can no
longer be read, while the chain, names, times and hashes still verify.

Writes look the key up in the open write transaction every time, so a station never seals
new data under a key another process has erased. Reads cache the unwrapped key per
ceremony for the life of the process.
"""

from __future__ import annotations

import os
import threading

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desktop_app.domain.errors import IntegrityFailure, SignatureDeleted
from desktop_app.storage.record_writer import driver
from desktop_app.storage.signature_codec import CEREMONY_MAGIC, STATION_MAGIC, SignatureCodec

_SELECT = "SELECT wrapped, erased_at FROM ceremony_key WHERE ceremony_id = ?"
_INSERT = (
    "INSERT INTO ceremony_key (ceremony_id, wrapped, created_at, erased_at) VALUES (?, ?, ?, ?)"
)


def _wrap_ad(ceremony_id: str) -> str:
    return f"ceremony-key:{ceremony_id}"


class CeremonyKeys:
    def __init__(self, station: SignatureCodec, engine: Engine) -> None:
        self._station = station
        self._engine = engine
        self._by_wrapped: dict[bytes, SignatureCodec] = {}
        self._by_ceremony: dict[str, SignatureCodec] = {}
        self._lock = threading.Lock()

    def sealer(self, session: Session, ceremony_id: str, now: str) -> SignatureCodec:
        """The codec to seal this ceremony's blobs with, creating its key (in this write
        transaction) when new; SignatureDeleted once the ceremony was erased."""
        con = driver(session)
        row = con.execute(_SELECT, (ceremony_id,)).fetchone()
        if row is None:
            key = os.urandom(32)
            wrapped = self._station.seal(_wrap_ad(ceremony_id), key)
            con.execute(_INSERT, (ceremony_id, wrapped, now, ""))
        elif row[0] is None:
            raise SignatureDeleted(
                f"the signatures of this ceremony were erased on {row[1]}; "
                "it takes no more signings"
            )
        else:
            wrapped = bytes(row[0])
        return self._codec(ceremony_id, wrapped)

    def open(self, ceremony_id: str, record_id: str, blob: bytes) -> bytes:
        """Decrypt a blob of this ceremony; SignatureDeleted once the ceremony was erased."""
        if blob.startswith(STATION_MAGIC):  # sealed before ceremony keys existed
            return self._station.open(record_id, blob)
        if not blob.startswith(CEREMONY_MAGIC):
            raise IntegrityFailure(f"record {record_id}: signature data is not in a known format")
        with self._lock:
            codec = self._by_ceremony.get(ceremony_id)
        if codec is None:
            with self._engine.connect() as conn:
                row = conn.exec_driver_sql(_SELECT, (ceremony_id,)).first()
            if row is None:
                raise IntegrityFailure(f"record {record_id}: its ceremony key is missing")
            if row[0] is None:
                raise SignatureDeleted(
                    f"record {record_id}: the signature was erased on {row[1]} "
                    "(retention period ended)"
                )
            codec = self._codec(ceremony_id, bytes(row[0]))
            with self._lock:
                self._by_ceremony[ceremony_id] = codec
        return codec.open(record_id, blob)

    def is_erased(self, session: Session, ceremony_id: str) -> bool:
        row = driver(session).execute(_SELECT, (ceremony_id,)).fetchone()
        return row is not None and row[0] is None

    def erase(self, session: Session, ceremony_id: str, now: str) -> bool:
        """Delete the ceremony's key in this transaction; False when it was already erased."""
        con = driver(session)
        row = con.execute(_SELECT, (ceremony_id,)).fetchone()
        if row is not None and row[0] is None:
            return False
        if row is None:  # nothing sealed yet: still mark it, so nothing will be
            con.execute(_INSERT, (ceremony_id, None, now, now))
        else:
            con.execute(
                "UPDATE ceremony_key SET wrapped = NULL, erased_at = ? WHERE ceremony_id = ?",
                (now, ceremony_id),
            )
        with self._lock:
            self._by_ceremony.pop(ceremony_id, None)
            self._by_wrapped.clear()
        return True

    def _codec(self, ceremony_id: str, wrapped: bytes) -> SignatureCodec:
        with self._lock:
            codec = self._by_wrapped.get(wrapped)
        if codec is None:
            key = self._station.open(_wrap_ad(ceremony_id), wrapped)
            codec = SignatureCodec(key, CEREMONY_MAGIC)
            with self._lock:
                self._by_wrapped[wrapped] = codec
        return codec
