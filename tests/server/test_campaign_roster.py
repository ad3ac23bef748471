"""A campaign's roster on real PostgreSQL: bad files (the desk import's cases) change nothing,
a re-import updates people in place, and a backup restored into a new database (deploy/
backup.sh, deploy/restore.sh: pg_dump and pg_restore) gives the same report and chase list."""

from __future__ import annotations

import io
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from openpyxl import Workbook
from sqlalchemy import func, select

from server.campaign_models import CampaignPerson
from server.models import AuditLog
from tests.server.campaign_setup import (
    BAPPEDA,
    DINKES,
    PEOPLE,
    Campaign,
    build_campaign,
    cli,
    roster_csv,
)
from tests.server.helpers import REPO_ROOT, admin_sign_in, make_app, nip
from tests.server.pg import base_url


@pytest.fixture
def setting(pg_url: str, tmp_path: Path) -> Iterator[tuple[Campaign, TestClient]]:
    app = make_app(pg_url)
    with TestClient(app) as http:
        made = build_campaign(app, http, tmp_path)
        yield made, http
        made.desk_a.close()
        made.desk_b.close()
    app.state.db.dispose()


def _state(app: FastAPI) -> tuple[list[tuple[str, str, str]], int]:
    """The campaign's roster (identifier, name, unit) and the audit log's length."""
    with app.state.db.transaction() as s:
        people = [
            (p.identifier, p.name, p.unit)
            for p in s.scalars(select(CampaignPerson).order_by(CampaignPerson.identifier))
        ]
        return people, int(s.scalar(select(func.count()).select_from(AuditLog)) or 0)


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def _bad_files(root: Path) -> dict[str, tuple[Path, str]]:
    """Files that cannot be read as a roster, and a word the refusal must say."""
    quote = root / "quote.csv"
    quote.write_text(f'Nama;NIP\nSiti;{nip(20)}\n"Ahmad;{nip(21)}\nDewi;{nip(22)}\n', "utf-8")
    broken = root / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    old = root / "old.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    headless = root / "headless.csv"
    headless.write_text("apa;ini\n1;2\n", "utf-8")
    empty = root / "empty.csv"
    empty.write_bytes(b"")
    binary = root / "image.csv"
    binary.write_bytes(bytes(range(256)) * 40)
    return {
        "stray quote": (quote, "quote"),
        "damaged XLSX": (broken, "XLSX"),
        "old Excel": (old, ".xls"),
        "no header": (headless, "header"),
        "empty": (empty, ""),
        "binary": (binary, ""),
        "missing": (root / "nowhere.csv", "cannot read"),
    }


def test_bad_roster_files_change_nothing(
    setting: tuple[Campaign, TestClient], tmp_path: Path
) -> None:
    campaign, http = setting
    before = _state(campaign.app)
    for case, (path, word) in _bad_files(tmp_path).items():
        code, _out, err = cli(
            "server", "roster", "import", str(path), "--campaign", campaign.id, "--db", campaign.db
        )
        assert code == 2, case
        assert word in err, (case, err)
        assert "Traceback" not in err and "unexpected error" not in err, case
        assert _state(campaign.app) == before, case

    # The same files through the admin page's upload: refused with the reason, nothing changed.
    from server.stations import add_user

    with campaign.app.state.db.transaction() as s:
        add_user(s, "admin", "admin", "sandi-admin-1", actor="test")
    csrf = admin_sign_in(http, "admin", "sandi-admin-1")
    for case, (path, _) in _bad_files(tmp_path).items():
        if not path.exists():
            continue
        answer = http.post(
            f"/admin/campaigns/{campaign.id}/roster",
            data={"csrf": csrf},
            files={"roster": (path.name, path.read_bytes(), "application/octet-stream")},
        )
        assert answer.status_code == 400, (case, answer.status_code)
        assert 'id="error"' in answer.text, case
        assert _state(campaign.app)[0] == before[0], case
    # and a good file through the same form: one new person, nothing else changed
    good = roster_csv(tmp_path / "tambah.csv", [*PEOPLE, ("Orang Baru", nip(30), BAPPEDA)])
    answer = http.post(
        f"/admin/campaigns/{campaign.id}/roster",
        data={"csrf": csrf},
        files={"roster": ("tambah.csv", good.read_bytes(), "text/csv")},
    )
    assert answer.status_code == 200 and 'id="roster-result"' in answer.text
    said = " ".join(answer.text.split())
    assert "Diimpor 1, diperbarui 0, tidak berubah 10, ditolak 0." in said
    assert _state(campaign.app)[0] == sorted([*before[0], (nip(30), "Orang Baru", BAPPEDA)])


def test_duplicates_are_refused_by_row_and_a_reimport_updates_in_place(
    setting: tuple[Campaign, TestClient], tmp_path: Path
) -> None:
    campaign, _ = setting
    # nip(2) moves to Dinas Kesehatan, nip(10) is new, nip(11) appears twice (both refused).
    moved = [(n, i, DINKES if i == nip(2) else u) for n, i, u in PEOPLE]
    rows = [*moved, ("Baru", nip(10), BAPPEDA), ("Dua", nip(11), BAPPEDA), ("Dua", nip(11), DINKES)]
    code, result, err = cli(
        "server", "roster", "import", str(roster_csv(tmp_path / "again.csv", rows)),
        "--campaign", campaign.id, "--db", campaign.db,
    )  # fmt: skip
    assert code == 0, err
    assert (result["imported"], result["updated"], result["unchanged"]) == (1, 1, 9)
    assert [r["row"] for r in result["rejected"]] == [13, 14]
    assert all("duplicate identifier" in r["reason"] for r in result["rejected"])
    code, report, _ = cli("server", "report", "--campaign", campaign.id, "--db", campaign.db)
    units = [(u["unit"], u["expected"], u["signed"]) for u in report["units"]]
    assert units == [(BAPPEDA, 5, 2), (DINKES, 6, 3)]

    # An XLSX export with NIPs typed as text imports like the CSV (same reader).
    xlsx = _xlsx(
        tmp_path / "siasn.xlsx", [["NAMA", "NIP BARU", "UNOR"], ["Lagi", nip(12), BAPPEDA]]
    )
    code, result, err = cli(
        "server", "roster", "import", str(xlsx), "--campaign", campaign.id, "--db", campaign.db
    )
    assert code == 0 and result["imported"] == 1, err


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def test_backup_restore_into_a_new_database_gives_the_same_report(
    setting: tuple[Campaign, TestClient], tmp_path: Path
) -> None:
    campaign, _ = setting
    env = {**os.environ, "PAKTA_SERVER_DB": campaign.db, "PAKTA_BACKUP_DIR": str(tmp_path)}
    env["PATH"] = f"{REPO_ROOT / '.venv' / 'bin'}:{env['PATH']}"  # `pakta server migrate`
    made = subprocess.run(
        ["bash", str(REPO_ROOT / "deploy" / "backup.sh")],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    dump = Path(made.stdout.strip().splitlines()[-1])
    assert dump.parent == tmp_path and dump.stat().st_size > 0
    assert oct(dump.stat().st_mode & 0o777) == "0o600"

    name = f"pakta_restore_{uuid.uuid4().hex[:8]}"
    target = _plain(base_url()).rsplit("/", 1)[0] + "/" + name
    try:
        restored = subprocess.run(
            ["bash", str(REPO_ROOT / "deploy" / "restore.sh"), str(dump), target],
            env=env, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        assert restored.returncode == 0, restored.stderr
        for db in (campaign.db, target):
            code, report, err = cli("server", "report", "--campaign", campaign.id, "--db", db)
            assert code == 0, err
            if db == campaign.db:
                original = report
        assert report == original
        assert (report["signed"], report["expected"]) == (5, 10)
        out = {}
        for label, db in (("original", campaign.db), ("restored", target)):
            path = tmp_path / f"{label}.csv"
            code, _, err = cli(
                "server", "chase-list", "--campaign", campaign.id, "--format", "csv",
                "--out", str(path), "--db", db,
            )  # fmt: skip
            assert code == 0, err
            out[label] = path.read_bytes()
        assert out["original"] == out["restored"]

        # Restoring over an existing database, or from a file that is no dump, is refused.
        again = subprocess.run(
            ["bash", str(REPO_ROOT / "deploy" / "restore.sh"), str(dump), target],
            env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert again.returncode != 0 and "already exists" in again.stderr
        junk = tmp_path / "junk.dump"
        junk.write_bytes(b"not a dump")
        bad = subprocess.run(
            ["bash", str(REPO_ROOT / "deploy" / "restore.sh"), str(junk), target + "x"],
            env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert bad.returncode == 2 and "not a pg_dump archive" in bad.stderr
    finally:
        with psycopg.connect(_plain(base_url()), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.execute(f"DROP DATABASE IF EXISTS {name}x WITH (FORCE)")


def test_a_ceremony_takes_people_from_a_list_file_and_a_bad_line_changes_nothing(
    setting: tuple[Campaign, TestClient], tmp_path: Path
) -> None:
    campaign, _ = setting
    listed = tmp_path / "heads-of-opd.txt"
    # spaced the way NIPs are printed, a comment, a blank line and a BOM as Notepad saves it
    spaced = f"{nip(3)[:8]} {nip(3)[8:14]} {nip(3)[14]} {nip(3)[15:]}"
    listed.write_text(f"\ufeff# Kepala OPD\n{spaced}\n\n{nip(8)}\n", encoding="utf-8")
    code, made, err = cli(
        "server", "ceremony", "create", "--title", "Kepala OPD", "--date", "2024-02-10",
        "--venue", "Balai Kota", "--campaign", campaign.id, "--list", str(listed),
        "--db", campaign.db,
    )  # fmt: skip
    assert code == 0, err
    assert made["roster"] == 2

    bad = tmp_path / "typo.txt"
    bad.write_text(f"{nip(4)}\n19850101 2010\n", encoding="utf-8")
    code, _, err = cli(
        "server", "ceremony", "take", made["id"], "--list", str(bad), "--db", campaign.db
    )
    assert code == 2 and "line 2" in err
    code, again, err = cli(
        "server", "ceremony", "take", made["id"], "--list", str(listed), "--db", campaign.db
    )
    assert code == 0, err
    assert (again["added"], again["roster"]) == (0, 2)  # the bad file added no one either
    code, _, err = cli(
        "server", "ceremony", "take", made["id"], "--list", str(tmp_path / "nope.txt"),
        "--db", campaign.db,
    )  # fmt: skip
    assert code == 2 and "nope.txt" in err
