"""The counter the attendant always sees: this desk, all desks known, expected, pace, time left.

Numbers come from the core (services.progress.desk_counter, pushed as CounterChanged after
each signing, each pull from the server and every refresh); this widget only words them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.desk.events import CounterChanged
from ui.operator.venue_totals import VenueTotalsView
from ui.relay import Relay


class _Tile(QFrame):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("role", "tile")
        self.value = QLabel("–")
        self.value.setProperty("role", "tileValue")
        self.value.setProperty("data", True)  # numbers
        self.caption = QLabel()
        self.caption.setProperty("role", "tileCaption")
        self.caption.setWordWrap(True)
        for widget in (self.value, self.caption):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class CounterView(QWidget):
    def __init__(self, relay: Relay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counter")
        self.this_desk = _Tile("counterThisDesk")
        self.all_desks = _Tile("counterAllDesks")
        self.pace = _Tile("counterPace")
        self.left = _Tile("counterLeft")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        for i, tile in enumerate((self.this_desk, self.all_desks, self.pace, self.left)):
            grid.addWidget(tile, 0, i)
        self.venue = VenueTotalsView(relay)  # the venue's desks, when this desk joined a hub
        grid.addWidget(self.venue, 1, 0, 1, 4)
        self.last: CounterChanged | None = None
        relay.counter.connect(self.show_counter)
        self.retranslate()

    def show_counter(self, counter: CounterChanged) -> None:
        self.last = counter
        self.this_desk.value.setText(str(counter.this_desk))
        self.all_desks.value.setText(f"{counter.all_desks}/{counter.expected}")
        self.pace.value.setText(str(round(counter.per_hour)))
        self.left.value.setText(self._time_left(counter))
        self.all_desks.setToolTip(
            self.tr("%1 of %2 expected have signed, at this desk and the others known here")
            .replace("%1", str(counter.all_desks))
            .replace("%2", str(counter.expected))
        )

    def _time_left(self, counter: CounterChanged) -> str:
        if counter.all_desks >= counter.expected > 0:
            return self.tr("done")
        minutes = counter.minutes_left
        if minutes is None:
            return "–"
        hours, rest = divmod(minutes, 60)
        if hours:
            return self.tr("%1 h %2 m").replace("%1", str(hours)).replace("%2", str(rest))
        return self.tr("%1 m").replace("%1", str(rest))

    def retranslate(self) -> None:
        self.this_desk.caption.setText(self.tr("this desk"))
        self.all_desks.caption.setText(self.tr("all desks / expected"))
        self.pace.caption.setText(self.tr("per hour"))
        self.left.caption.setText(self.tr("time left (est.)"))
        if self.last is not None:
            self.show_counter(self.last)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
