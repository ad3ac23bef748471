"""`pakta server` keeps its data key in the data folder: created once (mode 0600) before the
uvicorn workers start, so every worker encrypts and decrypts with the same key, on restarts
too; a lost key is never silently replaced."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from desktop_app.sync.client import SyncClient
from desktop_app.sync.cycle import sync_once
from desktop_app.sync.enrolment import enroll, server_link
from server.blobcrypt import KEY_FILE_ENV, KEY_FILE_NAME, MAGIC
from server.db import Database
from server.models import Blob, Record
from server.stations import add_user
from tests.server.helpers import (
    REPO_ROOT,
    free_port,
    new_ceremony,
    new_station,
    png,
    sign,
    start_server,
    station_code,
)
from tests.server.pg import fresh_database


def _admin_cookie(base: str) -> str:
    with httpx.Client(base_url=base, headers={"Origin": base}) as client:
        page = client.get("/admin/login")
        csrf = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        answer = client.post(
            "/admin/login", data={"name": "admin", "password": "sandi-admin-1", "csrf": csrf}
        )
        assert answer.status_code in (200, 303)
        return str(client.cookies["pakta_session"])


def _images(base: str, cookie: str, record_ids: list[str]) -> list[tuple[int, bytes]]:
    # A new connection each time, so the requests spread over the workers.
    got = []
    for rid in record_ids * 3:
        answer = httpx.get(
            f"{base}/admin/records/{rid}/image.png", cookies={"pakta_session": cookie}
        )
        got.append((answer.status_code, answer.content))
    return got


@pytest.mark.posix  # file modes (0600)
@pytest.mark.slow
def test_workers_share_the_key_created_once_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(KEY_FILE_ENV, raising=False)
    data = tmp_path / "server-data"
    with fresh_database() as db_url:
        db = Database.from_url(db_url, migrate_now=True)
        with db.transaction() as s:
            add_user(s, "admin", "admin", "sandi-admin-1", actor="test")
        log = tmp_path / "server.log"
        server = start_server(db_url, log, workers=2, data_dir=data)
        desks = [new_station(tmp_path, name) for name in ("Meja 1", "Meja 2")]
        try:
            key = data / KEY_FILE_NAME
            assert key.exists() and stat.S_IMODE(key.stat().st_mode) == 0o600
            assert log.read_text().count("Created the server data key") == 1
            first_key = key.read_bytes()
            cid = new_ceremony(desks[0], 12)
            for n, desk in enumerate(desks):
                enroll(desk, server.url, station_code(db, desk.station_name))
                link = server_link(desk)
                assert link is not None
                if n:
                    with SyncClient.connect(server.url, link.token) as client:
                        sync_once(desk, client)  # the ceremony and roster arrive
                for i in range(3):
                    sign(desk, cid, 4 * n + i)
                with SyncClient.connect(server.url, link.token) as client:
                    assert sync_once(desk, client).accepted == 3
            with db.transaction() as s:
                ids = list(s.scalars(select(Record.id)))
                stored = list(s.scalars(select(Blob.data)))
            assert len(ids) == 6 and all(bytes(d).startswith(MAGIC) for d in stored)
            cookie = _admin_cookie(server.url)
            assert _images(server.url, cookie, ids) == [(200, png())] * 18

            server.stop()  # a restart finds the key and keeps it
            server = start_server(db_url, log, workers=2, data_dir=data)
            assert key.read_bytes() == first_key
            assert log.read_text().count("Created the server data key") == 1
            assert _images(server.url, cookie, ids[:2]) == [(200, png())] * 6
        finally:
            server.stop()
            for desk in desks:
                desk.close()

        # Started with another data folder (no key there) on the same database: refused,
        # instead of a new key that would make the stored signatures unreadable.
        env = {k: v for k, v in os.environ.items() if k != KEY_FILE_ENV}
        other = tmp_path / "other-data"
        cmd = [sys.executable, "-m", "desktop_app.cli.main", "--data-dir", str(other), "server"]
        cmd += ["--db", db_url, "--port", str(free_port())]
        proc = subprocess.run(
            cmd, cwd=REPO_ROOT, capture_output=True, text=True, timeout=120, env=env
        )
        assert proc.returncode == 2, proc.stderr
        assert "is missing" in proc.stderr and "Traceback" not in proc.stderr
        assert not (other / KEY_FILE_NAME).exists()
        db.dispose()
