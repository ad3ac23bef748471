"""Venue fixtures: a host desk running a real hub process on loopback, and member desks."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.storage.store import Store
from desktop_app.venue.host import HubProcess, host_joins, issue_join_code, start_hub, stop_hub
from desktop_app.venue.link import join_hub
from desktop_app.venue.setup import after_join
from desktop_app.venue.worker import VenueWorker
from tests.server.helpers import free_port, new_ceremony, new_station

LOOPBACK = ["127.0.0.1"]  # mDNS and the hub stay on loopback: no traffic leaves this machine


def wait_for(condition: Callable[[], bool], timeout: float = 30.0, what: str = "") -> None:
    """Wait for an event (polling a condition); the deadline only stops a hung test."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        time.sleep(0.05)


@dataclass
class Venue:
    root: Path
    host: Store
    hub: HubProcess
    ceremony_id: str
    workers: list[VenueWorker]

    def member(self, name: str, *, code: str | None = None) -> Store:
        desk = new_station(self.root, name)
        join_hub(desk, self.hub.local_url, code or self.code())
        after_join(desk)
        return desk

    def code(self) -> str:
        return issue_join_code(self.host, self.hub.local_url)

    def hub_log(self) -> str:
        """The hub process's own log, for a failing assertion's message."""
        log = self.hub.folder / "hub.log"
        return log.read_text("utf-8", "replace")[-4000:] if log.exists() else "(no hub log)"

    def two_desks_online(self) -> tuple[Store, VenueWorker, VenueWorker]:
        """Meja B joins; the host's and B's workers run and both see the hub."""
        desk_b = self.member("Meja B")
        wa, wb = self.worker(self.host), self.worker(desk_b)
        wait_for(lambda: wa.status.state == "online" and wb.status.state == "online")
        return desk_b, wa, wb

    def worker(self, store: Store, **kw: object) -> VenueWorker:
        worker = VenueWorker(store, idle_s=0.5, long_poll_s=2.0, **kw)  # type: ignore[arg-type]
        worker.start()
        self.workers.append(worker)
        return worker

    def restart_hub(self) -> None:
        self.hub = start_hub(self.host, port=self.hub.port, bind="127.0.0.1", mdns=LOOPBACK)


def start_venue(root: Path, people: int = 12) -> Venue:
    host = new_station(root, "Meja A")
    ceremony_id = new_ceremony(host, people)
    hub = start_hub(host, port=free_port(), bind="127.0.0.1", mdns=LOOPBACK)
    host_joins(host, hub)
    return Venue(root, host, hub, ceremony_id, [])


def close_venue(venue: Venue) -> None:
    for worker in venue.workers:
        worker.stop()
    stop_hub(venue.host)


@pytest.fixture
def venue(tmp_path: Path) -> Iterator[Venue]:
    v = start_venue(tmp_path)
    try:
        yield v
    finally:
        close_venue(v)
