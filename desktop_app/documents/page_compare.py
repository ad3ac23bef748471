"""Comparing a page with the page it should be: drawing operations first, then pixels.

The first difference found is described in words a person can act on: which page, what kind
of change (text, drawing, image, page size, pixels), what it changed ("'Siti' became 'Budi'")
and where, by the receipt part drawn at that place (regions recorded while re-rendering).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from desktop_app.documents.page_content import Op, PageDrawing
from desktop_app.documents.regions import Region

PIXEL_DPI = 100
# Two renderings of the same drawing by the same renderer are identical; a little slack keeps
# anti-aliasing noise from ever mattering, far below what any changed glyph or line makes.
PIXEL_TOLERANCE = 48
_MAX_QUOTE = 60


@dataclass(frozen=True)
class Difference:
    page: int  # page number in the file under test
    kind: str  # text | drawing | image | page size | pixels
    where: str  # the receipt part, e.g. "the name" ("" when it cannot be placed)
    detail: str
    changes: int = 1  # how many separate changes were found (fewer: a better explanation)

    @property
    def is_text(self) -> bool:
        return self.kind == "text"

    def reason(self) -> str:
        place = f" at {self.where}" if self.where else ""
        if self.kind == "pixels":
            return f"page {self.page}: the page looks different{place} ({self.detail})"
        return f"page {self.page}: {self.kind} differs{place} ({self.detail})"


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= _MAX_QUOTE else text[: _MAX_QUOTE - 1] + "…")


def _became(old: str, new: str) -> str:
    """``'old' became 'new'``, cut to the part that changed (with a little context)."""
    old, new = " ".join(old.split()), " ".join(new.split())
    if max(len(old), len(new)) > _MAX_QUOTE:
        start = 0
        while start < min(len(old), len(new)) and old[start] == new[start]:
            start += 1
        end = 0
        while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
            end += 1
        lead = max(0, start - 16)
        old = ("…" if lead else "") + old[lead : len(old) - max(0, end - 16)]
        new = ("…" if lead else "") + new[lead : len(new) - max(0, end - 16)]
        old += "…" if end > 16 else ""
        new += "…" if end > 16 else ""
    return f"{_quote(old)} became {_quote(new)}"


def place(regions: Sequence[Region], page: int, x: float | None, y: float | None) -> str:
    """The receipt part at (x, y) of ``page``: inside one, else the nearest one ("near …")."""
    if x is None or y is None:
        return ""
    on_page = [r for r in regions if r.page == page]
    inside = [r for r in on_page if r.contains(x, y)]
    if inside:
        smallest = min(inside, key=lambda r: (r.x1 - r.x0) * (r.y1 - r.y0))
        return smallest.words
    if not on_page:
        return ""
    nearest = min(on_page, key=lambda r: r.distance(x, y))
    return f"near {nearest.words}" if nearest.distance(x, y) < 40 else ""


def compare_drawing(
    expected: PageDrawing, actual: PageDrawing, regions: Sequence[Region], expected_page: int
) -> Difference | None:
    """The first difference between two pages' drawings, or None when they draw the same."""
    if (expected.width, expected.height, expected.rotate) != (
        actual.width,
        actual.height,
        actual.rotate,
    ):
        return Difference(
            actual.number,
            "page size",
            "",
            f"{actual.width:.1f} × {actual.height:.1f} pt (rotated {actual.rotate}°) instead of "
            f"{expected.width:.1f} × {expected.height:.1f} pt",
            changes=10_000,
        )
    keys_e = [op.key for op in expected.ops]
    keys_a = [op.key for op in actual.ops]
    if keys_e == keys_a:
        return None
    matcher = difflib.SequenceMatcher(None, keys_e, keys_a, autojunk=False)
    changes = [c for c in matcher.get_opcodes() if c[0] != "equal"]

    # a change of text is what a person needs to hear first, then a changed image; positions
    # that moved because of it (a longer name makes its table row taller) are its consequence
    def rank(change: tuple[str, int, int, int, int]) -> int:
        kinds = {
            op.kind
            for op in (*expected.ops[change[1] : change[2]], *actual.ops[change[3] : change[4]])
        }
        return 0 if "text" in kinds else 1 if "image" in kinds else 2

    _tag, e0, e1, a0, a1 = min(changes, key=rank)  # the first change of the highest rank
    removed = expected.ops[e0:e1]
    added = actual.ops[a0:a1]
    located = next((op for op in added if op.x is not None), None)
    page_for_place = expected_page
    if located is None:
        located = next((op for op in removed if op.x is not None), None)
    where = place(regions, page_for_place, located.x, located.y) if located else ""
    if not where:
        where = _nearest_placed(expected.ops, e0, regions, expected_page)
    kind, detail = _describe(removed, added)
    more = len(changes) - 1
    if more:
        detail += f"; {more} more change(s) on this page"
    return Difference(actual.number, kind, where, detail, len(changes))


def _nearest_placed(ops: list[Op], index: int, regions: Sequence[Region], page: int) -> str:
    """Where an unplaced change is: the part drawn by the nearest placed operation before it."""
    for op in reversed(ops[: index + 1]):
        if op.x is not None:
            found = place(regions, page, op.x, op.y)
            if found:
                return found.removeprefix("near ")
    return ""


def _describe(removed: list[Op], added: list[Op]) -> tuple[str, str]:
    old_text = [op.text for op in removed if op.kind == "text"]
    new_text = [op.text for op in added if op.kind == "text"]
    kinds_added = {op.kind for op in added}
    kinds_removed = {op.kind for op in removed}
    drawing = {"path", "image", "clip"}
    if old_text and new_text and not (kinds_added & drawing):
        return "text", _became(" ".join(old_text), " ".join(new_text))
    if new_text and not old_text:
        what = "text " + _quote(" ".join(new_text)) + " added"
        if kinds_added & drawing:
            return "drawing", _shapes(added) + " and " + what
        return "text", what
    if old_text and not new_text and not (kinds_added & drawing):
        return "text", "text " + _quote(" ".join(old_text)) + " removed"
    if "image" in kinds_added or "image" in kinds_removed:
        if "image" in kinds_added and "image" in kinds_removed:
            return "image", "another image in its place"
        return "image", "an image added" if "image" in kinds_added else "an image removed"
    if kinds_added & drawing:
        return "drawing", _shapes(added) + " added"
    if kinds_removed & drawing:
        return "drawing", _shapes(removed) + " removed"
    if kinds_added & {"textstate"} or kinds_removed & {"textstate"}:
        return "text", "text position, font or rendering mode changed"
    if kinds_added & {"colour"} or kinds_removed & {"colour"}:
        return "drawing", "colours changed"
    if (kinds_added | kinds_removed) <= {"state"}:
        return "drawing", "positions or line styles changed"
    return "drawing", "drawing operations changed"


def _shapes(ops: list[Op]) -> str:
    operators = {str(op.key[0]) for op in ops}
    if "re" in operators and operators & {"f", "F", "f*", "B", "B*", "b", "b*"}:
        return "a filled box"
    if "image" in {op.kind for op in ops}:
        return "an image"
    if operators & {"W", "W*"}:
        return "a clipping path"
    return "lines or shapes"


def compare_pixels(
    expected: Image.Image,
    actual: Image.Image,
    regions: Sequence[Region],
    expected_page: int,
    actual_page: int,
    dpi: int = PIXEL_DPI,
) -> Difference | None:
    """Where two renderings of a page differ by more than anti-aliasing noise, or None."""
    if expected.size != actual.size:
        return Difference(actual_page, "page size", "", "the page renders at another size")
    a = np.asarray(expected.convert("L"), dtype=np.int16)
    b = np.asarray(actual.convert("L"), dtype=np.int16)
    mask = np.abs(a - b) > PIXEL_TOLERANCE
    count = int(mask.sum())
    if count == 0:
        return None
    scale = 72.0 / dpi
    height_pt = expected.height * scale
    words: list[str] = []
    for top, left, bottom, right in _clusters(mask):
        x0, x1 = left * scale, right * scale
        y0, y1 = height_pt - bottom * scale, height_pt - top * scale
        touched = [r for r in regions if r.page == expected_page and r.overlaps(x0, y0, x1, y1)]
        if touched:
            # the smallest parts first: "the name", not "the record box" around it
            touched.sort(key=lambda r: (r.x1 - r.x0) * (r.y1 - r.y0))
            words += [r.words for r in touched[:2]]
        else:
            near = place(regions, expected_page, (x0 + x1) / 2, (y0 + y1) / 2)
            words += [near] if near else []
    words = list(dict.fromkeys(words))
    where = ", ".join(words[:3]) + (" …" if len(words) > 3 else "")
    return Difference(actual_page, "pixels", where, f"{count} pixels look different at {dpi} dpi")


def _clusters(mask: NDArray[np.bool_], cell: int = 8) -> list[tuple[int, int, int, int]]:
    """Boxes (top, left, bottom, right in pixels) of the groups of differing pixels, largest
    first: the mask is cut into cells and touching cells are joined."""
    rows = -(-mask.shape[0] // cell)
    cols = -(-mask.shape[1] // cell)
    padded = np.zeros((rows * cell, cols * cell), dtype=bool)
    padded[: mask.shape[0], : mask.shape[1]] = mask
    grid: NDArray[np.bool_] = np.asarray(padded.reshape(rows, cell, cols, cell).any(axis=(1, 3)))
    seen = np.zeros_like(grid)
    boxes: list[tuple[int, int, int, int, int]] = []
    for r0, c0 in zip(*np.nonzero(grid), strict=True):
        if seen[r0, c0]:
            continue
        stack = [(int(r0), int(c0))]
        seen[r0, c0] = True
        top, left, bottom, right, size = int(r0), int(c0), int(r0), int(c0), 0
        while stack:
            r, c = stack.pop()
            size += 1
            top, left, bottom, right = min(top, r), min(left, c), max(bottom, r), max(right, c)
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr, nc] and not seen[nr, nc]:
                    seen[nr, nc] = True
                    stack.append((nr, nc))
        boxes.append((size, top * cell, left * cell, (bottom + 1) * cell, (right + 1) * cell))
    boxes.sort(reverse=True)
    return [(t, lft, b, rgt) for _, t, lft, b, rgt in boxes]
