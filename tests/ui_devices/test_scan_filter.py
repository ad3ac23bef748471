"""The application key filter with a real focused QLineEdit: scans are swallowed, typing is not.

Key times come from an injected clock the test moves (a scanner's 0 ms between keys, a
person's 90 ms), so a busy machine cannot turn typing into a scan or a scan into typing; the
filter's own timer still runs for real, and the tests wait for what it releases.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.scan_filter import ScanKeyFilter

NIP = "199001012015031001"
PERSON_MS = 90  # between a person's keys
SILENCE_MS = 200  # longer than any pause inside a scan


class Clock:
    def __init__(self) -> None:
        self.now_ms = 1_000

    def __call__(self) -> int:
        return self.now_ms

    def advance(self, ms: int) -> None:
        self.now_ms += ms


Desk = tuple[QLineEdit, ScanKeyFilter, list[str], Clock]


@pytest.fixture
def desk(qtbot: QtBot, qapp: QApplication) -> Iterator[Desk]:
    window = QWidget()
    layout = QVBoxLayout(window)
    field = QLineEdit()
    layout.addWidget(field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    field.setFocus()
    clock = Clock()
    key_filter = ScanKeyFilter(clock=clock)
    scans: list[str] = []
    key_filter.scanned.connect(scans.append)
    key_filter.install(qapp)
    yield field, key_filter, scans, clock
    key_filter.uninstall(qapp)


def type_slowly(qtbot: QtBot, field: QLineEdit, clock: Clock, keys: list[str | Qt.Key]) -> None:
    for key in keys:
        clock.advance(PERSON_MS)
        qtbot.keyClick(field, key)


def test_fast_burst_with_enter_is_a_scan_and_never_reaches_the_field(
    desk: Desk, qtbot: QtBot
) -> None:
    field, key_filter, scans, _clock = desk
    entered: list[bool] = []
    field.returnPressed.connect(lambda: entered.append(True))
    qtbot.keyClicks(field, NIP)  # back to back, like a scanner (the clock does not move)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert scans == [NIP]  # the terminator ends the scan there and then
    assert not key_filter.detector.holding
    assert field.text() == "" and entered == []


def test_burst_without_terminator_ends_on_silence(desk: Desk, qtbot: QtBot) -> None:
    field, _, scans, clock = desk
    qtbot.keyClicks(field, "PKT1.ABCDEF")
    assert scans == []  # no terminator yet: the burst is held
    clock.advance(SILENCE_MS)
    qtbot.waitUntil(lambda: scans == ["PKT1.ABCDEF"])
    assert field.text() == ""


def test_slow_typing_reaches_the_field_in_order(desk: Desk, qtbot: QtBot) -> None:
    field, key_filter, scans, clock = desk
    type_slowly(qtbot, field, clock, list("Siti 12"))
    clock.advance(SILENCE_MS)
    qtbot.waitUntil(lambda: not key_filter.detector.holding)
    assert field.text() == "Siti 12" and scans == []


def test_person_enter_still_submits(desk: Desk, qtbot: QtBot) -> None:
    field, key_filter, scans, clock = desk
    entered: list[bool] = []
    field.returnPressed.connect(lambda: entered.append(True))
    type_slowly(qtbot, field, clock, [*"Budi", Qt.Key.Key_Return])
    clock.advance(SILENCE_MS)
    qtbot.waitUntil(lambda: not key_filter.detector.holding)
    assert field.text() == "Budi" and entered == [True] and scans == []


def test_backspace_keeps_order_with_held_keys(desk: Desk, qtbot: QtBot) -> None:
    field, key_filter, scans, clock = desk
    type_slowly(qtbot, field, clock, ["a", "b"])
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # arrives while "b" may still be held
    clock.advance(SILENCE_MS)
    qtbot.waitUntil(lambda: not key_filter.detector.holding)
    assert field.text() == "a" and scans == []


def test_a_short_fast_burst_is_a_person_after_all(desk: Desk, qtbot: QtBot) -> None:
    """Bad input: two fast keys are too few for a badge; they reach the field, not a scan."""
    field, key_filter, scans, clock = desk
    qtbot.keyClicks(field, "ok")
    clock.advance(SILENCE_MS)
    qtbot.waitUntil(lambda: not key_filter.detector.holding)
    assert field.text() == "ok" and scans == []
