"""Spreadsheet cells that stay data: text a spreadsheet would run as a formula is neutralised.

One function for every CSV and XLSX the station and the server write (the server may import
desktop_app.integrity, see tests/test_architecture.py). A cell starting with = + - @, a tab or
a carriage return gets a leading apostrophe, which spreadsheets show as text (OWASP's "CSV
injection" advice); numbers and other values pass unchanged.
"""

from __future__ import annotations

from typing import TypeVar

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
T = TypeVar("T")


def neutralise_cell(value: T) -> T | str:
    """``value`` as a cell that can only ever be data."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
