"""One benchmark figure: ours beside a baseline measured in the same run, and the target."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    ours: float
    baseline: float | None
    unit: str
    target: str  # human-readable target, e.g. "p99 <= 5 ms"
    met: bool | None  # None when the figure has no pass/fail target
    baseline_name: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        assert self.baseline is not None
        return self.ours / self.baseline


def p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def time_calls_ms(fn: Callable[[], object], n: int) -> list[float]:
    """Wall time of n calls, each in milliseconds."""
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000.0)
    return out
