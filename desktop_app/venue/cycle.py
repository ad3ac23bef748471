"""One exchange with the hub: publish (the host), push new records in chain order, pull."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from sqlalchemy import func, select

from desktop_app.clock import utc_now_iso
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.store import Store
from desktop_app.storage.sync_models import RemoteSigning
from desktop_app.storage.venue_models import VenueLink
from desktop_app.sync.catalog import apply_page, publications_due
from desktop_app.sync.outbox import to_wire
from desktop_app.venue.client import VenueClient
from desktop_app.venue.link import HubLink
from pakta_common.wire import PushRequest

log = logging.getLogger(__name__)

PUSH_BATCH = 100
PULL_LIMIT = 1000
MAX_PULL_PAGES = 1000
NOT_YET = "not received yet"


@dataclass
class PushOutcome:
    pushed: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)
    duplicates: int = 0  # records the hub found signed at another desk too


def publish_to_hub(store: Store, client: VenueClient, link: HubLink) -> int:
    """The host publishes its ceremonies (text and roster) so the other desks pull them."""
    if not link.is_host:
        return 0
    done = 0
    for publication in publications_due(store, link.venue_digests):
        client.publish(publication.request)
        with store.write() as session:
            row = session.get(VenueLink, 1)
            if row is not None:
                digests = json.loads(row.venue_digests or "{}")
                digests[publication.request.ceremony.id] = publication.digest
                row.venue_digests = json.dumps(digests)
        done += 1
    return done


def unpushed(store: Store, after_seq: int, limit: int) -> list[SignedPledge]:
    with store.read() as session:
        return list(
            session.scalars(
                select(SignedPledge)
                .where(SignedPledge.station_seq > after_seq)
                .order_by(SignedPledge.station_seq)
                .limit(limit)
            )
        )


def waiting_for_hub(store: Store, after_seq: int) -> int:
    with store.read() as session:
        return int(
            session.scalar(select(func.count()).where(SignedPledge.station_seq > after_seq)) or 0
        )


def push_to_hub(store: Store, client: VenueClient, link: HubLink) -> PushOutcome:
    """Every record after the hub's mark, oldest first; the mark moves past what it settled.

    A record the hub refuses for good is passed over (logged): the central server, reached
    directly or through another path, remains its way out. The outbox is the central server's;
    the hub needs none, because the chain order is the order of arrival."""
    outcome = PushOutcome()
    mark = link.pushed_seq
    while True:
        rows = unpushed(store, mark, PUSH_BATCH)
        if not rows:
            return outcome
        wires = [to_wire(store, r) for r in rows]
        answer = client.push(PushRequest(records=wires))
        results = {r.id: r for r in answer.results}
        outcome.duplicates += answer.duplicates
        new_mark = mark
        for row in rows:
            result = results.get(row.id)
            if result is None or (result.status == "rejected" and NOT_YET in result.reason):
                break
            if result.status == "rejected":
                outcome.refused.append((row.id, result.reason))
                log.warning("hub refused record %s: %s", row.id, result.reason)
            else:
                outcome.pushed += 1
            new_mark = row.station_seq
        if new_mark == mark:
            return outcome  # the hub wants an earlier record first: try again later
        mark = new_mark
        with store.write() as session:
            link_row = session.get(VenueLink, 1)
            if link_row is not None:
                link_row.pushed_seq = max(link_row.pushed_seq, mark)


def pull_from_hub(store: Store, client: VenueClient, link: HubLink) -> list[str]:
    """Apply the hub's pages; returns the ids of other desks' signings new to this desk."""
    cursor = link.pull_cursor
    arrived: list[str] = []
    for _ in range(MAX_PULL_PAGES):
        page = client.pull(cursor, PULL_LIMIT)
        with store.write() as session:
            ids = [s.id for s in page.signings if s.station_id != store.station_id]
            known = set(session.scalars(select(RemoteSigning.id).where(RemoteSigning.id.in_(ids))))
            row = session.get(VenueLink, 1)
            held = json.loads(row.venue_digests or "{}") if row is not None else {}
            applied = apply_page(session, store.station_id, page, held)
            arrived += [i for i in ids if i not in known]
            if row is not None:
                # the venue's copies as pulled: not published to central by a member desk;
                # never marked published to central (the central server may not have them)
                row.venue_digests = json.dumps({**held, **applied.in_step})
                row.pull_cursor = page.cursor
                row.last_contact_at = utc_now_iso()
                row.last_error = ""
        if not page.more or page.cursor == cursor:
            break
        cursor = page.cursor
    return arrived
