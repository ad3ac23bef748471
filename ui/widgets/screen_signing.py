"""The attendant's on-screen signing choice, offered only while no pad works.

Without a working pad an attendee does not reach the signing page; this button is the
attendant's deliberate way past that (the desk records the choice in its audit log). It is
an attendant tool: never shown on the attendee's own screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton, QWidget

from desktop_app.desk.controller import DeskController
from desktop_app.desk.flow import DeskSnapshot


class ScreenSigningButton(QPushButton):
    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screenSigning")
        self.setProperty("role", "secondary")
        self.setMinimumHeight(48)
        self.clicked.connect(desk.choose_screen_signing)
        self.retranslate()

    def show_for(self, snapshot: DeskSnapshot, attendee_mode: bool) -> None:
        needed = not snapshot.pad_ok and not snapshot.screen_signing
        self.setVisible(needed and not attendee_mode)

    def retranslate(self) -> None:
        self.setText(self.tr("The pad is not working: sign on the screen instead"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
