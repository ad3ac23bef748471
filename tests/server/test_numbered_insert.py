"""The records' INSERT, numbered from the change counter, as a push's last statement: on
PostgreSQL it is sent with the COMMIT. What it stores is committed with its numbers; when it
fails (a record id another push stored meanwhile) nothing is, and the error is SQLAlchemy's, so
the push's retry sees it."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from desktop_app.sync.cycle import sync_once
from server.db import Database, current_change
from server.models import Record
from server.numbered_insert import insert_numbered_last
from tests.server.helpers import enrol_in_process, make_app, new_ceremony, new_station, sign


def _one_stored_record(db_url: str, tmp_path: Path) -> Database:
    app = make_app(db_url)
    store = new_station(tmp_path, "Meja A")
    try:
        with TestClient(app) as http:
            client = enrol_in_process(store, app, http)
            sign(store, new_ceremony(store, 3), 0)
            assert sync_once(store, client).accepted == 1
    finally:
        store.close()
    db: Database = app.state.db
    return db


def _row(db: Database) -> dict[str, Any]:
    with db.reading() as session:
        row = dict(session.execute(select(Record.__table__)).mappings().one())
    del row["id"], row["change_seq"]
    return row


def _count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Record)) or 0)


def test_the_last_insert_commits_its_rows_numbered_and_a_clash_commits_nothing(
    db_url: str, tmp_path: Path
) -> None:
    db = _one_stored_record(db_url, tmp_path)
    try:
        template = _row(db)
        with db.reading() as session:
            [stored_id] = session.scalars(select(Record.id)).all()
            before = current_change(session)
        fresh = {**template, "id": str(uuid.uuid4()), "station_seq": 1000}
        clash = {**template, "id": stored_id, "station_seq": 1001}
        with pytest.raises(IntegrityError), db.transaction() as session:
            insert_numbered_last(session, Record, [fresh, clash])
        assert _count(db) == 1  # neither row: the failed statement committed nothing
        with db.reading() as session:
            assert current_change(session) == before  # nor took any numbers
        with db.transaction() as session:
            insert_numbered_last(session, Record, [fresh])
            # On PostgreSQL the COMMIT went with the INSERT: another connection sees the row
            # before this block's own (now empty) commit; on SQLite the caller commits.
            assert _count(db) == (2 if db_url.startswith("postgresql") else 1)
        with db.reading() as session:
            assert current_change(session) == before + 1
            seq = session.scalar(select(Record.change_seq).where(Record.id == fresh["id"]))
        assert seq == before + 1
        assert _count(db) == 2  # and the pool's connection serves the next request
    finally:
        db.dispose()
