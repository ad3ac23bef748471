"""The photographed-QR reference set (images with expected texts) and a decode-rate table."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image


@dataclass(frozen=True, slots=True)
class PhotoCase:
    image: Path
    expected: str  # CRLF normalised to LF


@dataclass(frozen=True, slots=True)
class DecodeScore:
    decoded: int
    total: int
    ms_per_frame: float
    missed: tuple[str, ...]

    @property
    def rate(self) -> float:
        return self.decoded / self.total if self.total else 0.0


def load_cases(root: Path) -> list[PhotoCase]:
    cases = []
    for image in sorted(root.glob("set-*/*.png"), key=lambda p: (p.parent.name, int(p.stem))):
        text = image.with_suffix(".txt")
        if text.exists():
            expected = text.read_text(encoding="utf-8").replace("\r\n", "\n")
            cases.append(PhotoCase(image, expected))
    return cases


def score(cases: list[PhotoCase], decode: Callable[[Image.Image], list[str]]) -> DecodeScore:
    """How many images ``decode`` reads to their expected text, and the time per image."""
    decoded = 0
    missed = []
    elapsed = 0.0
    for case in cases:
        with Image.open(case.image) as image:
            image.load()
            t0 = time.perf_counter()
            texts = decode(image)
            elapsed += time.perf_counter() - t0
        if case.expected in (t.replace("\r\n", "\n") for t in texts):
            decoded += 1
        else:
            missed.append(f"{case.image.parent.name}/{case.image.name}")
    ms = elapsed * 1000 / len(cases) if cases else 0.0
    return DecodeScore(decoded, len(cases), ms, tuple(missed))
