"""Erasing a ceremony's signatures at the end of its retention period (crypto-shredding)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.cli.main import main
from desktop_app.demo.factory import handwritten_signature
from desktop_app.documents.receipt_data import load_receipt
from desktop_app.domain.errors import InvalidInput, SignatureDeleted
from desktop_app.domain.signature import Signature
from desktop_app.services.ceremonies import CeremonyInfo, create_ceremony
from desktop_app.services.retention import erase_plan, erase_signatures
from desktop_app.services.signing import register_pledge
from desktop_app.services.verification import verify_store
from desktop_app.storage.models import Outbox, SignedPledge
from desktop_app.storage.store import Store
from tests.core.conftest import NIPS, pledge_request


def _blobs(store: Store, record_id: str) -> tuple[bytes, bytes, str]:
    with store.read() as session:
        row = session.get(SignedPledge, record_id)
        assert row is not None
        return row.signature_blob, row.image_blob, row.ceremony_id


def _drain_outbox(store: Store) -> None:
    """As if the server had confirmed every record (what a sync does)."""
    con = sqlite3.connect(store.paths.db)
    con.execute("DELETE FROM outbox")
    con.commit()
    con.close()


def test_erasing_makes_signatures_unreadable_and_keeps_the_records(
    store: Store, ceremony: CeremonyInfo, data_dir: Path
) -> None:
    first = register_pledge(store, pledge_request(NIPS[0]))
    register_pledge(store, pledge_request(NIPS[1]))
    signature, image, ceremony_id = _blobs(store, first.record_id)
    assert Signature.decode(store.blobs.open(ceremony_id, first.record_id, signature)) == (
        handwritten_signature()
    )
    _drain_outbox(store)

    done = erase_signatures(store, ceremony.id, operator="admin")
    assert (done.records, done.erased) == (2, True)

    with pytest.raises(SignatureDeleted, match="erased"):
        store.blobs.open(ceremony_id, first.record_id, signature)
    with Store.open(data_dir) as fresh, pytest.raises(SignatureDeleted, match="erased"):
        fresh.blobs.open(ceremony_id, first.record_id, signature)  # as read from disk
    with pytest.raises(SignatureDeleted):
        load_receipt(store, first.record_id)  # a reprint says why it cannot
    report = verify_store(store)
    assert report.ok, report.problems  # the chain, names and hashes still prove the day
    assert _blobs(store, first.record_id)[:2] == (signature, image)  # nothing was rewritten
    with pytest.raises(SignatureDeleted, match="no more signings"):
        register_pledge(store, pledge_request(NIPS[2]))
    again = erase_signatures(store, ceremony.id)
    assert again.erased is False


def test_other_ceremonies_keep_their_signatures(store: Store, ceremony: CeremonyInfo) -> None:
    kept = register_pledge(store, pledge_request(NIPS[0]))
    other = create_ceremony(store, title="Lain", date="2024-09-01", venue="Balai")
    erase_signatures(store, other.id, discard_unsynced=True)
    signature, _, ceremony_id = _blobs(store, kept.record_id)
    assert Signature.decode(store.blobs.open(ceremony_id, kept.record_id, signature))


def test_unsynced_records_block_erasing_unless_discarded(
    store: Store, ceremony: CeremonyInfo
) -> None:
    register_pledge(store, pledge_request(NIPS[0]))
    plan = erase_plan(store, ceremony.id)
    assert (plan.records, plan.unsynced, plan.already_erased) == (1, 1, False)
    with pytest.raises(InvalidInput, match="not reached the server"):
        erase_signatures(store, ceremony.id)
    assert not erase_plan(store, ceremony.id).already_erased  # refused: nothing changed
    done = erase_signatures(store, ceremony.id, discard_unsynced=True)
    assert done.unsynced_discarded == 1
    with store.read() as session:
        assert session.scalars(select(Outbox)).all() == []


def test_cli_asks_for_yes_then_erases(store: Store, ceremony: CeremonyInfo, data_dir: Path) -> None:
    register_pledge(store, pledge_request(NIPS[0]))
    _drain_outbox(store)
    base = ["--data-dir", str(data_dir), "--json", "ceremony", "erase", ceremony.id[:8]]
    assert main(base) == 2
    assert not erase_plan(store, ceremony.id).already_erased
    assert main([*base, "--yes"]) == 0
    assert erase_plan(store, ceremony.id).already_erased
    assert (
        main(["--data-dir", str(data_dir), "ceremony", "erase", "nope-nope", "--yes"]) == 1
    )  # not found
