"""The desk's venue menu: join a venue hub (behind the PIN) and the room's big screen.

The big screen opened here is fed by the desk's own venue worker (the board it already reads
for the counter), so it costs the hub no second reader. It goes full screen on a monitor that
shows neither the desk nor the attendee screen, else it opens as a window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from desktop_app.desk.controller import DeskController
from desktop_app.desk.events import OperatorMessage, VenueQrScanned
from ui.operator.guarded import GuardedActions
from ui.relay import Relay
from ui.venue.screen import BigScreen

WINDOW_SIZE = (1366, 768)


class DeskVenue(QObject):
    def __init__(
        self, desk: DeskController, relay: Relay, guarded: GuardedActions, window: QWidget
    ) -> None:
        super().__init__(window)
        self.desk, self.relay, self.guarded, self.window = desk, relay, guarded, window
        self.screen: BigScreen | None = None
        self.status: Any = None  # the latest VenueStatus
        self.join_dialog: QDialog | None = None
        self.menu = QMenu(window)
        self.menu.setObjectName("venueMenu")
        self.join_action = QAction(self.menu)
        self.join_action.setObjectName("venueJoinAction")
        self.screen_action = QAction(self.menu)
        self.screen_action.setObjectName("venueScreenAction")
        self.menu.addAction(self.join_action)
        self.menu.addAction(self.screen_action)
        self.join_action.triggered.connect(self.open_join)
        self.screen_action.triggered.connect(self.toggle_big_screen)
        relay.venue.connect(self._status)
        relay.venue_qr.connect(self._qr_outside_dialog)
        window.installEventFilter(self)
        self.retranslate()

    # -- joining -----------------------------------------------------------------------------
    def open_join(self) -> None:
        from ui.dialogs.venue_join import VenueJoinDialog

        if not self.guarded.unlocked():
            return
        self.join_dialog = VenueJoinDialog(self.desk, self.relay, self.window)
        try:
            self.join_dialog.exec()
        finally:
            self.join_dialog = None

    def _qr_outside_dialog(self, scan: VenueQrScanned) -> None:
        if self.join_dialog is None:  # the dialog takes it itself when it is open
            self.desk.bus.publish(OperatorMessage("venue_qr_scanned", scan.url))

    # -- the big screen ----------------------------------------------------------------------
    def _status(self, status: Any) -> None:
        self.status = status
        if self.screen is not None:
            self._feed()

    def _feed(self) -> None:
        status = self.status
        if self.screen is None or status is None:
            return
        if status.board is not None and status.state == "online":
            self.screen.show_board(status.board)
        else:
            self.screen.show_board(None, status.last_error)

    def toggle_big_screen(self) -> None:
        if self.screen is not None and self.screen.isVisible():
            self.screen.close()
            return
        if self.status is None or self.status.state == "not_joined":
            self.desk.bus.publish(OperatorMessage("venue_screen_needs_hub", error=True))
            return
        if self.screen is None:
            self.screen = BigScreen()
        self._feed()
        target = self._free_screen()
        if target is not None:
            self.screen.setScreen(target)
            self.screen.setGeometry(target.geometry())
            self.screen.showFullScreen()
        else:
            self.screen.resize(*WINDOW_SIZE)
            self.screen.show()

    def _free_screen(self) -> QScreen | None:
        """A monitor showing neither the desk nor the attendee screen (the projector)."""
        taken = {self.window.screen()}
        attendee = getattr(self.window, "attendee_screen", None)
        if attendee is not None and attendee.isVisible():
            taken.add(attendee.screen())
        free = [s for s in QGuiApplication.screens() if s not in taken]
        return free[-1] if free else None

    def close(self) -> None:
        self.window.removeEventFilter(self)
        if self.screen is not None:
            self.screen.close()

    # -- words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.join_action.setText(self.tr("Join a venue…"))
        self.screen_action.setText(self.tr("Big screen of the venue"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: the garbage collector may clear this object's attributes before Qt lets go
        # of it as a filter (a desk torn down while its window lingers)
        window = getattr(self, "window", None)
        if window is not None and watched is window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
