"""The witnessed closing: two closing records sealed in the desk's chain, never an attendee."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.demo.factory import closing_request
from desktop_app.domain.closing import ClosingSigner, ClosingStatement
from desktop_app.domain.errors import CeremonyClosed, InvalidInput
from desktop_app.services.attendees import recent_records
from desktop_app.services.ceremonies import CeremonyInfo, ceremony_info
from desktop_app.services.closing import close_ceremony, closing_statement
from desktop_app.services.lookup import LookupStatus, lookup_badge
from desktop_app.services.progress import ceremony_progress, desk_counter
from desktop_app.services.signing import register_pledge, void_pledge
from desktop_app.services.verification import verify_store
from desktop_app.storage.models import AuditEvent, Outbox, SignedPledge
from desktop_app.storage.records import record_fields
from desktop_app.storage.store import Store
from desktop_app.storage.sync_models import RemoteSigning
from pakta_common.integrity.chain import check_record
from tests.core.conftest import NIPS, pledge_request
from tests.core.test_cli import _json, pakta


def _count(store: Store, model: type) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _remote(store: Store, ceremony_id: str, **values: str | None) -> None:
    with store.write() as session:
        session.add(
            RemoteSigning(
                ceremony_id=ceremony_id,
                unit="Dinas A",
                station_name="Meja 2",
                station_id="22222222-2222-4222-8222-222222222222",
                pulled_at="2024-08-26T02:00:00.000Z",
                signed_at="2024-08-26T01:30:00.000Z",
                name="x",
                **values,
            )
        )


def test_statement_counts_are_exact(store: Store, ceremony: CeremonyInfo) -> None:
    first = register_pledge(store, pledge_request(NIPS[0]))
    register_pledge(store, pledge_request(NIPS[0], resign_reason="tinta luntur"))
    second = register_pledge(store, pledge_request(NIPS[1]))
    void_pledge(store, second.record_id, "salah orang")
    # another desk signed NIPS[0] too (a flagged duplicate) and NIPS[2]
    _remote(
        store,
        ceremony.id,
        id="a" * 8 + "-0000-4000-8000-" + "0" * 12,
        kind="pledge",
        refers_to=None,
        identifier=NIPS[0],
    )
    _remote(
        store,
        ceremony.id,
        id="b" * 8 + "-0000-4000-8000-" + "0" * 12,
        kind="pledge",
        refers_to=None,
        identifier=NIPS[2],
    )
    statement = closing_statement(store)
    assert (statement.expected, statement.signed, statement.absent) == (3, 2, 1)
    assert (statement.resigned, statement.voided, statement.duplicates) == (1, 1, 1)
    assert [(d.name, d.signed) for d in statement.desks] == [("Meja 1", 1), ("Meja 2", 2)]
    with store.read() as session:
        head = session.scalars(
            select(SignedPledge).order_by(SignedPledge.station_seq.desc())
        ).first()
    assert head is not None and statement.head is not None
    assert (statement.head.seq, statement.head.hash) == (head.station_seq, head.record_hash)
    assert statement.anchor is None  # never synced
    assert first.record_id  # the first pledge stands (superseded by its re-sign)
    assert ClosingStatement.from_canonical(statement.canonical()) == statement


def test_closing_appends_two_chained_records_that_no_count_sees(
    store: Store, ceremony: CeremonyInfo
) -> None:
    register_pledge(store, pledge_request(NIPS[0]))
    before = (ceremony_info(store).signed, desk_counter(store), ceremony_progress(store).signed)
    done = close_ceremony(store, closing_request(store))
    with store.read() as session:
        ppk = session.get(SignedPledge, done.ppk_record_id)
        witness = session.get(SignedPledge, done.witness_record_id)
        assert ppk is not None and witness is not None
        assert (ppk.kind, witness.kind) == ("closing", "closing")
        assert (ppk.station_seq, witness.station_seq) == (2, 3)
        assert ppk.refers_to is None and witness.refers_to == ppk.id
        assert witness.prev_hash == ppk.record_hash
        assert ppk.reason == witness.reason == done.statement.canonical()
        assert ppk.text_sha256 == done.statement.sha256
        assert (ppk.identifier, ppk.id_kind, witness.identifier) == (
            "196805121990031005",
            "nip",
            "WITNESS",
        )
        assert witness.instansi == "Bawaslu Kota Malang"
        assert ppk.consent_method == "pad_box" and ppk.signature_sha256 != witness.signature_sha256
        assert check_record(record_fields(witness), store.key.public_bytes) is None
    assert verify_store(store).ok
    assert _count(store, Outbox) == 3  # both closing records go to the server like any record
    after = (ceremony_info(store).signed, desk_counter(store), ceremony_progress(store).signed)
    assert after == before  # never counted as an attendee
    assert [r.kind for r in recent_records(store)] == ["pledge"]


def test_after_closing_the_ceremony_refuses_signings_and_another_closing(
    store: Store, ceremony: CeremonyInfo
) -> None:
    close_ceremony(store, closing_request(store))
    records = _count(store, SignedPledge)
    with pytest.raises(CeremonyClosed):
        register_pledge(store, pledge_request(NIPS[0]))
    with pytest.raises(CeremonyClosed):
        closing_statement(store)
    assert lookup_badge(store, NIPS[0]).status is LookupStatus.CLOSED
    assert _count(store, SignedPledge) == records


def test_after_closing_no_void_and_no_walk_in_changes_what_the_witness_certified(
    store: Store, ceremony: CeremonyInfo
) -> None:
    from desktop_app.services.attendees import register_walk_in
    from desktop_app.storage.models import Employee

    signed = register_pledge(store, pledge_request(NIPS[0]))
    close_ceremony(store, closing_request(store))
    records, people = _count(store, SignedPledge), _count(store, Employee)
    with pytest.raises(CeremonyClosed):
        void_pledge(store, signed.record_id, "salah orang", operator="Petugas")
    with pytest.raises(CeremonyClosed):
        register_walk_in(store, name="Tamu Terlambat", identifier="TAMU-1")
    assert (_count(store, SignedPledge), _count(store, Employee)) == (records, people)


def test_a_closing_pulled_from_another_desk_closes_this_desk_too(
    store: Store, ceremony: CeremonyInfo
) -> None:
    _remote(
        store,
        ceremony.id,
        id="c" * 8 + "-0000-4000-8000-" + "0" * 12,
        kind="closing",
        refers_to="d" * 8 + "-0000-4000-8000-" + "0" * 12,
        identifier="WITNESS",
    )
    with pytest.raises(CeremonyClosed):
        register_pledge(store, pledge_request(NIPS[0]))


def test_a_statement_that_changed_since_shown_is_refused_and_nothing_written(
    store: Store, ceremony: CeremonyInfo
) -> None:
    request = closing_request(store)
    register_pledge(store, pledge_request(NIPS[0]))  # an attendee signed meanwhile
    records, audits = _count(store, SignedPledge), _count(store, AuditEvent)
    with pytest.raises(InvalidInput, match="changed since it was shown"):
        close_ceremony(store, request)
    assert (_count(store, SignedPledge), _count(store, AuditEvent)) == (records, audits)


@pytest.mark.parametrize(
    ("role", "change", "message"),
    [
        ("ppk", {"signer": ClosingSigner("", position="Sekda")}, "name is missing"),
        ("ppk", {"signer": ClosingSigner("Wahyu")}, "position is missing"),
        ("witness", {"signer": ClosingSigner("Rina")}, "institution is missing"),
        ("witness", {}, "signature is empty"),
        ("ppk", {"consent_method": "attendant_enter"}, "own act"),
        ("witness", {"image_png": b"GIF89a"}, "not a PNG"),
        ("ppk", {"consent_at": "yesterday"}, "ISO"),
        ("ppk", {"signer": ClosingSigner("x" * 201, position="p")}, "longer than"),
    ],
)
def test_bad_closing_input_is_refused_and_nothing_written(
    store: Store, ceremony: CeremonyInfo, role: str, change: dict[str, object], message: str
) -> None:
    request = closing_request(store)
    if not change:  # an empty signature
        change = {"signature": dataclasses.replace(getattr(request, role).signature, strokes=())}
    part = dataclasses.replace(getattr(request, role), **change)
    bad = dataclasses.replace(request, **{role: part})
    with pytest.raises(InvalidInput, match=message):
        close_ceremony(store, bad)
    assert _count(store, SignedPledge) == 0


def test_a_closing_record_cannot_be_voided(store: Store, ceremony: CeremonyInfo) -> None:
    done = close_ceremony(store, closing_request(store))
    with pytest.raises(InvalidInput, match="cannot be voided"):
        void_pledge(store, done.ppk_record_id, "iseng")
    assert _count(store, SignedPledge) == 2


def test_statement_refuses_a_tampered_text() -> None:
    with pytest.raises(ValueError):
        ClosingStatement.from_canonical('{"version":1}')
    with pytest.raises(ValueError):
        ClosingStatement.from_canonical("not json")
    statement_json = json.dumps({"version": 2})
    with pytest.raises(ValueError):
        ClosingStatement.from_canonical(statement_json)


def test_pakta_export_closing_and_verify_it_and_the_chain(
    store: Store, ceremony: CeremonyInfo, tmp_path: Path
) -> None:
    """The commands a person runs: export the berita acara, verify it (valid, both signers
    named), verify the chain with the closing records in it; an open ceremony's export says
    why and writes nothing."""
    register_pledge(store, pledge_request(NIPS[0]))
    out = tmp_path / "ba.pdf"
    data_dir = store.paths.root
    store.close()
    refused = pakta(data_dir, "export", "closing", "--format", "pdf", "--out", str(out))
    assert refused.returncode == 1 and "not closed" in refused.stderr
    assert "Traceback" not in refused.stderr and not out.exists()
    with Store.open(data_dir) as again:
        close_ceremony(again, closing_request(again))
    done = _json(
        pakta(data_dir, "--json", "export", "closing", "--format", "pdf", "--out", str(out))
    )
    assert done["rows"] == 2 and out.is_file()
    verdict = _json(pakta(data_dir, "--json", "verify", str(out)))
    assert verdict["valid"] is True
    assert "Drs. H. Wahyu Hidayat, M.M. (PPK)" in str(verdict["reason"])
    assert "Rina Kartika (witness)" in str(verdict["reason"])
    chain = _json(pakta(data_dir, "--json", "verify", "--chain"))
    assert chain["valid"] is True and chain["records"] == 3
    bad = tmp_path / "bad.pdf"
    data = bytearray(out.read_bytes())
    at = data.index(b"/Title") + 8
    data[at] = ord("X") if data[at] != ord("X") else ord("Y")
    bad.write_bytes(bytes(data))
    changed = pakta(data_dir, "--json", "verify", str(bad))
    assert changed.returncode == 1 and _json(changed)["valid"] is False
