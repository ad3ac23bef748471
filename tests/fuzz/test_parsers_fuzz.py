"""Bounded, deterministic fuzzing of every station parser (badge, NIP, pads, scanners, seal,
roster files, sync wire): the same examples on every run, few enough for CI. The long run is
``python -m benchmarks.fuzz --minutes N``; ``PAKTA_FUZZ_SCALE`` multiplies the examples here."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings

from tests.fuzz.targets import TARGETS

SCALE = float(os.environ.get("PAKTA_FUZZ_SCALE", "1"))


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_parser_holds_for_any_input(name: str) -> None:
    target = TARGETS[name]
    run = settings(
        max_examples=max(1, int(target.examples * SCALE)),
        derandomize=True,  # CI sees the same inputs every time: a failure reproduces
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )(given(target.strategy)(target.check))
    run()


def test_the_long_run_reports_counts(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import fuzz

    assert fuzz.main(["--minutes", "0.02", "--only", "base45"]) == 0
    table = capsys.readouterr().out
    assert "base45" in table and "held" in table
    outcome = fuzz.fuzz(TARGETS["NIP"], 0.5)
    assert outcome.examples > 0 and not outcome.failure
