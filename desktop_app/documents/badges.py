"""Badge sheets: A4 pages of 3 × 4 QR badges (name, NIP, unit, signed badge payload), cut marks."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader

from desktop_app.documents.fonts import MM as mm
from desktop_app.documents.fonts import NARROW, SANS, SANS_BOLD, register_fonts
from desktop_app.documents.images import qr_image
from desktop_app.documents.page_parts import wrap
from desktop_app.documents.pdfa import DocMeta, PdfACanvas

PAGE_W: float = A4[0]
PAGE_H: float = A4[1]
COLS, ROWS = 3, 4
BADGE_W, BADGE_H = 60 * mm, 67 * mm
LEFT = (PAGE_W - COLS * BADGE_W) / 2
BOTTOM = (PAGE_H - ROWS * BADGE_H) / 2
QR_SIZE = 34 * mm
MARK = 4 * mm


@dataclass(frozen=True)
class BadgeEntry:
    name: str
    identifier: str
    id_kind: str
    unit: str
    payload: str  # the QR text: PKT1.<id>.<key id>.<signature>


@dataclass(frozen=True)
class BadgeSheet:
    ceremony_title: str
    organizer: str
    badges: list[BadgeEntry]


def build_badges(sheet: BadgeSheet) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    meta = DocMeta(
        title=f"Kartu QR peserta - {sheet.ceremony_title}",
        subject=sheet.ceremony_title,
        author=sheet.organizer,
        keywords="kartu peserta; QR; pakta integritas",
    )
    canvas = PdfACanvas(buffer, pagesize=A4, meta=meta, invariant=1)
    per_page = COLS * ROWS
    pages = max(1, -(-len(sheet.badges) // per_page))
    for page in range(pages):
        chunk = sheet.badges[page * per_page : (page + 1) * per_page]
        for index, badge in enumerate(chunk):
            col, row = index % COLS, index // COLS
            x = LEFT + col * BADGE_W
            y = BOTTOM + (ROWS - 1 - row) * BADGE_H
            _badge(canvas, x, y, badge, sheet.ceremony_title)
        _cut_marks(canvas)
        canvas.setFont(SANS, 7)
        canvas.drawCentredString(
            PAGE_W / 2, BOTTOM / 2, f"Potong di tanda potong · halaman {page + 1} dari {pages}"
        )
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _badge(canvas: PdfACanvas, x: float, y: float, badge: BadgeEntry, title: str) -> None:
    inner = BADGE_W - 6 * mm
    cx = x + BADGE_W / 2
    top = y + BADGE_H - 4 * mm
    canvas.setFont(NARROW, 6.5)
    for line in wrap(title, NARROW, 6.5, inner)[:2]:
        canvas.drawCentredString(cx, top - 6.5, line)
        top -= 7.5
    qr = qr_image(badge.payload)
    qr_top = top - 1 * mm
    canvas.drawImage(ImageReader(qr), cx - QR_SIZE / 2, qr_top - QR_SIZE, QR_SIZE, QR_SIZE)
    yy = qr_top - QR_SIZE - 1 * mm
    size = 10.0
    lines = wrap(badge.name, SANS_BOLD, size, inner)
    while len(lines) > 2 and size > 7:
        size -= 0.5
        lines = wrap(badge.name, SANS_BOLD, size, inner)
    if len(lines) > 2:
        lines = [lines[0], lines[1][:-1] + "…"]
    canvas.setFont(SANS_BOLD, size)
    for line in lines:
        canvas.drawCentredString(cx, yy - size, line)
        yy -= size * 1.15
    label = "NIP " if badge.id_kind == "nip" else "ID "
    canvas.setFont(SANS, 8)
    canvas.drawCentredString(cx, yy - 9, label + badge.identifier)
    yy -= 11
    canvas.setFont(NARROW, 7)
    for line in wrap(badge.unit, NARROW, 7, inner)[:2]:
        canvas.drawCentredString(cx, yy - 7, line)
        yy -= 8


def _cut_marks(canvas: PdfACanvas) -> None:
    """Ticks in the margins along every cut line, and small crosses where cuts meet."""
    canvas.setLineWidth(0.3)
    xs = [LEFT + i * BADGE_W for i in range(COLS + 1)]
    ys = [BOTTOM + j * BADGE_H for j in range(ROWS + 1)]
    for x in xs:
        canvas.line(x, BOTTOM - 2 * mm - MARK, x, BOTTOM - 2 * mm)
        canvas.line(x, ys[-1] + 2 * mm, x, ys[-1] + 2 * mm + MARK)
    for y in ys:
        canvas.line(LEFT - 2 * mm - MARK, y, LEFT - 2 * mm, y)
        canvas.line(xs[-1] + 2 * mm, y, xs[-1] + 2 * mm + MARK, y)
    arm = 1.5 * mm
    for x in xs[1:-1]:
        for y in ys[1:-1]:
            canvas.line(x - arm, y, x + arm, y)
            canvas.line(x, y - arm, x, y + arm)
