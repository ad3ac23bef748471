"""ESC/POS thermal printers through python-escpos (USB, serial, network, device file, dummy)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from escpos.escpos import Escpos

from desktop_app.documents.receipt_data import ReceiptData
from desktop_app.printing.backends.base import PrinterUnavailable, PrintFailed, PrintItem, Remote
from desktop_app.printing.backends.cups import CupsBackend
from desktop_app.printing.backends.escpos_receipt import write_receipt

Connect = Callable[[], Escpos]


def connector(kind: str, target: str) -> Connect:
    """A function opening the printer named by ``kind`` (usb, serial, net, file, dummy)."""
    from escpos import printer

    def connect() -> Escpos:
        if kind == "dummy":
            return printer.Dummy()
        if kind == "net":
            host, _, port = target.partition(":")
            return printer.Network(host, int(port or 9100), timeout=5)
        if kind == "serial":
            path, _, baud = target.partition("@")
            return printer.Serial(path, baudrate=int(baud or 9600), timeout=2)
        if kind == "file":
            return printer.File(target)
        if kind == "usb":
            vid, _, pid = target.partition(":")
            return printer.Usb(int(vid, 16), int(pid, 16))
        raise ValueError(f"unknown ESC/POS connection {kind!r}")

    return connect


class EscposBackend:
    name = "escpos"

    def __init__(
        self,
        connect: Connect,
        *,
        dots: int = 576,
        label: str = "ESC/POS",
        spooler: CupsBackend | None = None,
    ) -> None:
        """``spooler``: a raw CUPS queue; the receipt is drawn in memory, then handed to it."""
        self.connect = connect
        self.dots = dots
        self.label = label
        self.spooler = spooler
        self.last_output = b""  # what a dummy printer captured (tests, diagnostics)

    def describe(self) -> str:
        return f"thermal printer {self.label}"

    def _open(self) -> Escpos:
        try:
            p = self.connect()
            p.open()
            return p
        except (OSError, ValueError) as exc:
            raise PrinterUnavailable(f"{self.label} not reachable: {exc}") from None
        except Exception as exc:  # python-escpos raises its own classes (USBNotFoundError, ...)
            raise PrinterUnavailable(f"{self.label} not reachable: {exc}") from None

    def check(self) -> None:
        if self.spooler is not None:
            self.spooler.check()
            return
        p = self._open()
        try:
            _paper_check(p, self.label)
        finally:
            with contextlib.suppress(Exception):
                p.close()

    def submit(self, item: PrintItem) -> str:
        if not isinstance(item.receipt, ReceiptData):
            raise PrintFailed("a thermal printer prints receipts only, not other documents")
        p = self._open()
        try:
            _paper_check(p, self.label)
            for _ in range(max(1, item.copies)):
                write_receipt(p, item.receipt, self.dots, reprint=item.reprint)
            self.last_output = bytes(getattr(p, "output", b"") or b"")
        except (OSError, ValueError) as exc:
            raise PrinterUnavailable(f"{self.label}: {exc} (unplugged while printing?)") from None
        except PrinterUnavailable:
            raise
        except Exception as exc:
            raise PrinterUnavailable(f"{self.label}: {exc}") from None
        finally:
            with contextlib.suppress(Exception):
                p.close()
        if self.spooler is not None:
            return self.spooler.submit_raw(self.last_output, item.title)
        return ""

    def remote_state(self, backend_job: str) -> Remote:
        if self.spooler is not None and backend_job:
            return self.spooler.remote_state(backend_job)
        return Remote.DONE


def _paper_check(p: Any, label: str) -> None:
    """Ask the printer for its paper (DLE EOT 4) when the connection can answer."""
    if type(p).__name__ == "Dummy":
        return
    try:
        status = p.paper_status()
    except Exception:
        return  # a one-way connection cannot tell; printing will show
    if status == 0:
        raise PrinterUnavailable(f"{label}: out of paper")
