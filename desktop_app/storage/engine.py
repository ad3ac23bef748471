"""The SQLite engine: WAL, foreign keys, synchronous=FULL, explicit BEGIN modes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from desktop_app.private_files import create_private_file

BUSY_TIMEOUT_MS = 10_000


def make_engine(db_path: Path) -> Engine:
    # Created 0600 before SQLite opens it: SQLite gives its -wal and -shm files the database
    # file's permissions, so none of the three is ever readable by other users.
    create_private_file(db_path)
    engine = create_engine(
        f"sqlite:///{db_path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Python's sqlite3 would open transactions on its own; we issue BEGIN ourselves.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        # Checkpoints run on the store's own thread (storage.checkpointer), not in a commit.
        cur.execute("PRAGMA wal_autocheckpoint=0")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # Deleted or overwritten content is zeroed, not left in free space: an erased
        # ceremony key must not linger in the file (services.retention also vacuums).
        cur.execute("PRAGMA secure_delete=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the lock up front (BEGIN IMMEDIATE) so that reading the chain head and
        # appending to it cannot interleave with another writer, even in another process.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine
