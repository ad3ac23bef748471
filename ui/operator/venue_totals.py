"""The venue's totals under the desk's counter: the hub, each desk, all desks, expected.

Fed by the venue worker's status (VenueChanged, re-emitted by the relay). A busy venue sends
many; the view repaints at most once a second and always ends on the latest. When the hub
does not answer it says since when, and that the figures are as of the last board read.
Hidden while the desk has joined no venue.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.ceremony_time import CeremonyZone, clock_time, short_time, zone_of
from ui.relay import Relay

REPAINT_MS = 1000  # at most one repaint a second, however busy the venue
NAME_CHARS = 18  # a desk's name as the hub reports it, cut for the 430-pixel panel


class VenueTotalsView(QWidget):
    def __init__(self, relay: Relay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("venueTotals")
        self.headline = QLabel()
        self.headline.setObjectName("venueHeadline")
        self.desks = QLabel()
        self.desks.setObjectName("venueDesks")
        self.desks.setProperty("data", True)
        for label in (self.headline, self.desks):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # names come from the network
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(0)
        layout.addWidget(self.headline)
        layout.addWidget(self.desks)
        self.status: Any = None  # the VenueStatus shown
        self._pending: Any = None
        self.paints = 0  # how many times the figures were redrawn (the throttle's measure)
        self._since = QElapsedTimer()
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._paint_pending)
        self.zone: CeremonyZone = zone_of(None)
        relay.venue.connect(self.take)
        relay.pledge.connect(self._pledge)
        self.hide()

    def _pledge(self, pledge: object) -> None:
        self.zone = zone_of(pledge)

    def take(self, status: Any) -> None:
        """A new status; shown now, or with the next repaint when one was just made."""
        self._pending = status
        if self._later.isActive():
            return
        waited = self._since.elapsed() if self._since.isValid() else REPAINT_MS
        if waited >= REPAINT_MS:
            self._paint_pending()
        else:
            self._later.start(REPAINT_MS - waited)

    def _paint_pending(self) -> None:
        status, self._pending = self._pending, None
        if status is None:
            return
        self._since.start()
        self.show_status(status)

    def show_status(self, status: Any) -> None:
        self.status = status
        self.paints += 1
        if status.state == "not_joined":
            self.hide()
            return
        self.show()
        board = status.board
        level = "ok"
        if status.state == "offline":
            level = "error"
            since = clock_time(status.offline_since, self.zone) if status.offline_since else "–"
            headline = self.tr("Hub unreachable since %1").replace("%1", since)
        elif status.state == "connecting" or board is None:
            level = "warn"
            headline = self.tr("Connecting to the venue hub %1…").replace("%1", status.hub_name)
        else:
            headline = (
                self.tr("Venue: %1/%2 signed · hub reachable")
                .replace("%1", str(board.signed_total))
                .replace("%2", str(board.expected))
            )
        self.headline.setText(headline)
        self.headline.setProperty("level", level)
        self.headline.style().unpolish(self.headline)
        self.headline.style().polish(self.headline)
        self.desks.setText(self._desks_line(status))
        self.desks.setVisible(bool(self.desks.text()))

    def _desks_line(self, status: Any) -> str:
        board = status.board
        if board is None:
            return ""
        parts = []
        for desk in board.desks:
            name = desk.name if len(desk.name) <= NAME_CHARS else desk.name[: NAME_CHARS - 1] + "…"
            part = f"{name}: {desk.signed}"
            if not desk.online:
                part += " " + self.tr("(away)")
            parts.append(part)
        line = " · ".join(parts)
        if status.state == "offline" and status.board_at:  # old figures say how old
            at = short_time(status.board_at, self.zone)
            line = self.tr("Figures as of %1: ").replace("%1", at) + line
        if status.duplicates:
            line += "\n" + self.tr("⚑ %1 signed at two desks (both kept)").replace(
                "%1", str(status.duplicates)
            )
        return line

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.status is not None:
            self.show_status(self.status)
        super().changeEvent(event)
