"""A person's signings in their scope, as a push changes them: duplicates to flag and the
campaign tally's deltas.

The scope of a signing is its ceremony's campaign (a person signed anywhere in the campaign
is done) or, for a ceremony of its own, that ceremony. Within a scope:

- a new signing is paired (flagged for review, both kept) with every standing signing of the
  same person made at another desk, or, in a campaign, at another ceremony;
- in a campaign, the person counts once, under their roster unit (a person not on the roster,
  a walk-in, under the unit of their earliest standing signing): the tally moves only when a
  push changes whether, or where, the person counts.

``plan`` runs before the person locks (it only reads what cannot change: scopes, the targets
of voids); ``settle`` runs under them (server.locks.lock_signers).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session

from pakta_common.wire import WireRecord
from server.campaign_models import CampaignPerson
from server.db import among
from server.models import Ceremony, Record

SIGNING_KINDS = ("pledge", "resign")


def voided_ids() -> Select[str | None]:
    """The ids of records a stored void names."""
    return select(Record.refers_to).where(Record.kind == "void", Record.refers_to.is_not(None))


def standing() -> ColumnElement[bool]:
    """A record that is a signing no void has withdrawn (what counts as signed)."""
    return Record.kind.in_(SIGNING_KINDS) & Record.id.not_in(voided_ids())


CAMPAIGN_SCOPE, CEREMONY_SCOPE = "campaign:", "ceremony:"


@dataclass(frozen=True)
class Signing:
    id: str
    kind: str
    refers_to: str | None
    ceremony_id: str
    identifier: str
    station_id: str
    unit: str
    signed_at: str


@dataclass
class Plan:
    campaign_of: dict[str, str]  # ceremony id -> campaign id, for ceremonies in a campaign
    people: set[tuple[str, str]]  # (scope, identifier) this batch may change
    void_targets: dict[str, tuple[str, str]]  # record id -> (ceremony id, identifier)

    def scope(self, ceremony_id: str) -> str:
        campaign = self.campaign_of.get(ceremony_id)
        return f"{CAMPAIGN_SCOPE}{campaign}" if campaign else f"{CEREMONY_SCOPE}{ceremony_id}"

    @property
    def campaigns(self) -> set[str]:
        return {s[len(CAMPAIGN_SCOPE) :] for s, _ in self.people if s.startswith(CAMPAIGN_SCOPE)}


Place = tuple[str, bool]  # (unit, listed on the campaign's roster)


@dataclass
class Settled:
    pairs: dict[str, list[str]] = field(default_factory=dict)  # new id -> earlier ids
    tally: dict[tuple[str, str, bool], int] = field(default_factory=dict)  # (campaign, unit,
    # listed) -> change


def campaigns_of(session: Session, ceremony_ids: Iterable[str]) -> dict[str, str]:
    ids = sorted(set(ceremony_ids))
    if not ids:
        return {}
    return {
        cid: campaign
        for cid, campaign in session.execute(
            select(Ceremony.id, Ceremony.campaign_id).where(Ceremony.id.in_(ids))
        ).all()
        if campaign
    }


def plan(session: Session, records: list[WireRecord]) -> Plan:
    voids = [r for r in records if r.kind == "void" and r.refers_to]
    targets = {r.id: (r.ceremony_id, r.identifier) for r in records}
    wanted = sorted({r.refers_to for r in voids if r.refers_to and r.refers_to not in targets})
    if wanted:
        for rid, cid, ident in session.execute(
            select(Record.id, Record.ceremony_id, Record.identifier).where(Record.id.in_(wanted))
        ).all():
            targets[rid] = (cid, ident)
    void_targets = {r.refers_to: targets[r.refers_to] for r in voids if r.refers_to in targets}
    ceremonies = {r.ceremony_id for r in records} | {c for c, _ in void_targets.values()}
    result = Plan(campaigns_of(session, ceremonies), set(), void_targets)
    for r in records:
        if r.kind in SIGNING_KINDS or r.kind == "void":
            result.people.add((result.scope(r.ceremony_id), r.identifier))
    for cid, ident in void_targets.values():
        result.people.add((result.scope(cid), ident))
    return result


def _signing(rec: WireRecord) -> Signing:
    return Signing(
        rec.id,
        rec.kind,
        rec.refers_to,
        rec.ceremony_id,
        rec.identifier,
        rec.station_id,
        rec.unit,
        rec.signed_at,
    )


def _stored(session: Session, scope_plan: Plan) -> list[Signing]:
    """Stored records (signings and voids) of the plan's people in their scopes."""
    identifiers = sorted({ident for _, ident in scope_plan.people})
    if not identifiers:
        return []
    own = sorted(
        s[len(CEREMONY_SCOPE) :] for s, _ in scope_plan.people if s.startswith(CEREMONY_SCOPE)
    )
    campaigns = sorted(scope_plan.campaigns)
    where = [Record.ceremony_id.in_(own)] if own else []
    if campaigns:
        where.append(
            Record.ceremony_id.in_(select(Ceremony.id).where(Ceremony.campaign_id.in_(campaigns)))
        )
    rows = session.execute(
        select(
            Record.id,
            Record.kind,
            Record.refers_to,
            Record.ceremony_id,
            Record.identifier,
            Record.station_id,
            Record.unit,
            Record.signed_at,
        ).where(among(session, Record.identifier, identifiers), or_(*where))
    ).all()
    return [Signing(*row) for row in rows]


def _voids_of(session: Session, ids: list[str]) -> set[str]:
    """Which of these records a stored void names (whoever's identifier the void carries)."""
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        found |= {
            r
            for r in session.scalars(
                select(Record.refers_to).where(
                    Record.kind == "void",
                    among(session, Record.refers_to, ids[start : start + 500]),
                )
            )
            if r
        }
    return found


def _listed(session: Session, scope_plan: Plan) -> dict[tuple[str, str], str]:
    """(campaign, identifier) -> roster unit, for the plan's people on a campaign roster."""
    campaigns = sorted(scope_plan.campaigns)
    if not campaigns:
        return {}
    identifiers = sorted({i for s, i in scope_plan.people if s.startswith(CAMPAIGN_SCOPE)})
    return {
        (campaign, ident): unit
        for campaign, ident, unit in session.execute(
            select(CampaignPerson.campaign_id, CampaignPerson.identifier, CampaignPerson.unit)
            .where(CampaignPerson.campaign_id.in_(campaigns))
            .where(among(session, CampaignPerson.identifier, identifiers))
        ).all()
    }


def place(standing: list[Signing], roster_unit: str | None) -> Place | None:
    """Where a person counts in the campaign's tally; None while they have no standing signing.
    (server.campaign_tally.rebuild counts by the same rule.)"""
    if not standing:
        return None
    if roster_unit is not None:
        return roster_unit, True
    return min(standing, key=lambda s: (s.signed_at, s.id)).unit, False


def settle(session: Session, scope_plan: Plan, accepted: list[WireRecord]) -> Settled:
    """Under the person locks: the pairs to flag and the tally's changes, as if ``accepted``
    (in chain order) were stored."""
    stored = _stored(session, scope_plan)
    # Stored signings may be of the campaign's other ceremonies, not in this batch: their
    # scope is the campaign too.
    unknown = {s.ceremony_id for s in stored} - scope_plan.campaign_of.keys()
    scope_plan.campaign_of.update(campaigns_of(session, unknown))
    stored_voided = {s.refers_to for s in stored if s.kind == "void" and s.refers_to}
    stored_voided |= _voids_of(session, [s.id for s in stored if s.kind in SIGNING_KINDS])
    batch_voided = {r.refers_to for r in accepted if r.kind == "void" and r.refers_to}
    before: dict[tuple[str, str], list[Signing]] = defaultdict(list)
    for s in stored:
        if s.kind in SIGNING_KINDS:
            before[(scope_plan.scope(s.ceremony_id), s.identifier)].append(s)
    result = Settled()
    added: dict[tuple[str, str], list[Signing]] = defaultdict(list)
    gone = stored_voided | batch_voided
    for rec in accepted:
        if rec.kind not in SIGNING_KINDS:
            continue
        scope = scope_plan.scope(rec.ceremony_id)
        key = (scope, rec.identifier)
        new = _signing(rec)
        earlier = [s for s in before[key] + added[key] if s.id not in gone]
        others = [s.id for s in earlier if _pairs_with(scope, s, new)]
        if others:
            result.pairs[rec.id] = others
        added[key].append(new)
    listed = _listed(session, scope_plan)
    for scope, ident in sorted(scope_plan.people):
        if not scope.startswith(CAMPAIGN_SCOPE):
            continue
        campaign = scope[len(CAMPAIGN_SCOPE) :]
        key = (scope, ident)
        unit = listed.get((campaign, ident))
        was = place([s for s in before[key] if s.id not in stored_voided], unit)
        now = place([s for s in before[key] + added[key] if s.id not in gone], unit)
        if was != now:
            for where, change in ((was, -1), (now, 1)):
                if where is not None:
                    slot = (campaign, *where)
                    result.tally[slot] = result.tally.get(slot, 0) + change
    result.tally = {k: v for k, v in result.tally.items() if v}
    return result


def _pairs_with(scope: str, earlier: Signing, new: Signing) -> bool:
    if earlier.station_id != new.station_id:
        return True
    # In a campaign, the same desk at another ceremony is a second signing too.
    return scope.startswith(CAMPAIGN_SCOPE) and earlier.ceremony_id != new.ceremony_id
