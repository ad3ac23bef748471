"""Wall-clock and monotonic time in the forms the records use."""

from __future__ import annotations

import datetime as dt
import time


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def iso_utc(moment: dt.datetime) -> str:
    """UTC ISO 8601 with milliseconds and a Z, e.g. 2026-11-23T01:40:00.123Z."""
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def utc_now_iso() -> str:
    return iso_utc(utc_now())


def parse_iso(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def monotonic_ns() -> int:
    return time.monotonic_ns()
