"""Shared fixtures: every test runs headless, on its own fresh data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"


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
