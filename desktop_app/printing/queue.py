"""Print jobs in the store: enqueue (committed before anything is sent), list, retry, cancel.

A receipt job holds only the record id and layout: the PDF is rebuilt from the immutable
record when sent, so a restart, a crash or a printer swap never loses what to print.
Reprints are logged as audit events.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop_app.clock import iso_utc, utc_now
from desktop_app.documents.receipt import LAYOUTS
from desktop_app.domain.errors import InvalidInput, NotFound
from desktop_app.settings import AUTO_PRINT, PRINTER, RECEIPT_LAYOUT, get_setting
from desktop_app.storage.models import AuditEvent, SignedPledge
from desktop_app.storage.print_models import OPEN_STATES, PrintJob
from desktop_app.storage.store import Store

MAX_COPIES = 20


@dataclass(frozen=True)
class JobView:
    id: int
    kind: str
    record_id: str | None
    layout: str
    title: str
    printer: str
    copies: int
    status: str
    attempts: int
    last_error: str
    created_at: str
    updated_at: str
    done_at: str | None
    backend_job: str
    file_path: str

    def as_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class QueueSummary:
    """What the desk shows: how many receipts wait and why."""

    waiting: int
    failed: int
    last_error: str

    @property
    def ok(self) -> bool:
        return self.waiting == 0 and self.failed == 0


def view(job: PrintJob) -> JobView:
    return JobView(
        job.id,
        job.kind,
        job.record_id,
        job.layout,
        job.title,
        job.printer,
        job.copies,
        job.status,
        job.attempts,
        job.last_error,
        job.created_at,
        job.updated_at,
        job.done_at,
        job.backend_job,
        job.file_path,
    )


def now_iso(offset_s: float = 0.0) -> str:
    return iso_utc(utc_now() + dt.timedelta(seconds=offset_s))


def _check_copies(copies: int) -> None:
    if not 1 <= copies <= MAX_COPIES:
        raise InvalidInput(f"copies must be between 1 and {MAX_COPIES}")


def enqueue_receipt(
    store: Store,
    record_id: str,
    *,
    printer: str | None = None,
    layout: str | None = None,
    copies: int = 1,
    operator: str = "",
    reprint: bool = False,
    reason: str = "",
) -> JobView:
    """Store a receipt job (committed before the worker sends it); a reprint is audited."""
    _check_copies(copies)
    with store.write() as session:
        record = session.get(SignedPledge, record_id)
        if record is None:
            raise NotFound(f"no record {record_id}")
        target = get_setting(session, PRINTER) if printer is None else printer
        chosen = layout or get_setting(session, RECEIPT_LAYOUT)
        if chosen not in LAYOUTS:
            raise InvalidInput(f"unknown receipt layout {chosen!r} (a4, a5 or roll80)")
        job = _add(
            session,
            kind="reprint" if reprint else "receipt",
            record_id=record_id,
            layout=chosen,
            printer=target,
            copies=copies,
            operator=operator,
            title=f"receipt-{record_id[:8]}",
        )
        if reprint:
            session.add(
                AuditEvent(
                    at=job.created_at,
                    kind="receipt_reprint",
                    actor=operator,
                    record_id=record_id,
                    detail=json.dumps(
                        {
                            "job": job.id,
                            "printer": target,
                            "copies": copies,
                            "layout": chosen,
                            "reason": reason,
                        }
                    ),
                )
            )
        return view(job)


def enqueue_file(
    store: Store, path: Path, *, printer: str | None = None, copies: int = 1, operator: str = ""
) -> JobView:
    """Store a job printing a PDF file (badge sheets, attendance lists, minutes)."""
    _check_copies(copies)
    path = Path(path).resolve()
    if not path.is_file():
        raise InvalidInput(f"{path} is not a file")
    with store.write() as session:
        target = get_setting(session, PRINTER) if printer is None else printer
        job = _add(
            session,
            kind="file",
            record_id=None,
            layout="",
            printer=target,
            copies=copies,
            operator=operator,
            title=path.stem[:100],
            file_path=str(path),
        )
        return view(job)


def receipt_signed(store: Store, record_id: str, *, operator: str = "") -> JobView | None:
    """The desk's hook after a pledge is committed: queue its receipt when auto-print is on."""
    with store.read() as session:
        if not get_setting(session, AUTO_PRINT):
            return None
    return enqueue_receipt(store, record_id, operator=operator)


def _add(session: Session, **values: object) -> PrintJob:
    stamp = now_iso()
    fields: dict[str, object] = {
        "created_at": stamp,
        "updated_at": stamp,
        "next_try_at": stamp,
        "status": "pending",
        "attempts": 0,
        "last_error": "",
        "backend_job": "",
        "done_at": None,
        "file_path": "",
    }
    fields.update(values)
    job = PrintJob(**fields)
    session.add(job)
    session.flush()
    job.title = f"{job.title}-job{job.id}"
    return job


def list_jobs(store: Store, *, open_only: bool = False, limit: int = 200) -> list[JobView]:
    with store.read() as session:
        query = select(PrintJob).order_by(PrintJob.id.desc()).limit(limit)
        if open_only:
            query = query.where(PrintJob.status.in_((*OPEN_STATES, "failed")))
        return [view(j) for j in session.scalars(query)]


def get_job(store: Store, job_id: int) -> JobView:
    with store.read() as session:
        job = session.get(PrintJob, job_id)
        if job is None:
            raise NotFound(f"no print job {job_id}")
        return view(job)


def retry_job(store: Store, job_id: int) -> JobView:
    """Send a pending or failed job again now."""
    with store.write() as session:
        job = session.get(PrintJob, job_id)
        if job is None:
            raise NotFound(f"no print job {job_id}")
        if job.status not in ("pending", "failed"):
            raise InvalidInput(f"job {job_id} is {job.status}; only pending or failed jobs retry")
        job.status, job.next_try_at, job.updated_at = "pending", now_iso(), now_iso()
        return view(job)


def retry_all(store: Store) -> int:
    with store.write() as session:
        result = session.execute(
            update(PrintJob)
            .where(PrintJob.status.in_(("pending", "failed")))
            .values(status="pending", next_try_at=now_iso(), updated_at=now_iso())
        )
        return int(getattr(result, "rowcount", 0) or 0)


def move_jobs(store: Store, printer: str, *, operator: str = "") -> int:
    """Send every waiting (pending or failed) job to another printer, e.g. when one breaks."""
    with store.write() as session:
        jobs = list(
            session.scalars(select(PrintJob).where(PrintJob.status.in_(("pending", "failed"))))
        )
        for job in jobs:
            job.printer, job.status = printer, "pending"
            job.next_try_at = job.updated_at = now_iso()
        if jobs:
            detail = json.dumps({"jobs": [j.id for j in jobs], "printer": printer})
            session.add(AuditEvent(at=now_iso(), kind="print_moved", actor=operator, detail=detail))
        return len(jobs)


def cancel_job(store: Store, job_id: int, *, operator: str = "") -> JobView:
    with store.write() as session:
        job = session.get(PrintJob, job_id)
        if job is None:
            raise NotFound(f"no print job {job_id}")
        if job.status in ("done", "cancelled"):
            raise InvalidInput(f"job {job_id} is already {job.status}")
        job.status, job.updated_at = "cancelled", now_iso()
        session.add(
            AuditEvent(
                at=job.updated_at,
                kind="print_cancelled",
                actor=operator,
                record_id=job.record_id,
                detail=json.dumps({"job": job.id}),
            )
        )
        return view(job)


def queue_summary(store: Store) -> QueueSummary:
    with store.read() as session:
        rows = session.execute(select(PrintJob.status, func.count()).group_by(PrintJob.status))
        counts: dict[str, int] = {str(status): int(n) for status, n in rows.all()}
        last = session.scalars(
            select(PrintJob.last_error)
            .where(PrintJob.status.in_(("pending", "failed")), PrintJob.last_error != "")
            .order_by(PrintJob.updated_at.desc())
            .limit(1)
        ).first()
    waiting = sum(counts.get(s, 0) for s in OPEN_STATES)
    return QueueSummary(waiting, counts.get("failed", 0), last or "")
