"""The desk window: a thin shell hosting the attendee view and the operator panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QWidget

from desktop_app.desk.controller import DeskController
from desktop_app.desk.flow import DeskSnapshot, DeskState
from desktop_app.services.station_settings import StationSettings
from ui.attendee_screen import AttendeeScreen
from ui.attendee_view import AttendeeView
from ui.camera_scanning import CameraScanning
from ui.desk_keys import DeskKeys
from ui.i18n import set_language
from ui.operator.guarded import GuardedActions
from ui.operator.panel import OperatorPanel
from ui.operator.venue_menu import DeskVenue
from ui.relay import Relay
from ui.scan_filter import ScanKeyFilter
from ui.sound_player import SoundPlayer, result_sound

TICK_MS = 250
PANEL_WIDTH = 430
# The desk window's attendee side is read from the laptop (arm's length, and narrower than a
# whole screen): its type is this much of the attendee screen's.
DESK_DISTANCE_SCALE = 0.85
WARM_UP_MS = 300  # sounds and result pages load once the window is painted, not at a result


class DeskWindow(QMainWindow):
    def __init__(self, desk: DeskController, relay: Relay, rig: Any = None) -> None:
        super().__init__()
        self.desk = desk
        self.relay = relay
        self.guarded = GuardedActions(desk, relay, self)
        self.view = AttendeeView(
            desk, relay, reprint=self._reprint, distance_scale=DESK_DISTANCE_SCALE
        )
        self.panel = OperatorPanel(desk, relay, self.guarded)
        self.panel.setFixedWidth(PANEL_WIDTH)
        self.demo = None
        if rig is not None:  # the demo aid only exists in the demo
            from ui.demo_aid import DemoAid

            self.demo = DemoAid(desk, rig)
        if self.demo is not None:
            self.panel.add_demo(self.demo)
        self.attendee_screen: AttendeeScreen | None = None
        self.camera = CameraScanning(desk, relay, self)
        self.sounds = SoundPlayer(self, muted=desk.settings.sound_muted)
        self._last_snapshot: DeskSnapshot | None = desk.snapshot
        app = QApplication.instance()
        # Enter/Esc and the attendant's activity: installed first, so it runs after the scan
        # filter (application filters run last-installed first).
        self.keys = DeskKeys(desk, self.view.current_page, self._desk_windows, self)
        # A USB scanner types like a keyboard: its bursts become scans wherever focus is.
        self.scan_filter = ScanKeyFilter(parent=self)
        self.scan_filter.scanned.connect(desk.scanned)
        if isinstance(app, QApplication):
            self.keys.install(app)
            self.scan_filter.install(app)
        central = QWidget()
        central.setObjectName("central")
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.panel)
        self.setCentralWidget(central)
        self.panel.search.clicked.connect(self.focus_search)
        self.panel.settings_button.clicked.connect(self.open_settings)
        self.panel.screen_button.clicked.connect(self.toggle_attendee_screen)
        self.panel.close_button.clicked.connect(self.guarded.close_ceremony)
        self.panel.mute.toggled.connect(self._mute)
        self.venue = DeskVenue(desk, relay, self.guarded, self)
        self.panel.venue_button.setMenu(self.venue.menu)
        self._shortcuts()
        relay.settings.connect(self._settings)
        relay.flow.connect(self._flow)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(desk.tick)
        self.ticker.start()
        QTimer.singleShot(WARM_UP_MS, self._warm_up)
        self.retranslate()

    def _shortcuts(self) -> None:
        keys = {
            "F3": self.focus_search,
            "F4": self.desk.start_walk_in,
            "F9": self.open_settings,
            "F11": self.toggle_attendee_screen,
        }
        if self.demo is not None:
            demo = self.demo
            keys |= {
                "F5": lambda: demo.scan("next"),
                "F6": lambda: demo.scan("signed"),
                "F7": lambda: demo.scan("unknown"),
                "F8": demo.rig.sign,
                "F2": demo.rig.tick_consent,  # the attendee's tick in the pad's consent box
            }
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(slot)

    def _desk_windows(self) -> list[QWidget]:
        windows: list[QWidget] = [self]
        if self.attendee_screen is not None:
            windows.append(self.attendee_screen)
        return windows

    def focus_search(self) -> None:
        state = self.desk.snapshot.state
        if state is DeskState.NOT_FOUND:
            self.view.not_found.focus_search()
        elif state in (DeskState.READY, DeskState.DONE):
            if state is DeskState.DONE:
                self.desk.cancel()
            self.view.ready.query.setFocus()

    def open_settings(self) -> None:
        self.guarded.open_settings()

    def _reprint(self, record_id: str) -> None:
        lookup = self.desk.snapshot.lookup
        record = self.desk.snapshot.record
        employee = getattr(lookup, "employee", None)
        name = getattr(record, "name", "") or getattr(employee, "name", "")
        self.guarded.reprint(record_id, name)

    def toggle_attendee_screen(self) -> None:
        if self.attendee_screen is not None and self.attendee_screen.isVisible():
            self.attendee_screen.close()
        else:
            if self.attendee_screen is None:
                self.attendee_screen = AttendeeScreen(self.desk, self.relay)
            self.attendee_screen.show_on_best_screen(self)
        self.view.show_snapshot(self.desk.snapshot)  # consent moves to the attendee's side

    def _warm_up(self) -> None:
        self.sounds.load()
        self.view.warm_up()

    def _flow(self, snapshot: DeskSnapshot) -> None:
        sound = result_sound(self._last_snapshot, snapshot)
        self._last_snapshot = snapshot
        if sound:
            self.sounds.play(sound)

    def _mute(self, muted: bool) -> None:
        self.sounds.muted = muted
        self.desk.ops.set_sound_muted(muted)

    def _settings(self, settings: StationSettings) -> None:
        self.sounds.muted = settings.sound_muted
        app = QApplication.instance()
        if isinstance(app, QApplication):
            set_language(app, settings.language)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pakta Station — registration desk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ticker.stop()
        self.camera.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.scan_filter.uninstall(app)
            self.keys.uninstall(app)
        if self.attendee_screen is not None:
            self.attendee_screen.close()
        self.venue.close()
        super().closeEvent(event)
