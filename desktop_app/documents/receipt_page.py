"""A receipt PDF's pages against the receipt re-drawn from its seal: content, then pixels.

The receipt is drawn again exactly as the station draws it (documents.receipt, with the parts'
places recorded), and each page is compared operation by operation (page_content) and pixel by
pixel (pdftoppm); the first difference is returned in words that name the part it touches.
A page that says SALINAN is compared with the copy's drawing; if that mark itself was added
or removed, the other drawing explains the page with fewer changes and is the one reported.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from pypdf import PdfReader

from desktop_app.documents.page_compare import (
    PIXEL_DPI,
    Difference,
    compare_drawing,
    compare_pixels,
)
from desktop_app.documents.page_content import PageDrawing, page_drawing
from desktop_app.documents.pdf_reading import (
    PdfPage,
    UnreadablePdf,
    pdftoppm_available,
    render_pdf,
)
from desktop_app.documents.receipt import RECEIPT_LAYOUT_VERSION, build_receipt
from desktop_app.documents.receipt_rebuild import Rebuilt, SignatureSource
from desktop_app.documents.regions import Region, recording
from desktop_app.documents.verdicts import Check, PageProblem
from pakta_common.integrity.seal import Problem

Failure = tuple[Problem | PageProblem, str, str]  # (problem, failed check, reason)


@dataclass
class ReceiptFile:
    """The PDF under test, read once: its bytes, reader, pages and what its structure shows."""

    data: bytes
    reader: PdfReader
    pages: list[PdfPage]
    structure: list[str]
    producer: str
    keywords: str
    _drawings: dict[int, PageDrawing] = field(default_factory=dict)

    def drawing(self, number: int) -> PageDrawing:
        if number not in self._drawings:
            self._drawings[number] = page_drawing(self.reader, number - 1)
        return self._drawings[number]

    def size(self, number: int) -> tuple[float, float]:
        box = self.reader.pages[number - 1].mediabox
        return float(box.width), float(box.height)


def compare_receipt(
    pdf: ReceiptFile, rebuilt: Rebuilt, group: list[PdfPage], checks: list[Check]
) -> Failure | None:
    """Re-draw the receipt and compare it with ``group``; a failure is (problem, check, reason)."""
    hint = _origin_hint(pdf.producer, pdf.keywords)
    if rebuilt.own_station and rebuilt.data.station_name != rebuilt.station_now:
        return (
            Problem.ALTERED_TEXT,
            "station_name",
            f"altered text: the station name printed ({rebuilt.data.station_name!r}) is not "
            f"this station's name ({rebuilt.station_now!r}); a receipt printed before the "
            "station was renamed can still be verified with --qr",
        )
    drawn = _Drawn.of(rebuilt, rebuilt.reprint)
    difference = _first_difference(pdf, drawn, group)
    if difference is not None:
        # The page said whether it is a copy (SALINAN); if that mark was added or removed,
        # the other variant explains the page with fewer changes: report that one.
        other = _first_difference(pdf, _Drawn.of(rebuilt, not rebuilt.reprint), group)
        if other is not None and other.changes < difference.changes:
            difference = other
        return _altered(difference, hint)
    what = f"{rebuilt.layout.upper()}, {drawn.count} page(s)" + (
        ", SALINAN" if rebuilt.reprint else ""
    )
    checks.append(
        Check("page_content", True, f"text, drawing and images are the receipt's own ({what})")
    )
    pixels = _compare_pixels(pdf, drawn.pdf, group, drawn.regions)
    if isinstance(pixels, Difference):
        return _altered(pixels, hint)
    checks.append(Check("page_pixels", True, pixels))
    checks.append(_signature_check(rebuilt))
    checks.append(
        Check(
            "station_name",
            True,
            f"printed {rebuilt.data.station_name!r}"
            + (
                " (this station's name)"
                if rebuilt.own_station
                else " (another station's label, not sealed; that station is identified by its "
                f"key and id {rebuilt.data.field('station_id')[:8]})"
            ),
        )
    )
    return None


@dataclass(frozen=True)
class _Drawn:
    """The receipt as the station draws it, with where each part landed."""

    pdf: bytes
    reader: PdfReader
    regions: list[Region]

    @property
    def count(self) -> int:
        return len(self.reader.pages)

    @classmethod
    def of(cls, rebuilt: Rebuilt, reprint: bool) -> _Drawn:
        with recording() as regions:
            pdf = build_receipt(rebuilt.data, rebuilt.layout, reprint=reprint)
        return cls(pdf, PdfReader(io.BytesIO(pdf)), regions)


def _first_difference(pdf: ReceiptFile, drawn: _Drawn, group: list[PdfPage]) -> Difference | None:
    if len(group) != drawn.count:
        first = group[0].number
        if len(group) > drawn.count:
            extra = ", ".join(str(p.number) for p in group[: len(group) - drawn.count])
            detail = f"page(s) {extra} before the receipt are not part of it"
        else:
            detail = f"the receipt has {drawn.count} page(s), the file {len(group)}"
        return Difference(first, "page count", "", detail, changes=10_000)
    for index, page in enumerate(group):
        difference = compare_drawing(
            page_drawing(drawn.reader, index), pdf.drawing(page.number), drawn.regions, index + 1
        )
        if difference is not None:
            return difference
    return None


def _altered(difference: Difference, hint: str) -> Failure:
    if difference.is_text:
        return Problem.ALTERED_TEXT, "page_content", f"altered text: {difference.reason()}{hint}"
    name = "page_pixels" if difference.kind == "pixels" else "page_content"
    return PageProblem.ALTERED_PAGE, name, f"altered page: {difference.reason()}{hint}"


def _compare_pixels(
    pdf: ReceiptFile, expected_pdf: bytes, group: list[PdfPage], regions: list[Region]
) -> Difference | str:
    if not pdftoppm_available():
        return "not compared: pdftoppm (poppler-utils) is not installed here"
    first, last = group[0].number, group[-1].number
    try:
        ours = render_pdf(expected_pdf, 1, len(group), PIXEL_DPI)
        theirs = render_pdf(pdf.data, first, last, PIXEL_DPI)
    except (UnreadablePdf, OSError) as exc:
        return Difference(first, "pixels", "", f"the page cannot be rendered ({exc})")
    if len(ours) != len(theirs):
        return Difference(first, "pixels", "", "the pages render differently")
    for index, (a, b) in enumerate(zip(ours, theirs, strict=True)):
        found = compare_pixels(a, b, regions, index + 1, first + index, PIXEL_DPI)
        if found is not None:
            return found
    return f"identical at {PIXEL_DPI} dpi"


def _signature_check(rebuilt: Rebuilt) -> Check:
    if rebuilt.signature is SignatureSource.RECORD:
        return Check("signature_image", True, "the record's own signature image")
    if rebuilt.signature is SignatureSource.NONE:
        return Check("signature_image", True, "this record has no signature (a void)")
    return Check("signature_image", True, f"not checked: {rebuilt.signature_note}")


def _origin_hint(producer: str, keywords: str) -> str:
    if not producer or producer.startswith("Pakta Station"):
        if keywords and f"layout {RECEIPT_LAYOUT_VERSION}" not in keywords:
            return (
                " — the receipt was made by another version of Pakta Station (another receipt "
                "layout); its QR can still be verified with --qr"
            )
        return ""
    return (
        f" — the file was written by {producer}, not by Pakta Station: a receipt printed to "
        "PDF or saved again by another program cannot be compared as a page; verify its QR "
        "with --qr"
    )
