"""`pakta rehearse` through the whole chain: signing, receipts printed by the real queue and
verified, records pushed to a real server process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT
from tests.server.helpers import running_server, sqlite_url


def pakta(*args: str) -> tuple[int, Any, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli.main", "--json", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    payload = json.loads(proc.stdout) if proc.stdout.strip() else None
    return proc.returncode, payload, proc.stderr


def test_rehearsal_prints_receipts_that_verify(tmp_path: Path) -> None:
    station, printed = tmp_path / "station", tmp_path / "printed"
    code, result, err = pakta(
        "--data-dir", str(station), "rehearse", "--attendees", "6", "--print-to", str(printed)
    )
    assert code == 0, err
    assert (result["signed"], result["receipts"], result["lost"]) == (6, 6, 0)
    receipts = sorted(printed.glob("*.pdf"))
    assert len(receipts) == 6
    for receipt in receipts[:2]:
        code, verdict, err = pakta("--data-dir", str(station), "verify", str(receipt))
        assert code == 0 and verdict["valid"], err


def test_rehearsal_refuses_a_server_before_enrolment(tmp_path: Path) -> None:
    code, _, err = pakta(
        "--data-dir",
        str(tmp_path / "s"),
        "rehearse",
        "--attendees",
        "1",
        "--server",
        "http://127.0.0.1:9",
    )
    assert code == 2 and "not enrolled" in err


@pytest.mark.slow
def test_rehearsal_syncs_every_record_to_the_server(tmp_path: Path) -> None:
    db = sqlite_url(tmp_path)
    code, added, err = pakta("server", "--db", db, "station", "add", "Meja Gladi")
    assert code == 0, err
    station = tmp_path / "station"
    with running_server(db, tmp_path / "server.log", workers=1) as server:
        code, _, err = pakta(
            "--data-dir", str(station), "station", "enroll", server.url, added["code"]
        )
        assert code == 0, err
        code, result, err = pakta(
            "--data-dir",
            str(station),
            "rehearse",
            "--attendees",
            "7",
            "--desks",
            "2",
            "--server",
            server.url,
        )
        assert code == 0, err
        assert (result["signed"], result["synced"], result["lost"]) == (7, 7, 0)
        assert result["problems"] == []
    code, report, err = pakta("server", "--db", db, "report")
    assert code == 0, err
    (ceremony,) = report["ceremonies"]
    assert (ceremony["signed"], ceremony["records"], ceremony["duplicates"]) == (7, 7, 0)
