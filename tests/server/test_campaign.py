"""A campaign on real PostgreSQL: two ceremonies, two enrolled desks pushing real records, people
signed at either or both. Signed anywhere counts (report and chase list exact), a desk's pull
says where and when someone signed elsewhere, and a deliberate second signing is kept and
flagged on both sides."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from desktop_app.services.lookup import LookupStatus, lookup_badge
from desktop_app.services.signing import void_pledge
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.sync_models import RemoteSigning
from desktop_app.sync.cycle import sync_once
from server.campaign_tally import rebuild
from server.models import AuditLog, DuplicatePair, Record
from tests.server.campaign_setup import (
    BAPPEDA,
    DINKES,
    DINKES_DATE,
    DINKES_TITLE,
    MAIN_DATE,
    MAIN_TITLE,
    Campaign,
    build_campaign,
    cli,
)
from tests.server.helpers import make_app, nip, sign


@pytest.fixture
def pg_app(pg_url: str) -> Iterator[FastAPI]:
    application = make_app(pg_url)
    yield application
    application.state.db.dispose()


@pytest.fixture
def campaign(pg_app: FastAPI, tmp_path: Path) -> Iterator[Campaign]:
    with TestClient(pg_app) as http:
        made = build_campaign(pg_app, http, tmp_path)
        yield made
        made.desk_a.close()
        made.desk_b.close()


def _units(report: dict[str, object]) -> list[tuple[str, int, int]]:
    units = report["units"]
    assert isinstance(units, list)
    return [(u["unit"], u["expected"], u["signed"]) for u in units]


def test_report_and_chase_list_count_a_signing_at_any_ceremony(
    campaign: Campaign, tmp_path: Path
) -> None:
    code, report, err = cli("server", "report", "--campaign", campaign.id, "--db", campaign.db)
    assert code == 0, err
    assert (report["signed"], report["expected"], report["missing"]) == (5, 10, 5)
    assert _units(report) == [(BAPPEDA, 5, 2), (DINKES, 5, 3)]
    assert {c["title"] for c in report["ceremonies"]} == {MAIN_TITLE, DINKES_TITLE}

    out = tmp_path / "chase.csv"
    code, made, err = cli(
        "server", "chase-list", "--campaign", campaign.id, "--format", "csv", "--out", str(out),
        "--db", campaign.db,
    )  # fmt: skip
    assert code == 0, err
    assert made["path"] == str(out) and made["rows"] == 5
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    assert rows[0][:3] == ["No", "Nama", "NIP / ID"]
    assert [(r[2], r[5]) for r in rows[1:]] == [
        (nip(2), BAPPEDA), (nip(3), BAPPEDA), (nip(4), BAPPEDA), (nip(8), DINKES), (nip(9), DINKES)
    ]  # fmt: skip

    # A void undoes a signing everywhere: nip(1) is to be chased again.
    void_pledge(campaign.desk_a, campaign.signed["A:1"].record_id, "salah orang", operator="p")
    campaign.sync()
    code, report, _ = cli("server", "report", "--campaign", campaign.id, "--db", campaign.db)
    assert _units(report) == [(BAPPEDA, 5, 1), (DINKES, 5, 3)]
    code, unit_only, _ = cli(
        "server", "report", "--campaign", campaign.id, "--unit", BAPPEDA, "--db", campaign.db
    )
    assert code == 0 and _units(unit_only) == [(BAPPEDA, 5, 1)]


def test_chase_list_xlsx_keeps_nips_as_text_and_the_pdf_is_addressed_to_the_head(
    campaign: Campaign, tmp_path: Path
) -> None:
    xlsx = tmp_path / "dinkes.xlsx"
    code, made, err = cli(
        "server", "chase-list", "--campaign", campaign.id, "--unit", DINKES, "--format", "xlsx",
        "--out", str(xlsx), "--db", campaign.db,
    )  # fmt: skip
    assert code == 0 and made["rows"] == 2, err
    sheet = load_workbook(xlsx, read_only=False).active
    assert sheet is not None
    data = [row for row in sheet.iter_rows(min_row=4, values_only=True) if row[0] is not None]
    assert [r[2] for r in data] == [nip(8), nip(9)]
    assert all(isinstance(r[2], str) for r in data)
    assert sheet.cell(row=4, column=3).number_format == "@"
    as_of = str(sheet.cell(row=2, column=1).value)
    assert as_of.endswith(" WIB") and "UTC" not in as_of  # the ceremonies' own time, as read

    pdf = tmp_path / "dinkes.pdf"
    code, made, err = cli(
        "server", "chase-list", "--campaign", campaign.id, "--unit", DINKES, "--format", "pdf",
        "--out", str(pdf), "--db", campaign.db,
    )  # fmt: skip
    assert code == 0 and made["rows"] == 2, err
    text = PdfReader(pdf).pages[0].extract_text()
    assert f"Kepala {DINKES}" in text
    assert nip(8) in text and nip(9) in text and nip(7) not in text
    assert "Jumlah: 2 ASN belum menandatangani." in text
    assert " WIB" in text and "UTC" not in text

    with campaign.app.state.db.transaction() as s:
        exports = [a for a in s.scalars(select(AuditLog)) if a.action == "chase_list_export"]
    assert len(exports) == 2  # every export is audited


def test_bad_chase_list_requests_change_nothing(campaign: Campaign, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    base = ["server", "chase-list", "--campaign", campaign.id, "--out", str(out)]
    code, _, err = cli(*base, "--unit", "Dinas Tidak Ada", "--format", "csv", "--db", campaign.db)
    assert code == 2 and "no unit" in err
    code, _, err = cli(
        "server", "chase-list", "--campaign", "zzzz", "--format", "csv", "--out", str(out),
        "--db", campaign.db,
    )  # fmt: skip
    assert code == 2 and "no campaign" in err
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, _, err = cli(*base[:-1], str(blocker / "x.csv"), "--format", "csv",
                       "--db", campaign.db)  # fmt: skip
    assert code == 2 and "cannot write" in err
    assert not out.exists()
    with campaign.app.state.db.transaction() as s:
        assert not [a for a in s.scalars(select(AuditLog)) if a.action == "chase_list_export"]


def test_a_desk_sees_a_signing_at_another_ceremony_and_a_second_one_is_flagged_on_both(
    campaign: Campaign,
) -> None:
    # nip(5) signed at the main ceremony (desk A); desk B serves the Dinas Kesehatan one.
    result = lookup_badge(campaign.desk_b, nip(5), campaign.dinkes_ceremony)
    assert result.status is LookupStatus.ALREADY_SIGNED
    assert result.signed is not None and result.signed.other_ceremony
    assert (result.signed.ceremony_title, result.signed.ceremony_date) == (MAIN_TITLE, MAIN_DATE)
    assert result.signed.station_name == "Meja A"
    assert f"already signed at {MAIN_TITLE}, {MAIN_DATE}" in result.reason
    assert lookup_badge(campaign.desk_b, nip(8), campaign.dinkes_ceremony).status is (
        LookupStatus.FOUND
    )
    # and the other way: desk A sees desk B's signings at the Dinas Kesehatan assembly
    other = lookup_badge(campaign.desk_a, nip(6), campaign.main_ceremony)
    assert other.status is LookupStatus.ALREADY_SIGNED and other.signed is not None
    assert (other.signed.ceremony_title, other.signed.ceremony_date) == (DINKES_TITLE, DINKES_DATE)

    # The attendant lets nip(5) sign again, deliberately, with a reason.
    first = campaign.signed["A:5"].record_id
    again = sign(campaign.desk_b, campaign.dinkes_ceremony, 5, reason="minta ulang di OPD")
    with campaign.desk_b.read() as s:
        row = s.get(SignedPledge, again.record_id)
        assert row is not None and (row.kind, row.refers_to) == ("resign", first)
    pushed = sync_once(campaign.desk_b, campaign.client_b)
    assert pushed.accepted == 1 and pushed.duplicates == 1
    sync_once(campaign.desk_a, campaign.client_a)
    with campaign.app.state.db.transaction() as s:
        pairs = [(p.first_record, p.second_record) for p in s.scalars(select(DuplicatePair))]
        kept = set(s.scalars(select(Record.id).where(Record.identifier == nip(5))))
    assert pairs == [(first, again.record_id)]
    assert kept == {first, again.record_id}  # both kept
    with campaign.desk_a.read() as s:  # desk A learns of the second signing
        remote = s.get(RemoteSigning, again.record_id)
        assert remote is not None and remote.kind == "resign" and remote.refers_to == first
        assert remote.ceremony_title == DINKES_TITLE
    # The person still counts once, and the running tally is what a recount from the records
    # gives.
    _code, report, _ = cli("server", "report", "--campaign", campaign.id, "--db", campaign.db)
    assert _units(report) == [(BAPPEDA, 5, 2), (DINKES, 5, 3)]
    with campaign.app.state.db.transaction() as s:
        rebuild(s, campaign.id)
    _code, recounted, _ = cli("server", "report", "--campaign", campaign.id, "--db", campaign.db)
    assert recounted == report


def test_a_pull_page_without_campaigns_is_what_earlier_desks_read(
    pg_app: FastAPI, tmp_path: Path
) -> None:
    """Desks of earlier releases refuse unknown fields: a ceremony of no campaign, and its
    signings, come without the campaign fields; a campaign's carry them."""
    from tests.server.helpers import enrol_in_process, new_ceremony, new_station

    with TestClient(pg_app) as http:
        desk = new_station(tmp_path, "Meja Baru")
        old = new_station(tmp_path, "Meja Lama")
        client = enrol_in_process(desk, pg_app, http)
        old_client = enrol_in_process(old, pg_app, http)
        cid = new_ceremony(desk, 3)
        sign(desk, cid, 1)
        sync_once(desk, client)
        answer = http.get(
            "/api/v1/pull", headers={"Authorization": f"Bearer {old_client.token}"}
        ).json()
        desk.close()
        old.close()
    assert answer["ceremonies"] and answer["signings"]
    assert all("campaign_id" not in c for c in answer["ceremonies"])
    for s in answer["signings"]:
        assert not {"campaign_id", "ceremony_title", "ceremony_date"} & s.keys()


def test_a_chase_lists_as_of_is_in_the_campaigns_zone() -> None:
    from server.chase_list import ChaseHeading

    made = dt.datetime(2024, 8, 26, 1, 14, tzinfo=dt.UTC)
    local, zone = ChaseHeading("K", "I", made, "x", "Asia/Makassar").as_of()
    assert (local.strftime("%H.%M"), zone) == ("09.14", "WITA")
    assert ChaseHeading("K", "I", made, "x").as_of()[1] == "WIB"
    assert ChaseHeading("K", "I", made, "x", "Nowhere/Else").as_of()[1] == "UTC"
