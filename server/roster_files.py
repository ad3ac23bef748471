"""Roster files on the server (`pakta server roster import` and the admin page's upload), read
by the reader the desks use (pakta_common.roster_file): one reader, the same tolerance."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

from pakta_common.errors import InvalidInput
from pakta_common.roster_file import CAMPAIGN_LIMITS, Rejection, read_roster, stream_roster
from server.campaign_roster import RosterItems
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


def stream_roster_items(path: Path) -> RosterItems:
    """A campaign's roster file, streamed by the same reader with the campaign's limits (a
    province's 440,000 rows are never all in memory), as RosterItems. InvalidInput when the
    file cannot be read as a roster at all; a file found unreadable part-way raises ValueError
    from the iteration (the import then rolls the whole file back)."""
    stream = stream_roster(path, CAMPAIGN_LIMITS)

    def items() -> Iterator[RosterLine | tuple[int, str]]:
        try:
            for item in stream.items:
                if isinstance(item, Rejection):
                    yield (item.row, item.reason)
                else:
                    yield RosterLine(
                        row=item.row,
                        identifier=item.identifier,
                        id_kind=item.id_kind,
                        name=item.name,
                        rank=item.rank,
                        position=item.position,
                        unit=item.unit,
                        instansi=item.instansi,
                    )
        except InvalidInput as exc:
            raise ValueError(str(exc)) from None

    return RosterItems(stream.fields, items())


def campaign_roster_upload(path: Path) -> RosterItems:
    """The admin page's campaign upload (saved by the server to a private file): the same
    streaming reader, a file that cannot be read as ValueError."""
    try:
        return stream_roster_items(path)
    except InvalidInput as exc:
        raise ValueError(str(exc)) from None
