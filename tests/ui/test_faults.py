"""Bad input and faults at the desk: it stays responsive, says what happened, and never
commits what the attendee did not confirm nor loses what they did."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop_app.desk.flow import IDLE_TIMEOUT_S, DeskState, Notice
from desktop_app.desk.station import DeskStation, open_station
from desktop_app.printing.queue import list_jobs
from desktop_app.services.attendees import recent_records
from desktop_app.services.badges import issue_badge_payload
from desktop_app.services.rehearsal import unsigned_attendees
from desktop_app.services.station_settings import load_settings, save_settings, with_changes
from tests.ui.conftest import (
    FAST_PAD_HZ,
    FakeClock,
    agree,
    click,
    scan,
    sign_on_pad,
    start_desk,
    wait_state,
)
from ui.app import Desk


def _to_signing(qtbot: QtBot, desk: Desk) -> None:
    scan(qtbot, desk)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    click(qtbot, desk.window.view.identity.yes)
    agree(qtbot, desk)
    wait_state(qtbot, desk, DeskState.SIGNING)


def _badges(desk: Desk, n: int) -> list[tuple[str, str]]:
    store = desk.station.store
    return [(i, issue_badge_payload(store, i)) for i in unsigned_attendees(store, None, n)]


def test_a_scan_during_signing_is_ignored_and_said(qtbot: QtBot, desk: Desk) -> None:
    _to_signing(qtbot, desk)
    who = desk.desk.snapshot.identifier
    scan(qtbot, desk)
    qtbot.waitUntil(lambda: desk.desk.snapshot.notice is Notice.SCAN_IGNORED_BUSY, timeout=3000)
    assert desk.desk.snapshot.state is DeskState.SIGNING
    assert desk.desk.snapshot.identifier == who
    assert "diabaikan" in desk.window.view.signing.notice.text()


def test_two_quick_scans_keep_the_first_attendee(qtbot: QtBot, desk: Desk) -> None:
    (first, badge1), (_second, badge2) = _badges(desk, 2)
    rig = desk.station.rig
    assert rig is not None
    assert rig.scan(badge1) and rig.scan(badge2)  # back to back on the serial line
    wait_state(qtbot, desk, DeskState.IDENTITY)
    qtbot.wait(300)
    assert desk.desk.snapshot.state is DeskState.IDENTITY
    assert desk.desk.snapshot.identifier == first


def test_pad_unplugged_mid_signature_asks_for_a_redo(qtbot: QtBot, desk: Desk) -> None:
    view = desk.window.view
    _to_signing(qtbot, desk)
    rig = desk.station.rig
    assert rig is not None
    sign_on_pad(qtbot, desk)
    click(qtbot, desk.window.demo.unplug)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: desk.desk.snapshot.notice is Notice.PAD_LOST, timeout=5000)
    assert desk.window.panel.lights.level_of("pad") == "error"
    assert view.signing.notice.isVisible()

    click(qtbot, view.signing.confirm)  # a cut-off signature is not accepted
    qtbot.waitUntil(lambda: desk.desk.snapshot.notice is Notice.SIGNATURE_REJECTED)
    assert desk.desk.snapshot.state is DeskState.SIGNING
    assert recent_records(desk.station.store) == []

    click(qtbot, desk.window.demo.unplug)  # type: ignore[union-attr]  # plug back in
    qtbot.waitUntil(lambda: desk.window.panel.lights.level_of("pad") == "ok", timeout=8000)
    click(qtbot, view.signing.redo)
    assert view.signing.pad_ink.signature is None
    sign_on_pad(qtbot, desk)
    click(qtbot, view.signing.confirm)
    wait_state(qtbot, desk, DeskState.DONE)
    assert len(recent_records(desk.station.store)) == 1


def test_unfinished_signing_times_out_and_discards_the_ink(
    qtbot: QtBot, desk: Desk, clock: FakeClock
) -> None:
    _to_signing(qtbot, desk)
    sign_on_pad(qtbot, desk)
    clock.advance(IDLE_TIMEOUT_S + 1)
    wait_state(qtbot, desk, DeskState.READY)
    assert desk.desk.snapshot.notice is Notice.TIMED_OUT
    assert desk.window.view.ready.notice.isVisible()
    assert desk.desk.ink.stroke_count == 0
    assert desk.window.view.signing.pad_ink.signature is None
    assert recent_records(desk.station.store) == []


def test_a_failing_printer_keeps_the_job_and_the_desk_goes_on(
    qtbot: QtBot, station: DeskStation, clock: FakeClock, tmp_path: Path
) -> None:
    store = station.store
    gone = tmp_path / "unplugged-drive" / "receipts"  # its parent is missing: cannot print
    save_settings(store, with_changes(load_settings(store), printer=f"folder:{gone}"))
    desk = start_desk(qtbot, station, clock)
    try:
        _to_signing(qtbot, desk)
        sign_on_pad(qtbot, desk)
        click(qtbot, desk.window.view.signing.confirm)
        wait_state(qtbot, desk, DeskState.DONE)
        assert len(recent_records(store)) == 1
        lights = desk.window.panel.lights
        qtbot.waitUntil(lambda: lights.level_of("printer") == "warn", timeout=5000)
        assert "antrean" in lights.state_of("printer")
        qtbot.waitUntil(lambda: list_jobs(store)[0].last_error != "", timeout=5000)
        assert [j.status for j in list_jobs(store)] == ["pending"]
        gone.parent.mkdir()  # the drive is back: the queued receipt prints by itself
        desk.desk.ops.print_worker.wake()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: list(gone.glob("*.pdf")) != [], timeout=15000)
    finally:
        desk.close()


def test_a_briefly_busy_database_delays_the_commit_not_the_desk(qtbot: QtBot, desk: Desk) -> None:
    _to_signing(qtbot, desk)
    sign_on_pad(qtbot, desk)
    locked, release = threading.Event(), threading.Event()

    def hold_lock() -> None:  # another process writing: the station database is locked
        conn = sqlite3.connect(desk.station.store.paths.db, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        locked.set()
        release.wait(60)  # until the test has seen the desk stay alive meanwhile
        conn.execute("ROLLBACK")
        conn.close()

    holder = threading.Thread(target=hold_lock)
    holder.start()
    assert locked.wait(30)
    try:
        click(qtbot, desk.window.view.signing.confirm)
        wait_state(qtbot, desk, DeskState.COMMITTING)
        # The GUI keeps turning while the commit waits for the lock: timers fire, repeatedly.
        beat = QTimer()
        beat.setInterval(20)
        beats: list[DeskState] = []
        beat.timeout.connect(lambda: beats.append(desk.desk.snapshot.state))
        beat.start()
        qtbot.waitUntil(lambda: len(beats) >= 5)
        beat.stop()
        assert set(beats) == {DeskState.COMMITTING}  # still waiting for the lock: not lost
        assert desk.window.view.currentWidget() is desk.window.view.busy
        assert recent_records(desk.station.store) == []
    finally:
        release.set()
    wait_state(qtbot, desk, DeskState.DONE, timeout=30000)
    holder.join()
    assert len(recent_records(desk.station.store)) == 1


def test_crash_mid_signing_commits_nothing_and_keeps_the_confirmed(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    folder = tmp_path / "station"
    station = open_station(folder, demo=True, seed=5, pad_rate_hz=FAST_PAD_HZ)
    desk = start_desk(qtbot, station, clock)
    _to_signing(qtbot, desk)
    sign_on_pad(qtbot, desk)
    click(qtbot, desk.window.view.signing.confirm)
    wait_state(qtbot, desk, DeskState.DONE)
    confirmed = desk.desk.snapshot.record.record_id
    _to_signing(qtbot, desk)  # the next attendee is signing when the laptop dies
    sign_on_pad(qtbot, desk)
    unconfirmed = desk.desk.snapshot.identifier
    desk.close()
    station.close()

    again = open_station(folder, demo=True, seed=6, pad_rate_hz=FAST_PAD_HZ)
    restarted = start_desk(qtbot, again, clock)
    try:
        assert restarted.desk.snapshot.state is DeskState.READY
        records = recent_records(again.store)
        assert [r.record_id for r in records] == [confirmed]
        assert unconfirmed not in {r.identifier for r in records}
    finally:
        restarted.close()
        again.close()
