"""The device benchmarks run in quick mode and produce their figures."""

from __future__ import annotations

import math

from benchmarks import bench_devices


def test_quick_run_produces_figures() -> None:
    figures = bench_devices.run(quick=True)
    names = [f.name for f in figures]
    assert any("parser throughput" in n for n in names)
    assert any("latency" in n for n in names)
    assert any("lost packets" in n for n in names)
    for f in figures:
        assert not math.isnan(f.ours), f
