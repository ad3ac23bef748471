"""Chase lists: who of a unit has not signed yet, addressed to its head, as PDF, XLSX or CSV.

NIPs are text everywhere (an 18-digit number would lose digits in a spreadsheet), and every
cell goes through pakta_common's formula neutralisation. The PDF is drawn row by row on
ReportLab's canvas (no table layout engine to hold): a province's largest OPD is tens of
thousands of rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby
from typing import IO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth as string_width
from reportlab.pdfgen.canvas import Canvas

from pakta_common.integrity.cells import neutralise_cell
from server.campaign_report import ChaseRow
from server.clock import ZONE_NAMES

FORMATS = ("pdf", "xlsx", "csv")
HEADER = ("No", "Nama", "NIP / ID", "Pangkat/Golongan", "Jabatan", "Unit Kerja")
MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip


@dataclass(frozen=True)
class ChaseHeading:
    campaign: str  # the campaign's title
    instansi: str
    made_at: dt.datetime  # when the list was made (its "as of"), aware
    made_by: str
    zone: str = "Asia/Jakarta"  # the campaign's ceremonies' IANA zone: the "as of" is local

    def as_of(self) -> tuple[dt.datetime, str]:
        """The moment in the campaign's own zone, and the zone's everyday name (WIB…)."""
        try:
            local = self.made_at.astimezone(ZoneInfo(self.zone))
        except (ValueError, ZoneInfoNotFoundError):
            return self.made_at.astimezone(dt.UTC), "UTC"
        return local, ZONE_NAMES.get(self.zone, self.zone)


def date_id(moment: dt.datetime) -> str:
    return f"{moment.day} {MONTHS_ID[moment.month - 1]} {moment.year}"


def _latin(text: str) -> str:
    """What the PDF's standard font can show (names are Latin text; anything else is '?')."""
    return text.encode("cp1252", "replace").decode("cp1252")


def write_csv(out: IO[bytes], rows: Iterable[ChaseRow]) -> int:
    buffer = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    count = 0
    for count, r in enumerate(rows, start=1):
        writer.writerow(
            neutralise_cell(c) for c in (count, r.name, r.identifier, r.rank, r.position, r.unit)
        )
    buffer.flush()
    buffer.detach()
    return count


def write_xlsx(out: IO[bytes], rows: Iterable[ChaseRow], heading: ChaseHeading) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Belum menandatangani")
    for width, column in zip((7, 40, 22, 26, 40, 40), "ABCDEF", strict=True):
        sheet.column_dimensions[column].width = width
    title = WriteOnlyCell(sheet, value=neutralise_cell(heading.campaign))
    title.font = Font(bold=True)
    sheet.append([title])
    local, zone = heading.as_of()
    sheet.append(
        [neutralise_cell(f"Belum menandatangani per {date_id(local)}, {local:%H.%M} {zone}")]
    )  # fmt: skip
    bold = Font(bold=True)
    header = []
    for name in HEADER:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for count, r in enumerate(rows, start=1):
        nip = WriteOnlyCell(sheet, value=neutralise_cell(r.identifier))
        nip.number_format = "@"  # text: an 18-digit NIP as a number loses digits
        sheet.append(
            [
                count,
                neutralise_cell(r.name),
                nip,
                neutralise_cell(r.rank),
                neutralise_cell(r.position),
                neutralise_cell(r.unit),
            ]
        )
    workbook.save(out)
    return count


# -- PDF ---------------------------------------------------------------------------------------
_FONT, _BOLD, _SIZE = "Helvetica", "Helvetica-Bold", 8.0
_MARGIN = 15 * mm
_ROW = 4.6 * mm
# Column x positions (from the left margin) and widths: No, Nama, NIP, Pangkat, Jabatan.
_COLUMNS = ((0.0, 9 * mm), (10 * mm, 62 * mm), (73 * mm, 33 * mm), (107 * mm, 33 * mm),
            (141 * mm, 39 * mm))  # fmt: skip


def _clip(text: str, width: float, font: str = _FONT, size: float = _SIZE) -> str:
    text = _latin(text)
    if string_width(text, font, size) <= width:
        return text
    while text and string_width(text + "…", font, size) > width:
        text = text[: max(0, min(len(text) - 1, int(len(text) * 0.9)))]
    return text + "…"


class _Pages:
    """One unit's list: its letter head on the first page, a running head after."""

    def __init__(self, canvas: Canvas, heading: ChaseHeading) -> None:
        self.canvas = canvas
        self.heading = heading
        self.width, self.height = A4
        self.page = 0
        self.y = 0.0
        self.unit = ""

    def start_unit(self, unit: str) -> None:
        if self.page:
            self._finish_page()
        self.unit = unit
        self.page = 0
        self._new_page(letter=True)

    def _new_page(self, *, letter: bool = False) -> None:
        c, h = self.canvas, self.heading
        self.page += 1
        top = self.height - _MARGIN
        if letter:
            c.setFont(_FONT, 10)
            c.drawString(_MARGIN, top, "Kepada Yth.")
            c.setFont(_BOLD, 10)
            c.drawString(_MARGIN, top - 5 * mm, _clip(f"Kepala {self.unit}", 180 * mm, _BOLD, 10))
            c.setFont(_FONT, 10)
            c.drawString(_MARGIN, top - 10 * mm, "di tempat")
            c.setFont(_BOLD, 12)
            c.drawString(
                _MARGIN, top - 20 * mm, "Daftar ASN yang belum menandatangani Pakta Integritas"
            )
            c.setFont(_FONT, 10)
            c.drawString(_MARGIN, top - 26 * mm, _clip(h.campaign, 180 * mm, _FONT, 10))
            local, zone = h.as_of()
            as_of = f"Keadaan {date_id(local)} pukul {local:%H.%M} {zone}"
            c.drawString(_MARGIN, top - 31 * mm, _clip(as_of, 180 * mm, _FONT, 10))
            c.drawString(
                _MARGIN,
                top - 38 * mm,
                "Mohon agar ASN berikut menandatangani pada upacara susulan atau di meja "
                "pendaftaran.",
            )
            self.y = top - 46 * mm
        else:
            c.setFont(_FONT, 8)
            c.drawString(_MARGIN, top, _clip(f"{self.unit} (lanjutan)", 180 * mm))
            self.y = top - 6 * mm
        c.setFont(_BOLD, _SIZE)
        for (x, _w), name in zip(_COLUMNS, HEADER[:5], strict=True):
            c.drawString(_MARGIN + x, self.y, name)
        c.line(_MARGIN, self.y - 1.5 * mm, self.width - _MARGIN, self.y - 1.5 * mm)
        self.y -= _ROW + 1 * mm
        c.setFont(_FONT, _SIZE)

    def _finish_page(self) -> None:
        c = self.canvas
        c.setFont(_FONT, 7)
        c.drawString(
            _MARGIN,
            10 * mm,
            _clip(f"Pakta Server · {self.heading.made_by} · {self.unit}", 150 * mm, _FONT, 7),
        )
        c.drawRightString(self.width - _MARGIN, 10 * mm, f"Halaman {self.page}")
        c.showPage()

    def row(self, number: int, r: ChaseRow) -> None:
        if self.y < 18 * mm:
            self._finish_page()
            self._new_page()
        c = self.canvas
        cells = (str(number), r.name, r.identifier, r.rank, r.position)
        for (x, w), value in zip(_COLUMNS, cells, strict=True):
            c.drawString(_MARGIN + x, self.y, _clip(value, w - 1.5 * mm))
        self.y -= _ROW

    def end_unit(self, count: int) -> None:
        if self.y < 26 * mm:
            self._finish_page()
            self._new_page()
        c = self.canvas
        c.setFont(_BOLD, 9)
        c.drawString(_MARGIN, self.y - 2 * mm, f"Jumlah: {count} ASN belum menandatangani.")
        c.setFont(_FONT, _SIZE)


def write_pdf(
    out: IO[bytes], rows: Iterable[ChaseRow], heading: ChaseHeading, empty_unit: str = ""
) -> int:
    """One letter per unit (each starting on a new page); a unit without anyone left to sign
    gets a letter saying so when it is the only one asked for (``empty_unit``)."""
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    canvas.setTitle(f"Daftar belum menandatangani - {heading.campaign}")
    canvas.setAuthor("Pakta Server")
    pages = _Pages(canvas, heading)
    total = 0
    for unit, group in _by_unit(rows):
        pages.start_unit(unit)
        count = 0
        for count, r in enumerate(group, start=1):
            pages.row(count, r)
        pages.end_unit(count)
        total += count
    if not pages.page:
        pages.start_unit(empty_unit or "-")
        pages.end_unit(0)
    pages._finish_page()
    canvas.save()
    return total


def _by_unit(rows: Iterable[ChaseRow]) -> Iterator[tuple[str, Iterator[ChaseRow]]]:
    for unit, group in groupby(rows, key=lambda r: r.unit):
        yield unit or "(tanpa unit)", group


def export(
    out: IO[bytes],
    rows: Iterable[ChaseRow],
    fmt: str,
    heading: ChaseHeading,
    unit: str | None,
) -> int:
    """Write a chase list in ``fmt`` (pdf, xlsx or csv); returns its rows."""
    if fmt == "pdf":
        return write_pdf(out, rows, heading, unit or "")
    if fmt == "xlsx":
        return write_xlsx(out, rows, heading)
    if fmt == "csv":
        return write_csv(out, rows)
    raise ValueError(f"format must be one of {', '.join(FORMATS)}")
