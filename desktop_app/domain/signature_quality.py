"""Is a captured signature plausible? A pure check returning every reason it is not.

Measures are in millimetres and milliseconds, converted with the device's units per mm,
so the same rules hold for a pad, a pen on screen and a mouse.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.domain.signature import Signature


class QualityIssue(StrEnum):
    """Why a signature should be drawn again; ui/ words these for the attendant."""

    EMPTY = "empty"
    DOT = "dot"  # everything within a couple of millimetres: a tap, not a signature
    TOO_SHORT_TIME = "too_short_time"
    TOO_SHORT_LENGTH = "too_short_length"
    TOO_SMALL = "too_small"
    TOO_FEW_SAMPLES = "too_few_samples"


@dataclass(frozen=True, slots=True)
class QualityRules:
    min_duration_ms: int = 300
    min_ink_mm: float = 25.0
    min_extent_mm: float = 12.0  # the larger side of the bounding box
    dot_mm: float = 2.0
    min_samples: int = 15


@dataclass(frozen=True, slots=True)
class QualityMetrics:
    strokes: int
    samples: int
    duration_ms: int
    ink_mm: float
    width_mm: float
    height_mm: float


@dataclass(frozen=True, slots=True)
class QualityReport:
    issues: tuple[QualityIssue, ...]
    metrics: QualityMetrics

    @property
    def ok(self) -> bool:
        return not self.issues


def measure(signature: Signature) -> QualityMetrics:
    per_mm = signature.device.units_per_mm or 1.0
    xs: list[int] = []
    ys: list[int] = []
    times: list[int] = []
    ink = 0.0
    for stroke in signature.strokes:
        prev = None
        for s in stroke.samples:
            xs.append(s.x)
            ys.append(s.y)
            times.append(s.t_ms)
            if prev is not None:
                ink += math.hypot(s.x - prev.x, s.y - prev.y)
            prev = s
    if not xs:
        return QualityMetrics(len(signature.strokes), 0, 0, 0.0, 0.0, 0.0)
    return QualityMetrics(
        strokes=len(signature.strokes),
        samples=len(xs),
        duration_ms=max(times) - min(times),
        ink_mm=ink / per_mm,
        width_mm=(max(xs) - min(xs)) / per_mm,
        height_mm=(max(ys) - min(ys)) / per_mm,
    )


def check_signature(signature: Signature, rules: QualityRules | None = None) -> QualityReport:
    """Every rule the signature breaks (empty tuple: acceptable)."""
    rules = rules or QualityRules()
    m = measure(signature)
    if m.samples == 0:
        return QualityReport((QualityIssue.EMPTY,), m)
    if max(m.width_mm, m.height_mm) <= rules.dot_mm:
        return QualityReport((QualityIssue.DOT,), m)  # the other rules would only repeat it
    issues: list[QualityIssue] = []
    if m.duration_ms < rules.min_duration_ms:
        issues.append(QualityIssue.TOO_SHORT_TIME)
    if m.ink_mm < rules.min_ink_mm:
        issues.append(QualityIssue.TOO_SHORT_LENGTH)
    if max(m.width_mm, m.height_mm) < rules.min_extent_mm:
        issues.append(QualityIssue.TOO_SMALL)
    if m.samples < rules.min_samples:
        issues.append(QualityIssue.TOO_FEW_SAMPLES)
    return QualityReport(tuple(issues), m)
