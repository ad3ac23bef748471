"""Daftar hadir (attendance list): letterhead, day/date/place, a table grouped by unit kerja with
signature thumbnails, numbered pages and the "Mengetahui" block.

Laid out by hand (two passes: paginate, then draw) so that 10,000 rows stay linear in time.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader

from desktop_app.documents.attendance_rows import (
    COLUMNS,
    MARGIN,
    PAGE_H,
    PAGE_W,
    TABLE_W,
    Row,
    build_rows,
)
from desktop_app.documents.fonts import MM as mm
from desktop_app.documents.fonts import NARROW, NARROW_BOLD, SANS, SANS_BOLD, register_fonts
from desktop_app.documents.formatting import day_and_date, iso_day, long_date
from desktop_app.documents.page_parts import (
    REPORT_SIGNERS,
    SIGNATORY_HEIGHT,
    letterhead,
    page_number,
    signatory_block,
    wrap,
)
from desktop_app.documents.pdfa import DocMeta, PdfACanvas
from desktop_app.documents.report_data import Attendance

BOTTOM = 16 * mm
HEADERS = ("No", "Nama", "NIP", "Jabatan/Pangkat", "Unit Kerja", "Tanda tangan")
HEADER_H = 7 * mm
GROUP_H = 6 * mm


@dataclass
class _Page:
    items: list[Row | str]  # a Row, or a unit name (group heading)
    first: bool


def build_attendance(data: Attendance) -> bytes:
    """The attendance list as PDF bytes."""
    register_fonts()
    rows = build_rows(data)
    first_top = PAGE_H - MARGIN - _title_height(data)
    pages = _paginate(rows, first_top)
    buffer = io.BytesIO()
    c = data.ceremony
    meta = DocMeta(
        title=f"Daftar Hadir - {c.title}",
        subject=f"{c.venue}, {c.date}",
        author=c.organizer,
        keywords="daftar hadir; pakta integritas",
    )
    canvas = PdfACanvas(buffer, pagesize=A4, meta=meta, invariant=1)
    total = len(pages) + (1 if _needs_own_page(pages, rows, first_top) else 0)
    for number, page in enumerate(pages, start=1):
        y = _title(canvas, data) if page.first else PAGE_H - MARGIN
        y = _header(canvas, y)
        for item in page.items:
            y = _group(canvas, y, item) if isinstance(item, str) else _row(canvas, y, item)
        if number == len(pages):
            if total > len(pages):
                page_number(canvas, PAGE_W - MARGIN, BOTTOM - 8 * mm, number, total)
                canvas.showPage()
                number += 1
                y = PAGE_H - MARGIN
            _closing(canvas, y, data)
        page_number(canvas, PAGE_W - MARGIN, BOTTOM - 8 * mm, number, total)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _paginate(rows: list[Row], first_top: float) -> list[_Page]:
    pages = [_Page([], True)]
    y = first_top - HEADER_H
    unit: str | None = None
    for row in rows:
        need = row.height + (GROUP_H if row.unit != unit else 0)
        if y - need < BOTTOM:
            pages.append(_Page([], False))
            y = PAGE_H - MARGIN - HEADER_H
            unit = None  # repeat the unit heading on the new page
            need = row.height + GROUP_H
        if row.unit != unit:
            pages[-1].items.append(row.unit)
            unit = row.unit
        pages[-1].items.append(row)
        y -= need
    return pages


def _used(page: _Page, top: float) -> float:
    return top - HEADER_H - sum(GROUP_H if isinstance(i, str) else i.height for i in page.items)


def _needs_own_page(pages: list[_Page], rows: list[Row], first_top: float) -> bool:
    last = pages[-1]
    top = first_top if last.first else PAGE_H - MARGIN
    return _used(last, top) - (SIGNATORY_HEIGHT + 20 * mm) < BOTTOM


def _title_height(data: Attendance) -> float:
    """Height of the first page's letterhead and title block (drawn by ``_title``)."""
    c = data.ceremony
    head = min(3, len(wrap(c.organizer.upper() or "X", SANS_BOLD, 12, TABLE_W)))
    title = min(2, len(wrap(c.title, SANS_BOLD, 10.5, TABLE_W)))
    return 15 * head + 14 + 19 + 13.5 * title + 6 + 3 * 13 + 8


def _title(canvas: PdfACanvas, data: Attendance) -> float:
    c = data.ceremony
    y = letterhead(canvas, MARGIN, PAGE_H - MARGIN, TABLE_W, c.organizer)
    canvas.setFont(SANS_BOLD, 13)
    canvas.drawCentredString(PAGE_W / 2, y - 13, "DAFTAR HADIR")
    y -= 19
    for line in wrap(c.title, SANS_BOLD, 10.5, TABLE_W)[:2]:
        canvas.setFont(SANS_BOLD, 10.5)
        canvas.drawCentredString(PAGE_W / 2, y - 10.5, line)
        y -= 13.5
    y -= 6
    canvas.setFont(SANS, 9.5)
    for label, value in (
        ("Hari/Tanggal", day_and_date(iso_day(c.date))),
        ("Tempat", c.venue),
        ("Hadir", f"{data.signed} dari {len(data.rows)} orang"),
    ):
        canvas.drawString(MARGIN, y - 9.5, f"{label}")
        lines = wrap(value, SANS, 9.5, TABLE_W - 30 * mm)
        canvas.drawString(MARGIN + 26 * mm, y - 9.5, f":  {lines[0]}")
        y -= 13
    return PAGE_H - MARGIN - _title_height(data)


def _header(canvas: PdfACanvas, y: float) -> float:
    x = MARGIN
    canvas.setFillGray(0.88)
    canvas.rect(MARGIN, y - HEADER_H, TABLE_W, HEADER_H, stroke=0, fill=1)
    canvas.setFillGray(0)
    canvas.setFont(NARROW_BOLD, 8.5)
    for width, text in zip(COLUMNS, HEADERS, strict=True):
        canvas.drawCentredString(x + width / 2, y - HEADER_H + 2.4 * mm, text)
        x += width
    _grid(canvas, y, HEADER_H)
    return y - HEADER_H


def _grid(canvas: PdfACanvas, y: float, h: float) -> None:
    canvas.setLineWidth(0.5)
    canvas.rect(MARGIN, y - h, TABLE_W, h, stroke=1, fill=0)
    x = MARGIN
    for width in COLUMNS[:-1]:
        x += width
        canvas.line(x, y, x, y - h)


def _group(canvas: PdfACanvas, y: float, unit: str) -> float:
    canvas.setFillGray(0.95)
    canvas.rect(MARGIN, y - GROUP_H, TABLE_W, GROUP_H, stroke=1, fill=1)
    canvas.setFillGray(0)
    canvas.setFont(NARROW_BOLD, 8.5)
    text = wrap(f"Unit Kerja: {unit}", NARROW_BOLD, 8.5, TABLE_W - 4 * mm)[0]
    canvas.drawString(MARGIN + 2 * mm, y - GROUP_H + 2 * mm, text)
    return y - GROUP_H


def _row(canvas: PdfACanvas, y: float, row: Row) -> float:
    _grid(canvas, y, row.height)
    x = MARGIN
    canvas.setFont(NARROW, row.size)
    for width, lines in zip(COLUMNS[:-1], row.cells, strict=True):
        ty = y - 1.6 * mm - row.size
        for line in lines:
            canvas.drawString(x + 1.2 * mm, ty, line)
            ty -= row.size * 1.2
        x += width
    sig_w = COLUMNS[-1]
    if row.thumbnail is not None:
        img = row.thumbnail
        box_w, box_h = sig_w - 2 * mm, row.height - 1.6 * mm
        scale = min(box_w / img.width, box_h / img.height)
        w, h = img.width * scale, img.height * scale
        canvas.drawImage(
            ImageReader(img), x + (sig_w - w) / 2, y - row.height + (row.height - h) / 2, w, h
        )
    elif not row.signed:
        canvas.setFont(NARROW, 7)
        canvas.setFillGray(0.45)
        canvas.drawCentredString(x + sig_w / 2, y - row.height / 2 - 2, "belum hadir")
        canvas.setFillGray(0)
    return y - row.height


def _closing(canvas: PdfACanvas, y: float, data: Attendance) -> None:
    signers = REPORT_SIGNERS.get()
    width = 80 * mm
    x = PAGE_W - MARGIN - width
    heading = [
        f"{data.ceremony.venue.split(',')[0]}, {long_date(iso_day(data.ceremony.date))}",
        "Mengetahui,",
        signers.official.role or "Pejabat yang bertanggung jawab",
    ]
    signatory_block(canvas, x, y - 8 * mm, width, heading, signers.official)
