"""The desk's plain-Python event bus and the events it publishes (ui/relay.py re-emits them).

The controller publishes only on its owner thread (the GUI thread in the app), so a
subscriber never runs concurrently with another one; worker threads reach the owner thread
through the ``call_soon`` function the relay provides.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from desktop_app.desk.flow import DeskSnapshot
from desktop_app.desk.messages import Pledge
from desktop_app.domain.signature import Signature

if TYPE_CHECKING:  # what the services return, carried to the views untouched
    from desktop_app.services.attendees import RecentRecord
    from desktop_app.services.station_settings import StationSettings
    from desktop_app.venue.worker import VenueStatus

log = logging.getLogger(__name__)

E = TypeVar("E")
Handler = Callable[[Any], None]


class EventBus:
    """Subscribers by event type; ``object`` subscribers see everything."""

    def __init__(self) -> None:
        self._handlers: dict[type, list[Handler]] = defaultdict(list)

    def subscribe(self, kind: type[E], handler: Callable[[E], None]) -> Callable[[], None]:
        self._handlers[kind].append(handler)

        def unsubscribe() -> None:
            if handler in self._handlers[kind]:
                self._handlers[kind].remove(handler)

        return unsubscribe

    def publish(self, event: object) -> None:
        for handler in [*self._handlers.get(type(event), ()), *self._handlers.get(object, ())]:
            try:
                handler(event)
            except Exception:  # one broken view must not stop the desk
                log.exception("desk event handler failed for %s", type(event).__name__)


@dataclass(frozen=True)
class FlowChanged:
    snapshot: DeskSnapshot


@dataclass(frozen=True)
class InkChanged:
    """The pad's ink so far (device units); empty when cleared."""

    signature: Signature
    pen_down: bool = False


@dataclass(frozen=True)
class InkCleared:
    """Ulangi, a timeout or a finished signing: views clear their ink (pad and screen)."""


@dataclass(frozen=True)
class DeviceChanged:
    """A device status light: ``device`` pad|scanner|camera; ``status`` a LinkStatus value
    or ``off`` (not configured) / ``keyboard`` (a wedge scanner, nothing to watch)."""

    device: str
    status: str
    port: str = ""
    detail: str = ""


@dataclass(frozen=True)
class PrintChanged:
    printer: str
    waiting: int
    failed: int
    last_error: str


@dataclass(frozen=True)
class SyncChanged:
    state: str  # desktop_app.sync.worker.SyncState
    pending: int
    server_url: str
    last_error: str
    last_success_at: str


@dataclass(frozen=True)
class ProgressChanged:
    title: str
    expected: int
    signed: int
    units: tuple[tuple[str, int, int], ...]  # (unit, expected, signed)


@dataclass(frozen=True)
class CounterChanged:
    """The always-visible counter (services.progress.DeskCounter), after commits and pulls."""

    this_desk: int
    all_desks: int
    expected: int
    per_hour: float
    minutes_left: int | None  # None: no pace yet to estimate from


@dataclass(frozen=True)
class RecentChanged:
    records: tuple[RecentRecord, ...]


@dataclass(frozen=True)
class PledgeLoaded:
    pledge: Pledge | None  # services.attendees.PledgeText; None when no ceremony is active


@dataclass(frozen=True)
class SettingsLoaded:
    settings: StationSettings


@dataclass(frozen=True)
class OperatorMessage:
    """A short note for the attendant; ``code`` is translated by ui/, ``detail`` is data."""

    code: str
    detail: str = ""
    error: bool = False


@dataclass(frozen=True)
class VenueChanged:
    """The venue as this desk sees it: hub reachable or not, and ``status.board`` — the
    venue's totals (per desk, all desks, expected, per unit, rate, ETA) for the counter.
    Here, not in desktop_app.venue, so the relay routes it without loading the venue's HTTP
    client at the desk's start."""

    status: VenueStatus


@dataclass(frozen=True)
class VenueQrScanned:
    """A venue hub's join QR was scanned (``PAKTA-VENUE <url> <code>``): not a badge. The join
    dialog takes it; with no dialog open the attendant is told where it goes."""

    url: str
    code: str


@dataclass(frozen=True)
class PadTestEvent:
    """A pen report while the settings' live pad test is open (device units)."""

    x: int
    y: int
    tip: bool
    x_max: int
    y_max: int
