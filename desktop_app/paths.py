"""Where a station keeps its things, all below one data folder."""

from __future__ import annotations

import configparser
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "PaktaStation"
# Written by the Windows installer beside the programs: the per-machine data folder chosen at
# install time ([station] data_dir = D:\PaktaStation), shared by every user of the laptop.
CONFIG_NAME = "pakta-station.ini"


def installed_config() -> Path | None:
    """The installer's config file beside a bundled program; None when running from source."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().with_name(CONFIG_NAME)


def configured_data_dir(config: Path | None) -> Path | None:
    """The data folder named in ``config``; None when there is no file or no usable entry."""
    if config is None or not config.is_file():
        return None
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(_ini_text(config.read_bytes()))
    except (OSError, configparser.Error):
        return None
    value = parser.get("station", "data_dir", fallback="").strip().strip('"')
    return Path(os.path.expandvars(value)) if value else None


def _ini_text(raw: bytes) -> str:
    """Inno Setup writes .ini files in the Windows code page (UTF-16 when one exists as such)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("mbcs" if os.name == "nt" else "cp1252", errors="replace")


def default_data_dir() -> Path:
    """PAKTA_DATA_DIR, else the installer's choice, else the platform's user data folder."""
    env = os.environ.get("PAKTA_DATA_DIR")
    if env:
        return Path(env)
    configured = configured_data_dir(installed_config())
    if configured is not None:
        return configured
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
