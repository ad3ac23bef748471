"""Venue figures from one real venue on loopback: a hub process, K desk processes driving the
real desk controller (the venue-day rehearsal's desks, without its faults), and beside them a
lone desk process that has joined no venue, all at once on the same machine.

- cross-desk propagation p99: a desk showing "done" to each other desk holding the signing
  (target <= 2 s); baseline: one bare HTTP round trip to the hub (GET /api/v1/venue/info on a
  new connection), sampled during the same day;
- the hub's CPU (share of one core) while the desks push, beside the same hub idle with the
  same desks connected (long polls only) right after; the hub's peak memory beside its memory
  before the day;
- software time per attendee on a venue desk, beside the lone desk's.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import httpx
from sqlalchemy import select

from benchmarks.figures import Figure, median, p99
from desktop_app.demo.setup import ensure_demo_ceremony
from desktop_app.rehearsal.venue_day import _kill_hub, _propagation, _read_log, _script_done
from desktop_app.rehearsal.venue_setup import (
    PERSON_S,
    VenueRig,
    build_venue,
    make_plan,
    make_scripts,
    printer_folder,
    start_desk,
    start_the_day,
)
from desktop_app.settings import PRINTER, set_setting
from desktop_app.storage.models import Employee
from desktop_app.storage.store import Store

TICK_S = os.sysconf("SC_CLK_TCK")


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of a process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK_S


def _memory_mb(pid: int, key: str) -> float:
    """VmRSS (now) or VmHWM (peak) of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _lone_desk(root: Path, attendees: int, gap_s: float) -> tuple[Path, list[dict[str, object]]]:
    """A desk of its own ceremony that joined no venue, and its script at a venue desk's pace."""
    folder = root / "lone"
    store = Store.open(folder, station_name="Meja Sendiri")
    try:
        info = ensure_demo_ceremony(store, attendees)
        printer_folder(root, 99).mkdir(parents=True, exist_ok=True)
        with store.write() as session:
            set_setting(session, PRINTER, f"folder:{printer_folder(root, 99)}")
            roster = list(
                session.scalars(
                    select(Employee.identifier)
                    .where(Employee.ceremony_id == info.id)
                    .order_by(Employee.id)
                    .limit(attendees)
                )
            )
    finally:
        store.close()
    script: list[dict[str, object]] = [
        {"at_s": i * gap_s, "identifier": nip, "kind": "first", "badge": f"{nip}\r\n"}
        for i, nip in enumerate(roster)
    ]
    return folder, script


def _sample_round_trips(url: str, stop: threading.Event, out: list[float]) -> None:
    while not stop.is_set():
        t0 = time.perf_counter()
        try:
            httpx.get(url + "/api/v1/venue/info", timeout=5).raise_for_status()
        except httpx.HTTPError:
            pass
        else:
            out.append((time.perf_counter() - t0) * 1000)
        stop.wait(0.2)


def _day(root: Path, attendees: int, desks: int, day_real_s: float) -> dict[str, object]:
    rig = build_venue(root, attendees, desks)
    plan = make_plan(attendees, desks)
    speed = plan.day_s / day_real_s
    scripts, _ = make_scripts(rig.roster, desks, 0, plan, seed=26)
    lone, lone_script = _lone_desk(root, max(2, attendees // desks), PERSON_S)
    everyone = replace(rig, desks=[*rig.desks, lone])
    for folder, script in zip(everyone.desks, [*scripts, lone_script], strict=True):
        (folder / "script.json").write_text(json.dumps(script), "utf-8")
    hub_pid = rig.hub.pid
    rss_before = _memory_mb(hub_pid, "VmRSS")
    stop = root / "stop"
    procs = [start_desk(everyone, i, speed, stop) for i in range(len(everyone.desks))]
    round_trips: list[float] = []
    sampling = threading.Event()
    sampler = threading.Thread(
        target=_sample_round_trips, args=(rig.hub.local_url, sampling, round_trips)
    )
    try:
        day0 = start_the_day(everyone, procs)  # measure the day, not nine cold starts
        while time.time() < day0:
            time.sleep(0.05)
        sampler.start()
        cpu0, t0 = _cpu_s(hub_pid), time.monotonic()
        deadline = t0 + day_real_s * 4 + 120
        while not all(_script_done(f) for f in rig.desks) and time.monotonic() < deadline:
            if any(p.poll() is not None for p in procs):
                raise RuntimeError("a desk process ended during the day (see desk-process.log)")
            time.sleep(0.1)
        busy = (_cpu_s(hub_pid) - cpu0) / (time.monotonic() - t0) * 100
        sampling.set()
        sampler.join()
        window = min(10.0, day_real_s / 2)
        cpu1, t1 = _cpu_s(hub_pid), time.monotonic()
        time.sleep(window)  # the measuring window of the idle hub (nothing is awaited here)
        idle = (_cpu_s(hub_pid) - cpu1) / (time.monotonic() - t1) * 100
        peak = _memory_mb(hub_pid, "VmHWM")
        while not _script_done(lone) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        sampling.set()
        stop.touch()
        for proc in procs:
            try:
                proc.wait(30)
            except Exception:
                proc.kill()
                proc.wait(10)
        _kill_hub(rig)
    return _results(rig, lone, round_trips, busy, idle, peak, rss_before, speed)


def _results(
    rig: VenueRig,
    lone: Path,
    round_trips: list[float],
    busy: float,
    idle: float,
    peak: float,
    rss_before: float,
    speed: float,
) -> dict[str, object]:
    logs = [_read_log(folder) for folder in rig.desks]
    committed: dict[str, tuple[int, float]] = {}
    software: list[float] = []
    for desk, entries in enumerate(logs):
        for e in entries:
            if "item" in e:
                software.append(float(e["software_ms"]))  # type: ignore[arg-type]
                if e["outcome"] == "signed":
                    committed[str(e["record_id"])] = (desk, float(e["committed_at"]))  # type: ignore[arg-type]
    lone_software = [float(e["software_ms"]) for e in _read_log(lone) if "item" in e]  # type: ignore[arg-type]
    return {
        "propagation": _propagation(logs, committed, {}),
        "round_trips": round_trips,
        "busy": busy,
        "idle": idle,
        "peak": peak,
        "rss_before": rss_before,
        "software": software,
        "lone_software": lone_software,
        "signed": len(committed),
        "rate": len(committed) / (max(len(rig.roster), 1) * PERSON_S / len(rig.desks) / speed),
    }


def run(quick: bool) -> list[Figure]:
    attendees, desks, day_real_s = (12, 3, 15.0) if quick else (160, 8, 60.0)
    with tempfile.TemporaryDirectory(prefix="pakta-bench-venue-") as tmp:
        r = _day(Path(tmp), attendees, desks, day_real_s)
    propagation = r["propagation"]
    round_trips = r["round_trips"]
    software, lone = r["software"], r["lone_software"]
    assert isinstance(propagation, list) and isinstance(round_trips, list)
    assert isinstance(software, list) and isinstance(lone, list)
    if not propagation or not round_trips or not software or not lone:
        raise RuntimeError(f"the venue day measured nothing: {r}")
    judge = (lambda ok: None) if quick else (lambda ok: ok)  # a quick day is too small
    prop_p99 = p99(propagation)
    busy, idle = float(r["busy"]), float(r["idle"])  # type: ignore[arg-type]
    peak, before = float(r["peak"]), float(r["rss_before"])  # type: ignore[arg-type]
    rate = float(r["rate"])  # type: ignore[arg-type]
    return [
        Figure(
            f"venue: cross-desk propagation p99, {desks} desk processes ({len(propagation)} "
            "samples)",
            prop_p99,
            p99(round_trips),
            "ms",
            "p99 <= 2000 ms",
            judge(prop_p99 <= 2000),
            "p99 bare HTTP round trip to the hub",
        ),
        Figure(
            f"venue hub CPU, {desks} desks pushing ({rate:.1f} signings/s)",
            max(busy, 0.01),
            max(idle, 0.01),
            "% of a core",
            "<= 50 % of one core",
            judge(busy <= 50),
            "same hub idle, desks connected",
        ),
        Figure(
            f"venue hub peak memory (RSS), {desks} desks",
            peak,
            before,
            "MB",
            "<= 300 MB",
            judge(peak <= 300),
            "hub RSS before the day",
        ),
        Figure(
            "venue: software time per attendee on a venue desk (p50)",
            median(software),
            median(lone),
            "ms",
            "<= 2 x a lone desk",
            judge(median(software) <= 2 * median(lone)),
            "lone desk, same run",
        ),
    ]
