"""Admin sign-in throttling, same-origin state changes and HSTS, attacked as an outsider would.

Real app, real argon2 checks; time is the server clock moved forward (never a sleep)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from desktop_app.services.roster_import import apply_roster
from desktop_app.storage.store import Store
from desktop_app.sync.cycle import sync_once
from pakta_common.roster_file import RosterRow
from server import clock, throttle
from server.models import AuditLog, LoginThrottle, Record
from server.organiser import create_ceremony
from server.stations import add_station, add_user
from server.webguard import HSTS
from tests.server.helpers import (
    admin_sign_in,
    enrol_in_process,
    nip,
    running_server,
    sign,
    sqlite_url,
)

PASSWORD = "sandi-admin-1"
BASE = "http://testserver"


class Clock:
    def __init__(self) -> None:
        self.at = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += dt.timedelta(**delta)


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Iterator[Clock]:
    fake = Clock()
    monkeypatch.setattr(clock, "now", fake)
    yield fake


@pytest.fixture
def admin(app: FastAPI) -> str:
    with app.state.db.transaction() as s:
        add_user(s, "admin", "admin", PASSWORD, actor="test")
    return "admin"


def _client(app: FastAPI, address: str = "203.0.113.7") -> TestClient:
    return TestClient(app, client=(address, 40000), headers={"Origin": BASE})


def _attempt(http: TestClient, name: str, password: str) -> httpx.Response:
    page = http.get("/admin/login").text
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert csrf is not None
    return http.post(
        "/admin/login",
        data={"name": name, "password": password, "csrf": csrf.group(1)},
        follow_redirects=False,
    )


def _audit(app: FastAPI, action: str) -> list[AuditLog]:
    with app.state.db.transaction() as s:
        return list(s.scalars(select(AuditLog).where(AuditLog.action == action)))


def test_backoff_then_lockout_with_one_audit_row(app: FastAPI, admin: str, now: Clock) -> None:
    http = _client(app)
    statuses = []
    for _ in range(throttle.LOCK_AFTER):
        statuses.append(_attempt(http, admin, "salah").status_code)
        now.advance(seconds=61)  # waits out each backoff step
    assert statuses == [200] * throttle.LOCK_AFTER  # the form again, with "wrong password"
    locked = _attempt(http, admin, PASSWORD)  # even the right password: locked
    assert locked.status_code == 429 and "Terlalu banyak percobaan" in locked.text
    assert int(locked.headers["Retry-After"]) > 60
    account, address = sorted(_audit(app, "login_locked"), key=lambda a: a.actor != admin)
    assert account.actor == admin and '"scope": "account"' in account.detail
    assert '"scope": "address"' in address.detail and "203.0.113.7" in address.detail
    assert len(_audit(app, "login_failed")) == throttle.LOCK_AFTER
    now.advance(minutes=16)
    assert _attempt(http, admin, PASSWORD).status_code == 303


def test_attempts_during_backoff_are_not_even_checked(app: FastAPI, admin: str, now: Clock) -> None:
    http = _client(app)
    for _ in range(throttle.FREE_FAILURES):
        assert _attempt(http, admin, "salah").status_code == 200
    quick = [_attempt(http, admin, "salah").status_code for _ in range(5)]
    assert quick == [429] * 5
    assert len(_audit(app, "login_failed")) == throttle.FREE_FAILURES  # refusals add nothing
    now.advance(seconds=2)
    assert _attempt(http, admin, PASSWORD).status_code == 303  # backoff over: right password


def test_per_address_throttle_across_names(app: FastAPI, admin: str, now: Clock) -> None:
    http = _client(app, "198.51.100.9")
    for i in range(throttle.FREE_FAILURES):
        assert _attempt(http, f"tebakan-{i}", "x").status_code == 200
    assert _attempt(http, "tebakan-lain", "x").status_code == 429  # new name, same address
    other = _client(app, "198.51.100.10")
    assert _attempt(other, admin, PASSWORD).status_code == 303  # another address is free


def test_unknown_names_are_never_stored_and_the_table_is_bounded(
    app: FastAPI, admin: str, now: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(throttle, "MAX_ROWS", 12)
    secret_name = '=HYPERLINK("http://evil")-nama-rahasia'
    for i in range(20):
        http = _client(app, f"192.0.2.{i}")
        assert _attempt(http, f"{secret_name}{i}", "x").status_code == 200
        now.advance(seconds=1)
    with app.state.db.transaction() as s:
        rows = list(s.scalars(select(LoginThrottle)))
        audit_text = " ".join(f"{a.actor} {a.detail}" for a in s.scalars(select(AuditLog)))
        audit_rows = s.scalar(
            select(func.count()).select_from(AuditLog).where(AuditLog.action.startswith("login"))
        )
    assert len(rows) <= 12
    assert all(re.fullmatch(r"(user|addr):[0-9a-f]{64}", r.key) for r in rows)
    assert "nama-rahasia" not in audit_text and audit_rows == 0


def test_address_lockouts_are_audited_once_per_window(app: FastAPI, admin: str, now: Clock) -> None:
    for address in ("192.0.2.50", "192.0.2.51"):
        http = _client(app, address)
        for i in range(throttle.LOCK_AFTER):
            _attempt(http, f"orang-{address}-{i}", "x")
            now.advance(seconds=61)
    locks = _audit(app, "login_locked")
    assert len(locks) == 1 and '"scope": "address"' in locks[0].detail


def test_a_valid_csrf_token_from_a_foreign_origin_is_refused(app: FastAPI, admin: str) -> None:
    http = TestClient(app)
    csrf = admin_sign_in(http, admin, PASSWORD)
    form = {"csrf": csrf, "name": "Meja Penyusup"}
    for headers in (
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Origin": "http://testserver.evil.example"},
        {"Origin": "", "Referer": "https://evil.example/page"},
    ):
        http.headers.pop("Origin", None)
        answer = http.post("/admin/stations", data=form, headers=headers)
        assert answer.status_code == 403, headers
        assert "refused" in answer.json()["detail"]
    http.headers.pop("Origin", None)
    assert http.post("/admin/stations", data=form).status_code == 403  # says nothing: refused
    referer = http.post("/admin/stations", data=form, headers={"Referer": BASE + "/admin/"})
    assert referer.status_code == 200  # a browser that sends only a Referer of our own
    assert http.post("/admin/stations", data=form, headers={"Origin": BASE}).status_code == 200
    with app.state.db.transaction() as s:
        adds = s.scalar(
            select(func.count()).select_from(AuditLog).where(AuditLog.action == "station_add")
        )
    assert adds == 2  # the two from our own pages, none from elsewhere


def test_hsts_only_over_https(app: FastAPI) -> None:
    assert "strict-transport-security" not in TestClient(app).get("/admin/login").headers
    secure = TestClient(app, base_url="https://testserver")
    assert secure.get("/admin/login").headers["strict-transport-security"] == HSTS
    assert secure.get("/api/v1/health").headers["strict-transport-security"] == HSTS


def test_hsts_behind_a_trusted_proxy(tmp_path: Path) -> None:
    """A real server process: a proxy on 127.0.0.1 (trusted by default) says https."""
    with running_server(sqlite_url(tmp_path), tmp_path / "server.log", workers=1) as server:
        plain = httpx.get(server.url + "/admin/login")
        proxied = httpx.get(server.url + "/admin/login", headers={"X-Forwarded-Proto": "https"})
    assert "strict-transport-security" not in plain.headers
    assert proxied.headers["strict-transport-security"] == HSTS


def test_hostile_text_is_escaped_and_every_look_is_audited(
    app: FastAPI, admin: str, station_a: Store
) -> None:
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    with app.state.db.transaction() as s:
        made = create_ceremony(
            s, title=hostile, date="2026-12-01", venue=hostile, pledge_text="Ikrar.", actor="t"
        )
        cid = made.id
        add_station(s, hostile[:120], actor="t")
    http = TestClient(app)
    admin_sign_in(http, admin, PASSWORD)
    client = enrol_in_process(station_a, app, http)
    sync_once(station_a, client)
    apply_roster(
        station_a,
        [RosterRow(2, nip(3), "nip", hostile, "", "", "Bappeda", "")],
        [],
        cid,
    )
    sign(station_a, cid, 3)
    sync_once(station_a, client)
    with app.state.db.transaction() as s:
        record_id = s.scalars(select(Record.id)).one()
    for path in (
        "/admin/",
        f"/admin/ceremonies/{cid}",
        f"/admin/ceremonies/{cid}/manage",
        "/admin/stations",
        f"/admin/records/{record_id}",
        "/admin/audit",
    ):
        page = http.get(path)
        assert page.status_code == 200, path
        assert "<script>" not in page.text and "<img src=x" not in page.text, path
        assert "&lt;script&gt;" in page.text, path
    http.get(f"/admin/ceremonies/{cid}/export.csv")
    assert {a.action for a in _audit(app, "record_view") + _audit(app, "export_csv")} == {
        "record_view",
        "export_csv",
    }
