"""Record formats: a format-1 record written by the first release (its own field list, its own
schema) still verifies after the upgrade, in the station chain, at server ingest and in its
receipt seal; format-2 records carry and prove how consent was given."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import select

from desktop_app.clock import utc_now_iso
from desktop_app.demo.factory import handwritten_signature, signature_image
from desktop_app.documents.receipt_data import load_receipt
from desktop_app.domain.consent import ConsentMethod
from desktop_app.domain.errors import InvalidInput, NotFound
from desktop_app.services.attendees import pledge_text
from desktop_app.services.ceremonies import CeremonyInfo, create_ceremony
from desktop_app.services.signing import register_pledge, void_pledge
from desktop_app.services.verification import verify_store
from desktop_app.storage.migrate import _config
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.records import record_fields
from desktop_app.storage.store import Store
from desktop_app.sync.cycle import sync_once
from desktop_app.sync.outbox import pending_batch
from pakta_common.integrity.record_hash import FIELDS_BY_FORMAT, GENESIS_HASH, record_hash
from pakta_common.integrity.seal import read_seal
from server.models import Record
from tests.core.conftest import NIPS, pledge_request
from tests.server.helpers import enrol_in_process, make_app, sqlite_url

# The first release's hashed field list, exactly (integrity/record_hash.py at format 1).
FIRST_RELEASE_FIELDS = (
    "format", "id", "kind", "refers_to", "reason", "ceremony_id", "identifier", "id_kind",
    "name", "rank", "position", "unit", "instansi", "template_id", "text_sha256", "consent_at",
    "signature_sha256", "image_sha256", "device", "operator", "station_id", "station_seq",
    "signed_at", "mono_ns", "prev_hash", "flagged",
)  # fmt: skip


def first_release_hash(fields: dict[str, object]) -> str:
    """The first release's record hash, written out here so this test does not use ours."""
    subset = {name: fields[name] for name in FIRST_RELEASE_FIELDS}
    text = json.dumps(subset, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_first_release_record(store: Store, ceremony: CeremonyInfo, identifier: str) -> str:
    """A pledge as the first release committed it, into a store still at its schema (0004)."""
    record_id = str(uuid.uuid4())
    signed_at = utc_now_iso()
    encoded, png = handwritten_signature().encode(), signature_image()
    with store.write() as session:  # blobs are sealed the way they always were
        sealer = store.blobs.sealer(session, ceremony.id, signed_at)
        signature_blob, image_blob = sealer.seal(record_id, encoded), sealer.seal(record_id, png)
    pledge = pledge_text(store, ceremony.id)
    cfg = _config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")  # back to the first release's schema
    fields: dict[str, object] = {
        "format": 1,
        "id": record_id,
        "kind": "pledge",
        "refers_to": None,
        "reason": "",
        "ceremony_id": ceremony.id,
        "identifier": identifier,
        "id_kind": "nip",
        "name": "Budi Santoso",
        "rank": "Penata (III/c)",
        "position": "Analis",
        "unit": "Dinas A",
        "instansi": "Pemkot",
        "template_id": pledge.template_id,
        "text_sha256": pledge.sha256,
        "consent_at": signed_at,
        "signature_sha256": _sha(encoded),
        "image_sha256": _sha(png),
        "device": json.dumps(asdict(handwritten_signature().device), sort_keys=True),
        "operator": "petugas lama",
        "station_id": store.station_id,
        "station_seq": 1,
        "signed_at": signed_at,
        "mono_ns": 123456789,
        "prev_hash": GENESIS_HASH,
        "flagged": False,
    }
    digest = first_release_hash(fields)
    row = {k: v for k, v in fields.items() if k != "format"}  # the first schema had no column
    row |= {
        "signature_blob": signature_blob,
        "image_blob": image_blob,
        "record_hash": digest,
        "station_sig": store.key.sign(digest.encode("ascii")).hex(),
    }
    con = sqlite3.connect(store.paths.db)
    try:
        with con:
            columns = ", ".join(row)
            con.execute(
                f"INSERT INTO signed_pledge ({columns}) VALUES ({', '.join('?' * len(row))})",
                tuple(row.values()),
            )
            con.execute(
                "INSERT INTO audit_event (at, kind, actor, record_id, detail) "
                "VALUES (?, 'record_pledge', 'petugas lama', ?, ?)",
                (signed_at, record_id, json.dumps({"seq": 1, "identifier": identifier})),
            )
            con.execute(
                "INSERT INTO outbox (record_id, enqueued_at, attempts, last_error) "
                "VALUES (?, ?, 0, '')",
                (record_id, signed_at),
            )
    finally:
        con.close()
    return record_id


@pytest.fixture
def upgraded(data_dir: Path) -> Iterator[tuple[Store, CeremonyInfo, str]]:
    """A station of the first release with one record, opened (migrated) by this version."""
    from desktop_app.services.roster_import import apply_roster
    from pakta_common.roster_file import RosterRow

    with Store.open(data_dir, station_name="Meja 1") as old:
        info = create_ceremony(old, title="Ikrar", date="2024-08-26", venue="Balai Kota")
        rows = [
            RosterRow(2 + i, nip, "nip", f"Pegawai {i}", "", "", "Dinas A", "Pemkot")
            for i, nip in enumerate(NIPS)
        ]
        apply_roster(old, rows, [], info.id)
        record_id = write_first_release_record(old, info, NIPS[0])
    with Store.open(data_dir) as store:
        yield store, info, record_id


def test_the_format_lists_keep_the_first_release_list_exactly() -> None:
    assert FIELDS_BY_FORMAT[1] == FIRST_RELEASE_FIELDS
    assert FIELDS_BY_FORMAT[2] == (
        *FIRST_RELEASE_FIELDS,
        "consent_method",
        "pledge_shown_at",
        "timezone",
    )
    fields = dict.fromkeys(FIELDS_BY_FORMAT[2], "x") | {"format": 1}
    assert record_hash(fields) == first_release_hash(fields)  # extra fields do not count
    with pytest.raises(ValueError, match="not supported"):
        record_hash(fields | {"format": 3})
    with pytest.raises(ValueError, match="lacks fields: consent_method"):
        record_hash({k: v for k, v in fields.items() if k != "consent_method"} | {"format": 2})


def test_a_first_release_record_still_verifies_in_the_station_chain(
    upgraded: tuple[Store, CeremonyInfo, str],
) -> None:
    store, info, old_id = upgraded
    with store.read() as session:
        row = session.get(SignedPledge, old_id)
        assert row is not None
        assert (row.format, row.consent_method, row.pledge_shown_at, row.timezone) == (
            1,
            "",
            "",
            "",
        )
        assert "consent_method" not in record_fields(row)
    assert verify_store(store).ok
    new = register_pledge(store, pledge_request(NIPS[1], ceremony_id=info.id))  # format 2 next
    void_pledge(store, old_id, "salah orang", operator="op")
    with store.read() as session:
        rows = session.scalars(select(SignedPledge).order_by(SignedPledge.station_seq)).all()
        assert [(r.format, r.kind) for r in rows] == [(1, "pledge"), (2, "pledge"), (2, "void")]
        assert rows[1].prev_hash == rows[0].record_hash  # one chain across the formats
        assert (rows[2].consent_method, rows[2].pledge_shown_at) == ("", "")
        assert rows[2].timezone == "Asia/Jakarta"
        assert rows[1].id == new.record_id
    report = verify_store(store)
    assert report.ok and report.records == 3, report.problems
    con = sqlite3.connect(store.paths.db)  # a format-1 record claiming a consent method
    try:
        con.execute("DROP TRIGGER signed_pledge_no_update")
        con.execute("UPDATE signed_pledge SET format = 2 WHERE id = ?", (old_id,))
        con.commit()
    finally:
        con.close()
    assert any("does not match its hash" in p for p in verify_store(store).problems)


def test_a_first_release_record_is_accepted_by_the_server_with_the_new_ones(
    upgraded: tuple[Store, CeremonyInfo, str], tmp_path: Path
) -> None:
    store, info, old_id = upgraded
    new = register_pledge(store, pledge_request(NIPS[1], ceremony_id=info.id))
    wire = {p.record.id: p.record for p in pending_batch(store, 0, 10)}
    assert (wire[old_id].format, wire[old_id].consent_method) == (1, "")
    assert (wire[new.record_id].format, wire[new.record_id].consent_method) == (2, "pad_box")
    app = make_app(sqlite_url(tmp_path))
    try:
        with TestClient(app) as http:
            client = enrol_in_process(store, app, http)
            report = sync_once(store, client)
            assert (report.accepted, report.rejected) == (2, [])
        with app.state.db.transaction() as session:
            stored = {r.id: r for r in session.scalars(select(Record))}
            got = {
                rid: (r.format, r.consent_method, r.pledge_shown_at, r.timezone)
                for rid, r in stored.items()
            }
    finally:
        app.state.db.dispose()
    assert got[old_id] == (1, "", "", "")
    assert got[new.record_id] == (2, "pad_box", "2024-08-26T01:00:00.000Z", "Asia/Jakarta")


def test_seals_of_both_formats_read_and_verify(
    upgraded: tuple[Store, CeremonyInfo, str],
) -> None:
    store, info, old_id = upgraded
    new = register_pledge(
        store,
        pledge_request(
            NIPS[1],
            ceremony_id=info.id,
            consent_method=ConsentMethod.COMPACT_SIGNATURE,
            timezone="WIT",
        ),
    )
    with store.read() as session:
        old_hash = session.get(SignedPledge, old_id).record_hash  # type: ignore[union-attr]
    old_seal = read_seal(load_receipt(store, old_id).seal)
    assert old_seal.fields["format"] == 1 and "consent_method" not in old_seal.fields
    assert old_seal.record_hash() == old_hash
    assert old_seal.signature_problem(store.key.public_bytes) is None
    new_seal = read_seal(load_receipt(store, new.record_id).seal)
    assert new_seal.fields["format"] == 2
    assert new_seal.fields["consent_method"] == "compact_signature"
    assert new_seal.fields["pledge_shown_at"] == "2024-08-26T01:00:00.000Z"
    assert new_seal.fields["timezone"] == "Asia/Jayapura"
    assert new_seal.record_hash() == new.record_hash
    assert new_seal.signature_problem(store.key.public_bytes) is None


@pytest.mark.parametrize(
    ("overrides", "error", "message"),
    [
        ({"consent_method": "keyboard"}, InvalidInput, "not given by the attendee"),
        ({"consent_method": ""}, InvalidInput, "not given by the attendee"),
        ({"pledge_shown_at": "when it was shown"}, InvalidInput, "pledge was shown"),
        ({"timezone": "Mars/Base"}, InvalidInput, "time zone"),
        ({"template_id": str(uuid.uuid4())}, InvalidInput, "pledge template"),
        ({"ceremony_id": "f" * 8}, NotFound, "no ceremony"),
    ],
)
def test_a_commit_that_does_not_say_what_was_shown_and_how_consent_was_given_is_refused(
    store: Store,
    ceremony: CeremonyInfo,
    overrides: dict[str, object],
    error: type[Exception],
    message: str,
) -> None:
    with pytest.raises(error, match=message):
        register_pledge(store, pledge_request(NIPS[0], **overrides))
    assert verify_store(store).records == 0


def test_the_commit_binds_the_requested_ceremony_not_the_active_one(
    store: Store, ceremony: CeremonyInfo
) -> None:
    from desktop_app.services.ceremonies import use_ceremony

    other = create_ceremony(
        store, title="Lain", date="2024-09-01", venue="X", pledge_text="Teks lain.\n"
    )
    use_ceremony(store, other.id)  # the active ceremony changed after the pledge was shown
    shown = pledge_text(store, ceremony.id)
    done = register_pledge(
        store, pledge_request(NIPS[0], ceremony_id=ceremony.id, template_id=shown.template_id)
    )
    assert done.ceremony_id == ceremony.id
    with pytest.raises(InvalidInput, match="not this ceremony's pledge text"):
        register_pledge(store, pledge_request(NIPS[1], ceremony_id=other.id))  # text of the first


def test_every_place_that_holds_record_fields_holds_every_hashed_field() -> None:
    """One parity test for the lists restated across the code: station columns, the wire,
    the server's columns, and the wire's consent methods."""
    from typing import get_args

    from desktop_app.storage.record_writer import RECORD_COLUMNS
    from pakta_common.integrity.record_hash import ALL_HASHED_FIELDS
    from pakta_common.wire import ConsentMethodText, WireRecord

    server_columns = {c.name for c in Record.__table__.columns}
    assert set(ALL_HASHED_FIELDS) <= set(RECORD_COLUMNS)
    assert set(ALL_HASHED_FIELDS) <= set(WireRecord.model_fields)
    assert set(ALL_HASHED_FIELDS) <= server_columns
    assert set(get_args(ConsentMethodText)) == {"", *(m.value for m in ConsentMethod)}
