"""Shared read queries over the immutable records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Row, Subquery, bindparam, select
from sqlalchemy.orm import Session

from desktop_app.storage.models import Employee, SignedPledge
from desktop_app.storage.sync_models import RemoteSigning

SIGNING_KINDS = ("pledge", "resign")  # a closing record (domain.closing) is never an attendee
CLOSING_KIND = "closing"


def closing_record_of(session: Session, ceremony_id: str) -> str | None:
    """The id of the witness's closing record of this ceremony, here or pulled from another
    desk (None: the ceremony is open). A ceremony is closed once its witness has signed."""
    mine = session.scalar(
        select(SignedPledge.id)
        .where(
            SignedPledge.kind == CLOSING_KIND,
            SignedPledge.ceremony_id == ceremony_id,
            SignedPledge.refers_to.is_not(None),
        )
        .limit(1)
    )
    if mine is not None:
        return str(mine)
    theirs = session.scalar(
        select(RemoteSigning.id)
        .where(
            RemoteSigning.kind == CLOSING_KIND,
            RemoteSigning.ceremony_id == ceremony_id,
            RemoteSigning.refers_to.is_not(None),
        )
        .limit(1)
    )
    return None if theirs is None else str(theirs)


def live_pledges(ceremony_id: str) -> Subquery:
    """Pledge and re-sign records of a ceremony that no void record cancels."""
    voided = select(SignedPledge.refers_to).where(
        SignedPledge.kind == "void", SignedPledge.refers_to.is_not(None)
    )
    return (
        select(SignedPledge)
        .where(
            SignedPledge.ceremony_id == ceremony_id,
            SignedPledge.kind.in_(SIGNING_KINDS),
            SignedPledge.id.not_in(voided),
        )
        .subquery("live")
    )


@dataclass(frozen=True)
class SigningRef:
    """Enough of a standing signing record to say when and where someone signed."""

    id: str
    kind: str
    station_id: str
    signed_at: str
    station_seq: int


_SIGNINGS = select(
    SignedPledge.id,
    SignedPledge.kind,
    SignedPledge.refers_to,
    SignedPledge.station_id,
    SignedPledge.signed_at,
    SignedPledge.station_seq,
).where(
    SignedPledge.ceremony_id == bindparam("ceremony_id"),
    SignedPledge.identifier == bindparam("identifier"),
)

_EMPLOYEE = select(
    Employee.identifier,
    Employee.id_kind,
    Employee.name,
    Employee.rank,
    Employee.position,
    Employee.unit,
    Employee.instansi,
    Employee.flagged,
).where(
    Employee.ceremony_id == bindparam("ceremony_id"),
    Employee.identifier == bindparam("identifier"),
)


def live_pledges_of(session: Session, ceremony_id: str, identifier: str) -> list[SigningRef]:
    """This employee's signing records that no void cancels (newest first).

    Plain Core rows rather than ORM objects: this runs on every badge scan.
    """
    rows = (
        session.connection()
        .execute(_SIGNINGS, {"ceremony_id": ceremony_id, "identifier": identifier})
        .all()
    )
    voided = {r.refers_to for r in rows if r.kind == "void"}
    live = [
        SigningRef(
            id=r.id,
            kind=r.kind,
            station_id=r.station_id,
            signed_at=r.signed_at,
            station_seq=r.station_seq,
        )
        for r in rows
        if r.kind in SIGNING_KINDS and r.id not in voided
    ]
    return sorted(live, key=lambda r: (r.signed_at, r.station_seq), reverse=True)


def employee_row(session: Session, ceremony_id: str, identifier: str) -> Row[Any] | None:
    """The roster row (identifier, id_kind, name, rank, position, unit, instansi, flagged)."""
    row = (
        session.connection()
        .execute(_EMPLOYEE, {"ceremony_id": ceremony_id, "identifier": identifier})
        .first()
    )
    return cast("Row[Any] | None", row)


def find_employee(session: Session, ceremony_id: str, identifier: str) -> Employee | None:
    return session.scalars(
        select(Employee).where(
            Employee.ceremony_id == ceremony_id, Employee.identifier == identifier
        )
    ).first()
