"""Edits a forger would make to a receipt PDF, made for real on its bytes (with pypdf)."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from desktop_app.documents.regions import Region


def _save(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def content_of(pdf: bytes, page: int = 0) -> bytes:
    contents = PdfReader(io.BytesIO(pdf)).pages[page].get_contents()
    assert contents is not None
    return bytes(contents.get_data())


def with_content(pdf: bytes, new: bytes, page: int = 0) -> bytes:
    """The PDF rewritten (as an editor saves it) with page ``page`` drawing ``new``."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    stream = writer.pages[page]["/Contents"].get_object()
    stream.set_data(new)
    return _save(writer)


def _escape(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")


def replace_shown(pdf: bytes, old: str, new: str, occurrence: int = 0, page: int = 0) -> bytes:
    """Change the ``occurrence``-th text run showing ``old`` (ASCII) to show ``new`` instead."""
    content = content_of(pdf, page)
    needle = _escape(old)
    spans = [m.start() for m in re.finditer(re.escape(needle), content)]
    assert len(spans) > occurrence, f"{old!r} is shown {len(spans)} time(s)"
    at = spans[occurrence]
    edited = content[:at] + _escape(new) + content[at + len(needle) :]
    return with_content(pdf, edited, page)


def overlay_ops(region: Region, text: str, font: str = "/F1+0", size: float = 7.9) -> bytes:
    """A white box over ``region`` with ``text`` written on it (the classic cover-up)."""
    x0, y0 = region.x0 - 1, region.y0 - 1
    w, h = region.x1 - region.x0 + 2, region.y1 - region.y0 + 2
    return (
        (
            f"\nq 1 g {x0:.2f} {y0:.2f} {w:.2f} {h:.2f} re f Q\n"
            f"BT {font} {size} Tf {region.x0 + 0.5:.2f} {region.y0 + 2.5:.2f} Td ("
        ).encode()
        + _escape(text)
        + b") Tj ET\n"
    )


def append_to_content(pdf: bytes, ops: bytes, page: int = 0) -> bytes:
    return with_content(pdf, content_of(pdf, page) + ops, page)


def second_content_stream(pdf: bytes, ops: bytes, page: int = 0) -> bytes:
    """The page's drawing left alone, a second content stream drawn over it."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    target = writer.pages[page]
    overlay = DecodedStreamObject()
    overlay.set_data(ops)
    ref = writer._add_object(overlay)
    target[NameObject("/Contents")] = ArrayObject([target.raw_get("/Contents"), ref])
    return _save(writer)


def incremental_overlay(pdf: bytes, ops: bytes, page: int = 0) -> bytes:
    """The original bytes untouched, an incremental update appended that draws ``ops`` over
    the page (the way signing tools and many editors save)."""
    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    target = writer.pages[page]
    overlay = DecodedStreamObject()
    overlay.set_data(ops)
    ref = writer._add_object(overlay)
    target[NameObject("/Contents")] = ArrayObject([target.raw_get("/Contents"), ref])
    out = _save(writer)
    assert out.startswith(pdf)  # really appended
    return out


def with_annotation(pdf: bytes, region: Region, text: str, page: int = 0) -> bytes:
    """A FreeText annotation (a comment box) laid over ``region``."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    annotation = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/FreeText"),
            NameObject("/Rect"): ArrayObject(
                [NumberObject(int(v)) for v in (region.x0, region.y0, region.x1, region.y1)]
            ),
            NameObject("/Contents"): TextStringObject(text),
            NameObject("/DA"): TextStringObject("0 g /Helv 8 Tf"),
        }
    )
    writer.pages[page][NameObject("/Annots")] = ArrayObject([writer._add_object(annotation)])
    return _save(writer)


def with_javascript(pdf: bytes) -> bytes:
    """An action that runs a script when the file is opened."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    action = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('pakta');"),
        }
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    return _save(writer)


def with_extra_page(pdf: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_blank_page()
    return _save(writer)
