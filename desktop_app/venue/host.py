"""Hosting the venue hub on this desk: its folder, its child process, its join codes."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop_app.ceremony_ref import find_ceremony
from desktop_app.storage.store import Store
from desktop_app.sync.client import SyncError
from desktop_app.sync.enrolment import server_link
from desktop_app.venue.client import VenueClient
from desktop_app.venue.cycle import publish_to_hub
from desktop_app.venue.link import HubLink, hub_link, join_hub
from pakta_common.files import write_atomic

HUB_DIR = "venue-hub"
DEFAULT_PORT = 8765


class HostError(Exception):
    """The hub could not be prepared or started (a clear message for the person)."""


@dataclass(frozen=True)
class HubProcess:
    folder: Path
    port: int
    pid: int
    local_url: str  # what this desk uses
    lan_url: str  # what the other desks use (in the QR)


def hub_folder(store: Store) -> Path:
    return store.paths.root / HUB_DIR


def relay_state(store: Store) -> dict[str, object]:
    """What the hub's relay to central last said (server/venue/relayer.py writes relay.json):
    relayed, refused, waiting, last_error, at; {} when this desk hosts no relaying hub."""
    try:
        data = json.loads((hub_folder(store) / "relay.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def lan_address() -> str:
    """This machine's address on the LAN (the route a packet out would take; nothing is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET: no packet leaves for a UDP connect
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


def prepare_hub_folder(store: Store, *, name: str = "") -> Path:
    """venue.json (hub id, name, the active ceremony), the host secret, the central link."""
    folder = hub_folder(store)
    folder.mkdir(parents=True, exist_ok=True)
    with store.read() as session:
        ceremony = find_ceremony(session, None)
        ceremony_id, venue = ceremony.id, ceremony.venue
    venue_file = folder / "venue.json"
    old: dict[str, str] = {}
    if venue_file.exists():
        old = json.loads(venue_file.read_text("utf-8"))
    data = {
        "hub_id": old.get("hub_id") or str(uuid.uuid4()),
        "hub_name": name or old.get("hub_name") or venue or store.station_name,
        "ceremony_id": ceremony_id,
    }
    write_atomic(venue_file, json.dumps(data).encode())
    secret = folder / "host-secret"
    if not secret.exists():
        write_atomic(secret, secrets.token_urlsafe(32).encode(), mode=0o600)
    refresh_central_link(store)
    return folder


def refresh_central_link(store: Store) -> bool:
    """Give the hub this desk's central server address and token, for the relay (0600)."""
    link = server_link(store)
    target = hub_folder(store) / "central-link.json"
    if link is None:
        return False
    payload = json.dumps({"url": link.url, "token": link.token}).encode()
    write_atomic(target, payload, mode=0o600)
    return True


def hub_command(folder: Path, port: int, host: str, mdns: list[str] | None) -> list[str]:
    base = (
        [sys.executable]
        if getattr(sys, "frozen", False)
        else [sys.executable, "-m", "desktop_app.cli.main"]
    )
    command = [*base, "venue", "hub-serve", "--dir", str(folder), "--port", str(port)]
    command += ["--host", host]
    for address in mdns or []:
        command += ["--mdns-interface", address]
    return command


def start_hub(
    store: Store,
    *,
    port: int = DEFAULT_PORT,
    bind: str = "0.0.0.0",
    mdns: list[str] | None = None,
    name: str = "",
    wait_s: float = 30.0,
) -> HubProcess:
    """Start the hub as a child process and wait until it answers."""
    folder = prepare_hub_folder(store, name=name)
    log = open(folder / "hub.log", "ab")  # noqa: SIM115 (the child keeps it)
    proc = subprocess.Popen(
        hub_command(folder, port, bind, mdns),
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    log.close()
    write_atomic(folder / "hub.pid", str(proc.pid).encode())
    local = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + wait_s
    while True:
        if proc.poll() is not None:
            raise HostError(f"the hub stopped at start (see {folder / 'hub.log'})")
        try:
            with VenueClient.to_hub(local) as client:
                client.info()
            break
        except SyncError:
            if time.monotonic() > deadline:
                proc.terminate()
                raise HostError(f"the hub did not answer on port {port}") from None
            time.sleep(0.2)
    lan = f"http://{lan_address() if bind == '0.0.0.0' else bind}:{port}"
    return HubProcess(folder, port, proc.pid, local, lan)


def issue_join_code(store: Store, url: str) -> str:
    secret = (hub_folder(store) / "host-secret").read_text("ascii").strip()
    with VenueClient.to_hub(url) as client:
        return client.new_code(secret).code


def host_joins(store: Store, hub: HubProcess) -> HubLink:
    """The host desk is one of the venue's desks too: it joins its own hub (as the host) and
    publishes the venue's ceremony, pledge text and roster there for the other desks."""
    join_hub(store, hub.local_url, issue_join_code(store, hub.local_url), role="host")
    link = hub_link(store)
    assert link is not None
    with VenueClient.to_hub(link.url, link.token) as client:
        publish_to_hub(store, client, link)
    return link


def stop_hub(store: Store, *, wait_s: float | None = 10.0) -> bool:
    """Stop this desk's hub and wait (up to ``wait_s``) until its process is gone, so that a hub
    started right after finds its port and its mDNS name free; one that lingers is killed.
    ``wait_s=None``: ask it to stop and return at once (the desk is closing)."""
    pid_file = hub_folder(store) / "hub.pid"
    try:
        pid = int(pid_file.read_text("ascii"))
    except (OSError, ValueError):
        return False
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return False
    finally:
        pid_file.unlink(missing_ok=True)
    # On Windows os.kill is TerminateProcess: the hub ends at once, there is nothing to wait for.
    if wait_s is not None and os.name == "posix" and not _gone(pid, wait_s):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        _gone(pid, 5.0)
    return True


def _gone(pid: int, wait_s: float) -> bool:
    """Whether the process ended within ``wait_s`` (reaped when it is this process's child).
    POSIX only (waitpid's WNOHANG, /proc)."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                return True
        except ChildProcessError:  # not our child (another process started it): probe it
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return True
            if _zombie(pid):  # ended; its parent (a desk) has not collected it yet
                return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)


def _zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text("ascii", "replace")
    except OSError:
        return False
    return stat.rsplit(")", 1)[-1].split()[:1] == ["Z"]
