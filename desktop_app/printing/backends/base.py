"""What a print backend is, and the two ways sending can go wrong."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from desktop_app.domain.errors import DeviceUnavailable, PaktaError


class PrinterUnavailable(DeviceUnavailable):
    """The printer cannot take the job now (missing, paused, out of paper, unplugged, disk
    full): the job stays pending and is retried."""

    code = "printer_unavailable"


class PrintFailed(PaktaError):
    """The job itself cannot be printed as asked (for example its record is gone): it is kept
    as failed, never dropped, and can be retried after the cause is fixed."""

    code = "print_failed"


class Remote(StrEnum):
    """Where a job stands at a spooler that accepted it."""

    WAITING = "waiting"  # still queued or printing there
    DONE = "done"
    LOST = "lost"  # the spooler no longer knows it (printer removed, job cancelled)


@dataclass(frozen=True)
class PrintItem:
    """One thing to print: a PDF (and, for receipts, what a thermal printer draws itself)."""

    title: str
    pdf: bytes
    copies: int = 1
    receipt: object | None = None  # documents.receipt_data.ReceiptData for thermal printers
    reprint: bool = False  # a copy: the receipt says SALINAN


class Backend(Protocol):
    name: str

    def describe(self) -> str:
        """Human text naming the printer."""

    def check(self) -> None:
        """Raise PrinterUnavailable when the printer cannot take a job now."""

    def submit(self, item: PrintItem) -> str:
        """Send the item; return the spooler's job id ("" when printing is already finished)."""

    def remote_state(self, backend_job: str) -> Remote:
        """Where an accepted job stands (backends without a spooler answer DONE)."""
