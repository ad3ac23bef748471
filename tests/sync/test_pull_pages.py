"""Pull by the server's cursor: pages, resumption after a dropped page, nothing twice."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

import desktop_app.sync.cycle as cycle
from desktop_app.storage.models import Employee
from desktop_app.storage.store import Store
from desktop_app.storage.sync_models import RemoteSigning, SyncServer
from desktop_app.sync.client import ServerUnavailable, SyncClient
from desktop_app.sync.cycle import sync_once
from tests.server.helpers import enrol_in_process, new_ceremony, sign


class FailsOnPull(httpx.BaseTransport):
    def __init__(self, http: TestClient, fail_on: int) -> None:
        self.inner = http._transport
        self.pulls = 0
        self.fail_on = fail_on

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/pull"):
            self.pulls += 1
            if self.pulls == self.fail_on:
                raise httpx.ReadTimeout("timed out", request=request)
        return self.inner.handle_request(request)


def _counts(store: Store) -> tuple[int, int, str]:
    with store.read() as s:
        employees = s.scalar(select(func.count()).select_from(Employee)) or 0
        remote = s.scalar(select(func.count()).select_from(RemoteSigning)) or 0
        row = s.get(SyncServer, 1)
        return int(employees), int(remote), row.pull_cursor if row else ""


def test_pages_resume_from_the_last_applied_cursor(
    app: FastAPI,
    http: TestClient,
    station_a: Store,
    station_b: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cid = new_ceremony(station_a, 120)
    ca = enrol_in_process(station_a, app, http)
    token_b = enrol_in_process(station_b, app, http).token
    for i in range(30):
        sign(station_a, cid, i)
    sync_once(station_a, ca)
    monkeypatch.setattr(cycle, "PULL_LIMIT", 25)

    flaky = FailsOnPull(http, fail_on=3)
    client = SyncClient(httpx.Client(base_url=str(http.base_url), transport=flaky), token_b)
    with pytest.raises(ServerUnavailable):
        sync_once(station_b, client)
    employees, remote, cursor = _counts(station_b)
    before = employees + remote
    assert cursor.startswith("c") and 0 < before < 150  # the pages before the failure stay

    report = sync_once(station_b, client)
    employees, remote, cursor = _counts(station_b)
    assert (employees, remote) == (120, 30)
    assert report.pulled == 150 - before  # pages already applied are not sent again
    again = sync_once(station_b, client)
    assert again.pulled == 0 and _counts(station_b)[2] == cursor
