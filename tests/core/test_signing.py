"""Signing service: one immutable, chained, signed record per pledge; voids and re-signs."""

from __future__ import annotations

import sqlite3
import uuid

import pytest
from sqlalchemy import func, select

from desktop_app.demo.factory import handwritten_signature
from desktop_app.domain.errors import AlreadySigned, InvalidInput, NotFound
from desktop_app.domain.signature import Signature
from desktop_app.services.ceremonies import CeremonyInfo, ceremony_info
from desktop_app.services.lookup import LookupStatus, lookup_badge
from desktop_app.services.signing import register_pledge, void_pledge
from desktop_app.services.verification import verify_store
from desktop_app.storage.models import AuditEvent, Outbox, SignedPledge
from desktop_app.storage.store import Store
from tests.core.conftest import NIPS, pledge_request


def _count(store: Store, model: type) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_register_writes_record_audit_and_outbox_together(
    store: Store, ceremony: CeremonyInfo
) -> None:
    done = register_pledge(store, pledge_request(NIPS[0]))
    assert (done.kind, done.station_seq, done.name) == ("pledge", 1, "Budi Santoso")
    assert (_count(store, SignedPledge), _count(store, AuditEvent), _count(store, Outbox)) == (
        1,
        2,
        1,  # the roster import is audited too
    )
    with store.read() as session:
        row = session.get(SignedPledge, done.record_id)
        assert row is not None
        # The signature is encrypted at rest and decodes losslessly through the codec.
        assert handwritten_signature().encode() not in row.signature_blob
        plain = store.blobs.open(row.ceremony_id, row.id, row.signature_blob)
        assert Signature.decode(plain) == handwritten_signature()
    assert ceremony_info(store).signed == 1
    assert verify_store(store).ok


def test_second_signing_is_refused_with_when_and_where(
    store: Store, ceremony: CeremonyInfo
) -> None:
    first = register_pledge(store, pledge_request(NIPS[0]))
    with pytest.raises(AlreadySigned) as caught:
        register_pledge(store, pledge_request(NIPS[0]))
    assert caught.value.record_id == first.record_id
    assert caught.value.signed_at == first.signed_at
    assert caught.value.station == "Meja 1"
    assert _count(store, SignedPledge) == 1


def test_resign_with_reason_keeps_both_and_flags_the_new_one(
    store: Store, ceremony: CeremonyInfo
) -> None:
    first = register_pledge(store, pledge_request(NIPS[0]))
    again = register_pledge(store, pledge_request(NIPS[0], resign_reason="tanda tangan rusak"))
    assert (again.kind, again.flagged, again.station_seq) == ("resign", True, 2)
    with store.read() as session:
        row = session.get(SignedPledge, again.record_id)
        assert row is not None and row.refers_to == first.record_id
    assert _count(store, SignedPledge) == 2
    assert ceremony_info(store).signed == 1  # the employee counts once
    assert verify_store(store).ok


def test_void_adds_a_record_and_frees_the_employee(store: Store, ceremony: CeremonyInfo) -> None:
    first = register_pledge(store, pledge_request(NIPS[1]))
    void_id = void_pledge(store, first.record_id, "salah orang", operator="op")
    assert lookup_badge(store, NIPS[1]).status is LookupStatus.FOUND
    with pytest.raises(InvalidInput, match="already voided"):
        void_pledge(store, first.record_id, "again")
    with pytest.raises(InvalidInput, match="cannot itself be voided"):
        void_pledge(store, void_id, "x")
    with pytest.raises(InvalidInput, match="needs a reason"):
        void_pledge(store, first.record_id, "  ")
    with pytest.raises(NotFound):
        void_pledge(store, str(uuid.uuid4()), "x")
    register_pledge(store, pledge_request(NIPS[1]))
    assert _count(store, SignedPledge) == 3
    assert verify_store(store).ok


def test_same_client_uuid_is_idempotent(store: Store, ceremony: CeremonyInfo) -> None:
    record_id = str(uuid.uuid4())
    a = register_pledge(store, pledge_request(NIPS[2], record_id=record_id))
    b = register_pledge(store, pledge_request(NIPS[2], record_id=record_id))
    assert a == b
    assert _count(store, SignedPledge) == 1


@pytest.mark.parametrize(
    ("overrides", "error", "message"),
    [
        ({"shown_text_sha256": "0" * 64}, InvalidInput, "not this ceremony's pledge text"),
        ({"identifier": "199901012020011001"}, NotFound, "not on this ceremony's roster"),
        ({"image_png": b"GIF89a"}, InvalidInput, "not a PNG"),
        ({"consent_at": "yesterday"}, InvalidInput, "consent time"),
        ({"signature": Signature(())}, InvalidInput, "empty"),
        ({"record_id": "not-a-uuid"}, InvalidInput, "UUID"),
    ],
)
def test_bad_requests_change_nothing(
    store: Store, ceremony: CeremonyInfo, overrides: dict[str, object], error: type, message: str
) -> None:
    identifier = str(overrides.pop("identifier", NIPS[0]))
    with pytest.raises(error, match=message):
        register_pledge(store, pledge_request(identifier, **overrides))
    assert (_count(store, SignedPledge), _count(store, Outbox)) == (0, 0)


def test_records_are_immutable_in_the_database(store: Store, ceremony: CeremonyInfo) -> None:
    register_pledge(store, pledge_request(NIPS[0]))
    con = sqlite3.connect(store.paths.db)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="immutable"):
            con.execute("UPDATE signed_pledge SET name = 'Someone Else'")
        with pytest.raises(sqlite3.IntegrityError, match="immutable"):
            con.execute("DELETE FROM signed_pledge")
    finally:
        con.close()


def test_tampering_behind_the_triggers_is_detected(store: Store, ceremony: CeremonyInfo) -> None:
    for nip in NIPS:
        register_pledge(store, pledge_request(nip))
    assert verify_store(store).ok
    con = sqlite3.connect(store.paths.db)
    try:
        con.execute("DROP TRIGGER signed_pledge_no_update")
        con.execute("UPDATE signed_pledge SET unit = 'Dinas Palsu' WHERE station_seq = 2")
        con.commit()
    finally:
        con.close()
    report = verify_store(store)
    assert not report.ok
    assert any("does not match its hash" in p for p in report.problems)


def test_swapped_signature_blob_is_detected(store: Store, ceremony: CeremonyInfo) -> None:
    a = register_pledge(store, pledge_request(NIPS[0]))
    b = register_pledge(store, pledge_request(NIPS[1]))
    con = sqlite3.connect(store.paths.db)
    try:
        con.execute("DROP TRIGGER signed_pledge_no_update")
        blob = con.execute(
            "SELECT signature_blob FROM signed_pledge WHERE id = ?", (a.record_id,)
        ).fetchone()[0]
        con.execute("UPDATE signed_pledge SET signature_blob = ? WHERE id = ?", (blob, b.record_id))
        con.commit()
    finally:
        con.close()
    report = verify_store(store)
    assert any("altered or belongs elsewhere" in p for p in report.problems)
