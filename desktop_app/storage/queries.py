"""Shared read queries over the immutable records."""

from __future__ import annotations

from sqlalchemy import Subquery, select
from sqlalchemy.orm import Session

from desktop_app.storage.models import Employee, SignedPledge

SIGNING_KINDS = ("pledge", "resign")


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


def live_pledges_of(session: Session, ceremony_id: str, identifier: str) -> list[SignedPledge]:
    """This employee's signing records that stand (newest first)."""
    rows = session.scalars(
        select(SignedPledge)
        .where(
            SignedPledge.ceremony_id == ceremony_id,
            SignedPledge.identifier == identifier,
        )
        .order_by(SignedPledge.station_seq.desc())
    ).all()
    voided = {r.refers_to for r in rows if r.kind == "void"}
    return [r for r in rows if r.kind in SIGNING_KINDS and r.id not in voided]


def find_employee(session: Session, ceremony_id: str, identifier: str) -> Employee | None:
    return session.scalars(
        select(Employee).where(
            Employee.ceremony_id == ceremony_id, Employee.identifier == identifier
        )
    ).first()
