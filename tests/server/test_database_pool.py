"""The server's PostgreSQL pool as desks meet it: warmed before the first request, readers that
hold no transaction open, and a warm-up that survives a database that is away."""

from __future__ import annotations

import logging
import time

import psycopg
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError

from server.db import Database, make_engine
from server.models import Station
from tests.server.pg import base_url


def _backends(db_url: str) -> list[tuple[int, str]]:
    """(pid, state) of the client backends connected to this test's database."""
    name = db_url.rsplit("/", 1)[1]
    with psycopg.connect(base_url(), autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pid, state FROM pg_stat_activity WHERE datname = %s AND pid <> "
            "pg_backend_pid() AND backend_type = 'client backend'",
            (name,),
        ).fetchall()
    return [(int(pid), str(state)) for pid, state in rows]


def test_warm_opens_the_pool_before_the_first_request(pg_url: str) -> None:
    db = Database.from_url(pg_url, migrate_now=True)
    try:
        db.dispose()  # the migration's connection: start from an empty pool
        assert _backends(pg_url) == []
        db.warm(3)
        assert db.engine.pool.checkedin() == 3  # type: ignore[attr-defined]
        assert len(_backends(pg_url)) == 3
        with db.reading() as session:  # served from the pool: no fourth backend
            assert session.scalars(select(Station)).all() == []
        assert len(_backends(pg_url)) == 3
    finally:
        db.dispose()


def test_a_reader_holds_no_transaction_open(pg_url: str) -> None:
    db = Database.from_url(pg_url, migrate_now=True)
    try:
        with db.reading() as session:
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            session.scalars(select(Station)).all()
            state = dict(_backends(pg_url))[pid]
            assert state == "idle"  # not "idle in transaction": vacuum and DDL never wait on it
        with db.transaction() as session:  # a writer still runs in a transaction
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            assert dict(_backends(pg_url))[pid] == "idle in transaction"
    finally:
        db.dispose()


def test_warming_with_the_database_away_says_so_and_returns(
    caplog: pytest.LogCaptureFixture,
) -> None:
    db = Database.from_url("postgresql://pakta@127.0.0.1:1/away")
    try:
        with caplog.at_level(logging.WARNING, logger="server.db"):
            db.warm(2)
        assert "database pool not warmed" in caplog.text
        assert db.engine.pool.checkedin() == 0  # type: ignore[attr-defined]
    finally:
        db.dispose()


def _terminate(db_url: str) -> None:
    """The database restarts under the pool: every backend of this database is ended."""
    with psycopg.connect(base_url(), autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND "
            "pid <> pg_backend_pid()",
            (db_url.rsplit("/", 1)[1],),
        )


def _pid(db: Database) -> int:
    with db.reading() as session:
        return int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())


def test_a_connection_lost_while_idle_is_replaced_unseen(pg_url: str) -> None:
    db = Database(make_engine(pg_url, pool_size=1, idle_ping_s=0.05))
    try:
        first = _pid(db)
        _terminate(pg_url)
        time.sleep(0.2)  # idle past the threshold: checked before use
        assert _pid(db) != first  # a new connection, and no error for the request
    finally:
        db.dispose()


def test_a_connection_in_steady_use_is_not_pinged_and_a_loss_costs_one_request(
    pg_url: str,
) -> None:
    db = Database(make_engine(pg_url, pool_size=1, idle_ping_s=60.0))
    try:
        first = _pid(db)
        _terminate(pg_url)
        with pytest.raises(OperationalError):  # not checked: that request finds out
            _pid(db)
        assert _pid(db) != first  # the pool dropped it: the next request is served
    finally:
        db.dispose()
