"""The attendee view on its own window: full screen on a second monitor when one is attached."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.desk.controller import DeskController
from ui.attendee_view import AttendeeView
from ui.relay import Relay


class AttendeeScreen(QWidget):
    """A second view of the same desk flow: both render every snapshot."""

    def __init__(self, desk: DeskController, relay: Relay) -> None:
        super().__init__(None)
        self.setObjectName("attendeeScreen")
        self.view = AttendeeView(desk, relay, self, attendee_mode=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # a result's colour fills the whole screen
        layout.addWidget(self.view)
        self.retranslate()

    def show_on_best_screen(self, main: QWidget) -> None:
        screens = QGuiApplication.screens()
        here = main.screen()
        other = next((s for s in screens if s is not here), None)
        target = other or here
        self.setScreen(target)
        self.setGeometry(target.geometry())
        if other is not None:
            self.showFullScreen()
        else:
            self.showMaximized()  # one monitor: a separate window the attendant can move

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pakta Station — attendee screen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
