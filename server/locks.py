"""Transaction-scoped PostgreSQL advisory locks: who waits for whom when records arrive.

A push used to hold the one change-counter row for its whole record transaction, so fifty
desks pushing at once queued behind each other. What really needs order is narrower:

- a station's chain (its records link to its previous one): one push per station at a time;
- a person's signings in one scope (a campaign, or a ceremony of its own): the duplicate check
  and the campaign's tally must see every earlier signing of that person;
- a ceremony's purge against pushes of that ceremony (shared by pushes, exclusive by purges);
- a campaign's tally rebuild against pushes of its ceremonies (the same, per campaign).

The change counter is still taken, but last, in the records' INSERT itself, and held only to
the commit (server.numbered_insert; pull cursors stay gap-free). Every transaction takes its
locks in the order of this module (station, ceremonies, campaigns, people, counter), each
group in ascending key order: no deadlock.
Locks are released at commit or rollback. On SQLite (one writer at a time, BEGIN IMMEDIATE)
they are no-ops.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.types import BigInteger, Integer

STATION, CEREMONY, CAMPAIGN = 1, 2, 3  # the first key of the two-key locks; people: one key


def _pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def key32(value: str) -> int:
    return int.from_bytes(hashlib.blake2b(value.encode(), digest_size=4).digest(), "big") - 2**31


def key64(value: str) -> int:
    return int.from_bytes(hashlib.blake2b(value.encode(), digest_size=8).digest(), "big") - 2**63


_TWO_KEYS = {
    mode: text(
        f"SELECT count(pg_advisory_xact_lock{mode}(:space, k)) "
        "FROM unnest(:keys) WITH ORDINALITY AS t(k, n)"
    ).bindparams(bindparam("keys", type_=ARRAY(Integer)))
    for mode in ("", "_shared")
}


def _lock_two(session: Session, space: int, keys: Iterable[int], *, shared: bool) -> None:
    ordered = sorted(set(keys))
    if ordered and _pg(session):
        # unnest hands the keys over in array order, so they are taken in ascending order
        session.execute(_TWO_KEYS["_shared" if shared else ""], {"space": space, "keys": ordered})


def lock_ceremonies(session: Session, ceremony_ids: Iterable[str], *, shared: bool) -> None:
    """Pushes take their ceremonies shared; a purge takes its ceremony exclusively."""
    _lock_two(session, CEREMONY, (key32(c) for c in ceremony_ids), shared=shared)


def lock_campaigns(session: Session, campaign_ids: Iterable[str], *, shared: bool) -> None:
    """Pushes take their campaigns shared; a tally rebuild takes its campaign exclusively."""
    _lock_two(session, CAMPAIGN, (key32(c) for c in campaign_ids if c), shared=shared)


# Several groups in one round trip, taken in the order given (unnest hands rows over in array
# order): 0 two-key exclusive, 1 two-key shared, 2 one-key exclusive.
_MIXED = text(
    "SELECT count(CASE t.how WHEN 0 THEN pg_advisory_xact_lock(t.space, t.k::integer) "
    "WHEN 1 THEN pg_advisory_xact_lock_shared(t.space, t.k::integer) "
    "ELSE pg_advisory_xact_lock(t.k) END) "
    "FROM unnest(:hows, :spaces, :keys) WITH ORDINALITY AS t(how, space, k, n)"
).bindparams(
    bindparam("hows", type_=ARRAY(Integer)),
    bindparam("spaces", type_=ARRAY(Integer)),
    bindparam("keys", type_=ARRAY(BigInteger)),
)


def _lock_in_order(session: Session, wanted: list[tuple[int, int, int]]) -> None:
    if wanted and _pg(session):
        hows, spaces, keys = (list(column) for column in zip(*wanted, strict=True))
        session.execute(_MIXED, {"hows": hows, "spaces": spaces, "keys": keys})


def lock_push(session: Session, station_ref: int, ceremony_ids: Iterable[str]) -> None:
    """A push's first locks, in one round trip: its station (one push per station at a time:
    its chain is checked and extended in order), then its ceremonies shared (a purge takes
    its ceremony exclusively, lock_ceremonies)."""
    _lock_in_order(
        session,
        [(0, STATION, station_ref)]
        + [(1, CEREMONY, k) for k in sorted({key32(c) for c in ceremony_ids})],
    )


def lock_signers(
    session: Session, campaign_ids: Iterable[str], scoped_identifiers: Iterable[tuple[str, str]]
) -> None:
    """A push's next locks, in one round trip: its campaigns shared (a tally rebuild takes its
    campaign exclusively, lock_campaigns), then its people: exclusive locks on (scope,
    identifier) pairs, so a person's signings in a scope are checked and counted by one push
    at a time (two desks signing the same person at the same instant make exactly one
    duplicate pair, and the tally counts them once)."""
    _lock_in_order(
        session,
        [(1, CAMPAIGN, k) for k in sorted({key32(c) for c in campaign_ids if c})]
        + [(2, 0, k) for k in sorted({key64(f"{s}\x00{i}") for s, i in scoped_identifiers})],
    )
