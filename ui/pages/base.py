"""What every desk page shares: re-translation on language change, big buttons, Enter/Esc,
the result colour, the ceremony's time zone, and the attendee's screen without key hints."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from desktop_app.desk.flow import DeskSnapshot
from ui.ceremony_time import DEFAULT_ZONE, CeremonyZone

# "(Enter)", "(Esc)", "(F4)" at the end of a button: the attendant's keys, not the attendee's.
KEY_HINT = re.compile(r"\s*\((?:Enter|Esc|F\d{1,2})\)\s*$")


class Page(QWidget):
    """A page renders the snapshot; Enter runs ``primary`` and Esc ``cancel`` when set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot = DeskSnapshot()
        self.primary: Callable[[], None] | None = None
        self.escape: Callable[[], None] | None = None
        self.attendant_only: list[QWidget] = []  # hidden on the attendee's own screen
        self.attendee_mode = False
        self.zone: CeremonyZone = DEFAULT_ZONE
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # the result colours

    def show_snapshot(self, snapshot: DeskSnapshot) -> None:
        self.snapshot = snapshot
        self.refresh()
        if self.attendee_mode:
            for widget in self.attendant_only:
                widget.hide()
            self.strip_key_hints()

    def set_attendee_mode(self, on: bool) -> None:
        """The attendee's screen shows what they read and press, not the attendant's tools."""
        self.attendee_mode = on
        for widget in self.attendant_only:
            widget.setVisible(not on)
        if on:
            self.strip_key_hints()

    def strip_key_hints(self) -> None:
        """The attendee presses buttons; "(Enter)" and "(Esc)" are the attendant's keys."""
        for button in self.findChildren(QPushButton):
            text = button.text()
            bare = KEY_HINT.sub("", text)
            if bare != text:
                button.setText(bare)

    def set_zone(self, zone: CeremonyZone) -> None:
        """The ceremony's time zone (ui.ceremony_time): every time on the page is shown in it."""
        if zone != self.zone:
            self.zone = zone
            self.refresh()

    def new_attendee(self) -> None:
        """The next attendee's turn: clear what was typed for the one before."""

    def set_result(self, result: str) -> None:
        """ "ok" | "already" | "not_found" | "": the page's full colour (desk.qss)."""
        if self.property("result") != result:
            self.setProperty("result", result)
            for widget in (self, *self.findChildren(QWidget)):
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def refresh(self) -> None:
        """Fill the texts from ``self.snapshot`` (called again on a language change)."""

    def retranslate(self) -> None:
        """Set the fixed texts."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
            if self.attendee_mode:
                self.strip_key_hints()
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
