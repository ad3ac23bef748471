"""How an attendee consents, and the ceremony options that shape the consent step.

Consent is the attendee's own act, on the attendee's side of the desk: a tick in the consent
box of the pad's surface, the pad's button, a touch, pen or mouse press on the attendee-side
consent button, or (in the compact form, where the oath was read aloud together) the
signature itself under the consent sentence. The attendant's keyboard is none of these.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class ConsentMethod(StrEnum):
    """Stored in the record (``consent_method``, hashed): never rename a value."""

    PAD_BOX = "pad_box"  # a pen tick inside the consent box of the pad's surface
    PAD_BUTTON = "pad_button"  # the pad's own button (an ISDV4 pen's side switch)
    SCREEN_TOUCH = "screen_touch"  # a finger on the attendee's screen
    SCREEN_PEN = "screen_pen"  # a tablet pen on the attendee-side consent button
    SCREEN_MOUSE = "screen_mouse"  # a mouse click on it (a laptop without touch or pad)
    COMPACT_SIGNATURE = "compact_signature"  # signing under the consent sentence


# Methods that consent on the pledge page (the separate form); compact is the signature itself.
PLEDGE_PAGE_METHODS = frozenset(ConsentMethod) - {ConsentMethod.COMPACT_SIGNATURE}


class ConsentForm(StrEnum):
    SEPARATE = "separate"  # the pledge page, then consent, then the signature
    COMPACT = "compact"  # the consent sentence beside the signature box; signing is the act


DEFAULT_MIN_READ_S = 5
MAX_MIN_READ_S = 600
DEFAULT_TIMEZONE = "Asia/Jakarta"

# Indonesia's three zones by their everyday names, and their offsets (no daylight saving), so
# they work even where the system has no zone database (Windows without tzdata).
ZONE_ABBREVIATIONS = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}
_INDONESIAN_OFFSETS = {"Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9}


def timezone_name(text: str) -> str:
    """An IANA zone name from ``text`` (WIB, WITA, WIT or an IANA name); ValueError if unknown."""
    name = text.strip()
    name = ZONE_ABBREVIATIONS.get(name.upper(), name)
    if name in _INDONESIAN_OFFSETS:
        return name
    if not name or len(name) > 40 or name.startswith(("/", ".")) or ".." in name:
        raise ValueError(f"unknown time zone {text!r} (use WIB, WITA, WIT or an IANA name)")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {text!r} (use WIB, WITA, WIT or an IANA name)"
        ) from None
    return name


def zone(name: str) -> dt.tzinfo:
    """The tzinfo of a zone name (Indonesia's three zones even without a zone database)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        hours = _INDONESIAN_OFFSETS.get(name, 7)
        return dt.timezone(dt.timedelta(hours=hours), zone_abbreviation(name))


def zone_abbreviation(name: str) -> str:
    """WIB / WITA / WIT for Indonesia's zones, else the IANA name itself."""
    for short, full in ZONE_ABBREVIATIONS.items():
        if full == name:
            return short
    return name
