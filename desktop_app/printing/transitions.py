"""The worker's state changes on jobs, each one short write transaction."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select, update

from desktop_app.printing.queue import JobView, now_iso, view
from desktop_app.storage.print_models import PrintJob
from desktop_app.storage.store import Store

STALE_SENDING_S = 180.0  # far longer than any send (lp times out after 30 s)


def recover_interrupted(store: Store, older_than_s: float = 0.0) -> int:
    """Jobs a crashed worker was sending go back to pending (printed at least once, never lost).

    With ``older_than_s`` only jobs stuck that long are taken back, so a second worker (the
    CLI beside the desk) never steals a job that is being sent right now.
    """
    with store.write() as session:
        result = session.execute(
            update(PrintJob)
            .where(PrintJob.status == "sending", PrintJob.updated_at <= now_iso(-older_than_s))
            .values(
                status="pending",
                next_try_at=now_iso(),
                updated_at=now_iso(),
                last_error="interrupted while sending; sending again",
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)


def claim_due(store: Store, exclude: Collection[int] = ()) -> JobView | None:
    """Take the oldest due pending job (pending → sending, attempts + 1), or None."""
    with store.write() as session:
        query = select(PrintJob).where(
            PrintJob.status == "pending", PrintJob.next_try_at <= now_iso()
        )
        if exclude:
            query = query.where(PrintJob.id.not_in(list(exclude)))
        job = session.scalars(query.order_by(PrintJob.next_try_at, PrintJob.id).limit(1)).first()
        if job is None:
            return None
        job.status, job.attempts, job.updated_at = "sending", job.attempts + 1, now_iso()
        return view(job)


def sent_jobs(store: Store) -> list[JobView]:
    with store.read() as session:
        return [view(j) for j in session.scalars(select(PrintJob).where(PrintJob.status == "sent"))]


def _set(store: Store, job_id: int, **values: object) -> JobView | None:
    with store.write() as session:
        job = session.get(PrintJob, job_id)
        if job is None or job.status == "cancelled":
            return None if job is None else view(job)
        for key, value in values.items():
            setattr(job, key, value)
        job.updated_at = now_iso()
        return view(job)


def mark_done(store: Store, job_id: int, backend_job: str = "") -> JobView | None:
    return _set(
        store, job_id, status="done", done_at=now_iso(), last_error="", backend_job=backend_job
    )


def mark_sent(store: Store, job_id: int, backend_job: str) -> JobView | None:
    return _set(store, job_id, status="sent", backend_job=backend_job, last_error="")


def mark_pending(store: Store, job_id: int, error: str, delay_s: float) -> JobView | None:
    return _set(
        store,
        job_id,
        status="pending",
        last_error=error,
        next_try_at=now_iso(delay_s),
        backend_job="",
    )


def mark_failed(store: Store, job_id: int, error: str) -> JobView | None:
    return _set(store, job_id, status="failed", last_error=error)
