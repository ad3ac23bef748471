"""The campaign tally: people signed anywhere in a campaign, per unit, kept as running sums.

Pushes add their changes to their own station's rows (server.signing_scopes says what
changed); a roster import, which may move people between units, rebuilds the sums from the
records under the campaign's exclusive lock. ``count_from_records`` is the definition both
must agree with (tests compare them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from server.campaign_models import CampaignPerson, CampaignTally, CampaignUnit
from server.locks import lock_campaigns

REBUILD_STATION = 0  # the station_ref of a rebuild's rows

# Standing signings of the campaign's ceremonies, the earliest per person, and where that
# person counts: their roster unit when listed, else the unit their earliest signing names.
_COUNT = text(
    """
    WITH standing AS (
        SELECT r.identifier, r.unit,
               ROW_NUMBER() OVER (PARTITION BY r.identifier ORDER BY r.signed_at, r.id) AS n
        FROM record r JOIN ceremony c ON c.id = r.ceremony_id
        WHERE c.campaign_id = :campaign AND r.kind IN ('pledge', 'resign')
          AND NOT EXISTS (SELECT 1 FROM record v WHERE v.kind = 'void' AND v.refers_to = r.id)
    )
    SELECT COALESCE(p.unit, s.unit) AS unit, p.identifier IS NOT NULL AS listed, COUNT(*)
    FROM standing s
    LEFT JOIN campaign_person p ON p.campaign_id = :campaign AND p.identifier = s.identifier
    WHERE s.n = 1
    GROUP BY COALESCE(p.unit, s.unit), p.identifier IS NOT NULL
    """
)


@dataclass(frozen=True)
class UnitCount:
    unit: str
    expected: int
    signed: int  # on the roster, signed anywhere in the campaign

    @property
    def percent(self) -> int:
        return round(100 * self.signed / self.expected) if self.expected else 0

    @property
    def missing(self) -> int:
        return max(0, self.expected - self.signed)


def _upsert(make_insert: Any) -> Any:
    stmt = make_insert(CampaignTally)
    return stmt.on_conflict_do_update(
        index_elements=["campaign_id", "unit", "listed", "station_ref"],
        set_={"signed": CampaignTally.signed + stmt.excluded.signed},
    )


# Built once (a statement with its values inline would be compiled anew for every push).
_ADD = {"postgresql": _upsert(pg_insert), "sqlite": _upsert(sqlite_insert)}


def add_changes(
    session: Session, station_ref: int, changes: dict[tuple[str, str, bool], int]
) -> None:
    """Add a push's changes to this station's rows (only its own pushes touch them)."""
    if not changes:
        return
    session.execute(
        _ADD[session.get_bind().dialect.name],
        [
            {
                "campaign_id": campaign,
                "unit": unit,
                "listed": listed,
                "station_ref": station_ref,
                "signed": change,
            }
            for (campaign, unit, listed), change in sorted(changes.items())
        ],
    )


def count_from_records(session: Session, campaign_id: str) -> dict[tuple[str, bool], int]:
    """(unit, listed) -> people signed, counted from the records themselves."""
    return {
        (unit, bool(listed)): int(n)
        for unit, listed, n in session.execute(_COUNT, {"campaign": campaign_id}).all()
    }


def tallied(session: Session, campaign_id: str) -> dict[tuple[str, bool], int]:
    """(unit, listed) -> people signed, as the running sums say (rows summing to 0 left out)."""
    rows = session.execute(
        select(CampaignTally.unit, CampaignTally.listed, func.sum(CampaignTally.signed))
        .where(CampaignTally.campaign_id == campaign_id)
        .group_by(CampaignTally.unit, CampaignTally.listed)
    ).all()
    return {(unit, bool(listed)): int(n) for unit, listed, n in rows if n}


def rebuild(session: Session, campaign_id: str) -> None:
    """Recount the campaign from its records and its roster (after a roster import): waits
    for pushes in flight to its ceremonies and holds new ones until this commits."""
    lock_campaigns(session, [campaign_id], shared=False)
    session.execute(delete(CampaignTally).where(CampaignTally.campaign_id == campaign_id))
    counts = count_from_records(session, campaign_id)
    if counts:
        session.execute(
            insert(CampaignTally),
            [
                {
                    "campaign_id": campaign_id,
                    "unit": unit,
                    "listed": listed,
                    "station_ref": REBUILD_STATION,
                    "signed": n,
                }
                for (unit, listed), n in sorted(counts.items())
            ],
        )


def count_expected(session: Session, campaign_id: str) -> None:
    """Rewrite the expected signers per unit from the roster."""
    session.execute(delete(CampaignUnit).where(CampaignUnit.campaign_id == campaign_id))
    session.execute(
        insert(CampaignUnit).from_select(
            ["campaign_id", "unit", "expected"],
            select(CampaignPerson.campaign_id, CampaignPerson.unit, func.count())
            .where(CampaignPerson.campaign_id == campaign_id)
            .group_by(CampaignPerson.campaign_id, CampaignPerson.unit),
        )
    )


@dataclass(frozen=True)
class CampaignCounts:
    units: list[UnitCount]
    walk_ins: int  # signed at a campaign ceremony, not on the campaign's roster

    @property
    def expected(self) -> int:
        return sum(u.expected for u in self.units)

    @property
    def signed(self) -> int:
        return sum(u.signed for u in self.units)


def unit_counts(session: Session, campaign_id: str, only_unit: str | None = None) -> CampaignCounts:
    """Signed/expected per unit (all units, or the one a scoped viewer may see): a few hundred
    rows whatever the roster's size."""
    expected_q = select(CampaignUnit.unit, CampaignUnit.expected).where(
        CampaignUnit.campaign_id == campaign_id
    )
    if only_unit is not None:
        expected_q = expected_q.where(CampaignUnit.unit == only_unit)
    expected = dict(session.execute(expected_q).all())
    sums = tallied(session, campaign_id)
    units = set(expected) | {u for u, listed in sums if listed}
    if only_unit is not None:
        units &= {only_unit}
    rows = [
        UnitCount(u, int(expected.get(u, 0)), sums.get((u, True), 0))
        for u in sorted(units, key=lambda u: (u == "", u.lower()))
    ]
    walk_ins = sum(n for (u, listed), n in sums.items() if not listed)
    if only_unit is not None:
        walk_ins = sums.get((only_unit, False), 0)
    return CampaignCounts(rows, walk_ins)
