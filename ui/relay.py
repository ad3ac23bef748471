"""The Qt relay: runs worker callbacks on the GUI thread and re-emits desk events as signals.

Like Electrum's qt_event_listener: the core publishes plain-Python events; views connect to
typed Qt signals here and never subscribe to the core bus themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop_app.desk import events as ev
from desktop_app.desk.closing_desk import ClosingChanged

log = logging.getLogger(__name__)


class Relay(QObject):
    _call = Signal(object)

    flow = Signal(object)  # DeskSnapshot
    ink = Signal(object)  # InkChanged
    ink_cleared = Signal()
    device = Signal(object)  # DeviceChanged
    printing = Signal(object)  # PrintChanged
    sync = Signal(object)  # SyncChanged
    progress = Signal(object)  # ProgressChanged
    recent = Signal(object)  # RecentChanged
    counter = Signal(object)  # CounterChanged
    pledge = Signal(object)  # PledgeText | None
    settings = Signal(object)  # StationSettings
    message = Signal(object)  # OperatorMessage
    pad_test = Signal(object)  # PadTestEvent
    closing = Signal(object)  # ClosingView | None (desk.closing_desk)
    venue = Signal(object)  # VenueStatus (desktop_app.venue.worker)
    venue_qr = Signal(object)  # VenueQrScanned

    def __init__(self, bus: ev.EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Queued even when emitted on the GUI thread: a callback never re-enters the caller.
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)
        self._routes: dict[type, Callable[[object], None]] = {
            ev.FlowChanged: lambda e: self.flow.emit(e.snapshot),  # type: ignore[attr-defined]
            ev.InkChanged: self.ink.emit,
            ev.InkCleared: lambda e: self.ink_cleared.emit(),
            ev.DeviceChanged: self.device.emit,
            ev.PrintChanged: self.printing.emit,
            ev.SyncChanged: self.sync.emit,
            ev.ProgressChanged: self.progress.emit,
            ev.RecentChanged: self.recent.emit,
            ev.CounterChanged: self.counter.emit,
            ev.PledgeLoaded: lambda e: self.pledge.emit(e.pledge),  # type: ignore[attr-defined]
            ev.SettingsLoaded: lambda e: self.settings.emit(e.settings),  # type: ignore[attr-defined]
            ev.OperatorMessage: self.message.emit,
            ev.PadTestEvent: self.pad_test.emit,
            ClosingChanged: lambda e: self.closing.emit(e.view),  # type: ignore[attr-defined]
            ev.VenueChanged: lambda e: self.venue.emit(e.status),  # type: ignore[attr-defined]
            ev.VenueQrScanned: self.venue_qr.emit,
        }
        self._unsubscribe = bus.subscribe(object, self._forward)
        self._detached = False

    def call_soon(self, fn: Callable[[], None]) -> None:
        """Thread-safe: run ``fn`` on the GUI thread at the next turn of the event loop."""
        self._call.emit(fn)

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        if self._detached:
            return  # a worker's late answer after the desk closed: its views are gone
        try:
            fn()
        except Exception:
            log.exception("desk callback failed")
            raise  # the excepthook logs it and tells the attendant in a short message

    def _forward(self, event: object) -> None:
        route = self._routes.get(type(event))
        if route is not None:
            route(event)

    def detach(self) -> None:
        self._detached = True
        self._unsubscribe()
