"""What a job prints: a receipt rebuilt from its record (and kept in receipts/), or a PDF file."""

from __future__ import annotations

import contextlib
from pathlib import Path

from desktop_app.documents.receipt import build_receipt
from desktop_app.documents.receipt_data import load_receipt
from desktop_app.domain.errors import IntegrityFailure, NotFound
from desktop_app.files import write_atomic
from desktop_app.printing.backends.base import PrintFailed, PrintItem
from desktop_app.printing.queue import JobView
from desktop_app.storage.store import Store


def receipt_file(store: Store, record_id: str, layout: str) -> Path:
    return store.paths.receipts / f"{record_id}.{layout}.pdf"


def build_item(store: Store, job: JobView) -> PrintItem:
    """The item to send for ``job``; PrintFailed when it cannot be made (kept, retryable)."""
    if job.kind == "file":
        try:
            return PrintItem(job.title, Path(job.file_path).read_bytes(), job.copies)
        except OSError as exc:
            raise PrintFailed(f"cannot read {job.file_path}: {exc.strerror}") from None
    if not job.record_id:
        raise PrintFailed(f"job {job.id} names no record")
    try:
        data = load_receipt(store, job.record_id)
    except (NotFound, IntegrityFailure) as exc:
        raise PrintFailed(str(exc)) from None
    pdf = build_receipt(data, job.layout or "a5")
    keep = receipt_file(store, job.record_id, job.layout or "a5")
    if not keep.exists():
        # the copy in receipts/ is a convenience; printing must not wait on it
        with contextlib.suppress(OSError):
            write_atomic(keep, pdf)
    return PrintItem(job.title, pdf, job.copies, receipt=data)
