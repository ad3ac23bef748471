"""Reading a PDF back: page text (pypdf) and QR codes (embedded images, else a pdftoppm render)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
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


def decode_qr(image: Image.Image) -> list[str]:
    """QR texts in an image; small images (one pixel per module) are enlarged first."""
    grey = image.convert("L")
    if grey.width < 400:
        factor = max(2, 400 // max(1, grey.width))
        grey = grey.resize((grey.width * factor, grey.height * factor), Image.Resampling.NEAREST)
    results = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)  # type: ignore[arg-type]
    return [r.text for r in results if r.valid]


def read_pdf(path: Path, *, render: bool | None = None) -> list[PdfPage]:
    """Text and QR codes of every page.

    QR codes are looked for in the page's images first (our documents embed each QR as an
    image); pages where none is found are rendered with pdftoppm when it is installed
    (``render=None``), always (``True``) or never (``False``).
    """
    try:
        reader = PdfReader(str(path))
        pages = list(reader.pages)
    except (OSError, PyPdfError, ValueError) as exc:
        raise UnreadablePdf(f"{path} is not a readable PDF ({exc})") from None
    out: list[PdfPage] = []
    for number, page in enumerate(pages, start=1):
        try:
            text = page.extract_text() or ""
        except (PyPdfError, ValueError, KeyError):
            text = ""
        codes: list[str] = []
        if render is not True:
            try:
                images = list(page.images)
            except (PyPdfError, ValueError, KeyError, OSError, NotImplementedError):
                images = []
            for item in images:
                try:
                    codes += decode_qr(item.image) if item.image is not None else []
                except (OSError, ValueError):
                    continue
        if not codes and render is not False and pdftoppm_available():
            codes = [c for image in render_pages(path, number, number) for c in decode_qr(image)]
        out.append(PdfPage(number, text, tuple(dict.fromkeys(codes))))
    return out


def pdftoppm_available() -> bool:
    return shutil.which("pdftoppm") is not None


def render_pages(path: Path, first: int, last: int, dpi: int = RENDER_DPI) -> list[Image.Image]:
    """Pages rendered to greyscale images by poppler's pdftoppm."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise FileNotFoundError("pdftoppm (poppler-utils) is not installed")
    with tempfile.TemporaryDirectory(prefix="pakta-render-") as tmp:
        prefix = Path(tmp) / "page"
        subprocess.run(
            [
                exe,
                "-gray",
                "-png",
                "-r",
                str(dpi),
                "-f",
                str(first),
                "-l",
                str(last),
                str(path),
                str(prefix),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        images = []
        for file in sorted(Path(tmp).glob("page*.png")):
            with Image.open(file) as img:
                images.append(img.copy())
        return images
