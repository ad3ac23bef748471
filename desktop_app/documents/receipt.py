"""The pledge receipt in three layouts: A4, A5 and an 80 mm thermal roll (PDF, PDF/A-2b aimed).

The same function draws the receipt for printing and for verification (``pakta verify``
re-renders a sealed receipt and compares it with the page): the output is deterministic
(fixed dates, invariant document id), and every part is tagged so a difference can be named.
Reprints say SALINAN; times are shown in the record's own zone (WIB, WITA or WIT).
"""

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
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.clock import parse_iso
from desktop_app.documents.fonts import MM as mm
from desktop_app.documents.fonts import SANS
from desktop_app.documents.formatting import (
    DEFAULT_ZONE,
    EMPTY,
    day_and_date,
    iso_day,
    local_time,
    long_date,
    para,
    para_lines,
    utc_stamp,
    zone_stamp,
)
from desktop_app.documents.images import PictureFlowable, flatten_signature, qr_image
from desktop_app.documents.pdfa import DocMeta, canvas_maker
from desktop_app.documents.receipt_data import ReceiptData
from desktop_app.documents.regions import TaggedParagraph
from desktop_app.documents.styles import Styles, make_styles

# Changes whenever what a receipt page draws changes: `pakta verify` re-renders receipts with
# today's layout, so a receipt of another layout is named as such when it does not match.
RECEIPT_LAYOUT_VERSION = 2
COPY_MARK = "SALINAN"


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
        keywords=(
            f"pakta integritas; {data.record_id}; {data.check_code}; "
            f"layout {RECEIPT_LAYOUT_VERSION}"
        ),
        created=parse_iso(data.field("signed_at")),
    )


def _p(text: str, style: object, tag: str) -> TaggedParagraph:
    return TaggedParagraph(text, style, tag=tag)


def zone_of(data: ReceiptData) -> str:
    """The record's time zone (record format 2); WIB for records that do not say."""
    return data.field("timezone") or DEFAULT_ZONE


def receipt_story(
    data: ReceiptData, layout: Layout, styles: Styles, *, reprint: bool = False
) -> list[Flowable]:
    """The flowables of one receipt, top to bottom; a reprint is marked SALINAN."""
    inner = layout.width - 2 * layout.margin
    kind = data.field("kind") or "pledge"
    story: list[Flowable] = [_p(TITLES.get(kind, TITLES["pledge"]), styles.title, "title")]
    if reprint:
        story.append(_p(COPY_MARK, styles.title, "copy_mark"))
    story += [
        _p(para(data.ceremony_title), styles.subtitle, "ceremony"),
        _p(
            f"{para(data.venue)} · {day_and_date(iso_day(data.ceremony_date))}",
            styles.subtitle,
            "venue_date",
        ),
        Spacer(1, styles.body.fontSize * 0.8),
        _p("Yang bertanda tangan di bawah ini:", styles.body, "intro"),
        Spacer(1, styles.body.fontSize * 0.3),
        _identity_table(data, inner, layout, styles),
        Spacer(1, styles.body.fontSize * 0.6),
    ]
    if kind == "resign" and data.field("reason"):
        story.append(
            _p(f"Alasan tanda tangan ulang: {para(data.field('reason'))}", styles.small, "reason")
        )
    if kind == "void":
        story.append(_p(f"Dibatalkan, alasan: {para(data.field('reason'))}", styles.bold, "reason"))
        story.append(
            _p(
                f"Rekaman yang dibatalkan: {para(data.field('refers_to'))}",
                styles.small,
                "refers_to",
            )
        )
    for block in data.pledge_text.split("\n\n"):
        if block.strip():
            story.append(_p(para_lines(block), styles.justify, "pledge"))
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
                _p(label, styles.label, key),
                _p(":", styles.label, key),
                _p(para(data.field(key)), styles.value, key),
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
    place_date = f"{para(data.venue)}, {long_date(local_time(signed_at, zone_of(data)).date())}"
    image = flatten_signature(data.signature_png)
    picture: Flowable = (
        PictureFlowable(
            image, inner * 0.5, layout.signature_height, align="CENTER", tag="signature"
        )
        if image is not None
        else Spacer(1, layout.signature_height)
    )
    under = (
        f"NIP {para(data.field('identifier'))}"
        if data.field("id_kind") == "nip"
        else (f"Identitas {para(data.field('identifier'))}")
    )
    cell = [
        _p(place_date, styles.center, "place_date"),
        _p("Yang menyatakan,", styles.center, "declarant"),
        picture,
        _p(f"<u>{para(data.field('name'))}</u>", styles.center, "signer_name"),
        _p(under, styles.center, "signer_id"),
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
        ("Waktu", f"{zone_stamp(signed_at, zone_of(data))} ({utc_stamp(signed_at)})", "time"),
        ("Tempat", data.venue, "place"),
        ("Stasiun", data.station_name, "station"),
        ("ID rekaman", data.record_id, "record_id"),
    )
    out: list[Flowable] = [
        _p(f"{label}: {para(value) if value else EMPTY}", styles.small, tag)
        for label, value, tag in rows
    ]
    out.append(_p(f"Kode cek: <b>{data.check_code}</b>", styles.body, "check_code"))
    out.append(_p(VERIFY_HINT, styles.small, "hint"))
    return out


def _record_box(data: ReceiptData, inner: float, layout: Layout, styles: Styles) -> Table:
    qr = PictureFlowable(
        qr_image(data.seal), layout.qr_size, layout.qr_size, align="CENTER", tag="seal"
    )
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


def build_receipt(data: ReceiptData, layout_name: str = "a5", *, reprint: bool = False) -> bytes:
    """The receipt as PDF bytes; ``reprint`` marks it SALINAN (a copy)."""
    layout = layout_of(layout_name)
    styles = make_styles(layout.font_size)
    story = receipt_story(data, layout, styles, reprint=reprint)
    inner = layout.width - 2 * layout.margin
    height = layout.height if layout.height is not None else _roll_height(story, inner, layout)
    buffer = io.BytesIO()
    doc = ReceiptDocTemplate(buffer, layout, height)
    doc.build(story, canvasmaker=canvas_maker(receipt_meta(data)))
    return buffer.getvalue()


def _roll_height(story: list[Flowable], inner: float, layout: Layout) -> float:
    total = 0.0
    for flowable in story:
        _, h = flowable.wrap(inner, 10_000 * mm)
        total += float(h + flowable.getSpaceBefore() + flowable.getSpaceAfter())
    return total + 2 * layout.margin + 6 * mm


class ReceiptDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """Pages of one layout with the receipt frame; the archive uses it too, so its pages are
    drawn exactly as the single receipts are (and verify the same way)."""

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
