"""Helpers reading PDFs back for assertions: text, fonts, catalog entries."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in reader(pdf).pages)


def fonts_of(pdf: bytes) -> list[dict[str, Any]]:
    """Every font dictionary used on the pages (resolved)."""
    found: dict[str, dict[str, Any]] = {}
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        fonts = resources.get_object().get("/Font")
        if fonts is None:
            continue
        for _, ref in fonts.get_object().items():
            font = ref.get_object()
            found[str(font.get("/BaseFont"))] = font
    return list(found.values())


def font_is_embedded(font: dict[str, Any]) -> bool:
    descendants = font.get("/DescendantFonts")
    if descendants is not None:
        font = descendants[0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    d = descriptor.get_object()
    return any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3"))
