"""Fixtures for device tests: a temporary device path, helpers to drain connection queues."""

from __future__ import annotations

import contextlib
import queue
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")


@pytest.fixture
def port_path(tmp_path: Path) -> str:
    """A stable device path (symlink) the simulator can unplug and replug."""
    return str(tmp_path / "ttyPAD0")


def drain(q: queue.SimpleQueue[T], until: Callable[[list[T]], bool], timeout: float) -> list[T]:
    """Collect items until ``until(items)`` holds or the timeout passes."""
    items: list[T] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not until(items):
        with contextlib.suppress(queue.Empty):
            items.append(q.get(timeout=0.02))
    return items
