"""Roster files on the server (`pakta server roster import` and the admin page's upload), read
by the reader the desks use (pakta_common.roster_file): one reader, the same tolerance."""

from __future__ import annotations

import tempfile
from pathlib import Path

from pakta_common.errors import InvalidInput
from pakta_common.roster_file import read_roster
from server.organiser import RosterLine

UPLOAD_SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm")


def read_roster_lines(path: Path) -> tuple[list[RosterLine], list[tuple[int, str]]]:
    """Good rows as RosterLine and (row, reason) refusals; InvalidInput when the file cannot be
    read at all (nothing is changed then)."""
    parsed = read_roster(path)
    rows = [
        RosterLine(
            row=r.row,
            identifier=r.identifier,
            id_kind=r.id_kind,
            name=r.name,
            rank=r.rank,
            position=r.position,
            unit=r.unit,
            instansi=r.instansi,
        )
        for r in parsed.rows
    ]
    return rows, [(r.row, r.reason) for r in parsed.rejected]


def read_roster_upload(
    data: bytes, filename: str
) -> tuple[list[RosterLine], list[tuple[int, str]]]:
    """An uploaded roster, read through a private temporary file. Raises ValueError with the
    reader's message (naming the uploaded file, not the temporary one) when it cannot be read."""
    suffix = Path(filename).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        suffix = ".csv"
    with tempfile.TemporaryDirectory(prefix="pakta-roster-") as folder:
        path = Path(folder) / f"roster{suffix}"
        path.write_bytes(data)
        try:
            return read_roster_lines(path)
        except InvalidInput as exc:
            message = str(exc).replace(str(path), filename).replace(path.name, filename)
            raise ValueError(message) from None
