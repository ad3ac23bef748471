"""The attendant's search as they type: roster members by name or NIP, each with whether,
when and where they already signed (at this desk or, as last pulled, at another)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.ceremony_ref import find_ceremony
from desktop_app.services.attendees import search_employees
from desktop_app.services.lookup import EmployeeView
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.queries import SIGNING_KINDS
from desktop_app.storage.store import Store
from desktop_app.storage.sync_models import RemoteSigning


@dataclass(frozen=True)
class SearchHit:
    """One roster member found; ``signed_at`` is empty when they have not signed yet."""

    employee: EmployeeView
    signed_at: str = ""
    station_name: str = ""

    # The search results list reads these straight from a hit, as from an EmployeeView.
    @property
    def identifier(self) -> str:
        return self.employee.identifier

    @property
    def name(self) -> str:
        return self.employee.name

    @property
    def unit(self) -> str:
        return self.employee.unit

    @property
    def signed(self) -> bool:
        return bool(self.signed_at)


def search_roster(store: Store, query: str, ceremony_ref: str | None = None) -> list[SearchHit]:
    """``search_employees`` plus each person's standing signing (two queries for all hits)."""
    employees = search_employees(store, query, ceremony_ref)
    if not employees:
        return []
    identifiers = [e.identifier for e in employees]
    signed: dict[str, tuple[str, str]] = {}
    with store.read() as session:
        ceremony_id = find_ceremony(session, ceremony_ref).id
        local = session.execute(
            select(
                SignedPledge.id,
                SignedPledge.kind,
                SignedPledge.refers_to,
                SignedPledge.identifier,
                SignedPledge.signed_at,
            ).where(
                SignedPledge.ceremony_id == ceremony_id,
                SignedPledge.identifier.in_(identifiers),
            )
        ).all()
        remote = session.execute(
            select(
                RemoteSigning.id,
                RemoteSigning.kind,
                RemoteSigning.refers_to,
                RemoteSigning.identifier,
                RemoteSigning.signed_at,
                RemoteSigning.station_name,
            ).where(
                RemoteSigning.ceremony_id == ceremony_id,
                RemoteSigning.identifier.in_(identifiers),
            )
        ).all()
    here = store.station_name
    for rows, where in ((local, None), (remote, "remote")):
        voided = {r.refers_to for r in rows if r.kind == "void"}
        for r in sorted(rows, key=lambda r: r.signed_at):
            if r.kind in SIGNING_KINDS and r.id not in voided and r.identifier not in signed:
                station = r.station_name if where else here
                signed[r.identifier] = (r.signed_at, station)
    return [SearchHit(e, *signed.get(e.identifier, ("", ""))) for e in employees]
