"""GUI responsiveness while the desk commits, prints and renders: the gaps between beats of a
5 ms timer on the GUI thread (tests/ui/test_responsive.py checks the behaviour; the figure and
its target live here). Baseline: the same timer on the same idle desk, in the same run.
"""

from __future__ import annotations

import itertools
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.bench_desk import _spin_until
from benchmarks.figures import Figure, p99

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
MAX_STALL_MS = 50.0
HUMAN_S = 0.15  # between a person's actions, as in tests/ui/test_responsive.py


def _gaps(beats: list[float]) -> list[float]:
    return [(b - a) * 1000 for a, b in itertools.pairwise(beats)]


def stalls(quick: bool, folder: Path) -> list[Figure]:
    from PySide6.QtCore import QTimer

    from desktop_app.desk.station import open_station
    from desktop_app.services.badges import issue_badge_payload
    from desktop_app.services.rehearsal import unsigned_attendees
    from ui.app import application, build_desk

    app = application()
    station = open_station(folder, demo=True, seed=2)
    read_offset = [0.0]  # the attendee's reading time, skipped: the desk's clock moves on

    def clock() -> float:
        return time.monotonic() + read_offset[0]

    desk = build_desk(station, sync=False, excepthook=False, clock=clock)
    window, view, controller = desk.window, desk.window.view, desk.desk
    window.resize(1366, 768)
    window.show()
    rig = station.rig
    assert rig is not None
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    attendees = 3 if quick else 20

    def seen() -> str:
        snap = controller.snapshot
        return (
            f"state={snap.state.value} notice={snap.notice.value} pad_ok={snap.pad_ok} "
            f"read_left_s={snap.read_left_s} page={type(view.currentWidget()).__name__} "
            f"strokes={controller.ink.stroke_count} pad_status={controller.pad_status}"
        )

    def until(done: Callable[[], bool], timeout_s: float = 60.0) -> None:
        _spin_until(app, done, timeout_s, seen)

    try:
        until(lambda: controller.pledge is not None)
        until(lambda: controller.ops.workers_started, 120)
        store = station.store
        badges = [issue_badge_payload(store, p) for p in unsigned_attendees(store, None, attendees)]
        printed = store.paths.printed

        def pause(seconds: float) -> None:  # a person reads, moves the pen, reaches the mouse
            end = time.perf_counter() + seconds
            until(lambda: time.perf_counter() >= end)

        heartbeat.start()
        t0 = time.perf_counter()
        for badge in badges:
            rig.scan(badge)  # bytes on the scanner's line, as the device sends them
            until(lambda: view.currentWidget() is view.identity)
            pause(HUMAN_S)
            view.identity.yes.click()
            # the pledge is on screen before the reading starts: a tick earlier than the
            # minimum reading time is refused (CONSENT_TOO_EARLY), as it should be
            until(lambda: view.currentWidget() is view.pledge)
            pause(HUMAN_S)
            pledge = controller.snapshot.pledge
            assert pledge is not None
            read_offset[0] += pledge.min_read_s
            until(lambda: controller.snapshot.read_left_s == 0)
            rig.tick_consent()  # the attendee's tick in the pad's consent box
            until(lambda: view.currentWidget() is view.signing)
            rig.sign()  # the pad draws at its native rate over its line
            until(lambda: controller.ink.stroke_count > 0)
            until(lambda: rig.pad.wait_idle(0), 120)
            pause(HUMAN_S)
            view.signing.confirm.click()
            until(lambda: view.currentWidget() is view.done)
            pause(HUMAN_S)
            controller.cancel()
        until(lambda: len(list(printed.glob("*.pdf"))) >= attendees, 120)
        busy_s = time.perf_counter() - t0
        busy = _gaps(beats)

        beats.clear()  # the same desk, idle, for as long
        until(lambda: time.perf_counter() - t0 > 2 * busy_s, 4 * busy_s + 10)
        idle = _gaps(beats)
    finally:
        heartbeat.stop()
        desk.close()
        station.close()
    return [
        Figure(
            f"GUI stall while {attendees} commit and print, worst gap", max(busy), max(idle),
            "ms", f"<= {MAX_STALL_MS:.0f} ms", max(busy) <= MAX_STALL_MS, "idle desk, worst gap",
        ),
        Figure(
            "GUI timer gap while committing and printing, p99", p99(busy), p99(idle), "ms",
            "p99 <= 20 ms", p99(busy) <= 20, "idle desk, p99",
        ),
    ]  # fmt: skip


def run(quick: bool) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="pakta-bench-responsive-") as tmp:
        return stalls(quick, Path(tmp) / "desk")
