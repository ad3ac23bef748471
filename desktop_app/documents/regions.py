"""Where each part of a receipt lands on its page, recorded while it is drawn.

Verification re-renders a receipt and compares it with the page under test; when something
differs it names *what* (the name, the NIP, the pledge text, the printed time...) by finding
the part drawn at that place. Parts are tagged flowables: they draw exactly what a plain
Paragraph or picture draws, and note their box only while ``recording()`` is active, so a
receipt built for printing is byte-for-byte the same whether or not anyone records.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Paragraph

# tag -> how a reason names it ("the name differs", "drawing over the NIP")
TAG_WORDS: dict[str, str] = {
    "title": "the title",
    "copy_mark": "the SALINAN (copy) mark",
    "ceremony": "the ceremony title",
    "venue_date": "the venue and date",
    "intro": "the opening sentence",
    "name": "the name",
    "identifier": "the NIP / identity number",
    "rank": "the rank (Pangkat/Golongan)",
    "position": "the position (Jabatan)",
    "unit": "the unit (Unit Kerja)",
    "instansi": "the agency (Instansi)",
    "reason": "the reason",
    "refers_to": "the cancelled record",
    "pledge": "the pledge text",
    "place_date": "the place and date of signing",
    "declarant": "the 'Yang menyatakan' line",
    "signature": "the signature",
    "signer_name": "the name under the signature",
    "signer_id": "the NIP under the signature",
    "time": "the printed time",
    "place": "the place",
    "station": "the station name",
    "record_id": "the record id",
    "check_code": "the check code",
    "hint": "the verification hint",
    "seal": "the QR code",
    "record_box": "the record box",
}


@dataclass(frozen=True)
class Region:
    tag: str
    page: int  # 1-based, within the document being drawn
    x0: float  # points, PDF user space (origin bottom left)
    y0: float
    x1: float
    y1: float

    def contains(self, x: float, y: float, slack: float = 1.0) -> bool:
        return self.x0 - slack <= x <= self.x1 + slack and self.y0 - slack <= y <= self.y1 + slack

    def overlaps(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        return not (x1 < self.x0 or x0 > self.x1 or y1 < self.y0 or y0 > self.y1)

    def distance(self, x: float, y: float) -> float:
        dx = max(self.x0 - x, 0.0, x - self.x1)
        dy = max(self.y0 - y, 0.0, y - self.y1)
        return float((dx * dx + dy * dy) ** 0.5)

    @property
    def words(self) -> str:
        return TAG_WORDS.get(self.tag, self.tag.replace("_", " "))


_RECORDER: ContextVar[list[Region] | None] = ContextVar("pakta_regions", default=None)


@contextlib.contextmanager
def recording() -> Iterator[list[Region]]:
    """Collect the regions of every tagged part drawn inside the block."""
    regions: list[Region] = []
    token = _RECORDER.set(regions)
    try:
        yield regions
    finally:
        _RECORDER.reset(token)


def note(canvas: Any, tag: str, x: float, y: float, width: float, height: float) -> None:
    """Record a box drawn at (x, y) in the canvas's current coordinates, if recording."""
    regions = _RECORDER.get()
    if regions is None or not tag:
        return
    corners = [canvas.absolutePosition(x + dx, y + dy) for dx in (0, width) for dy in (0, height)]
    xs = [float(c[0]) for c in corners]
    ys = [float(c[1]) for c in corners]
    regions.append(Region(tag, int(canvas.getPageNumber()), min(xs), min(ys), max(xs), max(ys)))


class TaggedParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph that notes where it was drawn under ``tag``."""

    def __init__(self, text: str | None, style: Any = None, *args: Any, **kwargs: Any) -> None:
        self.tag: str = kwargs.pop("tag", "")
        super().__init__(text, style, *args, **kwargs)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        super().drawOn(canvas, x, y, _sW)
        note(canvas, self.tag, x, y, self.width, self.height)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts = list(super().split(availWidth, availHeight))
        for part in parts:  # a pledge paragraph split across pages keeps its tag
            if isinstance(part, TaggedParagraph):
                part.tag = self.tag
        return parts
