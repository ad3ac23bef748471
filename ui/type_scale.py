"""Type that grows with the screen: sizes for 1366×768, scaled by the view's height.

An attendee reads the pledge from about a metre: at 768 pixels high the pledge is 28 px, on
a 1080-pixel monitor 39 px. The sizes here override desk.qss's for the attendee's view only;
colours and borders stay there.
"""

from __future__ import annotations

BASE_HEIGHT = 768
STEP = 0.05  # scale in steps: re-styling on every pixel of a resize would cost frames
MIN_SCALE, MAX_SCALE = 0.85, 2.5

# font size in px at 1366×768, per widget kind and role (desk.qss gives the rest of the look)
SIZES = {
    ("QLabel", "title"): 30,
    ("QLabel", "subtitle"): 21,
    ("QLabel", "ceremony"): 24,
    ("QLabel", "name"): 40,
    ("QLabel", "nip"): 26,
    ("QLabel", "detail"): 21,
    ("QLabel", "pledge"): 28,
    ("QLabel", "hint"): 16,
    ("QLabel", "notice"): 18,
    ("QLabel", "flag"): 18,
    ("QLabel", "resultMark"): 88,
    ("QLabel", "resultTitle"): 40,
    ("QLabel", "resultName"): 52,
    ("QLabel", "resultLine"): 28,
    ("QPushButton", "primary"): 22,
    ("QPushButton", "secondary"): 19,
}
PLEDGE_PX = SIZES[("QLabel", "pledge")]


def type_scale(height: int, distance: float = 1.0) -> float:
    """The factor for a window ``height`` pixels high; ``distance`` < 1 for a reader closer
    than a metre (the desk window's own attendee side)."""
    raw = max(MIN_SCALE, min(MAX_SCALE, distance * height / BASE_HEIGHT))
    return round(round(raw / STEP) * STEP, 2)


def scaled_sheet(scale: float) -> str:
    return "\n".join(
        f'{kind}[role="{role}"] {{ font-size: {round(px * scale)}px; }}'
        for (kind, role), px in SIZES.items()
    )
