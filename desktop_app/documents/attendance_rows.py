"""Rows of the attendance table: wrapped cell text, heights and signature thumbnails."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from PIL import Image
from reportlab.lib.pagesizes import A4

from desktop_app.documents.fonts import MM as mm
from desktop_app.documents.fonts import NARROW
from desktop_app.documents.images import signature_thumbnail
from desktop_app.documents.page_parts import wrap
from desktop_app.documents.report_data import Attendance
from desktop_app.domain.progress import NO_UNIT

PAGE_W: float = A4[0]
PAGE_H: float = A4[1]
MARGIN = 14 * mm
TABLE_W = PAGE_W - 2 * MARGIN
# No | Nama | NIP | Jabatan/Pangkat | Unit Kerja | Tanda tangan
COLUMNS = (9 * mm, 42 * mm, 33 * mm, 40 * mm, 31 * mm, TABLE_W - 155 * mm)
MIN_ROW_H = 11 * mm
MAX_LINES = 6  # a cell never grows past this; the rest is cut with an ellipsis


@dataclass
class Row:
    unit: str
    cells: list[list[str]]
    height: float
    size: float
    signed: bool
    thumbnail: Image.Image | None


def _cell(text: str, width: float, size: float) -> list[str]:
    lines = wrap(text.strip() or "-", NARROW, size, width - 2.4 * mm)
    if len(lines) > MAX_LINES:
        lines = [*lines[: MAX_LINES - 1], lines[MAX_LINES - 1][:-1] + "…"]
    return lines


def build_rows(data: Attendance, size: float = 8.0) -> list[Row]:
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        # PIL decodes and scales outside the GIL: thumbnails are made on every core
        thumbs = list(
            pool.map(lambda p: signature_thumbnail(p.image_png) if p.image_png else None, data.rows)
        )
    out: list[Row] = []
    for number, person in enumerate(data.rows, start=1):
        rank_pos = ", ".join(p for p in (person.position, person.rank) if p.strip())
        texts = (str(number), person.name, person.identifier, rank_pos, person.unit)
        cells = [_cell(t, w, size) for t, w in zip(texts, COLUMNS[:-1], strict=True)]
        lines = max(len(c) for c in cells)
        height = max(MIN_ROW_H, lines * size * 1.2 + 3.2 * mm)
        out.append(
            Row(person.unit or NO_UNIT, cells, height, size, person.signed, thumbs[number - 1])
        )
    return out
