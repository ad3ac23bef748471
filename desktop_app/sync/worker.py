"""The sync worker: a thread that drains the outbox whenever the server is reachable.

No offline switch: it simply keeps trying, with exponential backoff and jitter while the
server is away, and publishes a SyncStatus the desk can show after every attempt.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from desktop_app.clock import utc_now_iso
from desktop_app.storage.store import Store
from desktop_app.sync.client import NotAuthorised, RequestRefused, SyncClient, SyncError
from desktop_app.sync.cycle import DEFAULT_BATCH, NotEnrolled, SyncReport, sync_once
from desktop_app.sync.enrolment import ServerLink, note_server_error, server_link
from desktop_app.sync.outbox import pending_count, rejected_in_outbox

log = logging.getLogger(__name__)

SyncState = Literal[
    "stopped", "not_enrolled", "syncing", "synced", "offline", "unauthorised", "error"
]
ClientFactory = Callable[[ServerLink], SyncClient]


@dataclass(frozen=True)
class SyncStatus:
    """What the desk shows: state, records waiting, refusals, last success, next try."""

    state: SyncState = "stopped"
    server_url: str = ""
    pending: int = 0
    rejected: int = 0
    last_success_at: str = ""
    last_error: str = ""
    retry_in_s: float = 0.0
    failures: int = 0
    last_report: SyncReport | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "state": self.state,
            "server_url": self.server_url,
            "pending": self.pending,
            "rejected": self.rejected,
            "last_success_at": self.last_success_at,
            "last_error": self.last_error,
            "retry_in_s": round(self.retry_in_s, 1),
        }


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with "equal jitter": half the delay fixed, half random."""

    base_s: float = 1.0
    cap_s: float = 60.0

    def delay(self, failures: int, rng: random.Random) -> float:
        ceiling = min(self.cap_s, self.base_s * float(2 ** min(failures - 1, 30)))
        return ceiling / 2 + rng.uniform(0, ceiling / 2)


def default_client(link: ServerLink) -> SyncClient:
    return SyncClient.connect(link.url, link.token)


class SyncWorker:
    """Start once; ``nudge()`` after a signing to sync at once; ``stop()`` on exit."""

    def __init__(
        self,
        store: Store,
        *,
        client_factory: ClientFactory = default_client,
        interval_s: float = 5.0,
        backoff: Backoff | None = None,
        batch: int = DEFAULT_BATCH,
        rng: random.Random | None = None,
    ) -> None:
        self.store = store
        self.client_factory = client_factory
        self.interval_s = interval_s
        self.backoff = backoff or Backoff()
        self.batch = batch
        self._rng = rng or random.Random()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._status = SyncStatus()
        self._listeners: list[Callable[[SyncStatus], None]] = []
        self._thread: threading.Thread | None = None
        self.cycles = 0

    # --- public -------------------------------------------------------------------------

    @property
    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    def subscribe(self, listener: Callable[[SyncStatus], None]) -> None:
        """Called on the worker thread after each change; ui/ re-emits it on the GUI thread."""
        self._listeners.append(listener)

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="pakta-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._publish(replace(self.status, state="stopped", retry_in_s=0.0))

    def nudge(self) -> None:
        """Sync now rather than at the next interval (e.g. right after a signing)."""
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # --- the loop -----------------------------------------------------------------------

    def _publish(self, status: SyncStatus) -> None:
        with self._lock:
            self._status = status
        for listener in list(self._listeners):
            try:
                listener(status)
            except Exception:  # a listener's bug must not stop syncing
                log.exception("sync status listener failed")

    def _wait(self, seconds: float) -> None:
        self._wake.wait(seconds)
        self._wake.clear()

    def _run(self) -> None:
        while not self._stop.is_set():
            delay = self.run_one_cycle()
            if self._stop.is_set():
                break
            self._wait(delay)

    def run_one_cycle(self) -> float:
        """One attempt; returns how long to wait before the next one."""
        self.cycles += 1
        link = server_link(self.store)
        pending = pending_count(self.store)
        previous = self.status
        if link is None:
            self._publish(
                SyncStatus(state="not_enrolled", pending=pending, retry_in_s=self.interval_s)
            )
            return self.interval_s
        self._publish(replace(previous, state="syncing", server_url=link.url, pending=pending))
        failures = previous.failures
        try:
            client = self.client_factory(link)
            try:
                report = sync_once(self.store, client, batch=self.batch)
            finally:
                client.close()
        except NotEnrolled:
            return self._failed(previous, "not_enrolled", "not enrolled", 0, self.interval_s)
        except NotAuthorised as exc:
            delay = self.backoff.cap_s
            return self._failed(previous, "unauthorised", str(exc), failures + 1, delay)
        except (SyncError, OSError) as exc:
            state: SyncState = "error" if isinstance(exc, RequestRefused) else "offline"
            delay = self.backoff.delay(failures + 1, self._rng)
            return self._failed(previous, state, str(exc), failures + 1, delay)
        except Exception as exc:  # never let the worker die: log, back off, try again
            log.exception("sync cycle failed")
            delay = self.backoff.delay(failures + 1, self._rng)
            return self._failed(
                previous, "error", f"{type(exc).__name__}: {exc}", failures + 1, delay
            )
        rejected = len(rejected_in_outbox(self.store))
        problems = [f"{rejected} record(s) refused by the server"] if rejected else []
        problems += [
            f"ceremony {r['ceremony'][:8]} update refused by the {r['by']}: {r['reason']}"
            for r in report.refused_updates
        ]
        self._publish(
            SyncStatus(
                state="synced" if not rejected else "error",
                server_url=link.url,
                pending=report.pending,
                rejected=rejected,
                last_success_at=utc_now_iso(),
                last_error="; ".join(problems),
                retry_in_s=self.interval_s,
                failures=0,
                last_report=report,
            )
        )
        return self.interval_s

    def _failed(
        self, previous: SyncStatus, state: SyncState, message: str, failures: int, delay: float
    ) -> float:
        try:
            note_server_error(self.store, message)
            pending = pending_count(self.store)
        except Exception:
            pending = previous.pending
        self._publish(
            replace(
                previous,
                state=state,
                last_error=message,
                failures=failures,
                retry_in_s=delay,
                pending=pending,
            )
        )
        return delay


def wait_until_drained(worker: SyncWorker, timeout_s: float) -> bool:
    """Nudge and wait until the outbox is empty after a successful cycle (tests, rehearse)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        status = worker.status
        if status.state == "synced" and status.pending == 0:
            return True
        worker.nudge()
        time.sleep(0.05)
    return False
