"""NIP (Nomor Induk Pegawai) parsing and validation for PNS and PPPK civil servants."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum


class NipKind(StrEnum):
    PNS = "pns"
    PPPK = "pppk"
    OLD = "nip_lama"  # 9-digit NIPs from before 2007


class NipError(ValueError):
    """A text that is not a valid NIP; the message says why (English, for logs and the CLI)."""


@dataclass(frozen=True, slots=True)
class Nip:
    """A validated NIP, always kept as text."""

    value: str
    kind: NipKind
    birth_date: dt.date | None
    appointed: str  # "YYYY-MM" for PNS, "YYYY" for PPPK, "" for old NIPs
    gender: int | None  # 1 male, 2 female
    sequence: int | None

    def __str__(self) -> str:
        return self.value

    @property
    def formatted(self) -> str:
        """The usual printed grouping: 19800101 200501 1 001."""
        v = self.value
        if self.kind is NipKind.OLD:
            return v
        return f"{v[:8]} {v[8:14]} {v[14]} {v[15:]}"


_SEPARATORS = re.compile(r"[\s.\-]")


def normalise_nip_text(text: str) -> str:
    """Strip the spaces, dots and dashes people and badges put inside NIPs."""
    return _SEPARATORS.sub("", text)


def _birth_date(digits: str) -> dt.date:
    try:
        born = dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise NipError(f"digits 1-8 ({digits[:8]}) are not a real birth date") from None
    if born.year < 1900:
        raise NipError(f"birth year {born.year} is before 1900")
    return born


def parse_nip(text: str, *, allow_old: bool = False) -> Nip:
    """Parse an 18-digit PNS/PPPK NIP (or a 9-digit old NIP when allowed).

    Raises NipError with the reason when the text is not a valid NIP.
    """
    raw = normalise_nip_text(text)
    if not raw:
        raise NipError("NIP is empty")
    if not raw.isascii() or not raw.isdigit():
        raise NipError("NIP must contain digits only")
    if len(raw) == 9:
        if allow_old:
            return Nip(raw, NipKind.OLD, None, "", None, None)
        raise NipError("9-digit old NIP (NIP lama) is not accepted here")
    if len(raw) != 18:
        raise NipError(f"NIP must have 18 digits, this has {len(raw)}")
    born = _birth_date(raw)
    gender = int(raw[14])
    if gender not in (1, 2):
        raise NipError(f"digit 15 (gender) must be 1 or 2, not {gender}")
    sequence = int(raw[15:18])
    if sequence < 1:
        raise NipError("digits 16-18 (sequence) must be 001 or more")
    marker = int(raw[12:14])
    if 21 <= marker <= 29:
        year = int(raw[8:12])
        _check_appointment_year(year, born)
        return Nip(raw, NipKind.PPPK, born, f"{year:04d}", gender, sequence)
    year, month = int(raw[8:12]), int(raw[12:14])
    if not 1 <= month <= 12:
        raise NipError(f"digits 13-14 ({raw[12:14]}) must be a month 01-12 (PNS) or 21-29 (PPPK)")
    _check_appointment_year(year, born)
    return Nip(raw, NipKind.PNS, born, f"{year:04d}-{month:02d}", gender, sequence)


def _check_appointment_year(year: int, born: dt.date) -> None:
    if year < 1950:
        raise NipError(f"appointment year {year} is before 1950")
    if year <= born.year:
        raise NipError(f"appointment year {year} is not after the birth year {born.year}")


def is_valid_nip(text: str) -> bool:
    try:
        parse_nip(text)
    except NipError:
        return False
    return True


def mask_identifier(identifier: str) -> str:
    """A NIP shown partly, as a receipt's verifier shows it: the first 6 and last 3 digits
    (``198001*********001``); a short identifier keeps its first character only."""
    if len(identifier) <= 6:
        return identifier[:1] + "*" * (len(identifier) - 1)
    keep_end = 3 if len(identifier) > 9 else 1
    return identifier[:6] + "*" * (len(identifier) - 6 - keep_end) + identifier[-keep_end:]
