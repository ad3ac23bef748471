"""The sync benchmark's small variant runs in the suite, so its code never rots."""

from __future__ import annotations

import math

from benchmarks.__main__ import collect, format_table


def test_quick_sync_benchmark_produces_figures() -> None:
    figures = collect(quick=True, only="bench_sync")
    assert len(figures) == 3
    for figure in figures:
        assert "FAILED" not in figure.name
        assert math.isfinite(figure.ours) and figure.ours > 0
    push, _, held = figures
    assert push.baseline is not None and push.baseline > 0
    assert held.ours == held.baseline, "every record of the crowd is held"
    assert all(f.name in format_table(figures) for f in figures)
