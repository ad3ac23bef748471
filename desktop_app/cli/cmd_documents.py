"""`pakta verify`, `pakta badges` and `pakta print list|retry|reprint|file|cancel|run`."""

from __future__ import annotations

import argparse
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.cli.common import open_store
from desktop_app.cli.lang import t
from desktop_app.cli.output import (
    DISK_FULL,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_UNAVAILABLE,
    CommandError,
    Output,
)
from desktop_app.documents.badges import build_badges
from desktop_app.documents.receipt import LAYOUTS
from desktop_app.documents.receipt_verify import Verdict, verify_receipt_pdf, verify_seal_text
from desktop_app.printing.queue import (
    JobView,
    cancel_job,
    enqueue_file,
    enqueue_receipt,
    get_job,
    list_jobs,
    move_jobs,
    queue_summary,
    retry_all,
    retry_job,
)
from desktop_app.printing.worker import PrintWorker
from desktop_app.services.badge_sheet import load_badges
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.store import Store
from pakta_common.files import write_atomic


def register(sub: Any) -> None:
    verify = sub.add_parser("verify", help="is this receipt authentic and unaltered?")
    verify.add_argument("file", nargs="?", type=Path, help="receipt PDF (or an archive of them)")
    verify.add_argument("--qr", help="the text read from a receipt's QR code")
    verify.set_defaults(handler=_verify)

    badges = sub.add_parser("badges", help="printable QR badge sheets for the roster")
    badges.add_argument("--ceremony", default=None)
    badges.add_argument("--out", required=True, type=Path)
    badges.set_defaults(handler=_badges)

    printing = sub.add_parser("print", help="the receipt print queue")
    actions = printing.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="print jobs (open ones; --all for every job)")
    listing.add_argument("--all", action="store_true")
    listing.set_defaults(handler=_list)
    retry = actions.add_parser("retry", help="send a pending or failed job again now")
    retry.add_argument("job", nargs="?", type=int)
    retry.add_argument("--all", action="store_true", help="every pending and failed job")
    retry.set_defaults(handler=_retry)
    reprint = actions.add_parser("reprint", help="print a record's receipt again (logged)")
    reprint.add_argument("record", help="record id (or a unique prefix of 8+ characters)")
    reprint.add_argument("--printer", default=None, help="printer (default: the setting)")
    reprint.add_argument("--layout", choices=sorted(LAYOUTS), default=None)
    reprint.add_argument("--copies", type=int, default=1)
    reprint.add_argument("--reason", default="")
    reprint.add_argument("--operator", default="")
    reprint.set_defaults(handler=_reprint)
    file_ = actions.add_parser("file", help="print a PDF (badge sheet, attendance list)")
    file_.add_argument("path", type=Path)
    file_.add_argument("--printer", default=None)
    file_.add_argument("--copies", type=int, default=1)
    file_.set_defaults(handler=_file)
    move = actions.add_parser("move", help="send every waiting job to another printer")
    move.add_argument("printer", help="printer spec (a CUPS queue, a folder, escpos:...)")
    move.set_defaults(handler=_move)
    cancel = actions.add_parser("cancel", help="cancel a job that has not printed")
    cancel.add_argument("job", type=int)
    cancel.set_defaults(handler=_cancel)
    run = actions.add_parser("run", help="send waiting jobs now (the desk does this itself)")
    run.add_argument("--wait", type=float, default=0.0, help="keep trying up to S seconds")
    run.set_defaults(handler=_run)


# -- verify ------------------------------------------------------------------------------
def _verify(args: argparse.Namespace, out: Output) -> int:
    if (args.file is None) == (args.qr is None):
        raise CommandError(t("give a receipt PDF or --qr TEXT (one of them)"))
    with open_store(args) as store:
        if args.qr is not None:
            verdicts = [verify_seal_text(store, args.qr)]
        else:
            path: Path = args.file
            if not path.is_file():
                raise CommandError(t("{path}: no such file", path=path))
            verdicts = verify_receipt_pdf(store, path)
    valid = all(v.valid for v in verdicts)
    first = next((v for v in verdicts if not v.valid), verdicts[0])
    payload = first.as_json()
    payload["valid"] = valid
    if len(verdicts) > 1:
        payload["receipts"] = [dict(v.as_json(), page=v.page) for v in verdicts]
        payload["reason"] = (  # JSON: not translated
            f"all {len(verdicts)} receipts authentic" if valid else payload["reason"]
        )
    out.result(payload, _human(verdicts, valid))
    return EXIT_OK if valid else EXIT_INVALID


def _human(verdicts: list[Verdict], valid: bool) -> str:
    lines = []
    for v in verdicts:
        where = t("page {page}: ", page=v.page) if v.page and len(verdicts) > 1 else ""
        mark = t("VALID") if v.valid else t("NOT VALID")
        who = (
            t(" — NIP {nip}, signed {at}, record {id}", nip=v.nip, at=v.signed_at, id=v.record_id)
            if v.record_id
            else ""
        )
        lines.append(f"{where}{mark}: {v.reason}{who}")
    if len(verdicts) > 1:
        lines.append(t("All receipts authentic.") if valid else t("Some receipts are NOT valid."))
    return "\n".join(lines)


# -- badges ------------------------------------------------------------------------------
def _badges(args: argparse.Namespace, out: Output) -> int:
    path: Path = args.out
    if path.is_dir():
        raise CommandError(t("--out {path} is a folder; give a file name", path=path))
    with open_store(args) as store:
        sheet = load_badges(store, args.ceremony)
        pdf = build_badges(sheet)
    _write(path, pdf)
    n = len(sheet.badges)
    out.result({"path": str(path), "badges": n}, t("Wrote {path} ({n} badges)", path=path, n=n))
    return EXIT_OK


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomic(path, data)
    except OSError as exc:
        reason = t("disk full") if exc.errno in DISK_FULL else exc.strerror
        raise CommandError(
            t("cannot write {path}: {reason}; nothing was written", path=path, reason=reason)
        ) from None


# -- print -------------------------------------------------------------------------------
def _job_line(job: JobView) -> str:
    what = t("record {id}", id=job.record_id[:8]) if job.record_id else Path(job.file_path).name
    error = f" — {job.last_error}" if job.last_error and job.status != "done" else ""
    return (
        f"#{job.id:<5} {t(job.status):<9} {job.kind:<8} {what:<20} → "
        f"{job.printer or t('(none)')} ×{job.copies} " + t("tries {n}", n=job.attempts) + error
    )


def _list(args: argparse.Namespace, out: Output) -> int:
    with open_store(args) as store:
        jobs = list_jobs(store, open_only=not args.all)
        summary = queue_summary(store)
    human = "\n".join(_job_line(j) for j in jobs) or t("No print jobs waiting.")
    if summary.last_error:
        human += "\n" + t("Printer: {error}", error=summary.last_error)
    out.result({"jobs": [j.as_json() for j in jobs], "summary": asdict(summary)}, human)
    return EXIT_OK


def _send_now(store: Store, job_id: int, wait: float = 0.0) -> JobView:
    worker = PrintWorker(store, backoff_s=0.5, max_backoff_s=2.0)
    deadline = time.monotonic() + wait
    while True:
        worker.run_once()
        job = get_job(store, job_id)
        if job.status in ("done", "failed", "cancelled") or time.monotonic() >= deadline:
            return job
        time.sleep(0.5)


def _report(out: Output, job: JobView) -> int:
    payload = {"job": job.as_json(), "status": job.status, "id": job.id}
    if job.status == "done":
        out.result(payload, t("Printed: job {id} on {printer}", id=job.id, printer=job.printer))
        return EXIT_OK
    if job.status == "sent":
        out.result(
            payload,
            t(
                "Accepted by {printer} (job {job}); printing",
                printer=job.printer,
                job=job.backend_job,
            ),
        )
        return EXIT_OK
    out.result(
        payload,
        t(
            "Job {id} is {status}: {error} (kept; it will be retried)",
            id=job.id,
            status=t(job.status),
            error=job.last_error,
        ),
    )
    return EXIT_UNAVAILABLE if job.status == "pending" else EXIT_INVALID


def _resolve_record(store: Store, ref: str) -> str:
    ref = ref.strip().lower()
    with store.read() as session:
        if session.get(SignedPledge, ref) is not None:
            return ref
        if len(ref) < 8:
            raise CommandError(
                t("no record {ref!r} (give at least 8 characters of its id)", ref=ref), 1
            )
        ids = list(session.scalars(select(SignedPledge.id).where(SignedPledge.id.startswith(ref))))
    if len(ids) != 1:
        raise CommandError(
            t("no record {ref!r}", ref=ref)
            if not ids
            else t("{ref!r} matches several records", ref=ref),
            1,
        )
    return ids[0]


def _reprint(args: argparse.Namespace, out: Output) -> int:
    with open_store(args) as store:
        record_id = _resolve_record(store, args.record)
        job = enqueue_receipt(
            store,
            record_id,
            printer=args.printer,
            layout=args.layout,
            copies=args.copies,
            operator=args.operator,
            reprint=True,
            reason=args.reason,
        )
        return _report(out, _send_now(store, job.id))


def _file(args: argparse.Namespace, out: Output) -> int:
    with open_store(args) as store:
        job = enqueue_file(store, args.path, printer=args.printer, copies=args.copies)
        return _report(out, _send_now(store, job.id))


def _retry(args: argparse.Namespace, out: Output) -> int:
    with open_store(args) as store:
        if args.all:
            n = retry_all(store)
            PrintWorker(store).run_once()
            jobs = list_jobs(store, open_only=True)
            out.result(
                {"retried": n, "jobs": [j.as_json() for j in jobs]},
                t("Retried {n} job(s); {open} still open", n=n, open=len(jobs)),
            )
            return EXIT_OK if not jobs else EXIT_UNAVAILABLE
        if args.job is None:
            raise CommandError(t("give a job number or --all"))
        job = retry_job(store, args.job)
        return _report(out, _send_now(store, job.id))


def _move(args: argparse.Namespace, out: Output) -> int:
    with open_store(args) as store:
        moved = move_jobs(store, args.printer)
        PrintWorker(store).run_once()
        jobs = list_jobs(store, open_only=True)
    human = t(
        "Moved {n} job(s) to {printer}; {open} still open",
        n=moved,
        printer=args.printer,
        open=len(jobs),
    )
    out.result({"moved": moved, "jobs": [j.as_json() for j in jobs]}, human)
    return EXIT_OK if not jobs else EXIT_UNAVAILABLE


def _cancel(args: argparse.Namespace, out: Output) -> int:
    with open_store(args) as store:
        job = cancel_job(store, args.job)
    out.result({"job": job.as_json()}, t("Cancelled job {id}", id=job.id))
    return EXIT_OK


def _run(args: argparse.Namespace, out: Output) -> int:
    with open_store(args) as store:
        worker = PrintWorker(store, backoff_s=0.5, max_backoff_s=2.0)
        deadline = time.monotonic() + args.wait
        while True:
            worker.run_once()
            open_jobs = [j for j in list_jobs(store, open_only=True) if j.status != "failed"]
            if not open_jobs or time.monotonic() >= deadline:
                break
            time.sleep(0.5)
        jobs = list_jobs(store, open_only=True)
    human = "\n".join(_job_line(j) for j in jobs) or t("All print jobs done.")
    out.result({"jobs": [j.as_json() for j in jobs]}, human)
    return EXIT_OK if not jobs else EXIT_UNAVAILABLE
