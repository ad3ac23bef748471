"""Fixtures for device tests: the line a simulator uses (a pty, or a socket on any OS), a
temporary device path, helpers to drain connection queues."""

from __future__ import annotations

import contextlib
import queue
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from desktop_app.devices.simulators.transport import Transport

T = TypeVar("T")


@pytest.fixture
def port_path(tmp_path: Path) -> str:
    """A stable device path (symlink) the simulator can unplug and replug."""
    return str(tmp_path / "ttyPAD0")


@pytest.fixture(params=[pytest.param("pty", marks=pytest.mark.posix), "socket"])
def transport(request: pytest.FixtureRequest) -> Transport:
    """Every device test runs over a pseudo-terminal (POSIX) and over socket:// (any OS)."""
    kind: Transport = request.param
    return kind


@pytest.fixture
def link(transport: Transport, port_path: str) -> str | None:
    """Where the simulator appears: the pty at ``port_path``; a socket on a free port."""
    return port_path if transport == "pty" else None


def drain(q: queue.SimpleQueue[T], until: Callable[[list[T]], bool], timeout: float) -> list[T]:
    """Collect items until ``until(items)`` holds or the timeout passes."""
    items: list[T] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not until(items):
        with contextlib.suppress(queue.Empty):
            items.append(q.get(timeout=0.02))
    return items
