"""Printer target specs (the ``printer`` setting) and the backend each names.

    ""                        no printer chosen: jobs wait
    cups:QUEUE or QUEUE       a queue of the OS print system (CUPS; lp)
    folder:/path, /path, ~/…  write PDF files into a folder
    escpos:dummy              ESC/POS into memory (tests)
    escpos:net:HOST[:PORT]    ESC/POS over the network (port 9100)
    escpos:serial:PATH[@BAUD] ESC/POS on a serial port
    escpos:file:/dev/usb/lp0  ESC/POS to a device file
    escpos:usb:VID:PID        ESC/POS over USB (hex ids)
    escpos:cups:QUEUE         ESC/POS bytes through a raw CUPS queue (lp -o raw)

An ESC/POS spec may end with ``#dots=384`` (58 mm paper) — 576 dots (80 mm) by default.
"""

from __future__ import annotations

from desktop_app.printing.backends.base import Backend, PrinterUnavailable
from desktop_app.printing.backends.cups import CupsBackend
from desktop_app.printing.backends.folder import FolderBackend, folder_of


def backend_for(spec: str) -> Backend:
    """The backend a spec names; PrinterUnavailable when none is chosen or it is malformed."""
    spec = spec.strip()
    if not spec:
        raise PrinterUnavailable("no printer chosen (set one in the desk settings)")
    folder = folder_of(spec)
    if folder is not None:
        return FolderBackend(folder)
    if spec.startswith("escpos:"):
        # Imported here: python-escpos parses its printer database on import (a few hundred
        # ms holding the interpreter lock), which a desk printing through CUPS never needs.
        from desktop_app.printing.backends.escpos import EscposBackend, connector

        body, _, opts = spec.removeprefix("escpos:").partition("#")
        kind, _, target = body.partition(":")
        dots = 576
        if opts.startswith("dots="):
            try:
                dots = int(opts.removeprefix("dots="))
            except ValueError:
                raise PrinterUnavailable(f"bad printer spec {spec!r}") from None
        if kind == "cups" and target:
            return EscposBackend(
                connector("dummy", ""), dots=dots, label=body, spooler=CupsBackend(target)
            )
        if kind not in ("dummy", "net", "serial", "file", "usb"):
            raise PrinterUnavailable(f"bad printer spec {spec!r}")
        return EscposBackend(connector(kind, target), dots=dots, label=body)
    return CupsBackend(spec.removeprefix("cups:"))
