"""Test helpers: real station stores that sign real records, and a real server to sync with."""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from fastapi import FastAPI
from fastapi.testclient import TestClient

from desktop_app.demo.factory import ceremony_with_roster, nip_at, signature_image, signed_record
from desktop_app.services.signing import RegisteredPledge
from desktop_app.storage.store import Store
from desktop_app.sync.client import SyncClient
from desktop_app.sync.enrolment import enroll, server_link
from pakta_common.wire import MAX_BODY_BYTES
from server.app import ServerSettings, create_app
from server.blobcrypt import KEY_FILE_ENV, KEY_FILE_NAME
from server.db import Database
from server.stations import add_station

REPO_ROOT = Path(__file__).resolve().parents[2]


def nip(i: int) -> str:
    """The NIP of the ``i``-th person (from 0) of ``new_ceremony``'s roster."""
    return nip_at(i)


def png() -> bytes:
    """The one signature image every record of ``sign`` carries (stored once by the server)."""
    return signature_image(0)


def new_station(root: Path, name: str) -> Store:
    return Store.open(root / name, station_name=name)


def new_ceremony(store: Store, people: int) -> str:
    """A ceremony with the first ``people`` of the demo roster (persons ``nip(0)``...)."""
    return ceremony_with_roster(store, people).id


def sign(store: Store, ceremony_id: str, i: int, *, reason: str = "") -> RegisteredPledge:
    """Person ``i`` signs on the screen (their own handwriting, the shared image)."""
    return signed_record(
        store,
        ceremony_id,
        nip(i),
        seed=i,
        image_png=png(),
        consent_method="screen_touch",
        resign_reason=reason,
    )


def sqlite_url(tmp: Path) -> str:
    return f"sqlite:///{tmp / 'server.db'}"


_KEYS: Path | None = None


def test_key_file(db_url: str) -> Path:
    """The server data key file tests use: next to a SQLite database, else in a temporary
    folder of this test run (created on first use, like the server's own)."""
    global _KEYS
    if db_url.startswith("sqlite:///"):
        return Path(db_url[len("sqlite:///") :]).parent / KEY_FILE_NAME
    if _KEYS is None:
        _KEYS = Path(tempfile.mkdtemp(prefix="pakta-test-keys-"))
        atexit.register(shutil.rmtree, _KEYS, True)
    return _KEYS / KEY_FILE_NAME


def make_app(
    db_url: str, key_file: Path | None = None, *, max_body_bytes: int = MAX_BODY_BYTES
) -> FastAPI:
    return create_app(
        ServerSettings(
            db_url=db_url,
            migrate_on_start=True,
            data_key_file=key_file or test_key_file(db_url),
            max_body_bytes=max_body_bytes,
        )
    )


def station_code(db: Database, name: str) -> str:
    with db.transaction() as session:
        return add_station(session, name, actor="test")[1]


def enrol_in_process(store: Store, app: FastAPI, http: TestClient) -> SyncClient:
    code = station_code(app.state.db, store.station_name)
    enroll(store, str(http.base_url), code, http=http)
    link = server_link(store)
    assert link is not None
    return SyncClient(http, link.token)


def admin_sign_in(http: httpx.Client, name: str, password: str) -> str:
    """Sign in through the login form as a browser would (it names its own page as the
    Origin of every form it posts); returns the session's CSRF token."""
    http.headers["Origin"] = str(http.base_url).rstrip("/")
    page = http.get("/admin/login").text
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert csrf is not None
    answer = http.post(
        "/admin/login",
        data={"name": name, "password": password, "csrf": csrf.group(1)},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text[:500]
    stations = http.get("/admin/stations").text
    session_csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', stations)
    assert session_csrf is not None
    return session_csrf.group(1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class RunningServer:
    url: str
    db_url: str
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self, sig_kill: bool = False) -> None:
        """Stop the server; ``sig_kill`` is a power cut: the supervisor and every worker die at
        once (they share the process group the server was started in)."""
        if sig_kill:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
        elif self.process.poll() is None:
            self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)


def start_server(
    db_url: str,
    log: Path,
    *,
    workers: int = 2,
    port: int | None = None,
    data_dir: Path | None = None,
    public_url: str = "",
) -> RunningServer:
    """`pakta server` as a real process (uvicorn, several workers) on loopback."""
    port = port or free_port()
    cmd = [sys.executable, "-m", "desktop_app.cli.main"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    cmd += [
        "server",
        "--db",
        db_url,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    if public_url:
        cmd += ["--public-url", public_url]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if data_dir is None and KEY_FILE_ENV not in env:
        # Without a data folder the key would go to the user's own one: keep it with the log.
        env[KEY_FILE_ENV] = str(log.parent / KEY_FILE_NAME)
    handle = log.open("ab")
    proc = subprocess.Popen(
        cmd, cwd=REPO_ROOT, stdout=handle, stderr=subprocess.STDOUT, env=env, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(url + "/api/v1/health", timeout=1).status_code == 200:
                return RunningServer(url, db_url, proc, log)
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"server did not start: {log.read_text()[-2000:]}")


@contextmanager
def running_server(db_url: str, log: Path, **kw: object) -> Iterator[RunningServer]:
    server = start_server(db_url, log, **kw)  # type: ignore[arg-type]
    try:
        yield server
    finally:
        server.stop()
