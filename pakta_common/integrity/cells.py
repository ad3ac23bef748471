"""Spreadsheet cells that stay data: text a spreadsheet would run as a formula is neutralised.

One function for every CSV and XLSX the station and the server write (the server may import
pakta_common only: the import contracts in pyproject.toml). Text starting (even after spaces) with
``=``, ``+``, ``-``, ``@``, a tab or a line break, or their full-width forms that some
spreadsheets fold, gets a leading apostrophe, which Excel and LibreOffice show as text
(OWASP's "CSV injection" advice); numbers and other values pass unchanged (a number is never
a formula).
"""

from __future__ import annotations

from typing import TypeVar

# What makes Excel, LibreOffice or Google Sheets read a cell as a formula or command: the
# ASCII signs, tab and line breaks, and their full-width forms.
FORMULA_STARTS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
_QUOTE = "'"
T = TypeVar("T")


def neutralise_cell(value: T) -> T | str:
    """``value`` as a cell that can only ever be data."""
    if not isinstance(value, str):
        return value
    first = value.lstrip(" \u00a0")[:1]
    if value[:1] in FORMULA_STARTS or (first and first in FORMULA_STARTS):
        return _QUOTE + value
    return value
