"""A real desk for each test: demo store in a temporary folder, simulators on real ptys,
the real print and sync workers, real offscreen widgets; the clock can be moved forward."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.desk.flow import DeskState
from desktop_app.desk.station import DeskStation, open_station
from ui.app import Desk, build_desk

FAST_PAD_HZ = 700.0  # a signature's packets in about half a second (native: 133 Hz)
SIZE = (1366, 768)


class FakeClock:
    """Monotonic time that a test can move forward (timeouts without waiting)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def station(tmp_path: Path) -> Iterator[DeskStation]:
    station = open_station(tmp_path / "station", demo=True, seed=11, pad_rate_hz=FAST_PAD_HZ)
    yield station
    station.close()


def start_desk(qtbot: QtBot, station: DeskStation, clock: FakeClock, language: str = "id") -> Desk:
    desk = build_desk(station, print_poll_s=0.2, language=language, clock=clock, excepthook=False)
    qtbot.addWidget(desk.window)
    desk.window.resize(*SIZE)
    desk.window.show()
    qtbot.waitUntil(lambda: desk.desk.pledge is not None, timeout=5000)
    qtbot.waitUntil(lambda: desk.desk.ops.workers_started, timeout=15000)
    qtbot.waitUntil(lambda: desk.window.panel.lights.level_of("pad") == "ok", timeout=5000)
    return desk


@pytest.fixture
def desk(qtbot: QtBot, station: DeskStation, clock: FakeClock) -> Iterator[Desk]:
    running = start_desk(qtbot, station, clock)
    yield running
    running.close()


def wait_state(qtbot: QtBot, desk: Desk, state: DeskState, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: desk.desk.snapshot.state is state, timeout=timeout)


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def scan(qtbot: QtBot, desk: Desk, kind: str = "next") -> None:
    """A badge through the simulated serial scanner (the demo aid's buttons)."""
    demo = desk.window.demo
    assert demo is not None
    button = {"next": demo.scan_next, "signed": demo.scan_signed, "unknown": demo.scan_unknown}
    click(qtbot, button[kind])


def read_pledge(qtbot: QtBot, desk: Desk) -> None:
    """The attendee reads the pledge for the ceremony's minimum time (the injected clock moves
    on; nothing waits) until the countdown on the consent button ends."""
    wait_state(qtbot, desk, DeskState.PLEDGE)
    pledge = desk.desk.snapshot.pledge
    assert pledge is not None
    clock = desk.desk.clock
    assert isinstance(clock, FakeClock)
    clock.advance(pledge.min_read_s)
    qtbot.waitUntil(lambda: desk.desk.snapshot.read_left_s == 0, timeout=3000)


def consent_page(desk: Desk) -> QWidget:
    """The attendee's pledge page: on their own screen when it is open, else the main one."""
    screen = desk.window.attendee_screen
    if screen is not None and screen.isVisible():
        return screen.view.pledge
    return desk.window.view.pledge


def agree(qtbot: QtBot, desk: Desk) -> None:
    """The attendee reads, then presses "I agree" (a mouse click here: the honest method)."""
    read_pledge(qtbot, desk)
    page = consent_page(desk)
    qtbot.waitUntil(lambda: page.agree.isEnabled(), timeout=3000)  # type: ignore[attr-defined]
    click(qtbot, page.agree)  # type: ignore[attr-defined]
    wait_state(qtbot, desk, DeskState.SIGNING)


def sign_on_pad(qtbot: QtBot, desk: Desk) -> None:
    demo = desk.window.demo
    assert demo is not None
    click(qtbot, demo.sign)
    assert desk.station.rig is not None
    qtbot.waitUntil(lambda: desk.desk.ink.stroke_count > 0, timeout=5000)
    qtbot.waitUntil(lambda: desk.station.rig.pad.wait_idle(0), timeout=10000)  # type: ignore[union-attr]
    qtbot.wait(150)  # the last packets cross the pty and the batch reaches the GUI thread


def sign_on_screen(qtbot: QtBot, canvas: QWidget) -> None:
    """A mouse signature: a wave across the canvas, slow enough to pass the quality check."""
    w, h = canvas.width(), canvas.height()
    start = QPoint(w // 5, h // 2)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 40):
        x = w // 5 + i * (3 * w // 5) // 40
        y = h // 2 + (40 if i % 4 < 2 else -40)
        qtbot.mouseMove(canvas, QPoint(x, y))
        qtbot.wait(10)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(4 * w // 5, h // 2))


def when_modal(kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """Run ``act`` on the next modal dialog of ``kind`` once it is open (exec() blocks)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def sign_in_store(qtbot: QtBot, desk: Desk, identifier: str) -> str:
    """A signing committed on the desk's own database worker (as another attendee's would be),
    without driving the screens; returns the record id."""
    from desktop_app.demo.factory import signed_record

    store = desk.station.store
    done: list[str] = []

    def commit() -> str:
        return signed_record(store, None, identifier, operator="tester").record_id

    desk.desk.submit(commit, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    return done[0]


def roster(desk: Desk, n: int) -> list[str]:
    """``n`` identifiers of the demo roster nobody has signed for yet."""
    from desktop_app.services.rehearsal import unsigned_attendees

    return unsigned_attendees(desk.station.store, None, n)


def type_slowly(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """A person typing (a scanner types far faster; the scan filter tells them apart)."""
    for char in text:
        qtbot.keyClick(widget, char)
        qtbot.wait(45)


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key)
    qtbot.wait(120)  # Enter waits in the scan filter until it is clearly a person's key
