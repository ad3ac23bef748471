"""What the reports show, read from the store: the roster with who signed, when and where."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select

from desktop_app.ceremony_ref import find_ceremony
from desktop_app.domain.errors import IntegrityFailure, SignatureDeleted
from desktop_app.domain.progress import NO_UNIT
from desktop_app.storage.models import Employee, SignedPledge
from desktop_app.storage.queries import live_pledges
from desktop_app.storage.store import Store


@dataclass(frozen=True)
class CeremonyHeader:
    id: str
    title: str
    date: str
    venue: str
    organizer: str
    expected: int | None


@dataclass
class AttendanceRow:
    name: str
    identifier: str
    id_kind: str
    rank: str
    position: str
    unit: str
    instansi: str
    record_id: str = ""
    signed_at: str = ""
    station_id: str = ""
    check_hash: str = ""
    image_png: bytes = b""

    @property
    def signed(self) -> bool:
        return bool(self.record_id)


@dataclass
class Attendance:
    ceremony: CeremonyHeader
    rows: list[AttendanceRow] = field(default_factory=list)  # sorted by unit, then name

    @property
    def signed(self) -> int:
        return sum(1 for r in self.rows if r.signed)

    def by_unit(self) -> Iterator[tuple[str, list[AttendanceRow]]]:
        current: list[AttendanceRow] = []
        unit = None
        for row in self.rows:
            if row.unit != unit and current:
                yield unit or NO_UNIT, current
                current = []
            unit = row.unit
            current.append(row)
        if current:
            yield unit or NO_UNIT, current


def load_attendance(store: Store, ceremony_ref: str | None, *, images: bool = True) -> Attendance:
    """The roster of a ceremony with each person's standing record (newest), in unit order."""
    with store.read() as session:
        ceremony = find_ceremony(session, ceremony_ref)
        header = CeremonyHeader(
            ceremony.id,
            ceremony.title,
            ceremony.date,
            ceremony.venue,
            ceremony.organizer,
            ceremony.expected,
        )
        live = live_pledges(ceremony.id)
        records: dict[str, SignedPledge] = {}
        for rec in session.scalars(select(SignedPledge).join(live, live.c.id == SignedPledge.id)):
            prior = records.get(rec.identifier)
            if prior is None or rec.signed_at > prior.signed_at:
                records[rec.identifier] = rec
        rows: list[AttendanceRow] = []
        seen: set[str] = set()
        for emp in session.scalars(select(Employee).where(Employee.ceremony_id == ceremony.id)):
            seen.add(emp.identifier)
            rows.append(
                AttendanceRow(
                    emp.name,
                    emp.identifier,
                    emp.id_kind,
                    emp.rank,
                    emp.position,
                    emp.unit,
                    emp.instansi,
                )
            )
        for ident, rec in records.items():
            if ident not in seen:  # signed elsewhere, roster entry not synced here
                rows.append(
                    AttendanceRow(
                        rec.name,
                        rec.identifier,
                        rec.id_kind,
                        rec.rank,
                        rec.position,
                        rec.unit,
                        rec.instansi,
                    )
                )
        for row in rows:
            rec_or_none = records.get(row.identifier)
            if rec_or_none is None:
                continue
            row.record_id, row.signed_at = rec_or_none.id, rec_or_none.signed_at
            row.station_id, row.check_hash = rec_or_none.station_id, rec_or_none.record_hash
            if images:
                try:
                    row.image_png = store.blobs.open(
                        rec_or_none.ceremony_id, rec_or_none.id, rec_or_none.image_blob
                    )
                except (IntegrityFailure, SignatureDeleted):
                    row.image_png = b""
        rows.sort(key=lambda r: ((r.unit or NO_UNIT).casefold(), r.name.casefold(), r.identifier))
        return Attendance(header, rows)
