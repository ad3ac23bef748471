"""Concurrent pushes on SQLite and PostgreSQL: the same batch from many connections at once is
stored once; two desks pushing the same person at the same instant make exactly one pair."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, select, text

from desktop_app.storage.store import Store
from desktop_app.sync.outbox import pending_batch
from pakta_common.wire import PushResponse, WireRecord
from server.blobcrypt import BlobCipher
from server.db import Database
from server.ingest import StationIdentity, store_batch, store_blobs
from server.models import Blob, DuplicatePair, Record, Station
from server.stations import add_station
from tests.server.helpers import new_ceremony, new_station, sign

CIPHER = BlobCipher(bytes(range(32)))


def _identity(db: Database, store: Store) -> StationIdentity:
    with db.transaction() as s:
        station, _ = add_station(s, store.station_name, actor="test")
        station.station_uuid = store.station_id
        station.public_key = store.key.public_bytes
        s.flush()
        return StationIdentity(station.id, store.station_id, station.name, station.public_key)


def _push_together(
    db: Database, jobs: list[tuple[StationIdentity, list[WireRecord]]]
) -> list[PushResponse]:
    barrier = threading.Barrier(len(jobs))
    answers: list[PushResponse] = []
    errors: list[BaseException] = []

    def push(identity: StationIdentity, records: list[WireRecord]) -> None:
        barrier.wait()
        try:
            with db.transaction() as s:
                answers.append(store_batch(s, identity, records, CIPHER))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=push, args=job) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    return answers


def _records(store: Store) -> list[WireRecord]:
    return [p.record for p in pending_batch(store, 0, 1000)]


def test_same_batch_from_eight_connections_is_stored_once(db_url: str, tmp_path: Path) -> None:
    db = Database.from_url(db_url, migrate_now=True)
    store = new_station(tmp_path, "Meja A")
    cid = new_ceremony(store, 20)
    for i in range(20):
        sign(store, cid, i)
    identity = _identity(db, store)
    records = _records(store)
    answers = _push_together(db, [(identity, records)] * 8)
    assert sum(a.accepted for a in answers) == 20
    assert sum(a.already_stored for a in answers) == 20 * 7
    with db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Record)) == 20
    db.dispose()
    store.close()


def test_two_desks_same_person_same_instant_one_pair(db_url: str, tmp_path: Path) -> None:
    db = Database.from_url(db_url, migrate_now=True)
    a, b = new_station(tmp_path, "Meja A"), new_station(tmp_path, "Meja B")
    cid = new_ceremony(a, 5)
    # B gets the same ceremony and roster the way a desk does: from A's publication.
    from desktop_app.sync.catalog import apply_pull, publications_due
    from pakta_common.wire import PullResponse

    (publication,) = publications_due(a)
    apply_pull(
        b,
        PullResponse(
            cursor="c0",
            more=False,
            templates=[publication.request.template],
            ceremonies=[publication.request.ceremony],
            employees=list(publication.request.roster),
            signings=[],
        ),
    )
    sign(a, cid, 3)
    sign(b, cid, 3)
    ia, ib = _identity(db, a), _identity(db, b)
    answers = _push_together(db, [(ia, _records(a)), (ib, _records(b))])
    assert sum(a.accepted for a in answers) == 2
    assert sum(a.duplicates for a in answers) == 1
    with db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(DuplicatePair)) == 1
        assert s.scalar(select(func.count()).select_from(Station)) == 2
    db.dispose()
    a.close()
    b.close()


def _naming(blob: bytes) -> Any:
    """An accepted record as store_blobs sees it: its two blobs (here the same bytes)."""
    digest = hashlib.sha256(blob).hexdigest()
    record = SimpleNamespace(signature_sha256=digest, image_sha256=digest)
    return SimpleNamespace(record=record, signature=blob, image=blob)


def test_pushes_naming_the_same_stored_blob_do_not_wait_for_each_other(pg_url: str) -> None:
    db = Database.from_url(pg_url, migrate_now=True)
    blob = b"the same pen strokes, sent by two desks"
    try:
        with db.transaction() as s:
            store_blobs(s, [_naming(blob)], CIPHER)  # stored once, committed
        with db.transaction() as first:
            store_blobs(first, [_naming(blob)], CIPHER)  # holds it until it commits
            with db.transaction() as second:
                second.execute(text("SET LOCAL lock_timeout = '2s'"))
                store_blobs(second, [_naming(blob)], CIPHER)  # a shared hold: no wait
        with db.reading() as s:
            assert s.scalar(select(func.count()).select_from(Blob)) == 1
    finally:
        db.dispose()
