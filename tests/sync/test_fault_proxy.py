"""The headline: stations sync through a hostile network to a real server that restarts, and
the server ends up holding exactly the stations' records, none lost, none doubled."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from desktop_app.storage.models import Ceremony, SignedPledge
from desktop_app.storage.store import Store
from desktop_app.storage.sync_models import RemoteSigning
from desktop_app.sync.client import SyncClient
from desktop_app.sync.enrolment import ServerLink, enroll
from desktop_app.sync.outbox import pending_count
from desktop_app.sync.worker import Backoff, SyncWorker
from pakta_common.integrity.chain import verify_chain
from pakta_common.integrity.record_hash import ALL_HASHED_FIELDS
from server.db import Database
from server.models import DuplicatePair, Record, Station
from server.stats import ceremony_summaries
from tests.server.helpers import (
    new_ceremony,
    new_station,
    sign,
    sqlite_url,
    start_server,
    station_code,
)
from tests.server.pg import fresh_database
from tests.sync.faultproxy import FaultProxy

PEOPLE = 90
STATIONS = 3


def _factory(proxy: FaultProxy):  # type: ignore[no-untyped-def]
    def make(link: ServerLink) -> SyncClient:
        transport = httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
        return SyncClient.connect(
            proxy.url, link.token, transport=transport, timeout=httpx.Timeout(2.0)
        )

    return make


def _wait(predicate, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _has_ceremony(store: Store, cid: str) -> bool:
    with store.read() as s:
        return s.get(Ceremony, cid) is not None


@contextmanager
def _database(kind: str, tmp_path: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield sqlite_url(tmp_path)
    else:
        with fresh_database() as url:
            yield url


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.parametrize("kind", ["postgresql", "sqlite"])
def test_every_record_arrives_exactly_once_through_faults_and_a_restart(
    tmp_path: Path, kind: str
) -> None:
    with _database(kind, tmp_path) as db_url:
        server = start_server(db_url, tmp_path / "server.log", workers=2)
        port = int(server.url.rsplit(":", 1)[1])
        db = Database.from_url(db_url)
        proxy = FaultProxy(port, seed=6, delay_range=(0.3, 3.0)).start()
        stations = [new_station(tmp_path, f"Meja {i + 1}") for i in range(STATIONS)]
        workers: list[SyncWorker] = []
        try:
            for store in stations:
                enroll(store, server.url, station_code(db, store.station_name))
            cid = new_ceremony(stations[0], PEOPLE)
            for store in stations:
                worker = SyncWorker(
                    store,
                    client_factory=_factory(proxy),
                    interval_s=0.2,
                    backoff=Backoff(base_s=0.05, cap_s=0.8),
                    batch=7,
                )
                worker.start()
                workers.append(worker)
            # through a proxy that delays each request 0.3-3 s and drops some: on a loaded
            # machine the first pull can take a while (this waits, it times nothing)
            _wait(
                lambda: all(_has_ceremony(s, cid) for s in stations[1:]),
                180,
                "the ceremony to reach desks",
            )

            # Each desk signs its own share; people 0-5 sign at two desks (offline duplicates).
            shares = {i: list(range(i, PEOPLE, STATIONS)) for i in range(STATIONS)}
            shares[1] += [0, 3]
            shares[2] += [1, 4]
            for round_ in range(3):
                for i, store in enumerate(stations):
                    part = shares[i][round_::3]
                    for person in part:
                        sign(store, cid, person)
                    workers[i].nudge()
                if round_ == 1:  # the server goes down mid-stream and comes back
                    server.stop(sig_kill=True)
                    time.sleep(1.0)
                    server = start_server(db_url, tmp_path / "server.log", workers=2, port=port)
                time.sleep(0.5)

            _wait(
                lambda: all(pending_count(s) == 0 for s in stations), 180, "every outbox to drain"
            )
            proxy.enabled = False  # a clean last round so every desk pulls all the others
            time.sleep(1.5)
            _wait(lambda: all(w.status.state == "synced" for w in workers), 120, "a clean cycle")
        finally:
            for worker in workers:
                worker.stop()
            proxy.stop()
            server.stop()

        local: dict[str, tuple[str, str]] = {}
        for store in stations:
            with store.read() as s:
                for row in s.scalars(select(SignedPledge)):
                    local[row.id] = (row.station_id, row.record_hash)
        with db.transaction() as s:
            held = {r.id: (r.station_id, r.record_hash) for r in s.scalars(select(Record))}
            count = len(list(s.scalars(select(Record.id))))
            pairs = len(list(s.scalars(select(DuplicatePair.id))))
            (summary,) = ceremony_summaries(s)
            keys = {st.station_uuid: st.public_key for st in s.scalars(select(Station))}
            chains = {
                uuid: [
                    {
                        **{c: getattr(r, c) for c in ALL_HASHED_FIELDS},
                        "record_hash": r.record_hash,
                        "station_sig": r.station_sig,
                    }
                    for r in s.scalars(
                        select(Record).where(Record.station_id == uuid).order_by(Record.station_seq)
                    )
                ]
                for uuid in keys
            }
        db.dispose()
        assert len(local) == PEOPLE + 4
        assert held == local, "the server must hold exactly the stations' records"
        assert count == len(local), "no record stored twice"
        assert pairs == 4, "each person signed at two desks is one pair to review"
        assert summary.signed == PEOPLE and summary.records == PEOPLE + 4
        for uuid, records in chains.items():
            key = keys[uuid]
            assert key is not None
            assert verify_chain(records, key).ok
        for store in stations:
            with store.read() as s:
                remote = set(s.scalars(select(RemoteSigning.id)))
            others = {rid for rid, (sid, _) in local.items() if sid != store.station_id}
            assert remote == others, "each desk sees every other desk's signings"
        print(f"{kind}: {len(held)} records held; faults injected: {dict(proxy.counts)}")
        assert proxy.counts["duplicate"] > 0 and proxy.counts["reset"] > 0
        assert proxy.counts["truncate"] > 0 and proxy.counts["drop"] > 0
        for store in stations:
            store.close()
