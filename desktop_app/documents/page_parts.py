"""Parts shared by the report pages: letterhead, wrapped text, signatory blocks, page numbers."""

from __future__ import annotations

import contextvars
from dataclasses import dataclass

from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from desktop_app.documents.fonts import SANS, SANS_BOLD, text_width


@dataclass(frozen=True)
class Signatory:
    """Who signs a report block; blanks print as dotted lines to fill by hand."""

    role: str = ""
    name: str = ""
    nip: str = ""
    rank: str = ""


@dataclass(frozen=True)
class ReportSigners:
    official: Signatory = Signatory()  # the "Mengetahui" official
    organizer: Signatory = Signatory()  # the organising committee's signer
    number: str = ""  # berita acara number


# Set by the caller (the CLI's export options) for the reports built in this context.
REPORT_SIGNERS: contextvars.ContextVar[ReportSigners] = contextvars.ContextVar(
    "report_signers",
    default=ReportSigners(),  # noqa: B039 (frozen)
)

DOTS = "...................................."


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``; over-long words are broken by characters."""
    lines: list[str] = []
    for line in simpleSplit(text or "", font, size, width) or [""]:
        while text_width(line, font, size) > width and len(line) > 1:
            cut = len(line)
            while cut > 1 and text_width(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


def letterhead(canvas: Canvas, x: float, top: float, width: float, organizer: str) -> float:
    """The organiser's name as a letterhead with a double rule; returns the y below it."""
    y = top
    lines = wrap(organizer.upper() or "PANITIA PENYELENGGARA", SANS_BOLD, 12, width)
    for line in lines[:3]:
        canvas.setFont(SANS_BOLD, 12)
        canvas.drawCentredString(x + width / 2, y - 12, line)
        y -= 15
    y -= 4
    canvas.setLineWidth(1.6)
    canvas.line(x, y, x + width, y)
    canvas.setLineWidth(0.5)
    canvas.line(x, y - 2.5, x + width, y - 2.5)
    return y - 10


def signatory_block(
    canvas: Canvas,
    x: float,
    top: float,
    width: float,
    heading: list[str],
    who: Signatory,
    size: float = 10,
) -> float:
    """Heading lines, room to sign, then name (underlined), rank and NIP; returns y below."""
    y = top
    canvas.setFont(SANS, size)
    centre = x + width / 2
    for line in heading:
        for part in wrap(line, SANS, size, width):
            canvas.drawCentredString(centre, y - size, part)
            y -= size * 1.3
    y -= size * 5.5
    name = who.name or f"({DOTS})"
    canvas.setFont(SANS_BOLD, size)
    for part in wrap(name, SANS_BOLD, size, width):
        canvas.drawCentredString(centre, y - size, part)
        y -= size * 1.3
    if who.name:
        w = min(width, text_width(name, SANS_BOLD, size))
        canvas.line(centre - w / 2, y + size * 0.1, centre + w / 2, y + size * 0.1)
    canvas.setFont(SANS, size)
    if who.rank:
        canvas.drawCentredString(centre, y - size, who.rank)
        y -= size * 1.3
    canvas.drawCentredString(centre, y - size, f"NIP {who.nip or DOTS[:24]}")
    return y - size * 1.3


SIGNATORY_HEIGHT = 10 * 1.3 * 5 + 10 * 5.5


def page_number(canvas: Canvas, width: float, y: float, page: int, pages: int) -> None:
    canvas.setFont(SANS, 8)
    canvas.drawRightString(width, y, f"Halaman {page} dari {pages}")
