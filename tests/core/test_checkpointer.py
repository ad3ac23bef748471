"""WAL checkpoints happen on the store's own thread, never inside a signing's commit."""

from __future__ import annotations

import logging
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.services.ceremonies import CeremonyInfo
from desktop_app.services.signing import register_pledge
from desktop_app.storage.checkpointer import WalCheckpointer
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.record_writer import RECORD_COLUMNS, insert_record
from desktop_app.storage.store import Store
from tests.core.conftest import NIPS, pledge_request


def _wait_for(condition: Callable[[], bool], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def _records_in_main_file(db: Path, tmp: Path) -> int:
    """Signed records in the database file alone, as if its WAL were lost."""
    alone = tmp / "alone.db"
    shutil.copyfile(db, alone)
    con = sqlite3.connect(alone)
    try:
        return int(con.execute("SELECT count(*) FROM signed_pledge").fetchone()[0])
    except sqlite3.OperationalError:  # not even the schema has been copied there yet
        return 0
    finally:
        con.close()


def test_commits_do_not_checkpoint_inline(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0


def test_a_pause_after_signing_checkpoints_the_wal(
    store: Store, ceremony: CeremonyInfo, tmp_path: Path
) -> None:
    store.checkpointer.stop()
    store.checkpointer = WalCheckpointer(store.paths.db, idle_seconds=1.5)
    register_pledge(store, pledge_request(NIPS[0]))
    register_pledge(store, pledge_request(NIPS[1]))
    assert _records_in_main_file(store.paths.db, tmp_path) == 0  # still only in the WAL
    assert _wait_for(lambda: _records_in_main_file(store.paths.db, tmp_path) == 2)


def test_a_long_run_without_pauses_still_checkpoints(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE t (v BLOB)")
    checkpointer = WalCheckpointer(db, idle_seconds=60, max_pending=5)
    try:
        for _ in range(5):
            con.execute("INSERT INTO t VALUES (randomblob(8000))")
            checkpointer.committed()
        assert _wait_for(lambda: checkpointer.checkpoints == 1)
    finally:
        checkpointer.stop()
        con.close()


def test_stop_is_final(tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "x.db").close()  # a database a checkpoint would succeed on
    checkpointer = WalCheckpointer(tmp_path / "x.db", idle_seconds=0.01)
    checkpointer.committed()
    assert _wait_for(lambda: checkpointer.checkpoints == 1)
    checkpointer.stop()
    checkpointer.committed()  # after stop: ignored, and no thread is started for it
    assert checkpointer.checkpoints == 1
    assert checkpointer._thread is not None and not checkpointer._thread.is_alive()


def test_a_checkpoint_on_a_missing_database_is_survived(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    checkpointer = WalCheckpointer(tmp_path / "gone" / "x.db", idle_seconds=0.01)
    with caplog.at_level(logging.WARNING):
        checkpointer.committed()
        assert _wait_for(lambda: "WAL checkpoint failed" in caplog.text)  # it tried, and logged
    assert checkpointer.checkpoints == 0
    assert not (tmp_path / "gone").exists()
    (tmp_path / "gone").mkdir()
    sqlite3.connect(tmp_path / "gone" / "x.db").close()
    checkpointer.committed()  # the thread is still there and tries again
    assert _wait_for(lambda: checkpointer.checkpoints == 1)
    checkpointer.stop()


def test_a_record_missing_a_column_is_refused_and_nothing_is_written(
    store: Store, ceremony: CeremonyInfo
) -> None:
    partial = {c: "" for c in RECORD_COLUMNS if c != "station_sig"}
    with pytest.raises(ValueError, match="station_sig"), store.write() as session:
        insert_record(session, partial, audit_kind="record_pledge", audit_detail="{}")
    with store.read() as session:
        assert (
            session.execute(text(f"SELECT count(*) FROM {SignedPledge.__tablename__}")).scalar()
            == 0
        )
