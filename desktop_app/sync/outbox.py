"""The station's outbox: records waiting for the server, read in chain order, settled by result."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, select, update

from desktop_app.storage.models import Outbox, SignedPledge
from desktop_app.storage.records import record_fields
from desktop_app.storage.store import Store
from pakta_common.wire import RecordResult, WireRecord

REJECTED = "rejected: "  # prefix of a server's refusal in Outbox.last_error
MAX_BATCH_BYTES = 8 * 1024 * 1024  # keep well under the server's body limit


@dataclass(frozen=True)
class PendingRecord:
    outbox_id: int
    station_seq: int
    record: WireRecord


def to_wire(store: Store, row: SignedPledge) -> WireRecord:
    """The record as signed, with its blobs decrypted and sent as plaintext base64."""
    fields = record_fields(row)
    signature = store.blobs.open(row.ceremony_id, row.id, row.signature_blob)
    image = store.blobs.open(row.ceremony_id, row.id, row.image_blob)
    return WireRecord(
        **fields,
        signature_b64=base64.b64encode(signature).decode("ascii"),
        image_b64=base64.b64encode(image).decode("ascii"),
    )


def pending_batch(store: Store, after_seq: int, limit: int) -> list[PendingRecord]:
    """Up to ``limit`` waiting records after ``after_seq``, oldest first (the chain order)."""
    with store.read() as session:
        rows = session.execute(
            select(Outbox.id, SignedPledge)
            .join(SignedPledge, SignedPledge.id == Outbox.record_id)
            .where(SignedPledge.station_seq > after_seq)
            .order_by(SignedPledge.station_seq)
            .limit(limit)
        ).all()
        batch: list[PendingRecord] = []
        size = 0
        for outbox_id, row in rows:
            wire = to_wire(store, row)
            size += len(wire.signature_b64) + len(wire.image_b64) + 2048
            if batch and size > MAX_BATCH_BYTES:
                break
            batch.append(PendingRecord(outbox_id, row.station_seq, wire))
        return batch


def settle(store: Store, results: list[RecordResult]) -> tuple[int, int, list[RecordResult]]:
    """Remove confirmed records from the outbox; keep rejected ones with their reason.

    Returns (accepted, already_stored, rejected results)."""
    confirmed = [r.id for r in results if r.status in ("accepted", "already_stored")]
    rejected = [r for r in results if r.status == "rejected"]
    with store.write() as session:
        if confirmed:
            session.execute(sql_delete(Outbox).where(Outbox.record_id.in_(confirmed)))
        for r in rejected:
            session.execute(
                update(Outbox)
                .where(Outbox.record_id == r.id)
                .values(attempts=Outbox.attempts + 1, last_error=REJECTED + r.reason[:2000])
            )
    accepted = sum(1 for r in results if r.status == "accepted")
    return accepted, len(confirmed) - accepted, rejected


def note_attempt_failed(store: Store, record_ids: list[str], reason: str) -> None:
    with store.write() as session:
        session.execute(
            update(Outbox)
            .where(Outbox.record_id.in_(record_ids))
            .values(attempts=Outbox.attempts + 1, last_error=reason[:2000])
        )


def pending_count(store: Store) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Outbox)) or 0)


def rejected_in_outbox(store: Store) -> list[tuple[str, str]]:
    """(record id, reason) of waiting records the server has refused."""
    with store.read() as session:
        return [
            (rid, err[len(REJECTED) :])
            for rid, err in session.execute(
                select(Outbox.record_id, Outbox.last_error)
                .where(Outbox.last_error.startswith(REJECTED))
                .order_by(Outbox.id)
            ).all()
        ]
