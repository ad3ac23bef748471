"""The attendant's panel beside the attendee view: counter, lights, records, progress, actions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.desk.controller import DeskController
from desktop_app.desk.events import OperatorMessage
from desktop_app.services.station_settings import StationSettings
from ui.operator.counter_view import CounterView
from ui.operator.guarded import GuardedActions
from ui.operator.progress_view import ProgressView
from ui.operator.recent_view import RecentView
from ui.operator.status_lights import StatusLights
from ui.relay import Relay
from ui.texts import message_text

MESSAGE_S = 8


class OperatorPanel(QWidget):
    def __init__(
        self,
        desk: DeskController,
        relay: Relay,
        guarded: GuardedActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("operatorPanel")
        self.desk = desk
        self.guarded = guarded
        self.station = QLabel()
        self.station.setProperty("role", "station")
        self.station.setProperty("data", True)
        self.counter = CounterView(relay)
        self.lights = StatusLights(relay)
        self.progress = ProgressView(relay)
        self.recent = RecentView(relay, guarded.reprint, guarded.void)
        self.search = self._button("opSearch")
        self.walk_in = self._button("opWalkIn")
        self.settings_button = self._button("opSettings")
        self.screen_button = self._button("opScreen")
        self.close_button = self._button("opCloseCeremony")
        self.close_button.setProperty("role", "danger")
        self.venue_button = self._button("opVenue")  # its menu: ui/operator/venue_menu.py
        self.mute = QCheckBox()
        self.mute.setObjectName("opMute")
        self.walk_in.clicked.connect(desk.start_walk_in)
        self.message = QLabel()
        self.message.setObjectName("operatorMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "message")
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message.hide)
        self._last_message: OperatorMessage | None = None
        actions = QGridLayout()
        actions.addWidget(self.search, 0, 0)
        actions.addWidget(self.walk_in, 0, 1)
        actions.addWidget(self.settings_button, 1, 0)
        actions.addWidget(self.screen_button, 1, 1)
        actions.addWidget(self.venue_button, 2, 0)
        actions.addWidget(self.close_button, 2, 1)
        actions.addWidget(self.mute, 3, 0, 1, 2)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(8, 8, 8, 8)
        self.box.setSpacing(6)
        self.box.addWidget(self.station)
        self.box.addWidget(self.counter)  # always in sight, never behind a tab
        self.box.addWidget(self.lights)
        # Tabs: at 1366×768 the panel cannot show both tables at a useful height.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("operatorTabs")
        self.tabs.addTab(self.recent, "")
        self.tabs.addTab(self.progress, "")
        self.box.addWidget(self.tabs, 1)
        self.box.addLayout(actions)
        self.box.addWidget(self.message)
        self.message.hide()
        relay.message.connect(self.show_message)
        relay.settings.connect(self._settings)
        self.retranslate()

    def _button(self, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        return button

    def add_demo(self, widget: QWidget) -> None:
        self.box.addWidget(widget)

    def _settings(self, settings: StationSettings) -> None:
        self.station.setText(settings.station_name)
        self.mute.blockSignals(True)
        self.mute.setChecked(settings.sound_muted)
        self.mute.blockSignals(False)

    def show_message(self, message: OperatorMessage) -> None:
        self._last_message = message
        self.message.setText(message_text(message.code))
        self.message.setProperty("level", "error" if message.error else "ok")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()
        self._message_timer.start(MESSAGE_S * 1000)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Latest records"))
        self.tabs.setTabText(1, self.tr("Progress by unit"))
        self.search.setText(self.tr("Search name/NIP (F3)"))
        self.walk_in.setText(self.tr("Walk-in (F4)"))
        self.settings_button.setText(self.tr("Settings (F9)"))
        self.screen_button.setText(self.tr("Attendee screen (F11)"))
        self.close_button.setText(self.tr("Close the ceremony…"))
        self.venue_button.setText(self.tr("Venue"))
        self.mute.setText(self.tr("Mute the result sounds"))
        if self._last_message is not None and self.message.text():
            self.message.setText(message_text(self._last_message.code))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
