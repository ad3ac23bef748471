"""The application key filter with a real focused QLineEdit: scans are swallowed, typing is not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.scan_filter import ScanKeyFilter

NIP = "199001012015031001"


@pytest.fixture
def desk(qtbot: QtBot, qapp: QApplication) -> Iterator[tuple[QLineEdit, ScanKeyFilter, list[str]]]:
    window = QWidget()
    layout = QVBoxLayout(window)
    field = QLineEdit()
    layout.addWidget(field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    field.setFocus()
    key_filter = ScanKeyFilter()
    scans: list[str] = []
    key_filter.scanned.connect(scans.append)
    key_filter.install(qapp)
    yield field, key_filter, scans
    key_filter.uninstall(qapp)


def test_fast_burst_with_enter_is_a_scan_and_never_reaches_the_field(desk, qtbot: QtBot) -> None:
    field, _, scans = desk
    entered: list[bool] = []
    field.returnPressed.connect(lambda: entered.append(True))
    qtbot.keyClicks(field, NIP)  # back to back, like a scanner
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.wait(150)
    assert scans == [NIP]
    assert field.text() == "" and entered == []


def test_burst_without_terminator_ends_on_silence(desk, qtbot: QtBot) -> None:
    field, _, scans = desk
    qtbot.keyClicks(field, "PKT1.ABCDEF")
    qtbot.waitUntil(lambda: scans == ["PKT1.ABCDEF"], timeout=1000)
    assert field.text() == ""


def test_slow_typing_reaches_the_field_in_order(desk, qtbot: QtBot) -> None:
    field, _, scans = desk
    for char in "Siti 12":
        qtbot.keyClick(field, char, delay=90)
    qtbot.wait(150)
    assert field.text() == "Siti 12" and scans == []


def test_person_enter_still_submits(desk, qtbot: QtBot) -> None:
    field, _, scans = desk
    entered: list[bool] = []
    field.returnPressed.connect(lambda: entered.append(True))
    for char in "Budi":
        qtbot.keyClick(field, char, delay=90)
    qtbot.keyClick(field, Qt.Key.Key_Return, delay=90)
    qtbot.wait(150)
    assert field.text() == "Budi" and entered == [True] and scans == []


def test_backspace_keeps_order_with_held_keys(desk, qtbot: QtBot) -> None:
    field, _, scans = desk
    qtbot.keyClick(field, "a", delay=90)
    qtbot.keyClick(field, "b", delay=90)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # arrives while "b" may still be held
    qtbot.wait(150)
    assert field.text() == "a" and scans == []
