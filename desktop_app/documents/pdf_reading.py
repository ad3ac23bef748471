"""Reading a PDF back: page text (pypdf) and QR codes (embedded images, else a pdftoppm render)."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader
from pypdf.errors import PyPdfError

RENDER_DPI = 200


class UnreadablePdf(ValueError):
    """Not a PDF, or damaged beyond reading."""


@dataclass(frozen=True)
class PdfPage:
    number: int  # 1-based
    text: str
    codes: tuple[str, ...]  # QR texts found on the page
    images: tuple[Image.Image, ...] = ()  # the page's embedded images, decoded


def decode_qr(image: Image.Image) -> list[str]:
    """QR texts in an image; small images (one pixel per module) are enlarged first."""
    grey = image.convert("L")
    if grey.width < 400:
        factor = max(2, 400 // max(1, grey.width))
        grey = grey.resize((grey.width * factor, grey.height * factor), Image.Resampling.NEAREST)
    results = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)  # type: ignore[arg-type]
    return [r.text for r in results if r.valid]


def open_pdf(data: bytes, name: str = "the file") -> PdfReader:
    """A reader over PDF bytes; UnreadablePdf when it is not a PDF or too damaged to read."""
    try:
        reader = PdfReader(io.BytesIO(data))
        _ = len(reader.pages)
    except (OSError, PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UnreadablePdf(f"{name} is not a readable PDF ({exc})") from None
    return reader


def read_pdf(path: Path, *, render: bool | None = None) -> list[PdfPage]:
    """Text and QR codes of every page of a PDF file (see ``read_pages``)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UnreadablePdf(f"{path} cannot be read ({exc.strerror})") from None
    return read_pages(open_pdf(data, str(path)), data, render=render)


def read_pages(reader: PdfReader, data: bytes, *, render: bool | None = None) -> list[PdfPage]:
    """Text and QR codes of every page.

    QR codes are looked for in the page's images first (our documents embed each QR as an
    image); pages where none is found are rendered with pdftoppm when it is installed
    (``render=None``), always (``True``) or never (``False``).
    """
    out: list[PdfPage] = []
    try:
        pages = list(reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UnreadablePdf(f"the PDF's pages cannot be read ({exc})") from None
    for number, page in enumerate(pages, start=1):
        try:
            text = page.extract_text() or ""
        except Exception:  # pypdf raises many kinds on hostile text operators
            text = ""
        codes: list[str] = []
        decoded: list[Image.Image] = []
        try:
            images = list(page.images)
        except Exception:
            images = []
        for item in images:
            try:
                image = item.image
            except Exception:
                continue
            if image is None:
                continue
            decoded.append(image)
            if render is not True:
                try:
                    codes += decode_qr(image)
                except (OSError, ValueError):
                    continue
        if not codes and render is not False and pdftoppm_available():
            try:
                codes = [c for img in render_pdf(data, number, number) for c in decode_qr(img)]
            except (UnreadablePdf, subprocess.TimeoutExpired, OSError):
                codes = []
        out.append(PdfPage(number, text, tuple(dict.fromkeys(codes)), tuple(decoded)))
    return out


def pdftoppm_available() -> bool:
    return shutil.which("pdftoppm") is not None


def render_pages(path: Path, first: int, last: int, dpi: int = RENDER_DPI) -> list[Image.Image]:
    """Pages of a PDF file rendered to greyscale images by poppler's pdftoppm."""
    return render_pdf(Path(path).read_bytes(), first, last, dpi)


def render_pdf(pdf: bytes, first: int, last: int, dpi: int = RENDER_DPI) -> list[Image.Image]:
    """Pages ``first``..``last`` (1-based) of PDF bytes as greyscale images.

    The PDF goes to pdftoppm on stdin and the images come back on stdout: a receipt (with its
    signature) is never written to a temporary file to be rendered.
    """
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise FileNotFoundError("pdftoppm (poppler-utils) is not installed")
    args = [exe, "-gray", "-r", str(dpi), "-f", str(first), "-l", str(last), "-"]
    result = subprocess.run(args, input=pdf, capture_output=True, timeout=120, check=False)
    if result.returncode != 0:
        raise UnreadablePdf(
            "the PDF cannot be rendered ("
            + result.stderr.decode("utf-8", "replace").strip()[:200]
            + ")"
        )
    return _pgm_stream(result.stdout)


def _pgm_stream(data: bytes) -> list[Image.Image]:
    """Images of a stream of binary PGM (P5) files, one after another (pdftoppm's stdout)."""
    images: list[Image.Image] = []
    pos = 0
    while pos < len(data):
        fields: list[bytes] = []
        while len(fields) < 4:  # magic, width, height, maxval; '#' comments are not written
            while pos < len(data) and data[pos : pos + 1].isspace():
                pos += 1
            end = pos
            while end < len(data) and not data[end : end + 1].isspace():
                end += 1
            if end == pos:
                raise UnreadablePdf("the page renderer's output is cut short")
            fields.append(data[pos:end])
            pos = end
        pos += 1  # the single whitespace byte before the raster
        if fields[0] != b"P5" or fields[3] != b"255":
            raise UnreadablePdf("the page renderer's output is not a greyscale image")
        width, height = int(fields[1]), int(fields[2])
        raster = data[pos : pos + width * height]
        if len(raster) != width * height:
            raise UnreadablePdf("the page renderer's output is cut short")
        images.append(Image.frombytes("L", (width, height), raster))
        pos += width * height
    return images
