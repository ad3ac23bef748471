"""WAL checkpoints on a thread of their own, so that no signing waits on one.

SQLite's automatic checkpoint runs inside whichever commit happens to cross the threshold:
every hundred or so signings, one attendee would wait while the database file is written and
synced. Our connections turn that off (``PRAGMA wal_autocheckpoint=0``, see ``engine``) and
this thread checkpoints instead: once commits pause for a moment, or after a run of commits
without a pause. A PASSIVE checkpoint never blocks a writer or a reader; whatever it cannot
copy now, the next one does. When the last connection closes, SQLite checkpoints the rest.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

log = logging.getLogger(__name__)

IDLE_SECONDS = 0.5  # commits paused this long: checkpoint now
MAX_PENDING_COMMITS = 256  # or after this many without a pause (a WAL of ~8 MB)


class WalCheckpointer:
    def __init__(
        self,
        db_path: Path,
        *,
        idle_seconds: float = IDLE_SECONDS,
        max_pending: int = MAX_PENDING_COMMITS,
    ) -> None:
        self._db_path = db_path
        self._idle = idle_seconds
        self._max_pending = max_pending
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._pending = 0
        self._stopped = False
        self._thread: threading.Thread | None = None
        self.checkpoints = 0  # how many ran

    def committed(self) -> None:
        """Called after each write transaction commits."""
        with self._lock:
            if self._stopped:
                return
            self._pending += 1
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="wal checkpointer", daemon=True
                )
                self._thread.start()
        self._wake.set()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            thread = self._thread
        self._wake.set()
        if thread is not None:
            thread.join(5.0)

    def _run(self) -> None:
        con: sqlite3.Connection | None = None
        try:
            while True:
                self._wake.wait()
                # Debounce: let a burst of commits finish unless it runs long.
                while self._wake.is_set() and not self._stopped:
                    self._wake.clear()
                    with self._lock:
                        if self._pending >= self._max_pending:
                            break
                    self._wake.wait(self._idle)
                with self._lock:
                    if self._stopped:
                        return
                    self._pending = 0
                con = self._checkpoint(con)
        finally:
            if con is not None:
                con.close()

    def _checkpoint(self, con: sqlite3.Connection | None) -> sqlite3.Connection | None:
        """One PASSIVE checkpoint; returns the connection to reuse (None after a failure)."""
        try:
            if con is None:  # mode=rw: never create a database that is not there
                uri = self._db_path.absolute().as_uri() + "?mode=rw"
                con = sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)
            busy, wal_frames, copied = con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as exc:  # a busy or vanished database: the next one tries again
            log.warning("WAL checkpoint failed: %s", exc)
            if con is not None:
                con.close()
            return None
        self.checkpoints += 1
        log.debug("WAL checkpoint: %s of %s frames copied (busy=%s)", copied, wal_frames, busy)
        return con
