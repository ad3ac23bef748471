"""The documents benchmark runs in quick mode and produces its figures (targets are judged by
the full benchmark run, not by a timed test)."""

from __future__ import annotations

import math

from benchmarks import bench_documents


def test_quick_benchmark_produces_its_figures() -> None:
    figures = bench_documents.run(quick=True)
    names = [f.name for f in figures]
    assert any("receipt PDF build" in n for n in names)
    assert any("attendance list" in n for n in names)
    assert any("receipt verify" in n for n in names)
    assert any("CUPS" in n for n in names)
    for figure in figures:
        assert not math.isnan(figure.ours) and figure.ours > 0, figure
