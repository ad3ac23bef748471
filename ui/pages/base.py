"""What every desk page shares: re-translation on language change, big buttons, Enter/Esc."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from desktop_app.domain.desk_flow import DeskSnapshot


class Page(QWidget):
    """A page renders the snapshot; Enter runs ``primary`` and Esc ``cancel`` when set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot = DeskSnapshot()
        self.primary: Callable[[], None] | None = None
        self.escape: Callable[[], None] | None = None
        self.attendant_only: list[QWidget] = []  # hidden on the attendee's own screen
        self.attendee_mode = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_snapshot(self, snapshot: DeskSnapshot) -> None:
        self.snapshot = snapshot
        self.refresh()
        if self.attendee_mode:
            for widget in self.attendant_only:
                widget.hide()

    def set_attendee_mode(self, on: bool) -> None:
        """The attendee's screen shows what they read and press, not the attendant's tools."""
        self.attendee_mode = on
        for widget in self.attendant_only:
            widget.setVisible(not on)

    def refresh(self) -> None:
        """Fill the texts from ``self.snapshot`` (called again on a language change)."""

    def retranslate(self) -> None:
        """Set the fixed texts."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.primary is not None:
            self.primary()
        elif key == Qt.Key.Key_Escape and self.escape is not None:
            self.escape()
        else:
            super().keyPressEvent(event)


def big_button(role: str, slot: Callable[[], None], parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(parent)
    button.setProperty("role", role)  # primary | secondary | danger: colours in desk.qss
    button.setMinimumHeight(60)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.clicked.connect(slot)
    return button


def label(role: str, *, data: bool = False, wrap: bool = True) -> QLabel:
    """A label styled by ``role``; ``data`` marks text that comes from the store, not tr()."""
    widget = QLabel()
    widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if data:
        widget.setProperty("data", True)
    return widget


def local_time(iso: str) -> str:
    """A record's UTC time as the desk's local clock shows it."""
    try:
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return iso
    return moment.strftime("%H:%M, %d-%m-%Y")
