"""The print worker thread: sends due jobs, follows them at the spooler, retries with backoff.

The desk (ui/) starts one ``PrintWorker`` and listens through ``on_change``; the CLI and the
tests call ``run_once`` to do the same work synchronously.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from desktop_app.printing.backends.base import Backend, PrinterUnavailable, PrintFailed, Remote
from desktop_app.printing.content import build_item
from desktop_app.printing.queue import JobView
from desktop_app.printing.targets import backend_for
from desktop_app.printing.transitions import (
    STALE_SENDING_S,
    claim_due,
    mark_done,
    mark_failed,
    mark_pending,
    mark_sent,
    recover_interrupted,
    sent_jobs,
)
from desktop_app.storage.store import Store

log = logging.getLogger(__name__)

Resolve = Callable[[str], Backend]
Listener = Callable[[JobView], None]


class PrintWorker:
    def __init__(
        self,
        store: Store,
        *,
        resolve: Resolve = backend_for,
        on_change: Listener | None = None,
        poll_s: float = 2.0,
        backoff_s: float = 2.0,
        max_backoff_s: float = 30.0,
    ) -> None:
        self.store = store
        self.resolve = resolve
        self.on_change = on_change
        self.poll_s = poll_s
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._backends: dict[str, Backend] = {}

    # -- thread ------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        recover_interrupted(self.store)
        self._thread = threading.Thread(target=self._loop, name="pakta-print", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def wake(self) -> None:
        """Look at the queue now (a job was added, a printer came back)."""
        self._wake.set()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception:  # the worker must outlive any single bad job or store hiccup
                log.exception("print worker pass failed")
            self._wake.wait(self.poll_s)
            self._wake.clear()

    # -- one pass ----------------------------------------------------------------------
    def run_once(self) -> int:
        """Follow jobs at spoolers, then send every due job; returns jobs handled."""
        handled = recover_interrupted(self.store, STALE_SENDING_S)
        for accepted in sent_jobs(self.store):
            handled += self._follow(accepted)
        tried: set[int] = set()
        while not self._stop.is_set():
            job = claim_due(self.store, exclude=tried)
            if job is None:
                break
            tried.add(job.id)  # one attempt per job per pass, however short its backoff
            self._send(job)
            handled += 1
        return handled

    def _backend(self, spec: str) -> Backend:
        backend = self._backends.get(spec)
        if backend is None:
            backend = self.resolve(spec)
            self._backends[spec] = backend
        return backend

    def _delay(self, attempts: int) -> float:
        return float(min(self.max_backoff_s, self.backoff_s * 2 ** max(0, min(attempts - 1, 8))))

    def _send(self, job: JobView) -> None:
        try:
            backend = self._backend(job.printer)
            backend.check()
            item = build_item(self.store, job)
            remote_id = backend.submit(item)
        except PrinterUnavailable as exc:
            self._emit(mark_pending(self.store, job.id, str(exc), self._delay(job.attempts)))
            return
        except PrintFailed as exc:
            self._emit(mark_failed(self.store, job.id, str(exc)))
            return
        except Exception as exc:  # unexpected: keep the job, say what happened, retry later
            log.exception("print job %s", job.id)
            self._emit(
                mark_pending(
                    self.store, job.id, f"unexpected error: {exc}", self._delay(job.attempts)
                )
            )
            return
        if remote_id:
            # followed at the spooler from the next pass on: accepted is what the desk waits for
            self._emit(mark_sent(self.store, job.id, remote_id))
        else:
            self._emit(mark_done(self.store, job.id))

    def _follow(self, job: JobView, remote_id: str | None = None) -> int:
        remote_id = remote_id or job.backend_job
        try:
            state = self._backend(job.printer).remote_state(remote_id)
        except PrinterUnavailable:
            return 0  # cannot ask now; ask again next pass
        if state is Remote.DONE:
            self._emit(mark_done(self.store, job.id, remote_id))
        elif state is Remote.LOST:
            self._emit(
                mark_pending(
                    self.store, job.id, f"the printer lost job {remote_id}; sending again", 0
                )
            )
        return 1

    def _emit(self, job: JobView | None) -> None:
        if job is not None and self.on_change is not None:
            try:
                self.on_change(job)
            except Exception:
                log.exception("print listener failed")
