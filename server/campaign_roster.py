"""A campaign's roster import: the SIASN export of a whole instansi (440,000 rows and more),
streamed from the station's roster reader into the database without holding the file's rows.

The reader (the desk's own, wired in by the composition root: server/ never imports it)
yields each good row or refused row; good rows go straight into a staging table (COPY on
PostgreSQL), duplicates are refused there by the desk's rule (every row of an identifier
that appears twice), and one UPDATE and one INSERT merge the rest into the roster: new people
added, changed ones updated, nobody removed. Then the expected count per unit is rewritten
and the campaign's tally recounted. One transaction: a file that turns out unreadable
half-way changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from server import clock
from server.campaign_tally import count_expected, rebuild
from server.campaigns import find_campaign
from server.organiser import RosterLine
from server.stations import AdminError, audit

STAGING = "campaign_staging"
_COLUMNS = ("row_no", "identifier", "id_kind", "name", "rank", "position", "unit", "instansi")
_OPTIONAL = ("rank", "position", "unit", "instansi")  # updated only when the file has them
_SQLITE_CHUNK = 5_000


@dataclass
class RosterItems:
    """A roster file as the reader streams it: the fields it has a column for, and each row
    in file order, good (a RosterLine) or refused ((row, reason)). Iterating raises
    ValueError when the file turns out unreadable."""

    fields: frozenset[str]
    items: Iterator[RosterLine | tuple[int, str]]


@dataclass
class CampaignImport:
    campaign: str
    read: int = 0  # good rows read, duplicates included
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[dict[str, object]] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "campaign": self.campaign,
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
        }


def _pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _create_staging(session: Session) -> None:
    pg = _pg(session)
    if not pg:  # SQLite has no ON COMMIT DROP: a table left by an earlier failure goes first
        session.execute(text(f"DROP TABLE IF EXISTS temp.{STAGING}"))
    session.execute(
        text(
            f"CREATE TEMP TABLE {STAGING} (row_no INTEGER NOT NULL, identifier VARCHAR(40) "
            "NOT NULL, id_kind VARCHAR(8) NOT NULL, name VARCHAR(300) NOT NULL, rank "
            "VARCHAR(300) NOT NULL, position VARCHAR(300) NOT NULL, unit VARCHAR(300) NOT NULL, "
            "instansi VARCHAR(300) NOT NULL)" + (" ON COMMIT DROP" if pg else "")
        )
    )


def _values(line: RosterLine) -> tuple[Any, ...]:
    return (
        line.row,
        line.identifier,
        line.id_kind,
        line.name,
        line.rank,
        line.position,
        line.unit,
        line.instansi,
    )


def _stage(
    session: Session, items: Iterator[RosterLine | tuple[int, str]]
) -> tuple[int, list[tuple[int, str]]]:
    """Good rows into the staging table as they are read; returns (rows, refusals)."""
    refused: list[tuple[int, str]] = []
    count = 0
    if _pg(session):
        dbapi: Any = session.connection().connection.driver_connection
        with (
            dbapi.cursor() as cur,
            cur.copy(f"COPY {STAGING} ({', '.join(_COLUMNS)}) FROM STDIN") as copy,
        ):
            for item in items:
                if isinstance(item, tuple):
                    refused.append(item)
                else:
                    copy.write_row(_values(item))
                    count += 1
        session.execute(text(f"ANALYZE {STAGING}"))
        return count, refused
    insert = text(
        f"INSERT INTO {STAGING} ({', '.join(_COLUMNS)}) VALUES "
        f"({', '.join(':' + c for c in _COLUMNS)})"
    )
    chunk: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, tuple):
            refused.append(item)
            continue
        chunk.append(dict(zip(_COLUMNS, _values(item), strict=True)))
        count += 1
        if len(chunk) >= _SQLITE_CHUNK:
            session.execute(insert, chunk)
            chunk = []
    if chunk:
        session.execute(insert, chunk)
    return count, refused


def _refuse_duplicates(session: Session) -> list[tuple[int, str]]:
    """Every row of an identifier the file holds twice is refused (the desk's rule), naming
    the other rows; those rows leave the staging table."""
    rows = session.execute(
        text(
            f"SELECT identifier, row_no FROM {STAGING} WHERE identifier IN (SELECT identifier "
            f"FROM {STAGING} GROUP BY identifier HAVING COUNT(*) > 1) ORDER BY identifier, row_no"
        )
    ).all()
    by_identifier: dict[str, list[int]] = {}
    for identifier, row_no in rows:
        by_identifier.setdefault(identifier, []).append(int(row_no))
    refused = []
    for identifier, numbers in by_identifier.items():
        for n in numbers:
            others = ", ".join(str(r) for r in numbers if r != n)
            refused.append((n, f"duplicate identifier {identifier} (also in row {others})"))
    if by_identifier:
        session.execute(
            text(
                f"DELETE FROM {STAGING} WHERE identifier IN (SELECT identifier FROM {STAGING} "
                "GROUP BY identifier HAVING COUNT(*) > 1)"
            )
        )
    return refused


def _merge(session: Session, campaign_id: str, fields: frozenset[str], now: str) -> tuple[int, int]:
    """Changed people updated, new people added; returns (added, updated)."""
    changing = ["name", *(f for f in _OPTIONAL if f in fields)]
    differs = " OR ".join(f"campaign_person.{f} <> s.{f}" for f in changing)
    assignments = ", ".join(f"{f} = s.{f}" for f in changing)
    updated = _changed(
        session.execute(
            text(
                f"UPDATE campaign_person SET {assignments}, row_no = s.row_no, updated_at = :now "
                f"FROM {STAGING} s WHERE campaign_person.campaign_id = :campaign "
                f"AND campaign_person.identifier = s.identifier AND ({differs})"
            ),
            {"campaign": campaign_id, "now": now},
        )
    )
    added = _changed(
        session.execute(
            text(
                "INSERT INTO campaign_person (campaign_id, identifier, id_kind, name, rank, "
                "position, unit, instansi, row_no, updated_at) "
                "SELECT CAST(:campaign AS VARCHAR(36)), s.identifier, s.id_kind, s.name, s.rank, "
                "s.position, s.unit, s.instansi, s.row_no, CAST(:now AS VARCHAR(32)) "
                f"FROM {STAGING} s WHERE NOT EXISTS (SELECT 1 FROM campaign_person p "
                "WHERE p.campaign_id = CAST(:campaign AS VARCHAR(36)) "
                "AND p.identifier = s.identifier)"
            ),
            {"campaign": campaign_id, "now": now},
        )
    )
    return added, updated


def _changed(result: Any) -> int:
    """Rows an UPDATE or INSERT ... SELECT changed (a CursorResult's rowcount)."""
    return int(result.rowcount)


def import_campaign_roster(
    session: Session, campaign_ref: str, roster: RosterItems, *, source: str, actor: str
) -> CampaignImport:
    """Stream a roster file into the campaign (in the caller's transaction). AdminError when
    the file cannot be read (nothing changes: the caller's transaction is rolled back)."""
    campaign = find_campaign(session, campaign_ref)
    result = CampaignImport(campaign.id)
    _create_staging(session)
    try:
        result.read, refused = _stage(session, roster.items)
    except ValueError as exc:
        raise AdminError(str(exc)) from None
    refused += _refuse_duplicates(session)
    refused.sort()
    result.rejected = [{"row": r, "reason": why} for r, why in refused]
    duplicates = sum(1 for _, why in refused if why.startswith("duplicate identifier"))
    now = clock.now_iso()
    result.imported, result.updated = _merge(session, campaign.id, roster.fields, now)
    result.unchanged = result.read - duplicates - result.imported - result.updated
    if not _pg(session):
        session.execute(text(f"DROP TABLE temp.{STAGING}"))
    elif result.imported + result.updated > 10_000:
        session.execute(text("ANALYZE campaign_person"))  # the planner learns the new size
    count_expected(session, campaign.id)
    if result.imported or result.updated:
        rebuild(session, campaign.id)  # people may have moved unit, or joined from walk-ins
    campaign.roster_source, campaign.roster_imported_at = source[:300], now
    audit(
        session,
        actor,
        "campaign_roster_import",
        campaign=campaign.id,
        source=source[:200],
        imported=result.imported,
        updated=result.updated,
        rejected=len(result.rejected),
    )
    return result
