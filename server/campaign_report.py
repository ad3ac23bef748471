"""What a campaign looks like: signed anywhere per unit (from the tally), and who of the
roster has not signed yet (the chase list, from the records themselves)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from server.campaign_models import Campaign
from server.campaign_tally import CampaignCounts, UnitCount, unit_counts
from server.campaigns import campaign_ceremonies
from server.models import Ceremony


@dataclass(frozen=True)
class CampaignReport:
    campaign: Campaign
    counts: CampaignCounts
    ceremonies: list[Ceremony]
    unit: str | None = None  # the one unit shown (a scoped viewer, or --unit)

    @property
    def units(self) -> list[UnitCount]:
        return self.counts.units

    def as_json(self) -> dict[str, Any]:
        c = self.counts
        return {
            "campaign": self.campaign.id,
            "title": self.campaign.title,
            "instansi": self.campaign.instansi,
            "unit": self.unit,
            "signed": c.signed,
            "expected": c.expected,
            "missing": max(0, c.expected - c.signed),
            "walk_ins": c.walk_ins,
            "units": [
                {"unit": u.unit, "expected": u.expected, "signed": u.signed, "missing": u.missing}
                for u in c.units
            ],
            "ceremonies": [
                {"id": x.id, "title": x.title, "date": x.date, "venue": x.venue}
                for x in self.ceremonies
            ],
        }


def campaign_report(
    session: Session, campaign: Campaign, only_unit: str | None = None
) -> CampaignReport:
    return CampaignReport(
        campaign,
        unit_counts(session, campaign.id, only_unit),
        campaign_ceremonies(session, campaign.id),
        only_unit,
    )


@dataclass(frozen=True)
class ChaseRow:
    identifier: str
    id_kind: str
    name: str
    rank: str
    position: str
    unit: str


# Roster people without a standing signing at any ceremony of the campaign.
_CHASE = """
    SELECT p.identifier, p.id_kind, p.name, p.rank, p.position, p.unit
    FROM campaign_person p
    WHERE p.campaign_id = :campaign {unit}
      AND NOT EXISTS (
        SELECT 1 FROM record r JOIN ceremony c ON c.id = r.ceremony_id
        WHERE r.identifier = p.identifier AND c.campaign_id = :campaign
          AND r.kind IN ('pledge', 'resign')
          AND NOT EXISTS (SELECT 1 FROM record v WHERE v.kind = 'void' AND v.refers_to = r.id))
    ORDER BY p.unit, p.name, p.identifier
"""


def chase_rows(session: Session, campaign_id: str, unit: str | None = None) -> Iterator[ChaseRow]:
    """Who of the campaign's roster (of one unit, or all) has not signed anywhere yet, by unit
    and name; streamed, so a whole province's list never sits in memory at once."""
    sql = text(_CHASE.format(unit="AND p.unit = :unit" if unit is not None else ""))
    params: dict[str, str] = {"campaign": campaign_id}
    if unit is not None:
        params["unit"] = unit
    result = session.execute(sql.execution_options(yield_per=2000), params)
    for row in result:
        yield ChaseRow(*row)
