"""One sync cycle: publish changed ceremonies, push the outbox in batches, then pull."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from desktop_app.clock import utc_now_iso
from desktop_app.storage.store import Store
from desktop_app.storage.sync_models import SyncServer
from desktop_app.sync.catalog import Publication, apply_pull, mark_published, publications_due
from desktop_app.sync.client import NotAuthorised, RequestRefused, SyncClient
from desktop_app.sync.enrolment import server_link
from desktop_app.sync.outbox import PendingRecord, pending_batch, pending_count, settle
from pakta_common.wire import PushRequest, RecordResult

log = logging.getLogger(__name__)
DEFAULT_BATCH = 200
PULL_LIMIT = 1000
MAX_PULL_PAGES = 10_000


@dataclass
class SyncReport:
    """What one cycle did; ``pending`` is what still waits in the outbox afterwards."""

    published: int = 0
    pushed: int = 0
    accepted: int = 0
    already_stored: int = 0
    duplicates: int = 0
    rejected: list[dict[str, str]] = field(default_factory=list)
    pulled: int = 0
    pending: int = 0
    # Ceremony updates refused, by the server (a publication) or by this desk (a pulled
    # pledge that fails its hash, a pledge change after signings): {ceremony, reason, by}.
    refused_updates: list[dict[str, str]] = field(default_factory=list)
    finished_at: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "published": self.published,
            "pushed": self.pushed,
            "accepted": self.accepted,
            "already_stored": self.already_stored,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "pulled": self.pulled,
            "pending": self.pending,
            "refused_updates": self.refused_updates,
        }


class NotEnrolled(Exception):
    """This station has not joined a server (`pakta station enroll URL CODE`)."""


def push_outbox(store: Store, client: SyncClient, report: SyncReport, batch: int) -> None:
    """Push every waiting record once, oldest first; a record leaves only when confirmed."""
    after = 0
    while True:
        pending = pending_batch(store, after, batch)
        if not pending:
            return
        try:
            answer = client.push(PushRequest(records=[p.record for p in pending]))
            results = list(answer.results)
            report.duplicates += answer.duplicates
        except RequestRefused:
            # The server will never take this batch as sent (e.g. one oversized record): send
            # the records one by one so that a single bad record cannot hold back the rest; a
            # refused one stays in the outbox with the server's reason.
            results = _one_by_one(client, pending, report)
        report.pushed += len(pending)
        accepted, already, rejected = settle(store, results)
        report.accepted += accepted
        report.already_stored += already
        report.rejected += [{"id": r.id, "reason": r.reason} for r in rejected]
        after = pending[-1].station_seq
        with store.write() as session:
            row = session.get(SyncServer, 1)
            if row is not None:
                row.last_push_at = utc_now_iso()


def _one_by_one(
    client: SyncClient, pending: list[PendingRecord], report: SyncReport
) -> list[RecordResult]:
    results: list[RecordResult] = []
    for item in pending:
        try:
            answer = client.push(PushRequest(records=[item.record]))
        except RequestRefused as exc:
            results.append(RecordResult(id=item.record.id, status="rejected", reason=str(exc)))
            continue
        results += answer.results
        report.duplicates += answer.duplicates
    return results


def pull_all(store: Store, client: SyncClient, report: SyncReport) -> None:
    link = server_link(store)
    cursor = link.pull_cursor if link else ""
    for _ in range(MAX_PULL_PAGES):
        page = client.pull(cursor, PULL_LIMIT)
        applied = apply_pull(store, page)
        report.pulled += applied.applied
        report.refused_updates += [{**r.as_json(), "by": "desk"} for r in applied.refused]
        if not page.more or page.cursor == cursor:
            return
        cursor = page.cursor


def publish_due(store: Store, client: SyncClient, report: SyncReport) -> list[Publication]:
    """Publish the ceremonies changed here. One the server refuses (not this desk's to change,
    or a pledge that may no longer change) does not stop the cycle; the refusals are returned
    so the caller marks them once the rest of the cycle shows the station is still welcome (a
    revoked station's 403 must not count as an answer)."""
    refused: list[Publication] = []
    for publication in publications_due(store):
        try:
            client.publish(publication.request)
        except (RequestRefused, NotAuthorised) as exc:
            if isinstance(exc, NotAuthorised) and exc.status != 403:
                raise
            cid = publication.request.ceremony.id
            log.warning("server refused the publication of ceremony %s: %s", cid, exc)
            report.refused_updates.append({"ceremony": cid, "reason": str(exc), "by": "server"})
            refused.append(publication)
            continue
        mark_published(store, publication)
        report.published += 1
    return refused


def sync_once(store: Store, client: SyncClient, *, batch: int = DEFAULT_BATCH) -> SyncReport:
    """Publish, push, then pull. Raises SyncError subclasses when the server is away; whatever
    was confirmed before that stays confirmed, and the next cycle carries on from there."""
    if server_link(store) is None:
        raise NotEnrolled("this station is not enrolled with a server")
    report = SyncReport()
    refused = publish_due(store, client, report)
    push_outbox(store, client, report, batch)
    pull_all(store, client, report)
    for publication in refused:
        # Not sent again until something about the ceremony changes here (e.g. the pull
        # brought the owner's version, or a walk-in was added).
        mark_published(store, publication)
    report.pending = pending_count(store)
    report.finished_at = utc_now_iso()
    return report
