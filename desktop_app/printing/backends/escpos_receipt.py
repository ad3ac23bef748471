"""A receipt drawn by an ESC/POS thermal printer: its own text, a raster signature (GS v 0)
and a native QR code (GS ( k) carrying the same seal as the PDF receipt."""

from __future__ import annotations

import contextlib
import copy
import textwrap

from escpos.escpos import Escpos
from PIL import Image

from desktop_app.documents.formatting import local_time, long_date, utc_stamp, zone_stamp
from desktop_app.documents.images import flatten_signature, qr_modules
from desktop_app.documents.receipt import COPY_MARK, IDENTITY_ROWS, TITLES, zone_of
from desktop_app.documents.receipt_data import ReceiptData

DOTS_PER_CHAR = 12  # font A


def columns_for(dots: int) -> int:
    return max(24, dots // DOTS_PER_CHAR)


def qr_module_size(seal: str, dots: int) -> int:
    """Module size (1-16 dots) so the printer's QR fills about 80 % of the paper width."""
    modules = len(qr_modules(seal)) + 8  # with the quiet zone
    return max(1, min(16, int(dots * 0.8) // modules))


def signature_raster(png: bytes, dots: int) -> Image.Image | None:
    """The signature as a 1-bit image at most 60 % of the paper width (black = 1 on paper)."""
    grey = flatten_signature(png, max_width=int(dots * 0.6))
    if grey is None:
        return None
    width = grey.width - grey.width % 8 or 8  # raster rows are whole bytes
    return grey.crop((0, 0, width, grey.height)).point(lambda v: 255 if v > 160 else 0, "1")


def write_receipt(p: Escpos, data: ReceiptData, dots: int = 576, *, reprint: bool = False) -> None:
    """Queue the ESC/POS commands of one receipt on ``p`` (a python-escpos printer); a reprint
    says SALINAN under the title."""
    cols = columns_for(dots)
    _set_paper_width(p, dots)

    def lines(text: str, indent: str = "") -> None:
        for paragraph in text.split("\n"):
            wrapped = textwrap.wrap(paragraph, cols, subsequent_indent=indent) or [""]
            p.text("\n".join(wrapped) + "\n")

    kind = data.field("kind") or "pledge"
    p.set(align="center", bold=True)
    lines(TITLES.get(kind, TITLES["pledge"]))
    if reprint:
        lines(COPY_MARK)
    p.set(align="center", bold=False)
    lines(data.ceremony_title)
    lines(f"{data.venue}, {data.ceremony_date}")
    p.set(align="left")
    p.text("\nYang bertanda tangan di bawah ini:\n")
    for label, key in IDENTITY_ROWS:
        lines(f"{label:<12}: {data.field(key) or '-'}", indent=" " * 14)
    p.text("\n")
    lines(data.pledge_text)
    p.text("\n")
    p.set(align="center")
    signed_at = data.field("signed_at")
    lines(f"{data.venue}, {long_date(local_time(signed_at, zone_of(data)).date())}")
    p.text("Yang menyatakan,\n")
    raster = signature_raster(data.signature_png, dots)
    if raster is not None:
        p.image(raster, impl="bitImageRaster", center=False)
    lines(data.field("name"))
    lines(f"NIP {data.field('identifier')}")
    p.set(align="left")
    p.text("-" * cols + "\n")
    lines(f"Waktu: {zone_stamp(signed_at, zone_of(data))} ({utc_stamp(signed_at)})")
    lines(f"Stasiun: {data.station_name}")
    lines(f"ID rekaman: {data.record_id}")
    p.set(bold=True)
    p.text(f"Kode cek: {data.check_code}\n")
    p.set(align="center", bold=False)
    p.qr(data.seal, ec=1, size=qr_module_size(data.seal, dots), native=True)  # ec 1 = level M
    p.text("Pindai untuk verifikasi (pakta verify)\n")
    p.cut()


def _set_paper_width(p: Escpos, dots: int) -> None:
    """Tell python-escpos the paper width (its default profile says "Unknown")."""
    with contextlib.suppress(AttributeError, KeyError, TypeError):
        data = copy.deepcopy(p.profile.profile_data)
        data["media"]["width"]["pixels"] = dots
        p.profile.profile_data = data
