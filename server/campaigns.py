"""Campaigns: made by the organiser, found by id or title, and their ceremonies, each taking a
subset of the campaign's roster (by unit, or by a list of identifiers). Audited."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert, literal, select
from sqlalchemy.orm import Session

from server import clock
from server.campaign_models import Campaign, CampaignPerson, CampaignUnit
from server.db import take_change_numbers
from server.models import Ceremony, RosterEntry
from server.organiser import create_ceremony
from server.retention import resolve_ceremony
from server.stations import AdminError, audit

MAX_TITLE = 300
_MIN_PREFIX = 4
_CHUNK = 500


def create_campaign(session: Session, *, title: str, instansi: str = "", actor: str) -> Campaign:
    title, instansi = title.strip(), instansi.strip()
    if not title:
        raise AdminError("the campaign title is empty")
    if len(title) > MAX_TITLE or len(instansi) > MAX_TITLE:
        raise AdminError(f"the campaign title and instansi are at most {MAX_TITLE} characters")
    campaign = Campaign(
        id=str(uuid.uuid4()),
        title=title,
        instansi=instansi,
        created_at=clock.now_iso(),
        created_by=actor[:120],
        roster_source="",
        roster_imported_at="",
    )
    session.add(campaign)
    audit(session, actor, "campaign_create", campaign=campaign.id, title=title)
    session.flush()
    return campaign


def find_campaign(session: Session, ref: str) -> Campaign:
    """A campaign by id, unique id prefix (4+ characters) or exact title."""
    ref = ref.strip()
    if not ref:
        raise AdminError("give the campaign id (see `pakta server campaign list`)")
    found = session.get(Campaign, ref.lower())
    if found is not None:
        return found
    matches = list(session.scalars(select(Campaign).where(Campaign.title == ref)))
    if len(ref) >= _MIN_PREFIX and not matches:
        matches = list(session.scalars(select(Campaign).where(Campaign.id.startswith(ref.lower()))))
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise AdminError(f"{ref!r} matches {len(matches)} campaigns; give more of the id")
    raise AdminError(f"no campaign {ref!r} on this server (see `pakta server campaign list`)")


def list_campaigns(session: Session) -> list[Campaign]:
    return list(session.scalars(select(Campaign).order_by(Campaign.created_at)))


def campaign_ceremonies(session: Session, campaign_id: str) -> list[Ceremony]:
    return list(
        session.scalars(
            select(Ceremony)
            .where(Ceremony.campaign_id == campaign_id)
            .order_by(Ceremony.date, Ceremony.title)
        )
    )


def campaign_units(session: Session, campaign_id: str) -> list[str]:
    return list(
        session.scalars(
            select(CampaignUnit.unit)
            .where(CampaignUnit.campaign_id == campaign_id)
            .order_by(CampaignUnit.unit)
        )
    )


def campaign_zone(session: Session, campaign_id: str) -> str:
    """The IANA zone the campaign's lists speak in: its ceremonies' (the earliest's when they
    differ), else Jakarta's (WIB)."""
    zone = session.scalar(
        select(Ceremony.timezone)
        .where(Ceremony.campaign_id == campaign_id, Ceremony.timezone != "")
        .order_by(Ceremony.date, Ceremony.title)
        .limit(1)
    )
    return zone or "Asia/Jakarta"


@dataclass(frozen=True)
class Taken:
    ceremony: str
    added: int  # roster entries new to the ceremony
    roster: int  # the ceremony's roster now

    def as_json(self) -> dict[str, object]:
        return {"ceremony": self.ceremony, "added": self.added, "roster": self.roster}


def create_campaign_ceremony(
    session: Session,
    campaign_ref: str,
    *,
    title: str,
    date: str,
    venue: str,
    organizer: str = "",
    expected: int | None = None,
    pledge_text: str | None = None,
    units: Sequence[str] = (),
    identifiers: Sequence[str] = (),
    actor: str,
) -> tuple[Ceremony, Taken]:
    """An organiser's ceremony of the campaign, its roster taken from the campaign's."""
    campaign = find_campaign(session, campaign_ref)
    _check_selection(session, campaign.id, units, identifiers)  # before anything is written
    ceremony = create_ceremony(
        session,
        title=title,
        date=date,
        venue=venue,
        organizer=organizer,
        expected=expected,
        pledge_text=pledge_text,
        actor=actor,
    )
    ceremony.campaign_id = campaign.id
    taken = take_roster(session, ceremony.id, units, identifiers, actor=actor)
    if expected is None:
        ceremony.expected = taken.roster
    session.flush()
    return ceremony, taken


def _check_selection(
    session: Session, campaign_id: str, units: Sequence[str], identifiers: Sequence[str]
) -> None:
    known_units = set(campaign_units(session, campaign_id))
    unknown = [u for u in units if u not in known_units]
    if unknown:
        raise AdminError(
            f"no unit {unknown[0]!r} in the campaign's roster"
            + (f" (and {len(unknown) - 1} more)" if len(unknown) > 1 else "")
        )
    wanted = sorted(set(identifiers))
    found: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        found |= set(
            session.scalars(
                select(CampaignPerson.identifier).where(
                    CampaignPerson.campaign_id == campaign_id,
                    CampaignPerson.identifier.in_(wanted[start : start + _CHUNK]),
                )
            )
        )
    missing = [i for i in identifiers if i not in found]
    if missing:
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        raise AdminError(f"{len(missing)} identifier(s) are not on the campaign's roster: {shown}")


def take_roster(
    session: Session,
    ceremony_ref: str,
    units: Sequence[str],
    identifiers: Sequence[str],
    *,
    actor: str,
) -> Taken:
    """Add the campaign's people of these units, and these identifiers, to the ceremony's
    roster (people already on it stay as they are); the desks pull them."""
    ceremony = session.get(Ceremony, resolve_ceremony(session, ceremony_ref))
    if ceremony is None or not ceremony.campaign_id:
        raise AdminError(f"ceremony {ceremony_ref!r} does not belong to a campaign")
    campaign_id = ceremony.campaign_id
    _check_selection(session, campaign_id, units, identifiers)
    top = take_change_numbers(session, 0) - 1  # holds the counter: pulls see all or nothing
    now = clock.now_iso()
    added = 0
    selections = [CampaignPerson.unit.in_(list(units))] if units else []
    wanted = sorted(set(identifiers))
    selections += [
        CampaignPerson.identifier.in_(wanted[start : start + _CHUNK])
        for start in range(0, len(wanted), _CHUNK)
    ]
    for selection in selections:
        fresh = (
            select(CampaignPerson.identifier)
            .where(CampaignPerson.campaign_id == campaign_id, selection)
            .where(
                CampaignPerson.identifier.not_in(
                    select(RosterEntry.identifier).where(RosterEntry.ceremony_id == ceremony.id)
                )
            )
        )
        count = int(session.scalar(select(func.count()).select_from(fresh.subquery())) or 0)
        if not count:
            continue
        first = top + added  # row_number() counts from 1
        number = func.row_number().over(order_by=CampaignPerson.identifier)
        session.execute(
            insert(RosterEntry).from_select(
                [
                    "ceremony_id",
                    "identifier",
                    "id_kind",
                    "name",
                    "rank",
                    "position",
                    "unit",
                    "instansi",
                    "updated_at",
                    "change_seq",
                ],
                select(
                    literal(ceremony.id),
                    CampaignPerson.identifier,
                    CampaignPerson.id_kind,
                    CampaignPerson.name,
                    CampaignPerson.rank,
                    CampaignPerson.position,
                    CampaignPerson.unit,
                    CampaignPerson.instansi,
                    literal(now),
                    literal(first) + number,
                ).where(CampaignPerson.identifier.in_(fresh)),
            )
        )
        added += count
    if added:
        take_change_numbers(session, added)
    roster = int(
        session.scalar(
            select(func.count())
            .select_from(RosterEntry)
            .where(RosterEntry.ceremony_id == ceremony.id)
        )
        or 0
    )
    audit(
        session,
        actor,
        "ceremony_take_roster",
        ceremony=ceremony.id,
        campaign=campaign_id,
        units=list(units)[:50],
        identifiers=len(wanted),
        added=added,
    )
    return Taken(ceremony.id, added, roster)


def campaign_of_ceremony(session: Session, ceremony_id: str) -> str:
    return str(session.scalar(select(Ceremony.campaign_id).where(Ceremony.id == ceremony_id)) or "")


__all__ = ["AdminError"]
