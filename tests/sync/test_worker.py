"""The sync worker: drains by itself when the server comes, backs off while it is away,
keeps refused records with their reason, and can be stopped and started."""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path

import httpx
from fastapi import FastAPI
from fastapi.testclient import TestClient

from desktop_app.storage.store import Store
from desktop_app.sync.client import SyncClient
from desktop_app.sync.enrolment import ServerLink
from desktop_app.sync.outbox import pending_count, rejected_in_outbox
from desktop_app.sync.worker import Backoff, SyncStatus, SyncWorker, wait_until_drained
from tests.server.helpers import enrol_in_process, new_ceremony, sign


class Switch(httpx.BaseTransport):
    """A transport that fails like a dead network until switched on."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.up = False
        self.calls = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if not self.up:
            raise httpx.ConnectError("network unreachable", request=request)
        return self.inner.handle_request(request)


class Shared(httpx.BaseTransport):
    """The test client's in-process transport, not closed by a worker's client."""

    def __init__(self, http: TestClient) -> None:
        self.inner = http._transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(request)


def own_client(http: TestClient, token: str) -> SyncClient:
    return SyncClient(httpx.Client(base_url=str(http.base_url), transport=Shared(http)), token)


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    backoff = Backoff(base_s=1.0, cap_s=30.0)
    rng = random.Random(3)
    for failures, ceiling in ((1, 1.0), (2, 2.0), (3, 4.0), (6, 30.0), (60, 30.0)):
        delays = [backoff.delay(failures, rng) for _ in range(200)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len({round(d, 6) for d in delays}) > 150  # jittered, not in lockstep


def test_worker_waits_offline_then_drains_when_the_server_appears(
    app: FastAPI, http: TestClient, station_a: Store
) -> None:
    cid = new_ceremony(station_a, 6)
    client = enrol_in_process(station_a, app, http)
    switch = Switch(http._transport)
    seen: list[SyncStatus] = []

    def factory(link: ServerLink) -> SyncClient:
        return SyncClient(httpx.Client(base_url=str(http.base_url), transport=switch), client.token)

    worker = SyncWorker(
        station_a, client_factory=factory, interval_s=0.1, backoff=Backoff(base_s=0.02, cap_s=0.1)
    )
    worker.subscribe(seen.append)
    worker.start()
    try:
        for i in range(4):
            sign(station_a, cid, i)
            worker.nudge()

        def offline_after_retries(s: SyncStatus) -> bool:
            return s.state == "offline" and s.failures >= 3 and s.pending == 4

        deadline = time.monotonic() + 60  # generous: it returns as soon as the report came
        while time.monotonic() < deadline and not any(map(offline_after_retries, list(seen))):
            time.sleep(0.02)
        # Each retry also publishes a "syncing" status carrying the failure count; the one to
        # look at is the offline report that follows it.
        status = next(s for s in list(seen) if offline_after_retries(s))
        assert "unreachable" in status.last_error and status.retry_in_s > 0
        switch.up = True  # the venue's network comes back: nobody presses anything
        assert wait_until_drained(worker, 10)
        assert pending_count(station_a) == 0
        report = worker.status.last_report
        assert report is not None and report.pending == 0
        assert {s.state for s in seen} >= {"syncing", "offline", "synced"}
    finally:
        worker.stop()
    # stop() joined the worker's thread: nothing is left that could make a request.
    assert not worker.running and worker.status.state == "stopped"
    assert not any(t.name == "pakta-sync" for t in threading.enumerate())


def test_refused_record_stays_with_its_reason(
    app: FastAPI, http: TestClient, station_a: Store, station_b: Store
) -> None:
    cid = new_ceremony(station_a, 4)
    enrol_in_process(station_a, app, http)
    other = enrol_in_process(station_b, app, http)
    sign(station_a, cid, 0)

    # Station A's records pushed with B's token: every one refused, none removed.
    worker = SyncWorker(station_a, client_factory=lambda link: own_client(http, other.token))
    worker.run_one_cycle()
    status = worker.status
    assert status.state == "error" and status.rejected == 1 and status.pending == 1
    ((_, reason),) = rejected_in_outbox(station_a)
    assert "another station" in reason


def test_not_enrolled_station_reports_so(station_a: Store) -> None:
    worker = SyncWorker(station_a)
    delay = worker.run_one_cycle()
    assert worker.status.state == "not_enrolled" and delay == worker.interval_s


def test_revoked_station_is_unauthorised_and_keeps_records(
    app: FastAPI, http: TestClient, station_a: Store
) -> None:
    from server.stations import revoke_station

    cid = new_ceremony(station_a, 3)
    client = enrol_in_process(station_a, app, http)
    sign(station_a, cid, 0)
    with app.state.db.transaction() as session:
        revoke_station(session, station_a.station_name, actor="test")
    worker = SyncWorker(station_a, client_factory=lambda link: own_client(http, client.token))
    worker.run_one_cycle()
    assert worker.status.state == "unauthorised" and worker.status.pending == 1


def test_interrupted_push_resumes_without_doubles(
    app: FastAPI, http: TestClient, station_a: Store, tmp_path: Path
) -> None:
    """The connection dies after the server stored the first batch: the next cycle gets
    'already stored' for it and carries on."""
    cid = new_ceremony(station_a, 12)
    client = enrol_in_process(station_a, app, http)
    for i in range(10):
        sign(station_a, cid, i)

    class DiesAfterFirstPush(httpx.BaseTransport):
        def __init__(self) -> None:
            self.pushes = 0

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = http._transport.handle_request(request)
            if request.url.path.endswith("/push"):
                self.pushes += 1
                if self.pushes == 1:
                    raise httpx.RemoteProtocolError("connection reset", request=request)
            return response

    flaky = DiesAfterFirstPush()
    worker = SyncWorker(
        station_a,
        batch=4,
        client_factory=lambda link: SyncClient(
            httpx.Client(base_url=str(http.base_url), transport=flaky), client.token
        ),
    )
    worker.run_one_cycle()
    assert worker.status.state == "offline" and pending_count(station_a) == 10
    worker.run_one_cycle()
    report = worker.status.last_report
    assert report is not None
    assert (report.already_stored, report.accepted, report.pending) == (4, 6, 0)


def test_one_unacceptable_record_does_not_hold_back_the_rest(
    app: FastAPI, http: TestClient, station_a: Store
) -> None:
    """A record the server refuses as a whole request (here: a signature blob over the wire
    limit) is isolated; the others are stored and the refused one waits with its reason."""
    import desktop_app.sync.outbox as outbox_module
    from desktop_app.sync.cycle import sync_once

    cid = new_ceremony(station_a, 5)
    client = enrol_in_process(station_a, app, http)
    signed = [sign(station_a, cid, i) for i in range(4)]
    poisoned = signed[3].record_id
    real_to_wire = outbox_module.to_wire

    def to_wire(store: Store, row):  # type: ignore[no-untyped-def]
        wire = real_to_wire(store, row)
        if row.id == poisoned:
            return wire.model_construct(**{**wire.__dict__, "image_b64": "A" * 3_000_000})
        return wire

    outbox_module.to_wire = to_wire  # type: ignore[assignment]
    try:
        report = sync_once(station_a, own_client(http, client.token))
    finally:
        outbox_module.to_wire = real_to_wire  # type: ignore[assignment]
    assert report.accepted == 3 and report.pending == 1
    ((record_id, reason),) = rejected_in_outbox(station_a)
    assert record_id == poisoned and "422" in reason
