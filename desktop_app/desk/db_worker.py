"""The one database worker thread: store work in submission order, results to callbacks.

Every store call of the desk runs here, never on the GUI thread. A write that meets a busy
database (another process holding the lock past SQLite's own busy timeout) is tried again a
few times before its error is reported, so a brief hiccup is invisible to the attendant.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import OperationalError

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass
class _Job:
    fn: Callable[[], Any]
    on_done: Done | None
    on_error: Failed | None


def is_busy(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, OperationalError) and ("locked" in text or "busy" in text)


class DbWorker:
    def __init__(self, *, busy_retries: int = 3, retry_s: float = 0.3, nice: int = 0) -> None:
        self.busy_retries = busy_retries
        self.nice = nice
        self.retry_s = retry_s
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._idle = threading.Condition()
        self._pending = 0

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="pakta-db", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join(timeout)
            self._thread = None

    def submit(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        """Run ``fn`` on the worker; its result or exception goes to the callbacks there."""
        with self._idle:
            self._pending += 1
        self._jobs.put(_Job(fn, on_done, on_error))

    def wait_idle(self, timeout: float) -> bool:
        """Block until every submitted job has finished (tests, benchmarks, shutdown)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    @property
    def pending(self) -> int:
        return self._pending

    def _run(self) -> None:
        lower_priority(self.nice)
        while True:
            job = self._jobs.get()
            if job is None:
                return
            try:
                self._execute(job)
            finally:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()

    def _execute(self, job: _Job) -> None:
        attempt = 0
        while True:
            try:
                result = job.fn()
            except Exception as exc:
                if is_busy(exc) and attempt < self.busy_retries:
                    attempt += 1
                    log.warning("database busy, trying again (%d)", attempt)
                    time.sleep(self.retry_s * attempt)
                    continue
                if job.on_error is None:
                    log.exception("database job failed")
                else:
                    _safely(job.on_error, exc)
                return
            if job.on_done is not None:
                _safely(job.on_done, result)
            return


def lower_priority(nice: int) -> None:
    """Make the calling thread (and threads it starts, on Linux) yield the CPU to the GUI.

    Under load the GUI thread then gets the processor first when a frame is due; the
    workers lose nothing that a person could notice.
    """
    if nice <= 0 or not hasattr(os, "setpriority"):
        return
    try:
        current = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), current + nice)
    except OSError:
        log.info("cannot lower the worker thread's priority")


def start_lowered(start: Callable[[], None], nice: int, name: str) -> threading.Thread:
    """Call ``start`` on a helper thread of lower CPU priority: on Linux the worker thread it
    starts inherits that priority (a background print or sync pass then never delays a frame
    or a commit)."""

    def run() -> None:
        lower_priority(nice)
        start()

    thread = threading.Thread(target=run, name=f"start {name}", daemon=True)
    thread.start()
    return thread


def _safely(callback: Callable[[Any], None], value: Any) -> None:
    try:
        callback(value)
    except Exception:  # a callback's bug must not kill the worker
        log.exception("database job callback failed")
