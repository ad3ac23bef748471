"""Indonesian dates and times (WIB, WITA, WIT) and safe text for ReportLab paragraphs."""

from __future__ import annotations

import datetime as dt
import functools
from xml.sax.saxutils import escape

from desktop_app.clock import parse_iso

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
EMPTY = "-"


DEFAULT_ZONE = "Asia/Jakarta"
# Indonesia's three zones by their everyday names; other zones are labelled by UTC offset.
ZONE_LABELS = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}
_FIXED_HOURS = {"WIB": 7, "WITA": 8, "WIT": 9}


@functools.cache
def zone(name: str = DEFAULT_ZONE) -> dt.tzinfo:
    """The IANA zone ``name``; a fixed offset for Indonesia's zones when tzdata is absent
    (Windows without the tzdata package). An unknown name is WIB, the receipts' default."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name or DEFAULT_ZONE)
    except Exception:
        label = ZONE_LABELS.get(name, "WIB")
        return dt.timezone(dt.timedelta(hours=_FIXED_HOURS[label]), label)


def wib() -> dt.tzinfo:
    """Asia/Jakarta (UTC+7, no daylight saving)."""
    return zone(DEFAULT_ZONE)


def zone_label(name: str, moment: dt.datetime | None = None) -> str:
    """``WIB``, ``WITA`` or ``WIT``; ``UTC+05:30`` style for any other zone."""
    label = ZONE_LABELS.get(name or DEFAULT_ZONE)
    if label is not None:
        return label
    offset = (moment or dt.datetime.now(dt.UTC)).astimezone(zone(name)).utcoffset()
    minutes = int((offset or dt.timedelta()).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def local_time(utc_iso: str, zone_name: str = DEFAULT_ZONE) -> dt.datetime:
    return parse_iso(utc_iso).astimezone(zone(zone_name or DEFAULT_ZONE))


def long_date(day: dt.date) -> str:
    """``23 November 2026``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def day_and_date(day: dt.date) -> str:
    """``Senin, 23 November 2026``."""
    return f"{DAYS[day.weekday()]}, {long_date(day)}"


def iso_day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def wib_stamp(utc_iso: str) -> str:
    """``Senin, 23 November 2026 pukul 08.40.12 WIB``."""
    return zone_stamp(utc_iso, DEFAULT_ZONE)


def zone_stamp(utc_iso: str, zone_name: str) -> str:
    """``Senin, 23 November 2026 pukul 09.40.12 WITA``: the moment in the zone it was seen in."""
    moment = local_time(utc_iso, zone_name)
    return f"{day_and_date(moment.date())} pukul {moment:%H.%M.%S} {zone_label(zone_name, moment)}"


def utc_stamp(utc_iso: str) -> str:
    return parse_iso(utc_iso).astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def para(text: str) -> str:
    """Plain text made safe for a Paragraph: markup escaped, empty shown as a dash."""
    text = text.strip()
    return escape(text) if text else EMPTY


def para_lines(text: str) -> str:
    """Like ``para`` but keeping line breaks."""
    return "<br/>".join(escape(line) for line in text.split("\n"))


def spell_number(n: int) -> str:
    """An integer in Indonesian words (``642`` → ``enam ratus empat puluh dua``)."""
    ones = (
        "nol",
        "satu",
        "dua",
        "tiga",
        "empat",
        "lima",
        "enam",
        "tujuh",
        "delapan",
        "sembilan",
        "sepuluh",
        "sebelas",
    )
    if n < 0:
        return "minus " + spell_number(-n)
    if n < 12:
        return ones[n]
    if n < 20:
        return f"{ones[n - 10]} belas"
    if n < 100:
        rest = f" {ones[n % 10]}" if n % 10 else ""
        return f"{ones[n // 10]} puluh{rest}"
    for size, word in ((10**9, "miliar"), (10**6, "juta"), (1000, "ribu"), (100, "ratus")):
        if n >= size:
            head, rest_n = divmod(n, size)
            prefix = (
                ("se" + word)
                if head == 1 and size in (100, 1000)
                else (f"{spell_number(head)} {word}")
            )
            return prefix + (f" {spell_number(rest_n)}" if rest_n else "")
    raise AssertionError("unreachable")
