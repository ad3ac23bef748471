"""Draws the Pakta Station icon (PNG for Linux and the window, ICO for the Windows build)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAVY = (22, 52, 96, 255)
GOLD = (232, 178, 48, 255)
WHITE = (255, 255, 255, 255)


def draw(size: int = 256) -> Image.Image:
    """A navy tile, a white sheet with lines, and a gold pen stroke signing it."""
    s = size / 256
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((8 * s, 8 * s, 248 * s, 248 * s), radius=44 * s, fill=NAVY)
    d.rounded_rectangle((62 * s, 40 * s, 194 * s, 216 * s), radius=10 * s, fill=WHITE)
    for y in (72, 96, 120):
        d.line((84 * s, y * s, 172 * s, y * s), fill=(150, 165, 190, 255), width=int(8 * s))
    points = [(84, 176), (104, 150), (116, 184), (136, 152), (150, 180), (176, 160)]
    d.line([(x * s, y * s) for x, y in points], fill=GOLD, width=int(11 * s), joint="curve")
    return img


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    big = draw(256)
    big.save(ICONS / "pakta-station.png", optimize=True)
    big.save(
        ICONS / "pakta-station.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (256, 256)]
    )


if __name__ == "__main__":
    main()
