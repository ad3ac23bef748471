"""The pledge receipt in three layouts: A4, A5 and an 80 mm thermal roll (PDF, PDF/A-2b aimed)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.clock import parse_iso
from desktop_app.documents.fonts import MM as mm
from desktop_app.documents.fonts import SANS
from desktop_app.documents.formatting import (
    EMPTY,
    day_and_date,
    iso_day,
    local_time,
    long_date,
    para,
    para_lines,
    utc_stamp,
    wib_stamp,
)
from desktop_app.documents.images import PictureFlowable, flatten_signature, qr_image
from desktop_app.documents.pdfa import DocMeta, canvas_maker
from desktop_app.documents.receipt_data import ReceiptData
from desktop_app.documents.styles import Styles, make_styles


@dataclass(frozen=True)
class Layout:
    name: str
    width: float
    height: float | None  # None: a roll, as long as the content
    margin: float
    font_size: float
    qr_size: float
    signature_height: float
    qr_beside: bool  # QR to the right of the record details (pages) or below them (roll)


LAYOUTS: dict[str, Layout] = {
    "a4": Layout("a4", A4[0], A4[1], 20 * mm, 10.5, 42 * mm, 26 * mm, True),
    "a5": Layout("a5", A5[0], A5[1], 10 * mm, 7.9, 33 * mm, 17 * mm, True),
    "roll80": Layout("roll80", 80 * mm, None, 4 * mm, 7.6, 56 * mm, 18 * mm, False),
}

TITLES = {
    "pledge": "TANDA TERIMA PAKTA INTEGRITAS",
    "resign": "TANDA TERIMA PAKTA INTEGRITAS (TANDA TANGAN ULANG)",
    "void": "BUKTI PEMBATALAN PAKTA INTEGRITAS",
}
IDENTITY_ROWS = (
    ("Nama", "name"),
    ("NIP", "identifier"),
    ("Pangkat/Golongan", "rank"),
    ("Jabatan", "position"),
    ("Unit Kerja", "unit"),
    ("Instansi", "instansi"),
)
VERIFY_HINT = "Pindai kode QR atau jalankan <i>pakta verify</i> untuk memeriksa keaslian."


def layout_of(name: str) -> Layout:
    try:
        return LAYOUTS[name]
    except KeyError:
        raise ValueError(f"unknown receipt layout {name!r} (a4, a5 or roll80)") from None


def receipt_meta(data: ReceiptData) -> DocMeta:
    return DocMeta(
        title=f"Tanda terima pakta integritas - {data.field('name')}",
        subject=data.ceremony_title,
        author=data.station_name,
        keywords=f"pakta integritas; {data.record_id}; {data.check_code}",
        created=parse_iso(data.field("signed_at")),
    )


def receipt_story(data: ReceiptData, layout: Layout, styles: Styles) -> list[Flowable]:
    """The flowables of one receipt, top to bottom."""
    inner = layout.width - 2 * layout.margin
    kind = data.field("kind") or "pledge"
    story: list[Flowable] = [
        Paragraph(TITLES.get(kind, TITLES["pledge"]), styles.title),
        Paragraph(para(data.ceremony_title), styles.subtitle),
        Paragraph(
            f"{para(data.venue)} · {day_and_date(iso_day(data.ceremony_date))}", styles.subtitle
        ),
        Spacer(1, styles.body.fontSize * 0.8),
        Paragraph("Yang bertanda tangan di bawah ini:", styles.body),
        Spacer(1, styles.body.fontSize * 0.3),
        _identity_table(data, inner, layout, styles),
        Spacer(1, styles.body.fontSize * 0.6),
    ]
    if kind == "resign" and data.field("reason"):
        story.append(
            Paragraph(f"Alasan tanda tangan ulang: {para(data.field('reason'))}", styles.small)
        )
    if kind == "void":
        story.append(Paragraph(f"Dibatalkan, alasan: {para(data.field('reason'))}", styles.bold))
        story.append(
            Paragraph(f"Rekaman yang dibatalkan: {para(data.field('refers_to'))}", styles.small)
        )
    for block in data.pledge_text.split("\n\n"):
        if block.strip():
            story.append(Paragraph(para_lines(block), styles.justify))
    story += _signature_block(data, inner, layout, styles)
    story.append(Spacer(1, styles.body.fontSize * 0.8))
    story.append(_record_box(data, inner, layout, styles))
    return story


def _identity_table(data: ReceiptData, inner: float, layout: Layout, styles: Styles) -> Table:
    label_w = inner * (0.30 if layout.name == "roll80" else 0.26)
    rows = []
    for label, key in IDENTITY_ROWS:
        if layout.name == "roll80" and key == "rank":
            label = "Pangkat/Gol."
        if key == "identifier" and data.field("id_kind") != "nip":
            label = "Identitas"
        rows.append(
            [
                Paragraph(label, styles.label),
                Paragraph(":", styles.label),
                Paragraph(para(data.field(key)), styles.value),
            ]
        )
    table = Table(rows, colWidths=(label_w, styles.body.fontSize * 0.8, None))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), SANS, styles.body.fontSize),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return table


def _signature_block(
    data: ReceiptData, inner: float, layout: Layout, styles: Styles
) -> list[Flowable]:
    signed_at = data.field("signed_at")
    place_date = f"{para(data.venue)}, {long_date(local_time(signed_at).date())}"
    image = flatten_signature(data.signature_png)
    picture: Flowable = (
        PictureFlowable(image, inner * 0.5, layout.signature_height, align="CENTER")
        if image is not None
        else Spacer(1, layout.signature_height)
    )
    under = (
        f"NIP {para(data.field('identifier'))}"
        if data.field("id_kind") == "nip"
        else (f"Identitas {para(data.field('identifier'))}")
    )
    cell = [
        Paragraph(place_date, styles.center),
        Paragraph("Yang menyatakan,", styles.center),
        picture,
        Paragraph(f"<u>{para(data.field('name'))}</u>", styles.center),
        Paragraph(under, styles.center),
    ]
    width = inner if layout.name == "roll80" else inner * 0.55
    table = Table([[cell]], colWidths=(width,), hAlign="RIGHT" if layout.qr_beside else "CENTER")
    table.setStyle(
        TableStyle(
            [
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("FONT", (0, 0), (-1, -1), SANS, styles.body.fontSize),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [Spacer(1, styles.body.fontSize * 0.4), table]


def _record_lines(data: ReceiptData, styles: Styles) -> list[Flowable]:
    signed_at = data.field("signed_at")
    rows = (
        ("Waktu", f"{wib_stamp(signed_at)} ({utc_stamp(signed_at)})"),
        ("Tempat", data.venue),
        ("Stasiun", data.station_name),
        ("ID rekaman", data.record_id),
    )
    out: list[Flowable] = [
        Paragraph(f"{label}: {para(value) if value else EMPTY}", styles.small)
        for label, value in rows
    ]
    out.append(Paragraph(f"Kode cek: <b>{data.check_code}</b>", styles.body))
    out.append(Paragraph(VERIFY_HINT, styles.small))
    return out


def _record_box(data: ReceiptData, inner: float, layout: Layout, styles: Styles) -> Table:
    qr = PictureFlowable(qr_image(data.seal), layout.qr_size, layout.qr_size, align="CENTER")
    lines = _record_lines(data, styles)
    if layout.qr_beside:
        text_w = inner - layout.qr_size - 4 * mm
        table = Table([[lines, qr]], colWidths=(text_w, layout.qr_size + 4 * mm))
    else:
        table = Table([[lines], [qr]], colWidths=(inner,))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONT", (0, 0), (-1, -1), SANS, styles.body.fontSize),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("ALIGN", (-1, -1), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def build_receipt(data: ReceiptData, layout_name: str = "a5") -> bytes:
    """The receipt as PDF bytes."""
    layout = layout_of(layout_name)
    styles = make_styles(layout.font_size)
    story = receipt_story(data, layout, styles)
    inner = layout.width - 2 * layout.margin
    height = layout.height if layout.height is not None else _roll_height(story, inner, layout)
    buffer = io.BytesIO()
    doc = _Doc(buffer, layout, height)
    doc.build(story, canvasmaker=canvas_maker(receipt_meta(data)))
    return buffer.getvalue()


def _roll_height(story: list[Flowable], inner: float, layout: Layout) -> float:
    total = 0.0
    for flowable in story:
        _, h = flowable.wrap(inner, 10_000 * mm)
        total += float(h + flowable.getSpaceBefore() + flowable.getSpaceAfter())
    return total + 2 * layout.margin + 6 * mm


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: Any, layout: Layout, height: float) -> None:
        super().__init__(
            buffer,
            pagesize=(layout.width, height),
            leftMargin=layout.margin,
            rightMargin=layout.margin,
            topMargin=layout.margin,
            bottomMargin=layout.margin,
            invariant=1,
        )
        frame = Frame(
            layout.margin,
            layout.margin,
            layout.width - 2 * layout.margin,
            height - 2 * layout.margin,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="receipt", frames=[frame])])
