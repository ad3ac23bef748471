"""Progress of a ceremony: expected vs signed vs absent, per unit kerja."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from desktop_app.services.ceremonies import find_ceremony
from desktop_app.storage.models import Employee
from desktop_app.storage.queries import live_pledges
from desktop_app.storage.store import Store

NO_UNIT = "(tanpa unit kerja)"


@dataclass(frozen=True)
class UnitProgress:
    unit: str
    expected: int
    signed: int

    @property
    def absent(self) -> int:
        return self.expected - self.signed

    def as_json(self) -> dict[str, object]:
        return {
            "unit": self.unit,
            "expected": self.expected,
            "signed": self.signed,
            "absent": self.absent,
        }


@dataclass(frozen=True)
class Progress:
    ceremony_id: str
    title: str
    units: list[UnitProgress] = field(default_factory=list)

    @property
    def expected(self) -> int:
        return sum(u.expected for u in self.units)

    @property
    def signed(self) -> int:
        return sum(u.signed for u in self.units)

    @property
    def absent(self) -> int:
        return self.expected - self.signed


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
