"""A small campaign for the campaign tests, built the way an organiser and two desks build it:
the CLI makes the campaign, imports its roster (a SIASN-style CSV) and two ceremonies; two
real enrolled stations pull them, sign people and push their records through the API."""

from __future__ import annotations

import contextlib
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from desktop_app.cli.main import main
from desktop_app.services.signing import RegisteredPledge
from desktop_app.storage.store import Store
from desktop_app.sync.client import SyncClient
from desktop_app.sync.cycle import sync_once
from tests.server.helpers import enrol_in_process, new_station, nip, sign

BAPPEDA, DINKES = "Bappeda", "Dinas Kesehatan"
# Ten ASN: nip(0)-nip(4) in Bappeda, nip(5)-nip(9) in Dinas Kesehatan.
PEOPLE = [(f"Pegawai {i:02d}", nip(i), BAPPEDA if i < 5 else DINKES) for i in range(10)]
MAIN_TITLE, MAIN_DATE = "Apel Utama Netralitas", "2024-02-12"
DINKES_TITLE, DINKES_DATE = "Apel Dinas Kesehatan", "2024-02-13"


def cli(*args: str) -> tuple[int, Any, str]:
    """`pakta --json ...` in process: (exit code, the JSON answer or None, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--json", *args])
    text = out.getvalue()
    return code, json.loads(text) if text.strip() else None, err.getvalue()


def roster_csv(path: Path, people: list[tuple[str, str, str]] = PEOPLE) -> Path:
    lines = ["Nama;NIP;Pangkat/Golongan;Jabatan;Unit Kerja"]
    lines += [f"{name};{ident};III/a;Analis;{unit}" for name, ident, unit in people]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@dataclass
class Campaign:
    app: FastAPI
    id: str
    main_ceremony: str  # both units
    dinkes_ceremony: str  # Dinas Kesehatan only
    db: str
    desk_a: Store
    desk_b: Store
    client_a: SyncClient
    client_b: SyncClient
    signed: dict[str, RegisteredPledge]  # "A:5" -> desk A's record of nip(5)

    def sync(self) -> None:
        for _ in range(2):  # each desk's push reaches the other at its next pull
            sync_once(self.desk_a, self.client_a)
            sync_once(self.desk_b, self.client_b)


def build_campaign(app: FastAPI, http: TestClient, root: Path) -> Campaign:
    """Desk A serves the main ceremony and signs nip(0), nip(1), nip(5); desk B serves the
    Dinas Kesehatan assembly and signs nip(6), nip(7). Both desks are synced afterwards."""
    db = str(app.state.db.engine.url.render_as_string(hide_password=False))
    code, made, err = cli(
        "server", "campaign", "create", "--title", "Netralitas ASN Pilkada 2024",
        "--instansi", "Pemerintah Kota Malang", "--db", db,
    )  # fmt: skip
    assert code == 0, err
    campaign = made["id"]
    code, imported, err = cli(
        "server", "roster", "import", str(roster_csv(root / "siasn.csv")),
        "--campaign", campaign, "--db", db,
    )  # fmt: skip
    assert code == 0, err
    assert (imported["imported"], imported["updated"], imported["rejected"]) == (10, 0, [])
    code, main_c, err = cli(
        "server", "ceremony", "create", "--campaign", campaign, "--title", MAIN_TITLE,
        "--date", MAIN_DATE, "--venue", "Islamic Center", "--unit", BAPPEDA,
        "--unit", DINKES, "--db", db,
    )  # fmt: skip
    assert code == 0, err
    assert main_c["roster"] == 10
    code, dinkes_c, err = cli(
        "server", "ceremony", "create", "--campaign", campaign, "--title", DINKES_TITLE,
        "--date", DINKES_DATE, "--venue", "Aula Dinkes", "--unit", DINKES, "--db", db,
    )  # fmt: skip
    assert code == 0, err
    assert dinkes_c["roster"] == 5

    desk_a, desk_b = new_station(root, "Meja A"), new_station(root, "Meja B")
    client_a = enrol_in_process(desk_a, app, http)
    client_b = enrol_in_process(desk_b, app, http)
    sync_once(desk_a, client_a)
    sync_once(desk_b, client_b)
    signed: dict[str, RegisteredPledge] = {}
    for i in (0, 1, 5):
        signed[f"A:{i}"] = sign(desk_a, main_c["id"], i)
    for i in (6, 7):
        signed[f"B:{i}"] = sign(desk_b, dinkes_c["id"], i)
    made_campaign = Campaign(
        app, campaign, main_c["id"], dinkes_c["id"], db, desk_a, desk_b, client_a, client_b, signed
    )
    made_campaign.sync()
    return made_campaign
