"""The CLI as a person or script uses it: simulator in one process, `pakta devices` in another."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

PAKTA = [sys.executable, "-m", "desktop_app.cli.main"]


def run(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PAKTA, *args], capture_output=True, text=True, timeout=timeout, cwd=REPO_ROOT
    )


@pytest.fixture
def simulated_pad(tmp_path: Path) -> Iterator[str]:
    link = str(tmp_path / "ttySIMPAD")
    proc = subprocess.Popen(
        [*PAKTA, "--json", "simulate", "pad", "--port", link, "--rate", "266"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
    )
    try:
        assert proc.stdout is not None
        announced = json.loads(proc.stdout.readline())
        assert announced == {"port": link}
        yield link
    finally:
        proc.terminate()
        proc.wait(5)
    assert not Path(link).exists()  # the simulator cleans its link up on SIGTERM


def test_test_pad_prints_json_lines(simulated_pad: str) -> None:
    done = run("--json", "devices", "test-pad", simulated_pad, "--seconds", "3.5")
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(events) > 50
    assert set(events[0]) >= {"x", "y", "pressure", "tip", "t_ms"}
    assert any(e["tip"] and e["pressure"] > 0 for e in events)
    assert "connected" in done.stderr


def test_devices_lists_the_probed_pad(simulated_pad: str) -> None:
    done = run("--json", "devices", "--probe-port", simulated_pad)
    assert done.returncode == 0, done.stderr
    inv = json.loads(done.stdout)
    assert set(inv) >= {"ports", "pads", "scanners", "cameras", "printers"}
    assert [p["port"] for p in inv["pads"]] == [simulated_pad]
    assert inv["pads"][0]["protocol"] == "isdv4"


def test_test_pad_on_a_missing_port_exits_3(tmp_path: Path) -> None:
    done = run("devices", "test-pad", str(tmp_path / "ttyNONE"), "--seconds", "1")
    assert done.returncode == 3
    assert "cannot open" in done.stderr and "Traceback" not in done.stderr


def test_simulated_scanner_codes_from_stdin(tmp_path: Path) -> None:
    from desktop_app.devices.scanners.connection import ScannerConnection
    from desktop_app.devices.scanners.lines import SerialScan
    from desktop_app.devices.serial_link import LinkStatus
    from tests.devices.conftest import drain

    link = str(tmp_path / "ttySCAN")
    proc = subprocess.Popen(
        [*PAKTA, "--json", "simulate", "scanner", "--port", link],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
    )
    try:
        assert proc.stdin is not None and proc.stdout is not None
        assert json.loads(proc.stdout.readline()) == {"port": link}
        conn = ScannerConnection(link)
        with conn:
            assert conn.wait_for(LinkStatus.CONNECTED, timeout=3)
            time.sleep(0.1)
            proc.stdin.write("199001012015031001\n")
            proc.stdin.flush()
            got = drain(conn.updates, lambda u: any(isinstance(x, SerialScan) for x in u), 5)
    finally:
        proc.terminate()
        proc.wait(5)
    assert [g.text for g in got if isinstance(g, SerialScan)] == ["199001012015031001"]
