"""The berita acara penutupan: the closing statement in Bahasa Indonesia, both signatures, seals.

Everything the page says is drawn from the two closing records' hashed fields (the statement
is the records' ``reason``), so `pakta verify` re-draws the same words from the seals alone
(closing_verify) and compares them with the page. Each signer's block carries the QR of their
own record's seal (the same seal or link a receipt carries).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop_app.documents.fonts import MM as mm
from desktop_app.documents.fonts import SANS
from desktop_app.documents.formatting import (
    DAYS,
    MONTHS,
    iso_day,
    local_time,
    long_date,
    para,
    spell_number,
    zone_stamp,
)
from desktop_app.documents.images import PictureFlowable, flatten_signature, qr_image
from desktop_app.documents.page_parts import letterhead
from desktop_app.documents.pdfa import DocMeta, build_numbered_a4
from desktop_app.documents.styles import Styles, make_styles
from desktop_app.domain.closing import ClosingStatement
from pakta_common.integrity.seal import check_code

MARGIN = 18 * mm
LETTERHEAD_H = 22 * mm
KEYWORDS = "berita acara penutupan; pakta integritas; closing"
# Changes whenever what the berita acara draws changes. Written into the PDF's keywords
# ("layout N"; the first named none: 1), and `pakta verify` re-draws a berita acara in the
# layout its file names, so every layout in CLOSING_LAYOUTS keeps verifying. 2: each signer's
# way of consenting (the pad's box or button, the screen) under their consent time.
CLOSING_LAYOUT_VERSION = 2
CLOSING_LAYOUTS = (1, 2)
CONSENT_WORDS = {  # ConsentMethod values: printed on layout 2 onwards (never reword one)
    "pad_box": "centang di kotak pada pad",
    "pad_button": "tombol pada pad",
    "screen_touch": "sentuhan di layar",
    "screen_pen": "pena di layar",
    "screen_mouse": "klik tetikus di layar",
    "compact_signature": "tanda tangan di bawah kalimat persetujuan",
}
QR_SIZE = 40 * mm
SIGNATURE_H = 22 * mm


_LAYOUT_NAMED = re.compile(r"\blayout (\d+)\b")


def closing_layout_named(keywords: str) -> int:
    """The layout a berita acara's keywords name (1: the first, which named none)."""
    match = _LAYOUT_NAMED.search(keywords)
    return int(match.group(1)) if match else 1


@dataclass(frozen=True)
class ClosingSignerBlock:
    """One signer as sealed: their record's hashed fields, signature image and QR text."""

    fields: dict[str, Any]  # hashed fields + record_hash (as a receipt's)
    signature_png: bytes  # empty when not available (verification re-draws without it)
    qr_text: str

    def field(self, name: str) -> str:
        value = self.fields.get(name)
        return "" if value is None else str(value)


@dataclass(frozen=True)
class ClosingMinutes:
    statement: ClosingStatement
    ppk: ClosingSignerBlock
    witness: ClosingSignerBlock
    layout_version: int = CLOSING_LAYOUT_VERSION  # an older one to re-draw an older page


def closing_day(minutes: ClosingMinutes) -> dt.date:
    """The day the witness signed, in the ceremony's zone (the day the ceremony closed)."""
    return local_time(minutes.witness.field("signed_at"), minutes.statement.timezone).date()


def statement_paragraphs(minutes: ClosingMinutes) -> list[str]:
    """The statement's sentences (Paragraph markup), in order: drawn and verified alike."""
    s = minutes.statement
    day = closing_day(minutes)
    closed_at = zone_stamp(minutes.witness.field("signed_at"), s.timezone)
    lines = [
        f"Pada hari ini <b>{DAYS[day.weekday()]}</b> tanggal <b>{spell_number(day.day)}</b> "
        f"bulan <b>{MONTHS[day.month - 1]}</b> tahun <b>{spell_number(day.year)}</b> "
        f"({day:%d-%m-%Y}), bertempat di {para(s.venue)}, penandatanganan Pakta Integritas "
        f"pada {para(s.title)} ({long_date(iso_day(s.date))}) dinyatakan <b>ditutup</b>. "
        f"Keadaan akhir menurut catatan meja pendaftaran {para(s.station_name)} (termasuk "
        "meja lain yang datanya telah diterima meja ini):",
    ]
    for label, value in (
        ("Jumlah pegawai yang diharapkan hadir", s.expected),
        ("Jumlah pegawai yang telah menandatangani", s.signed),
        ("Jumlah pegawai yang tidak hadir / belum menandatangani", s.absent),
        ("Jumlah tanda tangan ulang", s.resigned),
        ("Jumlah rekaman yang dibatalkan", s.voided),
        ("Jumlah pegawai tercatat di lebih dari satu meja (ditandai)", s.duplicates),
    ):
        lines.append(f"{label}: <b>{value}</b> ({spell_number(value)})")
    for desk in s.desks:
        lines.append(f"Di {para(desk.name)}: <b>{desk.signed}</b> orang menandatangani")
    if s.head is None:
        lines.append(f"Rantai rekaman {para(s.station_name)}: belum ada rekaman.")
    else:
        lines.append(
            f"Rantai rekaman {para(s.station_name)} sebelum penutupan: nomor urut "
            f"<b>{s.head.seq}</b>, hash <font name='PaktaSansCondensed'>{s.head.hash}</font>."
        )
    if s.anchor is None:
        lines.append("Titik jangkar dari server: belum ada (meja belum pernah sinkron).")
    else:
        lines.append(
            f"Titik jangkar terakhir dari server (kunci {para(s.anchor.server_key_id)}): "
            f"nomor urut <b>{s.anchor.seq}</b>, hash "
            f"<font name='PaktaSansCondensed'>{s.anchor.hash}</font>."
        )
    lines.append(
        f"Berita acara ini ditandatangani secara elektronik pada {closed_at} oleh Pejabat "
        "Pembina Kepegawaian dan disaksikan oleh saksi di bawah ini; setiap tanda tangan "
        "tercatat sebagai rekaman penutupan dalam rantai rekaman meja, disegel dengan tanda "
        "tangan stasiun, dan dapat diperiksa dengan memindai kode QR di bawahnya."
    )
    return lines


def signer_paragraphs(
    block: ClosingSignerBlock, heading: str, timezone: str, layout_version: int
) -> list[str]:
    """The words of one signature block, top to bottom."""
    lines = [heading, f"<b><u>{para(block.field('name'))}</u></b>"]
    if block.field("position"):
        lines.append(para(block.field("position")))
    if block.field("instansi"):
        lines.append(para(block.field("instansi")))
    if block.field("id_kind") == "nip":
        lines.append(f"NIP {para(block.field('identifier'))}")
    lines.append(f"Persetujuan: {zone_stamp(block.field('consent_at'), timezone)}")
    if layout_version >= 2:
        method = block.field("consent_method")
        lines.append(f"Cara persetujuan: {para(CONSENT_WORDS.get(method, method))}")
    lines.append(f"Kode cek {check_code(block.field('record_hash'))}")
    return lines


HEADINGS = ("Pejabat Pembina Kepegawaian,", "Saksi,")


class _Letterhead(Flowable):  # type: ignore[misc]
    def __init__(self, organizer: str, width: float) -> None:
        super().__init__()
        self.organizer, self.width_ = organizer, width

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width_, LETTERHEAD_H

    def draw(self) -> None:
        letterhead(self.canv, 0, LETTERHEAD_H, self.width_, self.organizer)


class _SignatureSlot(PictureFlowable):
    """The signature in a slot of fixed height: the words below it stand where they would
    without the image, so a verifier that does not hold the signature images (another desk,
    an inspector) still re-draws every word and line at its place (closing_verify)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.slot_h = SIGNATURE_H

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.draw_w, self.slot_h


def _signer_cell(
    block: ClosingSignerBlock,
    heading: str,
    minutes: ClosingMinutes,
    styles: Styles,
    width: float,
) -> list[Flowable]:
    words = signer_paragraphs(block, heading, minutes.statement.timezone, minutes.layout_version)
    cell: list[Flowable] = [Paragraph(words[0], styles.center)]
    image = flatten_signature(block.signature_png) if block.signature_png else None
    if image is not None:
        cell.append(_SignatureSlot(image, width, SIGNATURE_H, align="CENTER", tag="signature"))
    else:
        cell.append(Spacer(1, SIGNATURE_H))
    cell += [Paragraph(w, styles.center) for w in words[1:]]
    cell.append(Spacer(1, 2 * mm))
    cell.append(PictureFlowable(qr_image(block.qr_text), QR_SIZE, QR_SIZE, "CENTER", "seal"))
    return cell


def build_closing_minutes(minutes: ClosingMinutes) -> bytes:
    """The berita acara as PDF bytes (not yet PAdES-signed: documents.document_signing)."""
    if minutes.layout_version not in CLOSING_LAYOUTS:
        raise ValueError(f"berita acara layout {minutes.layout_version} is not known here")
    s = minutes.statement
    styles = make_styles(10)
    width = A4[0] - 2 * MARGIN
    half = width / 2
    story: list[Flowable] = [
        _Letterhead(s.organizer, width),
        Paragraph("<u>BERITA ACARA PENUTUPAN</u>", styles.title),
        Paragraph("Penandatanganan Pakta Integritas Netralitas ASN", styles.center),
        Spacer(1, 4 * mm),
    ]
    first, *counts = statement_paragraphs(minutes)
    story.append(Paragraph(first, styles.justify))
    story.append(Spacer(1, 1 * mm))
    *facts, last = counts
    story += [Paragraph(line, styles.body) for line in facts]
    story += [Spacer(1, 2 * mm), Paragraph(last, styles.justify), Spacer(1, 3 * mm)]
    place = f"{s.venue.split(',')[0]}, {long_date(closing_day(minutes))}"
    story.append(Paragraph(para(place), styles.center))
    table = Table(
        [
            [
                _signer_cell(minutes.ppk, HEADINGS[0], minutes, styles, half - 8 * mm),
                _signer_cell(minutes.witness, HEADINGS[1], minutes, styles, half - 8 * mm),
            ]
        ],
        colWidths=(half, half),
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, 10),  # else the table sets Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LINEBEFORE", (1, 0), (1, 0), 0.3, colors.Color(0.7, 0.7, 0.7)),
            ]
        )
    )
    story.append(table)
    meta = DocMeta(
        title=f"Berita Acara Penutupan - {s.title}",
        subject=s.venue,
        author=s.organizer,
        keywords=KEYWORDS
        if minutes.layout_version == 1
        else f"{KEYWORDS}; layout {minutes.layout_version}",
    )
    return build_numbered_a4(story, meta, margin=MARGIN, top=12 * mm, bottom=14 * mm)
