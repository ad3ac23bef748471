"""Shared fixtures: every test runs headless, on its own fresh data folder."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"


# Hypothesis would fail an example that takes longer than 200 ms (its deadline) and warn of
# slow data generation: wall-clock verdicts, which a busy machine turns red. Not here.
settings.register_profile("pakta", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("pakta")

# Waits are event-driven: they return as soon as what they wait for happens and fail only
# when it never does. On a busy machine (two CPU-bound processes beside the suite) an event may
# take several times longer, so every pytest-qt wait gets WAIT_SCALE times its time-out. No
# test asserts a duration: figures live in benchmarks/.
WAIT_SCALE = float(os.environ.get("PAKTA_TEST_WAIT_SCALE", "4"))


def _generous(wait: Any) -> Any:
    @functools.wraps(wait)
    def scaled(self: object, *args: object, **kwargs: Any) -> Any:
        timeout = kwargs.get("timeout", 5000)
        if isinstance(timeout, int | float) and timeout > 0:
            kwargs["timeout"] = int(timeout * WAIT_SCALE)
        return wait(self, *args, **kwargs)

    return scaled


def pytest_configure(config: pytest.Config) -> None:
    try:
        from pytestqt.qtbot import QtBot
    except ImportError:  # pytest-qt is a dev dependency; without it there is nothing to scale
        return
    for name in ("waitUntil", "waitSignal", "waitSignals", "waitExposed", "waitActive"):
        wait = getattr(QtBot, name, None)
        if wait is not None and not getattr(wait, "_pakta_scaled", False):
            scaled = _generous(wait)
            scaled._pakta_scaled = True  # type: ignore[attr-defined]
            setattr(QtBot, name, scaled)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked posix need pseudo-terminals, POSIX signals or file modes: not on Windows."""
    if sys.platform != "win32":
        return
    skip = pytest.mark.skip(reason="POSIX only (pseudo-terminals, signals or file modes)")
    for item in items:
        if "posix" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh station data folder (not yet initialised)."""
    path = tmp_path / "station"
    return path
