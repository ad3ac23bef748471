"""SIGKILL in the middle of a signing: after a restart the confirmed record and its receipt
job are there, and nothing of the unconfirmed signature is."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.desk.flow import DeskState
from desktop_app.desk.station import open_station
from desktop_app.printing.queue import list_jobs
from desktop_app.services.attendees import recent_records
from tests.conftest import REPO_ROOT
from tests.ui.conftest import FAST_PAD_HZ, FakeClock, start_desk

CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop
from ui.app import application, build_desk
from desktop_app.desk.station import open_station
from desktop_app.desk.flow import DeskState
from desktop_app.domain.consent import ConsentMethod
app = application()
station = open_station(Path(sys.argv[1]), demo=True, seed=9, pad_rate_hz=700.0)
class Clock:  # the attendee's reading time passes without waiting for it
    offset = 0.0
    def __call__(self):
        return time.monotonic() + self.offset
clock = Clock()
desk = build_desk(station, excepthook=False, print_poll_s=60, clock=clock)
c, rig = desk.desk, station.rig
def until(check):
    end = time.monotonic() + 20
    while not check():
        assert time.monotonic() < end
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
until(lambda: c.pledge is not None and c.ops.workers_started and c.pad_status == "connected")
def sign():
    desk.window.demo.scan("next")
    until(lambda: c.snapshot.state is DeskState.IDENTITY)
    c.confirm_identity(); clock.offset += 5; c.give_consent(ConsentMethod.SCREEN_TOUCH)
    rig.sign()
    until(lambda: c.ink.stroke_count > 0 and rig.pad.wait_idle(0))
    time.sleep(0.2); app.processEvents()
sign()
c.submit_signature(None)
until(lambda: c.snapshot.state is DeskState.DONE)
print("CONFIRMED", c.snapshot.record.record_id, flush=True)
c.cancel()
sign()
print("SIGNING", c.snapshot.identifier, flush=True)
time.sleep(60)
"""


@pytest.mark.posix  # SIGKILL
def test_sigkill_mid_signing_loses_nothing_confirmed(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    folder = tmp_path / "station"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder)], cwd=REPO_ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert child.stdout is not None
    confirmed = child.stdout.readline().split()
    signing = child.stdout.readline().split()
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    assert confirmed[0] == "CONFIRMED" and signing[0] == "SIGNING", (confirmed, signing)

    station = open_station(folder, demo=True, seed=10, pad_rate_hz=FAST_PAD_HZ)
    desk = start_desk(qtbot, station, clock)
    try:
        assert desk.desk.snapshot.state is DeskState.READY
        records = recent_records(station.store)
        assert [r.record_id for r in records] == [confirmed[1]]
        assert signing[1] not in {r.identifier for r in records}
        jobs = list_jobs(station.store)
        assert [j.record_id for j in jobs] == [confirmed[1]]
        qtbot.waitUntil(  # the receipt the crash interrupted is printed after the restart
            lambda: list_jobs(station.store)[0].status == "done", timeout=15000
        )
    finally:
        desk.close()
        station.close()
