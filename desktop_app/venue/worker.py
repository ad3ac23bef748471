"""The desk's venue worker: pushes each record to the hub at once, listens for the others'.

Two threads, so that a long poll never delays a push: the pusher wakes on ``nudge()`` (after
every commit); the listener long-polls the hub and pulls whenever it has news, then reads the
venue's board. Both carry on by themselves when the hub goes away and comes back.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from desktop_app.clock import utc_now_iso
from desktop_app.storage.store import Store
from desktop_app.sync.client import SyncError
from desktop_app.venue.client import VenueClient
from desktop_app.venue.cycle import publish_to_hub, pull_from_hub, push_to_hub, waiting_for_hub
from desktop_app.venue.duplicates import count_venue_duplicates
from desktop_app.venue.link import HubLink, hub_link, note_contact
from pakta_common.venue_wire import Board

log = logging.getLogger(__name__)

VenueState = Literal["not_joined", "connecting", "online", "offline"]
LONG_POLL_S = 10.0
PUBLISH_EVERY_S = 5.0  # the host looks for roster or text changes to publish
BOARD_EVERY_S = 2.0  # the venue's totals at most this often: every desk reading the board
#   after every signing anywhere loaded the hub K times per signing and delayed the next pull
RETRY_S = (0.5, 1.0, 2.0, 3.0)  # a hub on the LAN is back in seconds: never wait long


@dataclass(frozen=True)
class VenueStatus:
    """What the desk shows of the venue: its hub, whether it answers, and the venue's totals."""

    state: VenueState = "not_joined"
    hub_name: str = ""
    hub_url: str = ""
    desk_name: str = ""
    role: str = ""
    waiting: int = 0  # this desk's records not yet at the hub
    duplicates: int = 0  # persons signed here and at another desk (both records kept)
    last_error: str = ""
    board: Board | None = None
    board_at: str = ""  # when this desk last read the board (UTC ISO): the counts are as of then
    offline_since: str = ""  # when the hub stopped answering (UTC ISO); "" while it answers

    def as_json(self) -> dict[str, object]:
        board = self.board
        return {
            "state": self.state,
            "hub": self.hub_name,
            "url": self.hub_url,
            "desk": self.desk_name,
            "role": self.role,
            "online": self.state == "online",
            "waiting": self.waiting,
            "duplicates": self.duplicates,
            "last_error": self.last_error,
            "signed_total": board.signed_total if board else None,
            "expected": board.expected if board else None,
            "desks": [d.model_dump() for d in board.desks] if board else [],
            "board_at": self.board_at,
            "offline_since": self.offline_since,
        }


OnArrived = Callable[[list[str], float], None]  # other desks' signing ids, time.time() applied


class VenueWorker:
    def __init__(
        self,
        store: Store,
        *,
        idle_s: float = 5.0,
        long_poll_s: float = LONG_POLL_S,
        on_arrived: OnArrived | None = None,
    ) -> None:
        self.store = store
        self.idle_s = idle_s
        self.long_poll_s = long_poll_s
        self.on_arrived = on_arrived
        self._stop = threading.Event()
        self._push_wake = threading.Event()
        self._link_wake = threading.Event()
        self._lock = threading.Lock()
        self._status = VenueStatus()
        self._listeners: list[Callable[[VenueStatus], None]] = []
        self._threads: list[threading.Thread] = []

    # -- public --------------------------------------------------------------------------
    @property
    def status(self) -> VenueStatus:
        with self._lock:
            return self._status

    def subscribe(self, listener: Callable[[VenueStatus], None]) -> None:
        """Called on a worker thread after each change; the desk re-publishes it on its bus."""
        self._listeners.append(listener)

    def start(self) -> None:
        if self._threads:
            return
        self._stop.clear()
        for target, name in ((self._push_loop, "venue-push"), (self._listen_loop, "venue-listen")):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def nudge(self) -> None:
        """A record was committed: push it to the hub now."""
        self._push_wake.set()

    def recheck(self) -> None:
        """The desk joined (or left) a hub just now: look at the link without waiting."""
        self._link_wake.set()
        self._push_wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._push_wake.set()
        self._link_wake.set()
        for thread in self._threads:
            thread.join(timeout)
        self._threads = []

    # -- status --------------------------------------------------------------------------
    def _update(self, **changes: object) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)  # type: ignore[arg-type]
            status = self._status
        for listener in list(self._listeners):
            try:
                listener(status)
            except Exception:
                log.exception("venue status listener failed")

    def _link(self) -> HubLink | None:
        link = hub_link(self.store)
        if link is None:
            if self.status.state != "not_joined":
                self._update(state="not_joined", board=None)
            return None
        if self.status.hub_url != link.url:
            self._update(
                state="connecting",
                hub_name=link.hub_name,
                hub_url=link.url,
                desk_name=link.desk_name,
                role=link.role,
            )
        return link

    def _offline(self, exc: BaseException) -> None:
        message = f"{type(exc).__name__}: {exc}"[:300]
        try:
            note_contact(self.store, error=message)
        except Exception:
            log.exception("could not note the hub's absence")
        since = self.status.offline_since or utc_now_iso()  # the first failure, kept
        self._update(state="offline", last_error=message, offline_since=since)

    # -- the two loops -------------------------------------------------------------------
    def _push_loop(self) -> None:
        failures = 0
        client: VenueClient | None = None
        published_at = -1e9
        try:
            while not self._stop.is_set():
                link = self._link()
                delay = self.idle_s
                if link is not None:
                    try:
                        if client is None or str(client.http.base_url) != link.url:
                            if client is not None:
                                client.close()
                            client = VenueClient.to_hub(link.url, link.token)  # kept open
                        if link.is_host and time.monotonic() - published_at > PUBLISH_EVERY_S:
                            publish_to_hub(self.store, client, link)
                            published_at = time.monotonic()
                        push_to_hub(self.store, client, link)
                        failures = 0
                        fresh = hub_link(self.store)
                        waiting = waiting_for_hub(self.store, fresh.pushed_seq if fresh else 0)
                        self._update(waiting=waiting)
                    except (SyncError, OSError) as exc:
                        self._offline(exc)
                        delay = RETRY_S[min(failures, len(RETRY_S) - 1)]
                        failures += 1
                    except Exception as exc:  # never let the worker die
                        log.exception("venue push failed")
                        self._offline(exc)
                        delay = RETRY_S[-1]
                self._push_wake.wait(delay)
                self._push_wake.clear()
        finally:
            if client is not None:
                client.close()

    def _listen_loop(self) -> None:
        failures = 0
        change = -1
        board_at = -1e9
        while not self._stop.is_set():
            link = self._link()
            if link is None:
                self._link_wake.wait(self.idle_s)
                self._link_wake.clear()
                continue
            try:
                with VenueClient.to_hub(link.url, link.token) as client:
                    while not self._stop.is_set():
                        link = hub_link(self.store) or link
                        arrived = pull_from_hub(self.store, client, link)
                        applied_at = time.time()
                        if arrived and self.on_arrived is not None:
                            self.on_arrived(arrived, applied_at)
                        board = self.status.board
                        read_at = self.status.board_at
                        stale = time.monotonic() - board_at < BOARD_EVERY_S and board is not None
                        if not stale:
                            fresh_board = _board(client, link)
                            if fresh_board is not None:
                                board, read_at = fresh_board, utc_now_iso()
                            board_at = time.monotonic()
                        self._update(
                            state="online",
                            last_error="",
                            offline_since="",
                            board=board,
                            board_at=read_at,
                            duplicates=count_venue_duplicates(self.store),
                        )
                        failures = 0
                        # a board left stale is read when the next wait times out, soon
                        timeout = (
                            min(self.long_poll_s, BOARD_EVERY_S) if stale else self.long_poll_s
                        )
                        seen = client.wait(max(change, 0), timeout).change
                        if seen == change:
                            continue  # timed out: read the board again (rate, who is online)
                        change = seen
            except (SyncError, OSError) as exc:
                self._offline(exc)
                self._stop.wait(RETRY_S[min(failures, len(RETRY_S) - 1)])
                failures += 1
            except Exception as exc:
                log.exception("venue listen failed")
                self._offline(exc)
                self._stop.wait(RETRY_S[-1])


def _board(client: VenueClient, link: HubLink) -> Board | None:
    try:
        return client.board(link.ceremony_id)
    except SyncError:
        return None
