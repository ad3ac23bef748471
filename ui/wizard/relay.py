"""The wizard's Qt relay: the setup controller's worker answers run on the GUI thread, and its
events (desktop_app.setup.events) come out as Qt signals the pages connect to."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop_app.desk.events import EventBus
from desktop_app.setup import events as ev

log = logging.getLogger(__name__)


class SetupRelay(QObject):
    _call = Signal(object)

    event = Signal(object)  # every setup event, for the page that asked
    busy_changed = Signal(bool)

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = bus.subscribe(object, self._forward)

    def call_soon(self, fn: Callable[[], None]) -> None:
        """Thread-safe: run ``fn`` on the GUI thread at the next turn of the event loop."""
        self._call.emit(fn)

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        fn()

    def _forward(self, event: object) -> None:
        if isinstance(event, ev.BusyChanged):
            self.busy_changed.emit(event.busy)
        else:
            self.event.emit(event)

    def detach(self) -> None:
        self._unsubscribe()
