"""What a job prints: a receipt rebuilt from its record, or a PDF file.

A receipt is drawn in memory and handed to the backend as bytes; no copy of it (with the
attendee's signature) is kept on disk: the record is the receipt's source, and a reprint is
drawn again from it, marked SALINAN.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.documents.receipt import build_receipt
from desktop_app.documents.receipt_data import load_receipt
from desktop_app.domain.errors import IntegrityFailure, NotFound, SignatureDeleted
from desktop_app.printing.backends.base import PrintFailed, PrintItem
from desktop_app.printing.queue import JobView
from desktop_app.storage.store import Store


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
    except (NotFound, IntegrityFailure, SignatureDeleted) as exc:
        raise PrintFailed(str(exc)) from None
    reprint = job.kind == "reprint"
    pdf = build_receipt(data, job.layout or "a5", reprint=reprint)
    return PrintItem(job.title, pdf, job.copies, receipt=data, reprint=reprint)
