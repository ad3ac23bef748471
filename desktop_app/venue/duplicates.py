"""Persons signed at this desk and at another desk of the venue: both records stand, flagged.

Two desks that both accept someone while the hub is away both keep their record; when they
meet again each desk sees the other's signing in its pulls and lists the pair here, exactly as
the hub and the central server flag it. Nothing is merged away."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.storage.models import SignedPledge
from desktop_app.storage.queries import SIGNING_KINDS
from desktop_app.storage.store import Store
from desktop_app.storage.sync_models import RemoteSigning


@dataclass(frozen=True)
class VenueDuplicate:
    ceremony_id: str
    identifier: str
    name: str
    record_id: str  # this desk's record
    signed_at: str
    other_record_id: str
    other_desk: str
    other_signed_at: str

    def as_json(self) -> dict[str, str]:
        return dict(self.__dict__)


def venue_duplicates(store: Store) -> list[VenueDuplicate]:
    with store.read() as session:
        mine = session.execute(
            select(
                SignedPledge.id,
                SignedPledge.kind,
                SignedPledge.refers_to,
                SignedPledge.ceremony_id,
                SignedPledge.identifier,
                SignedPledge.name,
                SignedPledge.signed_at,
            )
        ).all()
        theirs = session.execute(
            select(
                RemoteSigning.id,
                RemoteSigning.kind,
                RemoteSigning.refers_to,
                RemoteSigning.ceremony_id,
                RemoteSigning.identifier,
                RemoteSigning.station_name,
                RemoteSigning.signed_at,
            )
        ).all()
    voided = {r.refers_to for r in (*mine, *theirs) if r.kind == "void"}
    standing_theirs: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for r in theirs:
        if r.kind in SIGNING_KINDS and r.id not in voided:
            standing_theirs.setdefault((r.ceremony_id, r.identifier), []).append(
                (r.id, r.station_name, r.signed_at)
            )
    found: list[VenueDuplicate] = []
    for r in mine:
        if r.kind not in SIGNING_KINDS or r.id in voided:
            continue
        for other_id, desk, at in standing_theirs.get((r.ceremony_id, r.identifier), []):
            found.append(
                VenueDuplicate(
                    r.ceremony_id, r.identifier, r.name, r.id, r.signed_at, other_id, desk, at
                )
            )
    return sorted(found, key=lambda d: d.signed_at)


def count_venue_duplicates(store: Store) -> int:
    return len({(d.ceremony_id, d.identifier) for d in venue_duplicates(store)})
