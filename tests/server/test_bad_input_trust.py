"""Bad input of issue 11 (server side): every invalid input a 4xx, never a 500; no blob kept for a
refused record; exports that stay data; the CLI's JSON and exit codes on every path."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from desktop_app.cli.main import main
from desktop_app.services.roster_import import apply_roster
from desktop_app.storage.store import Store
from desktop_app.sync.cycle import sync_once
from desktop_app.sync.enrolment import enroll
from desktop_app.sync.outbox import pending_batch
from pakta_common.integrity.cells import neutralise_cell
from pakta_common.roster_file import RosterRow
from server.db import Database
from server.models import Blob, Record, Station
from server.retention import purge_ceremony
from server.stations import add_user, revoke_station
from server.stats import export_csv
from tests.server.helpers import (
    admin_sign_in,
    enrol_in_process,
    new_ceremony,
    new_station,
    nip,
    running_server,
    sign,
    sqlite_url,
    station_code,
)


def _blob_count(app: FastAPI) -> int:
    with app.state.db.transaction() as s:
        return int(s.scalar(select(func.count()).select_from(Blob)) or 0)


@pytest.mark.parametrize(
    "body",
    [
        b'{"code": NaN}',
        b'{"code": "ABCD-EFGH", "station_id": Infinity, "name": "x", "public_key": -Infinity}',
        b"NaN",
        b"[NaN, Infinity]",
        b'{"code": "ABCD-EFGH", "station_id": 1e999}',
    ],
)
def test_non_finite_numbers_are_a_422(http: TestClient, body: bytes) -> None:
    for path in ("/api/v1/enroll", "/api/v1/enroll/challenge"):
        answer = http.post(path, content=body, headers={"Content-Type": "application/json"})
        assert answer.status_code == 422, (path, answer.text)
        assert answer.json()["detail"][0]["loc"][0] == "body"


@pytest.mark.parametrize(
    ("cursor", "status"),
    [
        ("c9223372036854775807", 200),  # the largest BIGINT: valid, nothing after it
        ("c9223372036854775808", 400),  # one past 64 bits
        ("c99999999999999999999", 400),
        ("c" + "9" * 30, 422),  # longer than any cursor: refused before it is read
        ("c\u0663\u0664", 400),  # Arabic-Indic digits: str.isdigit() would take them
        ("c\uff11", 400),  # a fullwidth 1
        ("c-1", 400),
        ("c", 400),
        ("c1 ", 400),
    ],
)
def test_pull_cursor_is_ascii_and_fits_64_bits(
    app: FastAPI, http: TestClient, station_a: Store, cursor: str, status: int
) -> None:
    client = enrol_in_process(station_a, app, http)
    answer = http.get(
        "/api/v1/pull",
        params={"cursor": cursor},
        headers={"Authorization": f"Bearer {client.token}"},
    )
    assert answer.status_code == status, answer.text


def test_over_long_row_ids_are_a_4xx(app: FastAPI, http: TestClient) -> None:
    with app.state.db.transaction() as s:
        add_user(s, "admin", "admin", "sandi-admin-1", actor="test")
    csrf = admin_sign_in(http, "admin", "sandi-admin-1")
    for path in (
        "/admin/duplicates/99999999999999999999999/review",
        "/admin/duplicates/0/review",
        "/admin/duplicates/%D9%A3/review",
        "/admin/stations/99999999999999999999999/revoke",
        "/admin/stations/-1/revoke",
    ):
        assert http.post(path, data={"csrf": csrf}).status_code == 422, path
    for ref in ("99999999999999999999999", "\u0663", "x" * 2000):
        answer = http.post(f"/api/v1/stations/{ref}/revoke", headers={"X-CSRF-Token": csrf})
        assert answer.status_code == 404 and len(answer.text) < 300


def test_records_refused_for_a_gap_leave_no_blobs(
    app: FastAPI, http: TestClient, station_a: Store
) -> None:
    cid = new_ceremony(station_a, 4)
    client = enrol_in_process(station_a, app, http)
    for i in range(3):
        sign(station_a, cid, i)
    records = [p.record.model_dump() for p in pending_batch(station_a, 0, 10)]
    auth = {"Authorization": f"Bearer {client.token}"}
    gap = http.post("/api/v1/push", json={"records": records[1:]}, headers=auth).json()
    assert {r["status"] for r in gap["results"]} == {"rejected"}
    assert _blob_count(app) == 0
    whole = http.post("/api/v1/push", json={"records": records}, headers=auth).json()
    assert whole["accepted"] == 3
    with app.state.db.transaction() as s:
        named = {h for r in s.scalars(select(Record)) for h in (r.signature_sha256, r.image_sha256)}
        stored = set(s.scalars(select(Blob.sha256)))
    assert stored == named  # every accepted record has its blobs, nothing else is kept


def test_purge_removes_blobs_of_refused_records(
    app: FastAPI, http: TestClient, station_a: Store
) -> None:
    """Blobs an older server kept for refused records (no record names them) go at the next
    purge, whichever ceremony they came with."""
    cid = new_ceremony(station_a, 2)
    sign(station_a, cid, 0)
    sync_once(station_a, enrol_in_process(station_a, app, http))
    cipher = app.state.cipher
    with app.state.db.transaction() as s:
        s.add(Blob(sha256="ab" * 32, data=cipher.seal("ab" * 32, b"refused pen data")))
    assert _blob_count(app) == 3
    with app.state.db.transaction() as s:
        result = purge_ceremony(s, cid, actor="test")
    assert result.orphans_deleted == 1 and result.blobs_deleted == 2
    assert _blob_count(app) == 0


def test_server_csv_export_keeps_formulas_as_text(
    app: FastAPI, http: TestClient, station_a: Store
) -> None:
    cid = new_ceremony(station_a, 0)
    hostile = ['=HYPERLINK("http://x","klik")', "@SUM(1+1)", "+62 812", "-1+2", "\tTab", "\rCR"]
    rows = [
        RosterRow(i + 2, nip(i), "nip", name, "", "", "=cmd|' /C calc'!A0", "")
        for i, name in enumerate(hostile)
    ]
    apply_roster(station_a, rows, [], cid)
    for i in range(len(hostile)):
        sign(station_a, cid, i)
    sync_once(station_a, enrol_in_process(station_a, app, http))
    with app.state.db.transaction() as s:
        text = export_csv(s, cid)
    table = list(csv.reader(io.StringIO(text)))
    names = {row[4] for row in table[1:]}
    assert names == {"'" + n for n in hostile}
    assert {row[7] for row in table[1:]} == {"'=cmd|' /C calc'!A0"}
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for r in table for cell in r)
    assert neutralise_cell(5) == 5 and neutralise_cell("Budi") == "Budi"


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main(["--json", *args])
    captured = capsys.readouterr()
    out = json.loads(captured.out) if captured.out.strip() else None
    return code, out, captured.err


@pytest.mark.slow
def test_cli_json_and_exit_codes_when_the_server_says_no(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_url = sqlite_url(tmp_path)
    with running_server(db_url, tmp_path / "server.log", workers=1) as server:
        db = Database.from_url(db_url)
        revoked, refused, fine = (new_station(tmp_path, n) for n in ("Meja R", "Meja T", "Meja B"))
        for store in (revoked, refused, fine):
            enroll(store, server.url, station_code(db, store.station_name))
        cid = new_ceremony(revoked, 3)
        sign(revoked, cid, 0)
        dirs = {s.station_name: s.paths.root for s in (revoked, refused, fine)}
        for store in (revoked, refused, fine):
            store.close()
        with db.transaction() as s:
            revoke_station(s, "Meja R", actor="test")
            # Meja T's records can no longer verify: the server holds another (sound) key.
            other = Ed25519PrivateKey.generate().public_key()
            row = s.scalars(select(Station).where(Station.name == "Meja T")).one()
            row.public_key = other.public_bytes(
                serialization.Encoding.Raw, serialization.PublicFormat.Raw
            )

        code, out, err = _cli(capsys, "--data-dir", str(dirs["Meja R"]), "sync")
        assert code == 3 and out is not None, err
        assert out["state"] == "unauthorised" and "revoked" in out["error"]
        assert out["pending"] == 1 and "revoked" in err
        code, out, err = _cli(
            capsys, "--data-dir", str(dirs["Meja R"]), "rehearse", "--attendees", "2",
            "--server", server.url,
        )  # fmt: skip
        assert code == 3, err

        code, out, err = _cli(
            capsys, "--data-dir", str(dirs["Meja T"]), "rehearse", "--attendees", "3",
            "--server", server.url,
        )  # fmt: skip
        assert code == 1 and out["synced"] == 0, err

        code, out, err = _cli(
            capsys, "--data-dir", str(dirs["Meja B"]), "rehearse", "--attendees", "3",
            "--server", server.url,
        )  # fmt: skip
        assert code == 0 and out["synced"] == 3, err
        db.dispose()
