"""Shared fixtures: every test runs headless, on its own fresh data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh station data folder (not yet initialised)."""
    path = tmp_path / "station"
    return path
