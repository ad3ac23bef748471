"""The CLI as a person or script uses it: simulator in one process, `pakta devices` in another,
over a pseudo-terminal (POSIX) and over socket:// (any OS)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.devices.pads.events import PenEvent
from desktop_app.devices.simulators.pad_simulator import PadSimulator
from desktop_app.devices.simulators.transport import Transport
from tests.conftest import REPO_ROOT

PAKTA = [sys.executable, "-m", "desktop_app.cli.main"]
WAIT_S = 60


def run(*args: str, timeout: float = WAIT_S) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PAKTA, *args], capture_output=True, text=True, timeout=timeout, cwd=REPO_ROOT
    )


def start(*args: str, stdin: bool = False) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*PAKTA, *args],
        stdin=subprocess.PIPE if stdin else None,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
    )


def simulator_args(transport: Transport, link: str | None) -> list[str]:
    return ["--transport", transport, *(["--port", link] if link else [])]


@pytest.fixture
def simulated_pad(transport: Transport, link: str | None) -> Iterator[str]:
    proc = start("--json", "simulate", "pad", "--rate", "266", *simulator_args(transport, link))
    try:
        assert proc.stdout is not None
        announced = json.loads(proc.stdout.readline())
        if link:
            assert announced == {"port": link}
        else:
            assert announced["port"].startswith("socket://127.0.0.1:")
        yield announced["port"]
    finally:
        proc.terminate()
        proc.wait(WAIT_S)
    if link:
        assert not Path(link).exists()  # the simulator cleans its link up on SIGTERM


def test_test_pad_prints_json_lines(simulated_pad: str) -> None:
    done = run("--json", "devices", "test-pad", simulated_pad, "--seconds", "3.5")
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert events, done.stderr
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


def _wait_connected(proc: subprocess.Popen[str]) -> None:
    """test-pad says on stderr when the pad answered its hand-shake."""
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("[connected]"):
            return
    raise AssertionError("test-pad ended before the pad answered")


def _read_events_until(proc: subprocess.Popen[str], wanted: str) -> list[dict[str, object]]:
    """JSON lines from test-pad until one is the event ``wanted`` (or the stream ends)."""
    assert proc.stdout is not None
    events: list[dict[str, object]] = []
    for line in proc.stdout:
        events.append(json.loads(line))
        if events[-1].get("event") == wanted:
            break
    return events


def test_a_pad_that_vanishes_is_a_lost_event_and_exit_3(
    transport: Transport, link: str | None
) -> None:
    sim = PadSimulator("isdv4", link=link, transport=transport).start()
    try:
        proc = start("--json", "devices", "test-pad", sim.port)  # no --seconds: the bound ends it
        _wait_connected(proc)
        sim.draw([PenEvent(100 + i, 200, 300, tip=True) for i in range(20)])
        assert proc.stdout is not None
        first = json.loads(proc.stdout.readline())  # a pen event: the pad is live
        assert set(first) >= {"x", "y", "pressure", "tip", "t_ms"}
        sim.unplug()  # and it does not come back
        out, err = proc.communicate(timeout=WAIT_S)
    finally:
        sim.stop()
    events = [json.loads(line) for line in out.splitlines()]
    lost = [e for e in events if e.get("event") == "lost"]
    assert len(lost) == 1 and lost[0]["port"] == sim.port and isinstance(lost[0]["t_ms"], int)
    assert events[-1] == lost[0]  # nothing after it: no pen events from a pad that is gone
    assert proc.returncode == 3
    assert "did not come back" in err and "Traceback" not in err


@pytest.mark.posix  # ends test-pad with Ctrl+C (SIGINT), as a person does
def test_a_pad_that_comes_back_is_a_back_event(transport: Transport, link: str | None) -> None:
    sim = PadSimulator("isdv4", link=link, transport=transport).start()
    try:
        proc = start("--json", "devices", "test-pad", sim.port)
        _wait_connected(proc)
        sim.draw([PenEvent(100, 200, 300, tip=True)])
        assert proc.stdout is not None
        json.loads(proc.stdout.readline())
        sim.unplug()
        assert _read_events_until(proc, "lost")[-1]["event"] == "lost"
        sim.replug()
        assert _read_events_until(proc, "back")[-1]["event"] == "back"
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=WAIT_S)
    finally:
        sim.stop()
    assert proc.returncode == 0, err  # the pad is back: the test ended well


@pytest.mark.parametrize("where", ["path", "socket"])
def test_test_pad_on_a_missing_port_exits_3(tmp_path: Path, where: str) -> None:
    port = str(tmp_path / "ttyNONE") if where == "path" else "socket://127.0.0.1:1"
    done = run("devices", "test-pad", port, "--seconds", "1")
    assert done.returncode == 3
    assert "cannot open" in done.stderr and "Traceback" not in done.stderr


def test_simulated_scanner_codes_from_stdin(transport: Transport, link: str | None) -> None:
    from desktop_app.devices.scanners.connection import ScannerConnection
    from desktop_app.devices.scanners.lines import SerialScan
    from desktop_app.devices.serial_link import LinkStatus
    from tests.devices.conftest import drain

    proc = start("--json", "simulate", "scanner", *simulator_args(transport, link), stdin=True)
    try:
        assert proc.stdin is not None and proc.stdout is not None
        port = json.loads(proc.stdout.readline())["port"]
        conn = ScannerConnection(port)
        got: list[object] = []
        with conn:
            assert conn.wait_for(LinkStatus.CONNECTED, timeout=WAIT_S)
            deadline = time.monotonic() + WAIT_S
            # A code typed before the line is fully open may be flushed by that open, as with
            # a real scanner: send again until one arrives (an event, not a fixed pause).
            while not any(isinstance(g, SerialScan) for g in got) and time.monotonic() < deadline:
                proc.stdin.write("199001012015031001\n")
                proc.stdin.flush()
                got += drain(conn.updates, lambda u: any(isinstance(x, SerialScan) for x in u), 1)
    finally:
        proc.terminate()
        proc.wait(WAIT_S)
    assert {g.text for g in got if isinstance(g, SerialScan)} == {"199001012015031001"}
