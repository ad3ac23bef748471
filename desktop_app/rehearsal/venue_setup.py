"""Setting up the venue-day rehearsal: a central server, K desks, the hub, the script."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import select

from desktop_app.demo.setup import ensure_demo_ceremony
from desktop_app.settings import PRINTER, set_setting
from desktop_app.storage.models import Employee
from desktop_app.storage.store import Store
from desktop_app.sync.enrolment import enroll
from desktop_app.venue.discovery import discover_hubs
from desktop_app.venue.host import HubProcess, host_joins, issue_join_code, start_hub, stop_hub
from desktop_app.venue.link import join_hub
from desktop_app.venue.setup import after_join

LOOPBACK = ["127.0.0.1"]  # the rehearsal's mDNS and servers stay on this machine
PERSON_S = 35.0  # a person at a desk, on the day's clock (Malang 2024: ~30-40 s)


def cli(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop_app.cli.main", "--data-dir", str(data_dir), *args]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Central:
    folder: Path
    port: int
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        log = (self.folder / "server.log").open("ab")
        self.proc = subprocess.Popen(
            cli(self.folder, "server", "--host", "127.0.0.1", "--port", str(self.port)),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("the central server did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(20)
        self.proc = None

    def station_code(self, name: str) -> str:
        out = subprocess.run(
            cli(self.folder, "server", "station", "add", name, "--json"),
            capture_output=True,
            text=True,
            check=True,
        )
        return str(json.loads(out.stdout)["code"])

    def report(self) -> dict[str, object]:
        out = subprocess.run(
            cli(self.folder, "server", "report", "--json"), capture_output=True, text=True
        )
        try:
            data = json.loads(out.stdout)
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}


@dataclass
class VenueRig:
    root: Path
    central: Central
    desks: list[Path]
    hub: HubProcess
    ceremony_id: str
    roster: list[str]


def printer_folder(root: Path, desk: int) -> Path:
    return root / "printed" / f"desk{desk + 1}" / "receipts"


def build_venue(root: Path, attendees: int, desks: int) -> VenueRig:
    """Central (enrolment the day before, then stopped), desks, hub; desk K is left unknown to
    the central server: its records reach it only through the hub's relay."""
    root.mkdir(parents=True, exist_ok=True)
    central = Central(root / "central", free_port())
    central.folder.mkdir(parents=True, exist_ok=True)
    central.start()
    folders = [root / f"desk{i + 1}" for i in range(desks)]
    stores = [Store.open(f, station_name=f"Meja {i + 1}") for i, f in enumerate(folders)]
    try:
        info = ensure_demo_ceremony(stores[0], attendees)
        for i, store in enumerate(stores):
            printer_folder(root, i).mkdir(parents=True, exist_ok=True)
            with store.write() as session:
                set_setting(session, PRINTER, f"folder:{printer_folder(root, i)}")
            if i < desks - 1 or desks == 1:
                enroll(store, central.url, central.station_code(f"Meja {i + 1}"))
        hub = start_hub(stores[0], port=free_port(), bind="127.0.0.1", mdns=LOOPBACK)
        host = host_joins(stores[0], hub)
        for i, store in enumerate(stores[1:], start=1):
            url = hub.local_url
            if i == 1:  # the second desk finds the hub by itself (this venue's, among others)
                found = discover_hubs(10.0, interfaces=LOOPBACK, hub_id=host.hub_id)
                url = found[0].url if found else url
            join_hub(store, url, issue_join_code(stores[0], hub.local_url))
            after_join(store)
        with stores[0].read() as session:
            roster = list(
                session.scalars(
                    select(Employee.identifier)
                    .where(Employee.ceremony_id == info.id)
                    .order_by(Employee.id)
                    .limit(attendees)
                )
            )
    except BaseException:
        stop_hub(stores[0])  # a rehearsal that fails to set up leaves no process behind
        central.stop()
        raise
    finally:
        for store in stores:
            store.close()
    central.stop()  # unreachable for the first half of the day
    return VenueRig(root, central, folders, hub, info.id, roster)


@dataclass(frozen=True)
class Plan:
    day_s: float
    hub_down: tuple[float, float]
    desk_kill: tuple[int, float]
    paper_out: tuple[int, float, float]
    central_up_at: float


def make_plan(attendees: int, desks: int) -> Plan:
    day = max(attendees, 1) * PERSON_S / desks
    return Plan(
        day_s=day,
        hub_down=(0.3 * day, 0.3 * day + 60.0),
        desk_kill=(min(1, desks - 1), 0.55 * day),
        paper_out=(min(2, desks - 1), 0.15 * day, 0.15 * day + 300.0),
        central_up_at=0.5 * day,
    )


def make_scripts(
    roster: list[str], desks: int, double: int, plan: Plan, seed: int
) -> tuple[list[list[dict[str, object]]], int]:
    """Each desk's attendees on the day's clock; ``double`` of them try again at another desk
    (some while the hub is down, where both desks sign: a duplicate flagged when they meet)."""
    rng = random.Random(seed)
    scripts: list[list[dict[str, object]]] = [[] for _ in range(desks)]
    gap = PERSON_S / desks
    first: dict[str, tuple[int, float]] = {}
    for j, identifier in enumerate(roster):
        at = j * gap
        desk = j % desks
        first[identifier] = (desk, at)
        scripts[desk].append({"at_s": at, "identifier": identifier, "kind": "first"})
    if desks < 2:
        return scripts, 0
    down0, down1 = plan.hub_down
    in_window = [i for i, (_, at) in first.items() if down0 + 5 <= at <= down1 - 25]
    outside = [i for i, (_, at) in first.items() if at < down0 - 200 or at > down1 + 200]
    chosen = rng.sample(in_window, min(len(in_window), double // 4))
    chosen += rng.sample(outside, min(len(outside), double - len(chosen)))
    # A small day has few attendees far from the hub's outage: the rest come from anyone left
    # (refused at the desk or signed in the partition, both are counted), so all are tried.
    rest = sorted(set(first) - set(chosen))
    chosen += rng.sample(rest, min(len(rest), double - len(chosen)))
    for identifier in chosen:
        desk, at = first[identifier]
        again = at + (15.0 if down0 <= at <= down1 else 150.0)
        other = (desk + 1 + rng.randrange(desks - 1)) % desks
        scripts[other].append({"at_s": again, "identifier": identifier, "kind": "again"})
    for script in scripts:
        script.sort(key=lambda item: float(item["at_s"]))  # type: ignore[arg-type]
        for item in script:
            item["badge"] = f"{item['identifier']}\r\n"
    return scripts, len(chosen)


def day0_file(rig: VenueRig) -> Path:
    """Where the day's clock is started: the epoch of day 0, written once every desk is up."""
    return rig.root / "day0"


def desk_command(rig: VenueRig, desk: int, speed: float, stop_file: Path) -> list[str]:
    folder = rig.desks[desk]
    return [
        sys.executable,
        "-m",
        "desktop_app.rehearsal.desk_process",
        "--data-dir",
        str(folder),
        "--script",
        str(folder / "script.json"),
        "--log",
        str(folder / "rehearsal.jsonl"),
        "--day0-file",
        str(day0_file(rig)),
        "--speed",
        repr(speed),
        "--stop-file",
        str(stop_file),
        "--seed",
        str(desk + 1),
    ]


def start_desk(rig: VenueRig, desk: int, speed: float, stop: Path) -> subprocess.Popen[bytes]:
    log = (rig.desks[desk] / "desk-process.log").open("ab")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        desk_command(rig, desk, speed, stop),
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        start_new_session=True,
    )
    log.close()
    return proc


def desk_started(folder: Path) -> bool:
    log = folder / "rehearsal.jsonl"
    return log.exists() and '"started"' in log.read_text("utf-8")


def start_the_day(
    rig: VenueRig, procs: list[subprocess.Popen[bytes]], *, limit_s: float = 300.0
) -> float:
    """Start the day's clock once every desk process is up, so that no desk's cold start (nine
    Qt processes on two cores take a while) is counted as the venue's delay; returns day 0."""
    deadline = time.monotonic() + limit_s
    while not all(desk_started(folder) for folder in rig.desks):
        for folder, proc in zip(rig.desks, procs, strict=True):
            if proc.poll() is not None:
                raise RuntimeError(f"the desk in {folder} ended before the day began")
        if time.monotonic() > deadline:
            raise RuntimeError(f"the desks were not all up within {limit_s:.0f} s")
        time.sleep(0.1)
    day0 = time.time() + 0.5
    staged = day0_file(rig).with_suffix(".tmp")
    staged.write_text(repr(day0), "utf-8")
    staged.replace(day0_file(rig))
    return day0
