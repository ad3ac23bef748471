"""The organiser makes ceremonies, pledge versions and rosters on the server (CLI and admin
pages); enrolled desks pull them and cannot change them."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from desktop_app.cli.main import main
from desktop_app.services.attendees import pledge_text
from desktop_app.storage.models import Ceremony as DeskCeremony
from desktop_app.storage.models import Employee
from desktop_app.storage.store import Store
from desktop_app.sync.cycle import sync_once
from server.models import AuditLog, Ceremony, RosterEntry
from server.stations import add_user
from tests.server.helpers import admin_sign_in, enrol_in_process, nip, sign

PLEDGE = "Ikrar Netralitas ASN 2026\nSaya berjanji menjaga netralitas."


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main(["--json", *args])
    captured = capsys.readouterr()
    out = json.loads(captured.out) if captured.out.strip() else None
    return code, out, captured.err


def _roster_csv(path: Path) -> Path:
    path.write_text(
        "Nama;NIP;Unit Kerja\n"
        f"Budi Santoso;{nip(1)};Bappeda\n"
        f"Siti Aminah;{nip(2)};Dinas Kesehatan\n"
        "Tanpa NIP;12345;Bappeda\n",
        encoding="utf-8",
    )
    return path


def test_cli_ceremony_roster_and_pledge_reach_the_desk(
    app: FastAPI,
    http: TestClient,
    station_a: Store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = str(app.state.db.engine.url)
    pledge = tmp_path / "ikrar.txt"
    pledge.write_text(PLEDGE + "\r\n", encoding="utf-8")
    code, made, err = _cli(
        capsys, "server", "ceremony", "create", "--title", "Apel Netralitas", "--date",
        "2026-12-01", "--venue", "Alun-alun", "--pledge", str(pledge), "--db", db,
    )  # fmt: skip
    assert code == 0, err
    cid = made["id"]
    assert made["pledge"]["version"] == 1
    code, imported, err = _cli(
        capsys, "server", "roster", "import", str(_roster_csv(tmp_path / "r.csv")),
        "--ceremony", cid[:8], "--db", db,
    )  # fmt: skip
    assert code == 0, err
    assert (imported["imported"], imported["updated"]) == (2, 0)
    assert [r["row"] for r in imported["rejected"]] == [4]

    client = enrol_in_process(station_a, app, http)
    sync_once(station_a, client)
    assert pledge_text(station_a, cid).text == PLEDGE
    with station_a.read() as s:
        names = set(s.scalars(select(Employee.name).where(Employee.ceremony_id == cid)))
        assert s.get(DeskCeremony, cid) is not None
    assert names == {"Budi Santoso", "Siti Aminah"}

    second = tmp_path / "ikrar2.txt"
    second.write_text("Ikrar versi dua.", encoding="utf-8")
    code, changed, err = _cli(
        capsys, "server", "ceremony", "pledge", cid, "--pledge", str(second), "--db", db
    )
    assert code == 0 and changed["pledge"]["version"] == 2, err
    sync_once(station_a, client)
    assert pledge_text(station_a, cid).text == "Ikrar versi dua."
    sign(station_a, cid, 1)
    assert sync_once(station_a, client).accepted == 1
    code, _, err = _cli(
        capsys, "server", "ceremony", "pledge", cid, "--pledge", str(pledge), "--db", db
    )
    assert code == 2 and "cannot change now" in err


def test_cli_bad_input_changes_nothing(
    app: FastAPI, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(app.state.db.engine.url)
    base = ["server", "ceremony", "create", "--title", "T", "--venue", "V", "--db", db]
    assert _cli(capsys, *base, "--date", "23-11-2026")[0] == 2
    assert _cli(capsys, *base, "--date", "2026-11-23", "--pledge", str(tmp_path / "none"))[0] == 2
    binary = tmp_path / "ikrar.bin"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert _cli(capsys, *base, "--date", "2026-11-23", "--pledge", str(binary))[0] == 2
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    code, _, err = _cli(
        capsys, "server", "roster", "import", str(broken), "--ceremony", "abcd", "--db", db
    )
    assert code == 2 and "XLSX" in err
    code, _, err = _cli(
        capsys, "server", "roster", "import", str(_roster_csv(tmp_path / "r.csv")),
        "--ceremony", "abcd", "--db", db,
    )  # fmt: skip
    assert code == 2 and "no ceremony" in err
    with app.state.db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Ceremony)) == 0
        assert s.scalar(select(func.count()).select_from(RosterEntry)) == 0


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert found is not None
    return found.group(1)


def test_admin_pages_make_a_ceremony_import_a_roster_and_change_the_pledge(
    app: FastAPI, http: TestClient, tmp_path: Path
) -> None:
    with app.state.db.transaction() as s:
        add_user(s, "admin", "admin", "sandi-admin-1", actor="test")
        add_user(s, "pengawas", "viewer", "sandi-pengawas", actor="test")
    csrf = admin_sign_in(http, "admin", "sandi-admin-1")
    form = {
        "csrf": csrf,
        "title": "Ikrar Kota",
        "date": "2026-12-02",
        "venue": "Balai Kota",
        "pledge_text": PLEDGE,
    }
    bad = http.post("/admin/ceremonies-new", data={**form, "date": "besok"})
    assert bad.status_code == 400 and "YYYY-MM-DD" in bad.text
    made = http.post("/admin/ceremonies-new", data=form, follow_redirects=False)
    assert made.status_code == 303
    manage = made.headers["location"]
    cid = manage.split("/")[3]
    page = http.get(manage)
    assert "penyelenggara" in page.text and "versi 1" in page.text

    upload = http.post(
        f"/admin/ceremonies/{cid}/roster",
        data={"csrf": csrf},
        files={"roster": ("peserta.csv", _roster_csv(tmp_path / "r.csv").read_bytes())},
    )
    assert upload.status_code == 200
    assert "Diimpor 2" in upload.text and "baris 4" in upload.text
    junk = http.post(
        f"/admin/ceremonies/{cid}/roster",
        data={"csrf": csrf},
        files={"roster": ("peserta.xlsx", b"PK\x03\x04 broken")},
    )
    assert junk.status_code == 400 and "peserta.xlsx" in junk.text

    changed = http.post(
        f"/admin/ceremonies/{cid}/pledge",
        data={"csrf": csrf, "pledge_text": "Versi dua."},
        follow_redirects=False,
    )
    assert changed.status_code == 303
    assert "versi 2" in http.get(manage).text

    viewer = TestClient(app)
    viewer_csrf = admin_sign_in(viewer, "pengawas", "sandi-pengawas")
    as_viewer = viewer.post("/admin/ceremonies-new", data={**form, "csrf": viewer_csrf})
    assert as_viewer.status_code == 403
    assert viewer.get(manage).status_code == 403
    foreign = http.post(
        "/admin/ceremonies-new", data=form, headers={"Origin": "https://evil.example"}
    )
    assert foreign.status_code == 403
    with app.state.db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Ceremony)) == 1
        actions = set(s.scalars(select(AuditLog.action)))
    assert {"ceremony_create", "roster_import", "ceremony_pledge"} <= actions
