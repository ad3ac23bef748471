"""The venue day in small: real desk processes, hub and central, with every fault of the day
(the hub killed, a desk SIGKILLed mid-signing and restarted, a printer out of paper, central
away for the first half), checked by the rehearsal's own accounting."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT


@pytest.mark.slow
def test_a_small_venue_day_loses_nothing_and_stores_everything_once(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app.cli.main",
            "--data-dir",
            str(tmp_path),
            "rehearse",
            "--venue-day",
            "--attendees",
            "36",
            "--desks",
            "3",
            "--double-sign",
            "4",
            "--processes",
            "--speed",
            "20",
            "--json",
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=540,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    assert report["signed_unique"] == 36 and report["lost"] == 0 and report["not_served"] == 0
    assert report["exactly_once"] and report["on_central"] == report["records_local"]
    assert report["double_attempts"] == 4
    assert report["refused_at_desk"] + report["signed_twice_in_partition"] == 4
    assert report["flagged_central"] >= report["signed_twice_in_partition"]
    assert report["receipts_printed"] == report["records_local"]
    faults = {f["fault"] for f in report["faults"]}
    assert faults == {
        "hub killed",
        "desk SIGKILLed and restarted",
        "printer out of paper",
        "central unreachable",
    }
    assert report["cross_desk_samples"] > 0
