"""The venue's totals: per desk, all desks, expected, per unit, rate and end estimate."""

from __future__ import annotations

import datetime as dt
from collections import Counter as Tally

from sqlalchemy import select
from sqlalchemy.orm import Session

from pakta_common.venue_wire import Board, DeskTotal, UnitTotal
from server import clock
from server.models import Ceremony, Record, RosterEntry, Station, Template

SIGNING_KINDS = ("pledge", "resign")
RATE_WINDOW = dt.timedelta(minutes=10)
ONLINE_WITHIN = dt.timedelta(minutes=2)  # stations' last_seen_at moves at most once a minute
NO_UNIT = "-"


def latest_ceremony(session: Session) -> str:
    row = session.scalars(select(Ceremony.id).order_by(Ceremony.change_seq.desc())).first()
    return row or ""


def build_board(session: Session, ceremony_id: str) -> Board | None:
    """The board of one ceremony, or None when the hub does not hold it (yet)."""
    ceremony = session.get(Ceremony, ceremony_id) if ceremony_id else None
    if ceremony is None:
        return None
    template = session.get(Template, ceremony.template_id)
    roster = dict(
        session.execute(
            select(RosterEntry.identifier, RosterEntry.unit).where(
                RosterEntry.ceremony_id == ceremony_id
            )
        ).all()
    )
    records = session.execute(
        select(
            Record.id,
            Record.kind,
            Record.refers_to,
            Record.identifier,
            Record.unit,
            Record.station_id,
            Record.signed_at,
        ).where(Record.ceremony_id == ceremony_id)
    ).all()
    voided = {r.refers_to for r in records if r.kind == "void"}
    standing = [r for r in records if r.kind in SIGNING_KINDS and r.id not in voided]
    first_at: dict[str, str] = {}
    stations_of: dict[str, set[str]] = {}
    per_desk: Tally[str] = Tally()
    unit_of: dict[str, str] = {}
    for r in standing:
        per_desk[r.station_id] += 1
        stations_of.setdefault(r.identifier, set()).add(r.station_id)
        if r.identifier not in first_at or r.signed_at < first_at[r.identifier]:
            first_at[r.identifier] = r.signed_at
        unit_of[r.identifier] = roster.get(r.identifier) or r.unit or NO_UNIT
    expected = ceremony.expected if ceremony.expected else len(roster)
    now = clock.now()
    desks = [
        DeskTotal(
            station_id=s.station_uuid or "",
            name=s.name,
            signed=per_desk.get(s.station_uuid or "", 0),
            online=_recent(s.last_seen_at, now),
            last_seen_at=s.last_seen_at,
        )
        for s in session.scalars(
            select(Station).where(Station.station_uuid.is_not(None)).order_by(Station.name)
        )
        if s.station_uuid in per_desk or not s.revoked_at
    ]
    expected_by_unit: Tally[str] = Tally(u or NO_UNIT for u in roster.values())
    signed_by_unit: Tally[str] = Tally(unit_of.values())
    units = [
        UnitTotal(unit=u, expected=expected_by_unit.get(u, 0), signed=signed_by_unit.get(u, 0))
        for u in sorted(set(expected_by_unit) | set(signed_by_unit))
    ]
    since = clock.iso(now - RATE_WINDOW)
    recent = sum(1 for at in first_at.values() if at >= since)
    per_minute = recent / (RATE_WINDOW.total_seconds() / 60)
    left = max(expected - len(first_at), 0)
    eta = round(left / per_minute, 1) if per_minute > 0 else None
    return Board(
        ceremony_id=ceremony.id,
        title=ceremony.title,
        venue=ceremony.venue,
        date=ceremony.date,
        pledge_title=template.title if template else "",
        pledge_version=template.version if template else 0,
        pledge_sha256=template.sha256 if template else "",
        pledge_text=template.text if template else "",
        expected=expected,
        signed_total=len(first_at),
        duplicates=sum(1 for s in stations_of.values() if len(s) > 1),
        desks=desks,
        units=units,
        per_minute=round(per_minute, 2),
        eta_minutes=eta if left else 0.0,
        generated_at=clock.iso(now),
    )


def _recent(stamp: str, now: dt.datetime) -> bool:
    moment = clock.parse(stamp) if stamp else None
    return moment is not None and now - moment <= ONLINE_WITHIN
