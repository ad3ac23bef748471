"""Paragraph styles for documents, scaled per layout, all in the embedded fonts."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from desktop_app.documents.fonts import NARROW, NARROW_BOLD, SANS, SANS_BOLD, register_fonts


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    body: ParagraphStyle
    justify: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    small: ParagraphStyle
    small_center: ParagraphStyle
    center: ParagraphStyle
    bold: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


def make_styles(size: float) -> Styles:
    """Styles with body text of ``size`` points."""
    register_fonts()
    lead = size * 1.3

    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {"fontName": SANS, "fontSize": size, "leading": lead}
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        title=style(
            "title",
            fontName=SANS_BOLD,
            fontSize=size * 1.35,
            leading=size * 1.7,
            alignment=TA_CENTER,
        ),
        subtitle=style("subtitle", alignment=TA_CENTER),
        body=style("body", alignment=TA_LEFT),
        justify=style("justify", alignment=TA_JUSTIFY, spaceAfter=size * 0.4),
        label=style("label"),
        value=style("value", fontName=SANS_BOLD),
        small=style("small", fontSize=size * 0.8, leading=size * 1.05),
        small_center=style(
            "small_center", fontSize=size * 0.8, leading=size * 1.05, alignment=TA_CENTER
        ),
        center=style("center", alignment=TA_CENTER),
        bold=style("bold", fontName=SANS_BOLD),
        cell=style("cell", fontName=NARROW, fontSize=size * 0.9, leading=size * 1.1),
        cell_bold=style("cell_bold", fontName=NARROW_BOLD, fontSize=size * 0.9, leading=size * 1.1),
    )
