"""The benchmarks' small variants run in the suite, so the benchmark code never rots."""

from __future__ import annotations

import math

import pytest

from benchmarks.__main__ import collect, format_table


@pytest.mark.parametrize(
    "module",
    [
        "bench_core",
        "bench_desk",
        "bench_cli",
        "bench_links",
        "bench_responsive",
        "bench_big_report",
        "bench_venue",
        "bench_pades",
        "bench_campaign",  # on PostgreSQL (PAKTA_TEST_PG_URL, or scripts/setup-postgres.sh)
    ],
)
def test_quick_benchmarks_produce_figures(module: str) -> None:
    figures = collect(quick=True, only=module)
    assert figures, "no figures"
    for figure in figures:
        assert "FAILED" not in figure.name
        assert math.isfinite(figure.ours) and figure.ours > 0
        assert figure.baseline is not None and figure.baseline > 0
    table = format_table(figures)
    assert all(f.name in table for f in figures)
