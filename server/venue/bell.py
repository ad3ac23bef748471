"""A bell the writes ring and the desks' long polls wait on (one process, the event loop's)."""

from __future__ import annotations

import asyncio
import contextlib


class ChangeBell:
    """``ring()`` wakes every waiter; a waiter that missed a ring sees ``version`` moved on."""

    def __init__(self) -> None:
        self.version = 0
        self._event: asyncio.Event | None = None

    def ring(self) -> None:
        self.version += 1
        if self._event is not None:
            self._event.set()
            self._event = None

    async def wait(self, seen: int, timeout: float) -> None:
        """Until the bell rings after ``seen`` (returns at once if it already did) or timeout."""
        if self.version != seen or timeout <= 0:
            return
        if self._event is None:
            self._event = asyncio.Event()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._event.wait(), timeout)
