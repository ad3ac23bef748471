"""What the server holds: per-ceremony counts, progress by unit, duplicates, exports."""

from __future__ import annotations

import csv
import io
from collections import Counter as Tally
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, func, select, true
from sqlalchemy.orm import Session, aliased

from pakta_common.integrity.cells import neutralise_cell
from server.late_signings import closings, late_signings
from server.models import Ceremony, CeremonyPurge, DuplicatePair, Record, RosterEntry, Station
from server.signing_scopes import standing, voided_ids


@dataclass(frozen=True)
class CeremonySummary:
    id: str
    title: str
    date: str
    venue: str
    expected: int | None
    roster: int
    signed: int  # distinct people with a standing signing: a duplicate counts once
    records: int
    duplicates: int
    open_duplicates: int
    stations: int
    purged_at: str = ""  # signatures deleted at the end of the retention period
    closed_at: str = ""  # the berita acara's signing (server.late_signings), if closed
    after_closing: int = 0  # standing signings made after it: not in the berita acara

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class UnitProgress:
    unit: str
    roster: int
    signed: int

    @property
    def percent(self) -> int:
        return round(100 * self.signed / self.roster) if self.roster else 0


def ceremony_summaries(
    session: Session, ceremony_ids: list[str] | None = None
) -> list[CeremonySummary]:
    """Every ceremony's summary, or only those of ``ceremony_ids`` (counted for them alone)."""

    def only(column: Any) -> ColumnElement[bool]:
        return true() if ceremony_ids is None else column.in_(ceremony_ids)

    counts = {
        r.ceremony_id: r
        for r in session.execute(
            select(
                Record.ceremony_id,
                func.count().label("records"),
                func.count(func.distinct(Record.station_id)).label("stations"),
            )
            .where(only(Record.ceremony_id))
            .group_by(Record.ceremony_id)
        )
    }
    signed = dict(
        session.execute(
            select(Record.ceremony_id, func.count(func.distinct(Record.identifier)))
            .where(only(Record.ceremony_id), standing())
            .group_by(Record.ceremony_id)
        ).all()
    )
    pairs = {
        r.ceremony_id: (int(r.total), int(r.open))
        for r in session.execute(
            select(
                DuplicatePair.ceremony_id,
                func.count().label("total"),
                func.sum(case((DuplicatePair.status == "open", 1), else_=0)).label("open"),
            )
            .where(only(DuplicatePair.ceremony_id))
            .group_by(DuplicatePair.ceremony_id)
        )
    }
    roster = dict(
        session.execute(
            select(RosterEntry.ceremony_id, func.count())
            .where(only(RosterEntry.ceremony_id))
            .group_by(RosterEntry.ceremony_id)
        ).all()
    )
    known = {c.id: c for c in session.scalars(select(Ceremony).where(only(Ceremony.id)))}
    purged = dict(
        session.execute(
            select(CeremonyPurge.ceremony_id, CeremonyPurge.purged_at).where(
                only(CeremonyPurge.ceremony_id)
            )
        ).all()
    )
    closed = closings(session, ceremony_ids)
    out = []
    for cid in sorted(
        set(known) | set(counts), key=lambda i: (known[i].date if i in known else "", i)
    ):
        c = known.get(cid)
        n = counts.get(cid)
        total, open_ = pairs.get(cid, (0, 0))
        out.append(
            CeremonySummary(
                id=cid,
                title=c.title if c else "(not published by any station yet)",
                date=c.date if c else "",
                venue=c.venue if c else "",
                expected=c.expected if c else None,
                roster=int(roster.get(cid, 0)),
                signed=int(signed.get(cid, 0)),
                records=int(n.records) if n else 0,
                duplicates=total,
                open_duplicates=open_,
                stations=int(n.stations) if n else 0,
                purged_at=purged.get(cid, ""),
                closed_at=closed[cid].closed_at if cid in closed else "",
                after_closing=len(late_signings(session, closed[cid])) if cid in closed else 0,
            )
        )
    return out


def ceremony_summary(session: Session, ceremony_id: str) -> CeremonySummary | None:
    """One ceremony's summary, counted for it alone (the admin's ceremony page)."""
    return next(iter(ceremony_summaries(session, [ceremony_id])), None)


def progress_by_unit(session: Session, ceremony_id: str) -> list[UnitProgress]:
    roster = dict(
        session.execute(
            select(RosterEntry.identifier, RosterEntry.unit).where(
                RosterEntry.ceremony_id == ceremony_id
            )
        ).all()
    )
    signed_units: dict[str, str] = {}
    for identifier, unit in session.execute(
        select(Record.identifier, Record.unit).where(Record.ceremony_id == ceremony_id, standing())
    ).all():
        signed_units[identifier] = roster.get(identifier, unit)
    roster_tally = Tally(roster.values())
    signed_tally = Tally(signed_units.values())
    units = sorted(set(roster_tally) | set(signed_tally), key=lambda u: (u == "", u.lower()))
    return [UnitProgress(u or "(no unit)", roster_tally[u], signed_tally[u]) for u in units]


@dataclass(frozen=True)
class PairView:
    id: int
    identifier: str
    status: str
    note: str
    reviewed_by: str
    first: Record
    second: Record


def duplicate_pairs(session: Session, ceremony_id: str) -> list[PairView]:
    first, second = aliased(Record), aliased(Record)
    rows = session.execute(
        select(DuplicatePair, first, second)
        .join(first, first.id == DuplicatePair.first_record)
        .join(second, second.id == DuplicatePair.second_record)
        .where(DuplicatePair.ceremony_id == ceremony_id)
        .order_by(DuplicatePair.status.desc(), DuplicatePair.id)
    ).all()
    return [
        PairView(
            id=p.id,
            identifier=p.identifier,
            status=p.status,
            note=p.note,
            reviewed_by=p.reviewed_by,
            first=a,
            second=b,
        )
        for p, a, b in rows
    ]


def station_names(session: Session) -> dict[str, str]:
    return {
        uuid: name
        for uuid, name in session.execute(select(Station.station_uuid, Station.name)).all()
        if uuid
    }


EXPORT_COLUMNS = (
    "record_id",
    "kind",
    "refers_to",
    "identifier",
    "name",
    "rank",
    "position",
    "unit",
    "instansi",
    "station",
    "station_seq",
    "signed_at",
    "received_at",
    "record_hash",
    "voided",
    "duplicate",
)


def export_csv(session: Session, ceremony_id: str) -> str:
    """Every record of the ceremony (signings, re-signs, voids) as CSV, in signing order."""
    names = station_names(session)
    voided = {r for r in session.scalars(voided_ids()) if r}
    paired: set[str] = set()
    for a, b in session.execute(
        select(DuplicatePair.first_record, DuplicatePair.second_record).where(
            DuplicatePair.ceremony_id == ceremony_id
        )
    ).all():
        paired |= {a, b}
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(EXPORT_COLUMNS)
    for r in session.scalars(
        select(Record)
        .where(Record.ceremony_id == ceremony_id)
        .order_by(Record.signed_at, Record.id)
    ):
        writer.writerow(
            neutralise_cell(cell)
            for cell in (
                r.id,
                r.kind,
                r.refers_to or "",
                r.identifier,
                r.name,
                r.rank,
                r.position,
                r.unit,
                r.instansi,
                names.get(r.station_id, r.station_id),
                r.station_seq,
                r.signed_at,
                r.received_at,
                r.record_hash,
                "yes" if r.id in voided else "",
                "yes" if r.id in paired else "",
            )
        )
    return buf.getvalue()
