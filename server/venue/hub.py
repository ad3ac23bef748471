"""A desk's venue hub: the server's own code on an embedded SQLite database in one folder.

The folder holds ``hub.db``, the hub's data key, ``venue.json`` (hub id, name, the venue's
ceremony; written by the host desk) and, when the host desk is enrolled with the central
server, ``central-link.json`` (its address and the host desk's token, mode 0600) for the relay,
and ``relay.json``, the relay's state (records relayed, waiting, why they wait).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

VENUE_FILE = "venue.json"
CENTRAL_FILE = "central-link.json"
DB_FILE = "hub.db"
KEY_FILE = "server-data.key"
SECRET_FILE = "host-secret"  # the host desk's proof that it may issue join codes
PID_FILE = "hub.pid"
RELAY_FILE = "relay.json"  # the relay's state, for the host desk (`pakta venue status`)


@dataclass(frozen=True)
class HubIdentity:
    hub_id: str
    hub_name: str
    ceremony_id: str


@dataclass(frozen=True)
class CentralLink:
    url: str
    token: str


class HubFolder:
    """The hub's folder; files are re-read on use so the host can change them while it runs."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.root / DB_FILE}"

    @property
    def key_file(self) -> Path:
        return self.root / KEY_FILE

    def identity(self) -> HubIdentity:
        data = _read_json(self.root / VENUE_FILE)
        return HubIdentity(
            str(data.get("hub_id", "")),
            str(data.get("hub_name", "")),
            str(data.get("ceremony_id", "")),
        )

    def host_secret(self) -> str:
        try:
            return (self.root / SECRET_FILE).read_text("ascii").strip()
        except OSError:
            return ""

    def relay_state(self) -> dict[str, object]:
        """What the relay last wrote: relayed, waiting, last_error, at ({} before its first)."""
        return _read_json(self.root / RELAY_FILE)

    def central(self) -> CentralLink | None:
        data = _read_json(self.root / CENTRAL_FILE)
        url, token = str(data.get("url", "")), str(data.get("token", ""))
        return CentralLink(url, token) if url and token else None


def _read_json(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_json(path: Path, data: dict[str, object], *, private: bool = False) -> None:
    """Whole or not at all (a temporary name, then rename); 0600 for credentials."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
    os.replace(tmp, path)
