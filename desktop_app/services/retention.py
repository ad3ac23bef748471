"""Erasing a ceremony's signatures when its retention period ends (UU PDP 27/2022).

The records stay (immutable, hash-chained: who attended, when, at which desk, and the hashes
that prove it); the signature pen data and images become unreadable because the ceremony's
own key is deleted (``storage.ceremony_keys``). Receipts not yet printed are cancelled, and
the ceremony takes no further signings.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, Select, delete, func, select, update
from sqlalchemy.orm import Session

from desktop_app.clock import utc_now_iso
from desktop_app.domain.errors import InvalidInput
from desktop_app.services.ceremonies import find_ceremony
from desktop_app.storage.models import AuditEvent, Outbox, SignedPledge
from desktop_app.storage.print_models import OPEN_STATES, PrintJob
from desktop_app.storage.store import Store

_UNFINISHED_PRINTS = (*OPEN_STATES, "failed")


@dataclass(frozen=True)
class ErasePlan:
    ceremony: str
    title: str
    records: int
    unsynced: int
    print_jobs: int
    already_erased: bool

    def as_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class ErasedCeremony:
    ceremony: str
    records: int
    unsynced_discarded: int
    print_jobs_cancelled: int
    erased: bool  # False: it had been erased before; nothing changed

    def as_json(self) -> dict[str, object]:
        return asdict(self)


def erase_plan(store: Store, ceremony_ref: str) -> ErasePlan:
    """What erasing would do, changing nothing."""
    with store.read() as session:
        ceremony = find_ceremony(session, ceremony_ref)
        records = _record_ids(ceremony.id)
        unprinted = PrintJob.record_id.in_(records), PrintJob.status.in_(_UNFINISHED_PRINTS)
        return ErasePlan(
            ceremony=ceremony.id,
            title=ceremony.title,
            records=_count(session, records.subquery()),
            unsynced=_count(session, Outbox, Outbox.record_id.in_(records)),
            print_jobs=_count(session, PrintJob, *unprinted),
            already_erased=store.blobs.is_erased(session, ceremony.id),
        )


def erase_signatures(
    store: Store, ceremony_ref: str, *, discard_unsynced: bool = False, operator: str = ""
) -> ErasedCeremony:
    """Erase the ceremony's signature data; refused while records still wait for the server
    unless ``discard_unsynced`` (then the server never receives them)."""
    now = utc_now_iso()
    with store.write() as session:
        ceremony = find_ceremony(session, ceremony_ref)
        records = _record_ids(ceremony.id)
        count = _count(session, records.subquery())
        unsynced = _count(session, Outbox, Outbox.record_id.in_(records))
        if unsynced and not discard_unsynced:
            raise InvalidInput(
                f"{unsynced} record(s) of this ceremony have not reached the server yet; "
                "sync first (`pakta sync`), or pass --discard-unsynced"
            )
        if not store.blobs.erase(session, ceremony.id, now):
            return ErasedCeremony(ceremony.id, count, 0, 0, erased=False)
        if unsynced:
            session.execute(delete(Outbox).where(Outbox.record_id.in_(records)))
        cancelled = cast(
            CursorResult[tuple[()]],
            session.execute(
                update(PrintJob)
                .where(PrintJob.record_id.in_(records), PrintJob.status.in_(_UNFINISHED_PRINTS))
                .values(status="cancelled", updated_at=now, last_error="signatures erased")
            ),
        ).rowcount
        session.add(
            AuditEvent(
                at=now,
                kind="ceremony_erased",
                actor=operator,
                record_id=None,
                detail=json.dumps(
                    {
                        "ceremony": ceremony.id,
                        "records": count,
                        "unsynced_discarded": unsynced,
                        "print_jobs_cancelled": cancelled,
                    }
                ),
            )
        )
    return ErasedCeremony(ceremony.id, count, unsynced, cancelled, erased=True)


def _count(session: Session, source: Any, *where: ColumnElement[bool]) -> int:
    return session.scalar(select(func.count()).select_from(source).where(*where)) or 0


def _record_ids(ceremony_id: str) -> Select[str]:
    return select(SignedPledge.id).where(SignedPledge.ceremony_id == ceremony_id)
