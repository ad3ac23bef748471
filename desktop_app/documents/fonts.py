"""Registration of the embedded document fonts (DejaVu, from resources/fonts) with ReportLab."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.resources import resource_path

SANS = "PaktaSans"
SANS_BOLD = "PaktaSans-Bold"
NARROW = "PaktaSansCondensed"
NARROW_BOLD = "PaktaSansCondensed-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    NARROW: "DejaVuSansCondensed.ttf",
    NARROW_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts once per process (thread-safe); every document embeds subsets of them.

    Only these fonts are ever used on a page, so no unembedded standard font appears (PDF/A).
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = resource_path("fonts", filename)
            if not path.exists():
                raise FileNotFoundError(f"font file missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS)
        addMapping(SANS, 1, 1, SANS_BOLD)
        addMapping(NARROW, 0, 0, NARROW)
        addMapping(NARROW, 1, 0, NARROW_BOLD)
        addMapping(NARROW, 0, 1, NARROW)
        addMapping(NARROW, 1, 1, NARROW_BOLD)
        _registered = True


def text_width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


MM: float = 72 / 25.4  # one millimetre in points (typed, unlike reportlab.lib.units.mm)
