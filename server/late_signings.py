"""Signings a ceremony's berita acara does not cover: made after its closing was signed.

A closing (the PPK's and the witness's records; server.catalog trusts the one of the desk that
owns the ceremony, or of a hub desk an admin approved) closes the ceremony at every desk that
hears of it. A desk that was offline at that moment goes on signing until it next syncs. Those
signings are real and are kept and counted like any other, but the berita acara's counts do not
include them: the server shows them apart ("after the closing"), for the organiser to explain.

Computed when asked, not stamped at ingest, so the order in which the closing and the late
signings reach the server does not matter, and nothing in a push's path changes. Times are the
desks' own clocks as signed (a desk whose clock is wrong is visible on the record's page by
its ``clock_skew_s``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.catalog import may_close
from server.models import Record
from server.signing_scopes import standing


@dataclass(frozen=True)
class Closing:
    ceremony_id: str
    station_id: str
    record_id: str  # the PPK's closing record
    closed_at: str  # when the PPK signed the berita acara, as the closing desk wrote it


@dataclass(frozen=True)
class LateSigning:
    record_id: str
    identifier: str
    name: str
    unit: str
    station_id: str
    signed_at: str


def closings(session: Session, ceremony_ids: Iterable[str] | None = None) -> dict[str, Closing]:
    """The trusted closing of each closed ceremony (the earliest, should a desk send two)."""
    query = select(Record).where(Record.kind == "closing", Record.refers_to.is_(None))
    if ceremony_ids is not None:
        query = query.where(Record.ceremony_id.in_(sorted(set(ceremony_ids))))
    found: dict[str, tuple[dt.datetime, Closing]] = {}
    for row in session.scalars(query):
        moment = clock.parse(row.signed_at)
        if moment is None or not may_close(session, row.station_id, row.ceremony_id):
            continue
        earlier = found.get(row.ceremony_id)
        if earlier is None or moment < earlier[0]:
            closing = Closing(row.ceremony_id, row.station_id, row.id, row.signed_at)
            found[row.ceremony_id] = (moment, closing)
    return {cid: closing for cid, (_, closing) in found.items()}


def late_signings(session: Session, closing: Closing) -> list[LateSigning]:
    """The ceremony's standing signings made after its closing, oldest first."""
    closed = clock.parse(closing.closed_at)
    if closed is None:
        return []
    rows = session.execute(
        select(
            Record.id,
            Record.identifier,
            Record.name,
            Record.unit,
            Record.station_id,
            Record.signed_at,
        ).where(Record.ceremony_id == closing.ceremony_id, standing())
    ).all()
    late = []
    for row in rows:
        moment = clock.parse(row.signed_at)
        if moment is not None and moment > closed:
            late.append((moment, LateSigning(*row)))
    return [signing for _, signing in sorted(late, key=lambda pair: pair[0])]
