"""Images placed on documents: QR codes (made by zxing-cpp) and flattened signature images."""

from __future__ import annotations

import functools
import io

import numpy as np
import zxingcpp
from PIL import Image, ImageOps
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop_app.documents.regions import note

QUIET_MODULES = 4


def qr_image(text: str, ec_level: str = "M") -> Image.Image:
    """A QR code as a greyscale image, one pixel per module, with the 4-module quiet zone."""
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=ec_level)
    matrix = np.asarray(barcode.to_image(scale=1, add_quiet_zones=False), dtype=np.uint8)
    padded = np.pad(matrix, QUIET_MODULES, constant_values=255)
    return Image.fromarray(padded, mode="L")


def qr_modules(text: str, ec_level: str = "M") -> list[list[bool]]:
    """The QR matrix (True = dark), without quiet zone, for printers that draw it themselves."""
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=ec_level)
    matrix = np.asarray(barcode.to_image(scale=1, add_quiet_zones=False), dtype=np.uint8)
    return [[bool(v < 128) for v in row] for row in matrix]


def flatten_signature(png: bytes, max_width: int = 600) -> Image.Image | None:
    """The signature PNG on white, greyscale, cropped to the ink and no wider than ``max_width``.

    None when there is no image or it cannot be read (the document then shows a dash).
    """
    if not png:
        return None
    try:
        with Image.open(io.BytesIO(png)) as raw:
            raw.load()
            grey = _on_white(raw)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    box = ImageOps.invert(grey).getbbox()
    if box is not None:
        pad = 4
        grey = grey.crop(
            (
                max(0, box[0] - pad),
                max(0, box[1] - pad),
                min(grey.width, box[2] + pad),
                min(grey.height, box[3] + pad),
            )
        )
    if grey.width > max_width:
        height = max(1, round(grey.height * max_width / grey.width))
        grey.thumbnail((max_width, height), Image.Resampling.LANCZOS, reducing_gap=2.0)
    return grey


def _on_white(image: Image.Image) -> Image.Image:
    """Greyscale ink on white; transparent pixels become white."""
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        alpha = rgba.getchannel("A")
        ink = rgba.convert("L")
        white = Image.new("L", rgba.size, 255)
        return Image.composite(ink, white, alpha)
    return image.convert("L")


@functools.lru_cache(maxsize=4096)
def _thumb_cached(png: bytes, max_width: int) -> Image.Image | None:
    return flatten_signature(png, max_width)


def signature_thumbnail(png: bytes, max_width: int = 160) -> Image.Image | None:
    return _thumb_cached(png, max_width)


class PictureFlowable(Flowable):  # type: ignore[misc]
    """A PIL image fitted into at most ``width`` × ``height`` points, keeping its aspect."""

    def __init__(
        self, image: Image.Image, width: float, height: float, align: str = "LEFT", tag: str = ""
    ) -> None:
        super().__init__()
        self.tag = tag  # regions: where it was drawn, for naming differences in verification
        scale = min(width / image.width, height / image.height)
        self.draw_w = image.width * scale
        self.draw_h = image.height * scale
        self.reader = ImageReader(image)
        self.hAlign = align

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.draw_w, self.draw_h

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.drawImage(self.reader, 0, 0, self.draw_w, self.draw_h)
        note(canvas, self.tag, 0, 0, self.draw_w, self.draw_h)
