"""Erasing a ceremony's signatures when its retention period ends (UU PDP 27/2022).

The records stay (immutable, hash-chained: who attended, when, at which desk, and the hashes
that prove it); the signature pen data and images become unreadable because the ceremony's
own key is deleted (``storage.ceremony_keys``). Receipts not yet printed are cancelled, and
the ceremony takes no further signings.

Nothing readable is left behind: the receipts this station printed into a folder (the demo's
``printed/``, a USB stick) are deleted, and the database is rewritten (VACUUM, with SQLite's
secure_delete on) and its WAL emptied, so the erased key is not left in free pages or old WAL
frames. Receipts are never cached on disk; the OS print spooler's own copies are outside the
data folder (see docs/security.md).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, Select, delete, func, select, update
from sqlalchemy.orm import Session

from desktop_app.ceremony_ref import find_ceremony
from desktop_app.clock import utc_now_iso
from desktop_app.domain.errors import InvalidInput
from desktop_app.printing.backends.folder import folder_of, printed_files
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
    erased: bool  # False: it had been erased before (leftovers are still cleaned up)
    printed_files_removed: int = 0  # receipts this station had printed into a folder
    store_scrubbed: bool = True  # False: another process held the database; run it again

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
        printed = _printed_receipts(session, records)
        erased_now = store.blobs.erase(session, ceremony.id, now)
        cancelled = 0
        if erased_now:
            cancelled = _erase_rest(session, ceremony.id, records, count, unsynced, now, operator)
    # after the commit: files the erased key no longer protects, and the key's old bytes
    removed, scrubbed = _remove_files(printed), scrub_store(store)
    return ErasedCeremony(
        ceremony.id,
        count,
        unsynced if erased_now else 0,
        cancelled,
        erased_now,
        removed,
        scrubbed,
    )


def _erase_rest(
    session: Session,
    ceremony_id: str,
    records: Select[str],
    count: int,
    unsynced: int,
    now: str,
    operator: str,
) -> int:
    """In the erasing transaction: drop unsynced records' outbox rows, cancel unprinted
    receipts, audit; returns the print jobs cancelled."""
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
                    "ceremony": ceremony_id,
                    "records": count,
                    "unsynced_discarded": unsynced,
                    "print_jobs_cancelled": cancelled,
                }
            ),
        )
    )
    return int(cancelled or 0)


def _printed_receipts(session: Session, records: Select[str]) -> list[tuple[Path, str]]:
    """(file, record id) of every receipt of these records printed into a folder."""
    found: list[tuple[Path, str]] = []
    jobs = session.scalars(
        select(PrintJob).where(PrintJob.record_id.in_(records), PrintJob.kind != "file")
    )
    for job in jobs:
        folder = folder_of(job.printer)
        if folder is not None and job.record_id:
            found += [(p, job.record_id) for p in printed_files(folder, job.title, job.copies)]
    return found


def _remove_files(printed: list[tuple[Path, str]]) -> int:
    """Delete printed receipts that are still there and still the receipt of their record
    (a file of the same name that is not is left alone)."""
    removed = 0
    for path, record_id in printed:
        try:
            if path.is_symlink() or not path.is_file():
                continue
            if record_id.encode("ascii") not in path.read_bytes():
                continue
            path.unlink()
            removed += 1
        except OSError:
            continue
    return removed


def scrub_store(store: Store) -> bool:
    """Rewrite the database so erased data is in no free page and no WAL frame; False when
    another connection kept it from finishing (the desk reading): run the erase again later."""
    raw = store.engine.raw_connection()
    try:
        con = raw.driver_connection
        assert con is not None
        try:
            # VACUUM builds the new file in a temporary database: in memory, not in /tmp
            con.execute("PRAGMA temp_store=MEMORY")
            con.execute("VACUUM")
            row = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError:
            return False
        return row is not None and int(row[0]) == 0
    finally:
        raw.close()


def _count(session: Session, source: Any, *where: ColumnElement[bool]) -> int:
    return session.scalar(select(func.count()).select_from(source).where(*where)) or 0


def _record_ids(ceremony_id: str) -> Select[str]:
    return select(SignedPledge.id).where(SignedPledge.ceremony_id == ceremony_id)
