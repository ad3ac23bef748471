"""Two desks through the in-process server: enrol, publish, push, pull, duplicates, rosters."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from desktop_app.storage.sync_models import RemoteSigning
from desktop_app.sync.cycle import sync_once
from server.models import DuplicatePair, Record
from server.stats import ceremony_summaries, ceremony_summary
from tests.server.helpers import (
    enrol_in_process,
    make_app,
    new_ceremony,
    new_station,
    sign,
    sqlite_url,
)


def test_two_desks_sync_and_duplicate_is_flagged(tmp_path: Path) -> None:
    app = make_app(sqlite_url(tmp_path))
    with TestClient(app) as http:
        a = new_station(tmp_path, "Meja A")
        b = new_station(tmp_path, "Meja B")
        cid = new_ceremony(a, 10)
        ca = enrol_in_process(a, app, http)
        cb = enrol_in_process(b, app, http)
        for i in range(3):
            sign(a, cid, i)
        r1 = sync_once(a, ca)
        assert (r1.published, r1.pushed, r1.accepted, r1.pending) == (1, 3, 3, 0)
        r2 = sync_once(b, cb)
        assert r2.pulled >= 10 + 3
        sign(b, cid, 2)  # offline: the same person at the other desk
        sign(b, cid, 5)
        r3 = sync_once(b, cb)
        assert r3.accepted == 2 and r3.duplicates == 1
        with app.state.db.transaction() as s:
            assert s.scalar(select(func.count()).select_from(Record)) == 5
            assert s.scalar(select(func.count()).select_from(DuplicatePair)) == 1
            (summary,) = ceremony_summaries(s)
        assert summary.signed == 4 and summary.records == 5 and summary.duplicates == 1
        r4 = sync_once(a, ca)
        assert r4.pulled >= 2
        with a.read() as s:
            assert s.scalar(select(func.count()).select_from(RemoteSigning)) == 2


def test_roster_changes_are_published_once_and_reach_other_desks(tmp_path: Path) -> None:
    from desktop_app.services.roster_import import apply_roster
    from desktop_app.storage.models import Employee
    from pakta_common.roster_file import RosterRow

    app = make_app(sqlite_url(tmp_path))
    with TestClient(app) as http:
        a = new_station(tmp_path, "Meja A")
        b = new_station(tmp_path, "Meja B")
        cid = new_ceremony(a, 4)
        ca = enrol_in_process(a, app, http)
        cb = enrol_in_process(b, app, http)
        assert sync_once(a, ca).published == 1
        assert sync_once(a, ca).published == 0  # nothing changed: nothing sent
        sync_once(b, cb)
        late = RosterRow(9, "199001012015011001", "nip", "Pegawai Baru", "", "", "Bappeda", "")
        apply_roster(a, [late], [], cid)
        assert sync_once(a, ca).published == 1
        sync_once(b, cb)
        with b.read() as s:
            row = s.scalars(select(Employee).where(Employee.identifier == late.identifier)).one()
            assert (row.name, row.source) == ("Pegawai Baru", "sync")
            assert s.scalar(select(func.count()).select_from(Employee)) == 5


def test_a_ceremonys_consent_options_reach_the_other_desks(tmp_path: Path) -> None:
    from desktop_app.services.ceremonies import create_ceremony
    from desktop_app.storage.models import Ceremony

    app = make_app(sqlite_url(tmp_path))
    with TestClient(app) as http:
        a = new_station(tmp_path, "Meja A")
        b = new_station(tmp_path, "Meja B")
        info = create_ceremony(
            a, title="Apel WITA", date="2024-08-26", venue="Makassar", min_read_s=8,
            consent_form="compact", timezone="WITA",
        )  # fmt: skip
        ca = enrol_in_process(a, app, http)
        cb = enrol_in_process(b, app, http)
        assert sync_once(a, ca).published == 1
        sync_once(b, cb)
        with b.read() as s:
            row = s.get(Ceremony, info.id)
            assert row is not None
            assert (row.min_read_s, row.consent_form, row.timezone) == (
                8,
                "compact",
                "Asia/Makassar",
            )


def test_one_ceremonys_summary_counts_that_ceremony_alone(tmp_path: Path) -> None:
    app = make_app(sqlite_url(tmp_path))
    with TestClient(app) as http:
        a = new_station(tmp_path, "Meja A")
        main, makeup = new_ceremony(a, 10), new_ceremony(a, 4)
        client = enrol_in_process(a, app, http)
        for i in range(3):
            sign(a, main, i)
        sign(a, makeup, 2)  # also signed at the main event: counted at each, apart
        assert sync_once(a, client).accepted == 4
        with app.state.db.transaction() as s:
            every = {c.id: c for c in ceremony_summaries(s)}
            one = ceremony_summary(s, makeup)
            nothing = ceremony_summary(s, "no-such-ceremony")
    assert one == every[makeup]  # the same figures as the full list's row
    assert (one.roster, one.signed, one.records) == (4, 1, 1)
    assert (every[main].roster, every[main].signed) == (10, 3)
    assert nothing is None
