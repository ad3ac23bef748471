"""Which venue hubs the central server trusts to introduce and relay desks, per ceremony.

A hub relays with its host desk's central token. Central takes a desk it learns of only
through a hub (an introduction: the desk's own key proof from its join) when that hub is
trusted for the ceremony of the desk's records: the hub's host desk owns the ceremony on
central (it made and published it), or an admin approved that hub for it
(``pakta server hub approve``). Anything else waits, and is taken once trust is given.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pakta_common.venue_wire import HUB_NOT_TRUSTED_YET
from server import clock
from server.models import Ceremony, HubApproval, Station
from server.ownership import owner_name
from server.retention import resolve_ceremony
from server.stations import AdminError, NotFound, audit, find_station


@dataclass(frozen=True)
class Approval:
    station: str  # the host desk's name on central
    ceremony_id: str
    changed: bool  # False: it was already so


def trust_problem(session: Session, relayer_uuid: str, ceremony_id: str) -> str:
    """ "" when the hub of this central station may relay desks for this ceremony."""
    ceremony = session.get(Ceremony, ceremony_id)
    if ceremony is not None and ceremony.owner_station == relayer_uuid:
        return ""
    approved = session.scalar(
        select(HubApproval.id).where(
            HubApproval.station_uuid == relayer_uuid, HubApproval.ceremony_id == ceremony_id
        )
    )
    if approved is not None:
        return ""
    if ceremony is None:
        return f"{HUB_NOT_TRUSTED_YET}: ceremony {ceremony_id} is not on this server yet"
    return (
        f"{HUB_NOT_TRUSTED_YET}: ceremony {ceremony_id} belongs to "
        f"{owner_name(session, ceremony)}; an admin approves this hub for it "
        "(pakta server hub approve)"
    )


def approve_hub(session: Session, station_ref: str, ceremony_ref: str, *, actor: str) -> Approval:
    """Trust the hub of this enrolled desk for a ceremony (by id or unique prefix). Approving
    twice changes nothing. Relayed records that were waiting are taken at the hub's next try."""
    station = _station(session, station_ref)
    if not station.station_uuid or station.revoked_at or station.token_hash is None:
        raise AdminError(f"station {station.name!r} is not an enrolled desk; it hosts no hub")
    ceremony_id = _ceremony(session, ceremony_ref)
    held = _approval(session, station.station_uuid, ceremony_id)
    if held is None:
        session.add(
            HubApproval(
                station_uuid=station.station_uuid,
                ceremony_id=ceremony_id,
                approved_by=actor[:120],
                approved_at=clock.now_iso(),
            )
        )
        audit(session, actor, "hub_approve", station=station.name, ceremony=ceremony_id)
    return Approval(station.name, ceremony_id, changed=held is None)


def revoke_hub(session: Session, station_ref: str, ceremony_ref: str, *, actor: str) -> Approval:
    """Withdraw an approval: records already taken stay; the desks this hub introduced wait
    again for their next records. NotFound when there was no such approval."""
    station = _station(session, station_ref)
    ceremony_id = _ceremony(session, ceremony_ref)
    held = _approval(session, station.station_uuid or "", ceremony_id)
    if held is None:
        raise NotFound(
            f"the hub of {station.name} was not approved for ceremony {ceremony_id}; "
            "nothing changed"
        )
    session.delete(held)
    audit(session, actor, "hub_revoke", station=station.name, ceremony=ceremony_id)
    return Approval(station.name, ceremony_id, changed=True)


def _station(session: Session, ref: str) -> Station:
    """The station by name or id; NotFound (CLI exit 1) when there is none."""
    try:
        return find_station(session, ref)
    except AdminError as exc:
        raise NotFound(str(exc)) from None


def _ceremony(session: Session, ref: str) -> str:
    """The ceremony id (id or unique prefix); NotFound (CLI exit 1) when the server has none."""
    try:
        return resolve_ceremony(session, ref)
    except AdminError as exc:
        if str(exc).startswith("no ceremony"):
            raise NotFound(str(exc)) from None
        raise


def _approval(session: Session, station_uuid: str, ceremony_id: str) -> HubApproval | None:
    return session.scalar(
        select(HubApproval).where(
            HubApproval.station_uuid == station_uuid, HubApproval.ceremony_id == ceremony_id
        )
    )
