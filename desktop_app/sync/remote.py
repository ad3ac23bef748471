"""Other desks' signings pulled from the server: has this person already signed elsewhere?

Elsewhere is another desk of the same ceremony or, when the ceremony belongs to one of the
server's campaigns, any desk of any ceremony of that campaign (signed anywhere counts)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.storage.models import Ceremony, SignedPledge
from desktop_app.storage.queries import live_pledges_of
from desktop_app.storage.sync_models import RemoteSigning

SIGNING_KINDS = ("pledge", "resign")


def signed_elsewhere(session: Session, ceremony_id: str, identifier: str) -> RemoteSigning | None:
    """The earliest standing signing of this person at another desk (of this ceremony, or of
    another ceremony of its campaign), as last pulled."""
    campaign = session.scalar(select(Ceremony.campaign_id).where(Ceremony.id == ceremony_id))
    where = RemoteSigning.ceremony_id == ceremony_id
    if campaign:
        where = or_(where, RemoteSigning.campaign_id == campaign)
    rows = session.scalars(
        select(RemoteSigning).where(where, RemoteSigning.identifier == identifier)
    ).all()
    voided = {r.refers_to for r in rows if r.kind == "void"}
    standing = [r for r in rows if r.kind in SIGNING_KINDS and r.id not in voided]
    return min(standing, key=lambda r: r.signed_at) if standing else None


@dataclass(frozen=True)
class CampaignSigning:
    record_id: str
    signed_at: str
    ceremony_id: str
    ceremony_title: str
    ceremony_date: str


def signed_here_in_campaign(
    session: Session, ceremony_id: str, identifier: str
) -> CampaignSigning | None:
    """This desk's own standing signing of the person at another ceremony of the campaign
    (a desk that served two ceremonies of it)."""
    campaign = session.scalar(select(Ceremony.campaign_id).where(Ceremony.id == ceremony_id))
    if not campaign:
        return None
    others = session.execute(
        select(Ceremony.id, Ceremony.title, Ceremony.date)
        .where(Ceremony.campaign_id == campaign, Ceremony.id != ceremony_id)
        .where(
            Ceremony.id.in_(
                select(SignedPledge.ceremony_id).where(SignedPledge.identifier == identifier)
            )
        )
    ).all()
    found = [
        CampaignSigning(p.id, p.signed_at, cid, title, date)
        for cid, title, date in others
        for p in live_pledges_of(session, cid, identifier)
    ]
    return min(found, key=lambda s: s.signed_at) if found else None
