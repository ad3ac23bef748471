"""PostgreSQL goes away under the server: pushes get 503 (retry later), the station keeps its
records, and the next cycle after the database returns delivers them, once."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from desktop_app.sync.client import ServerUnavailable
from desktop_app.sync.cycle import sync_once
from desktop_app.sync.outbox import pending_count
from server.models import Record
from tests.server.helpers import enrol_in_process, make_app, new_ceremony, new_station, sign
from tests.server.pg import base_url


def _block(db_url: str, blocked: bool) -> None:
    name = db_url.rsplit("/", 1)[1]
    with psycopg.connect(base_url(), autocommit=True) as conn:
        conn.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS {'false' if blocked else 'true'}")
        if blocked:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (name,),
            )


def test_database_outage_is_a_retry_not_a_loss(pg_url: str, tmp_path: Path) -> None:
    app = make_app(pg_url)
    store = new_station(tmp_path, "Meja A")
    try:
        with TestClient(app, raise_server_exceptions=False) as http:
            client = enrol_in_process(store, app, http)
            cid = new_ceremony(store, 5)
            sign(store, cid, 0)
            assert sync_once(store, client).accepted == 1
            sign(store, cid, 1)
            sign(store, cid, 2)
            _block(pg_url, True)
            try:
                with pytest.raises(ServerUnavailable, match="503"):
                    sync_once(store, client)
                assert http.get("/api/v1/health").status_code == 503
            finally:
                _block(pg_url, False)
            assert pending_count(store) == 2
            report = sync_once(store, client)
            assert (report.accepted, report.pending) == (2, 0)
        with app.state.db.transaction() as s:
            assert s.scalar(select(func.count()).select_from(Record)) == 3
    finally:
        app.state.db.dispose()
        store.close()
