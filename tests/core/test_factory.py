"""The test-data factory: deterministic demo rows, valid NIPs, records that verify."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.demo.factory import (
    ceremony_with_roster,
    handwritten_signature,
    nip_at,
    roster_rows,
    shown_ceremony,
    sign_roster,
    signature_image,
    signed_record,
)
from desktop_app.domain.errors import NotFound
from desktop_app.domain.signature import Signature
from desktop_app.services.ceremonies import list_ceremonies
from desktop_app.services.lookup import LookupStatus, lookup_badge
from desktop_app.services.verification import verify_store
from desktop_app.storage.models import Employee, SignedPledge
from desktop_app.storage.store import Store
from pakta_common.nip import NipError, parse_nip


def _count(store: Store, model: type) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_rows_are_the_same_for_a_seed_and_differ_between_seeds() -> None:
    rows = roster_rows(40, seed=3)
    assert rows == roster_rows(40, seed=3)
    assert roster_rows(10, seed=3) == rows[:10]  # row i does not depend on how many
    assert [r.identifier for r in rows] != [r.identifier for r in roster_rows(40, seed=4)]
    assert [r.row for r in rows] == list(range(2, 42))  # file rows after the header


def test_every_nip_is_valid_and_unique_and_honorary_ids_are_not_nips() -> None:
    rows = roster_rows(600, seed=11, honorary_every=50)
    nips = [r for r in rows if r.id_kind == "nip"]
    others = [r for r in rows if r.id_kind == "other"]
    assert len(others) == 12 and len(nips) == 588
    for row in nips:
        assert parse_nip(row.identifier).value == row.identifier
    for row in others:
        with pytest.raises(NipError):
            parse_nip(row.identifier)
    assert len({r.identifier for r in rows}) == len(rows)
    assert all(r.name and r.unit and r.instansi for r in rows)


def test_nip_at_is_the_rows_nip_across_its_cache_blocks() -> None:
    rows = roster_rows(600, seed=5)
    for i in (0, 1, 255, 256, 257, 599):
        assert nip_at(i, seed=5) == rows[i].identifier
    with pytest.raises(ValueError, match="row index"):
        nip_at(-1)


def test_signatures_are_simulated_per_seed_and_rendered() -> None:
    first, again, other = (
        handwritten_signature(4),
        handwritten_signature(4),
        handwritten_signature(5),
    )
    assert first == again and first != other
    assert first.sample_count > 100 and first.device.source == "simulator"
    assert Signature.decode(first.encode()) == first
    assert signature_image(4).startswith(b"\x89PNG") and signature_image(4) != signature_image(5)


def test_a_ceremony_with_its_roster_through_the_services(data_dir: Path) -> None:
    with Store.open(data_dir, station_name="Meja 1") as store:
        made = ceremony_with_roster(store, 7, seed=9, title="Apel", venue="Aula")
        assert made.identifiers == tuple(r.identifier for r in roster_rows(7, seed=9))
        assert _count(store, Employee) == 7
        found = lookup_badge(store, made.identifiers[3], made.id)
        assert found.status is LookupStatus.FOUND and found.employee is not None
        assert found.employee.name == roster_rows(7, seed=9)[3].name
        assert shown_ceremony(store, made.id).shown_text_sha256 == made.shown_text_sha256

        # Given rows are imported exactly (a test's own hand-written people).
        own = roster_rows(2, seed=1)
        other = ceremony_with_roster(store, 2, rows=own, consent_form="compact")
        assert other.identifiers == (own[0].identifier, own[1].identifier)
        assert _count(store, Employee) == 9


def test_signed_records_verify_and_carry_the_simulated_signature(data_dir: Path) -> None:
    at = dt.datetime(2026, 11, 23, 2, 0, tzinfo=dt.UTC)
    with Store.open(data_dir, station_name="Meja 1") as store:
        made = ceremony_with_roster(store, 5)
        ids = sign_roster(store, made, 3, hands=2)  # the first three, two hands
        done = signed_record(store, made, made.identifiers[3], seed=2, at=at, read_s=6)
        assert (done.kind, done.identifier) == ("pledge", made.identifiers[3])
        by_id = signed_record(store, made.id, made.identifiers[4], seed=3)  # a ceremony's id
        assert len(ids) == 3 and by_id.station_seq == 5
        with store.read() as session:
            row = session.get(SignedPledge, done.record_id)
            assert row is not None
            assert (row.consent_at, row.pledge_shown_at) == (
                "2026-11-23T02:00:00.000Z",
                "2026-11-23T01:59:54.000Z",
            )
            plain = store.blobs.open(row.ceremony_id, row.id, row.signature_blob)
            assert Signature.decode(plain) == handwritten_signature(2)
        assert _count(store, SignedPledge) == 5
        report = verify_store(store)
        assert report.ok, report.problems


def test_someone_not_on_the_roster_is_refused_and_nothing_is_written(data_dir: Path) -> None:
    with Store.open(data_dir, station_name="Meja 1") as store:
        made = ceremony_with_roster(store, 3)
        with pytest.raises(NotFound):
            signed_record(store, made, nip_at(10))  # a valid NIP, beyond the 3 imported
        assert _count(store, SignedPledge) == 0


def test_the_factorys_own_bad_arguments_are_refused_before_anything_is_written(
    data_dir: Path,
) -> None:
    with Store.open(data_dir, station_name="Meja 1") as store:
        with pytest.raises(ValueError, match="2 rows given for a roster of 3"):
            ceremony_with_roster(store, 3, rows=roster_rows(2))
        made = ceremony_with_roster(store, 2)
        with pytest.raises(ValueError, match="time zone"):
            signed_record(store, made, made.identifiers[0], at=dt.datetime(2026, 11, 23, 2, 0))
        with pytest.raises(ValueError, match="hands"):
            sign_roster(store, made, hands=0)
        assert _count(store, SignedPledge) == 0
        assert len(list_ceremonies(store)) == 1 and _count(store, Employee) == 2
