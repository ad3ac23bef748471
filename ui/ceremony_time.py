"""Times on the desk's screens in the ceremony's own time zone, with its label (WIB/WITA/WIT).

The laptop's clock zone means nothing to an attendee in Makassar whose laptop came from
Jakarta: every page that shows a time goes through ``zone_of(pledge)`` and ``clock_time``.
Indonesia's three zones keep no daylight saving, so they are fixed offsets (no tz database
needed on Windows); another IANA name is looked up, and falls back to WIB.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

DEFAULT_ZONE_NAME = "Asia/Jakarta"


@dataclass(frozen=True)
class CeremonyZone:
    name: str  # IANA name
    label: str  # what a person reads after the time
    tz: dt.tzinfo


_INDONESIA = {
    "Asia/Jakarta": ("WIB", 7),
    "Asia/Pontianak": ("WIB", 7),
    "Asia/Makassar": ("WITA", 8),
    "Asia/Jayapura": ("WIT", 9),
}


def zone_named(name: str) -> CeremonyZone:
    known = _INDONESIA.get(name)
    if known is not None:
        label, hours = known
        return CeremonyZone(name, label, dt.timezone(dt.timedelta(hours=hours), label))
    try:
        from zoneinfo import ZoneInfo

        tz = ZoneInfo(name)
    except (ValueError, KeyError, OSError, ImportError):
        return zone_named(DEFAULT_ZONE_NAME)
    return CeremonyZone(name, dt.datetime.now(tz).strftime("%Z") or name, tz)


DEFAULT_ZONE = zone_named(DEFAULT_ZONE_NAME)


def zone_of(pledge: Any) -> CeremonyZone:
    """The ceremony's zone from the desk's loaded pledge (services.attendees.PledgeText);
    WIB when there is no pledge or it names no zone (a store from before zones)."""
    name = getattr(pledge, "timezone", DEFAULT_ZONE_NAME) if pledge is not None else ""
    return zone_named(name or DEFAULT_ZONE_NAME)


def _moment(iso: str, zone: CeremonyZone) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(zone.tz)


def clock_time(iso: str, zone: CeremonyZone) -> str:
    """``08.14 WIB``: a record's UTC time as the ceremony's clock shows it."""
    moment = _moment(iso, zone)
    return iso if moment is None else f"{moment:%H.%M} {zone.label}"


def short_time(iso: str, zone: CeremonyZone) -> str:
    """``08.14``: for tables whose header already names the zone."""
    moment = _moment(iso, zone)
    return iso if moment is None else f"{moment:%H.%M}"


def date_time(iso: str, zone: CeremonyZone) -> str:
    """``08.14 WIB, 26-08-2024``."""
    moment = _moment(iso, zone)
    return iso if moment is None else f"{moment:%H.%M} {zone.label}, {moment:%d-%m-%Y}"


def day_text(date: str) -> str:
    """``13-02-2024`` for a ceremony's ``2024-02-13`` (as it is given, when not a date)."""
    try:
        return f"{dt.date.fromisoformat(date):%d-%m-%Y}"
    except ValueError:
        return date
