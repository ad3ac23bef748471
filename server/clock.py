"""Server time in the record's form (UTC ISO 8601 with milliseconds and a Z)."""

from __future__ import annotations

import datetime as dt

# Indonesia's zones by their everyday names (what a reader of a page or a letter expects).
ZONE_NAMES = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def now_iso() -> str:
    return iso(now())


def parse(text: str) -> dt.datetime | None:
    """A timestamp as a station wrote it, or None when unreadable."""
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
