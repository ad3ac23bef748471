"""Helpers shared by CLI commands: opening the store named by --data-dir."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.storage.store import Store


def open_store(args: argparse.Namespace) -> Store:
    """Open (initialising when new) the station data folder given by --data-dir."""
    data_dir = getattr(args, "data_dir", None)
    return Store.open(Path(data_dir) if data_dir else None)
