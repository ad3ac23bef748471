"""The store reads the desk makes besides the services' own: each runs on the database worker."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.ceremony_ref import find_ceremony
from desktop_app.desk.events import CounterChanged, ProgressChanged, RecentChanged
from desktop_app.domain.errors import NotFound
from desktop_app.services.attendees import PledgeText, pledge_text, recent_records
from desktop_app.services.lookup import LookupResult, LookupStatus, resolve_identifier
from desktop_app.services.progress import ceremony_progress, desk_counter
from desktop_app.services.station_settings import StationSettings, load_settings
from desktop_app.storage.store import Store

RECENT_LIMIT = 12


def lookup_identifier(
    store: Store, identifier: str, ceremony_ref: str | None = None
) -> LookupResult:
    """An employee chosen by search or just registered as a walk-in, as a badge lookup would,
    in the desk's ceremony (None: the active one)."""
    try:
        with store.read() as session:
            ceremony = find_ceremony(session, ceremony_ref)
            return resolve_identifier(store, session, ceremony.id, identifier)
    except NotFound as exc:
        return LookupResult(LookupStatus.INVALID, reason=str(exc))


@dataclass(frozen=True)
class DeskStart:
    settings: StationSettings
    pledge: PledgeText | None


def load_desk(store: Store) -> DeskStart:
    settings = load_settings(store)
    try:
        pledge = pledge_text(store)
    except NotFound:
        pledge = None  # no active ceremony yet: the desk says so and waits for settings
    return DeskStart(settings, pledge)


Overview = tuple[ProgressChanged, RecentChanged, CounterChanged]


def read_overview(store: Store) -> Overview | None:
    """Progress by unit, the latest records and the counter of the active ceremony (None: no
    ceremony)."""
    try:
        progress = ceremony_progress(store)
        recent = recent_records(store, RECENT_LIMIT)
        counter = desk_counter(store)
    except NotFound:
        return None
    units = tuple((u.unit, u.expected, u.signed) for u in progress.units)
    return (
        ProgressChanged(progress.title, progress.expected, progress.signed, units),
        RecentChanged(tuple(recent)),
        CounterChanged(
            counter.this_desk,
            counter.all_desks,
            counter.expected,
            counter.per_hour,
            counter.minutes_left,
        ),
    )
