"""The documents benchmark runs in quick mode and meets its targets."""

from __future__ import annotations

import math

from benchmarks import bench_documents


def test_quick_benchmark_meets_targets() -> None:
    figures = bench_documents.run(quick=True)
    names = [f.name for f in figures]
    assert any("receipt PDF build" in n for n in names)
    assert any("attendance list" in n for n in names)
    assert any("CUPS" in n for n in names)
    for figure in figures:
        assert figure.met is not False, figure
        if figure.met is not None:
            assert not math.isnan(figure.ours)
