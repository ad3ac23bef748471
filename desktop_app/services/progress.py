"""Progress of a ceremony: expected vs signed vs absent, per unit kerja; the desk's counter."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace

from sqlalchemy import func, select, union_all

from desktop_app.ceremony_ref import find_ceremony
from desktop_app.clock import iso_utc, parse_iso, utc_now
from desktop_app.domain.progress import NO_UNIT, Progress, UnitProgress
from desktop_app.storage.models import Employee
from desktop_app.storage.queries import SIGNING_KINDS, live_pledges
from desktop_app.storage.store import Store
from desktop_app.storage.sync_models import RemoteSigning


def ceremony_progress(store: Store, ceremony_ref: str | None = None) -> Progress:
    """Per-unit counts over the roster; a walk-in counts in its unit once signed."""
    with store.read() as session:
        ceremony = find_ceremony(session, ceremony_ref)
        live = live_pledges(ceremony.id)
        signed_ids = select(live.c.identifier).distinct().subquery()
        rows = session.execute(
            select(
                Employee.unit,
                func.count(Employee.id),
                func.count(signed_ids.c.identifier),
            )
            .outerjoin(signed_ids, signed_ids.c.identifier == Employee.identifier)
            .where(Employee.ceremony_id == ceremony.id)
            .group_by(Employee.unit)
            .order_by(Employee.unit)
        ).all()
        units = [UnitProgress(unit or NO_UNIT, expected, signed) for unit, expected, signed in rows]
        return Progress(ceremony.id, ceremony.title, units)


RATE_WINDOW = dt.timedelta(hours=1)  # the per-hour rate looks at the last hour of signings
MIN_RATE_SPAN = dt.timedelta(minutes=10)  # ...but never extrapolates from a few minutes


@dataclass(frozen=True)
class DeskCounter:
    """The counter the attendant always sees: this desk, every desk known here, the roster.

    ``all_desks`` counts distinct people with a standing signing here or, as last pulled from
    the server, at another desk; ``per_hour`` is the pace of the last hour (all desks);
    ``minutes_left`` estimates when the rest would be done at that pace (None: no pace yet).
    """

    ceremony_id: str
    this_desk: int
    all_desks: int
    expected: int
    per_hour: float
    minutes_left: int | None

    @property
    def remaining(self) -> int:
        return max(0, self.expected - self.all_desks)


def desk_counter(
    store: Store, ceremony_ref: str | None = None, now: dt.datetime | None = None
) -> DeskCounter:
    now = now or utc_now()
    with store.read() as session:
        ceremony = find_ceremony(session, ceremony_ref)
        live = live_pledges(ceremony.id)
        remote_voided = select(RemoteSigning.refers_to).where(
            RemoteSigning.kind == "void", RemoteSigning.refers_to.is_not(None)
        )
        remote = select(RemoteSigning.identifier, RemoteSigning.signed_at).where(
            RemoteSigning.ceremony_id == ceremony.id,
            RemoteSigning.kind.in_(SIGNING_KINDS),
            RemoteSigning.id.not_in(remote_voided),
        )
        everyone = union_all(select(live.c.identifier, live.c.signed_at), remote).subquery()
        this_desk = session.scalar(
            select(func.count(func.distinct(live.c.identifier))).where(
                live.c.station_id == store.station_id
            )
        )
        all_desks = session.scalar(select(func.count(func.distinct(everyone.c.identifier))))
        since = iso_utc(now - RATE_WINDOW)
        recent, first = session.execute(
            select(func.count(), func.min(everyone.c.signed_at)).where(
                everyone.c.signed_at >= since
            )
        ).one()
        roster = session.scalar(
            select(func.count(Employee.id)).where(Employee.ceremony_id == ceremony.id)
        )
        expected = ceremony.expected or roster or 0
    per_hour = 0.0
    if recent:
        span = min(RATE_WINDOW, max(MIN_RATE_SPAN, now - parse_iso(first)))
        per_hour = recent / (span / RATE_WINDOW)
    counter = DeskCounter(ceremony.id, this_desk or 0, all_desks or 0, expected, per_hour, None)
    if per_hour > 0:
        return replace(counter, minutes_left=math.ceil(counter.remaining / per_hour * 60))
    return counter
