"""Where a station keeps its things, all below one data folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "PaktaStation"


def default_data_dir() -> Path:
    env = os.environ.get("PAKTA_DATA_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class StationPaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / "station.db"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def station_key(self) -> Path:
        return self.keys / "station_ed25519.pem"

    @property
    def data_key(self) -> Path:
        return self.keys / "data-at-rest.key"

    @property
    def receipts(self) -> Path:
        return self.root / "receipts"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def printed(self) -> Path:
        return self.root / "printed"

    @property
    def logs(self) -> Path:
        return self.root / "logs"
