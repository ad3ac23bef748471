"""`pakta rehearse --venue-day`: K desk processes, a hub and a central server through a whole
day on an accelerated clock, with the day's faults; then the checks (docs/venue.md)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from desktop_app.rehearsal.venue_setup import (
    LOOPBACK,
    Plan,
    VenueRig,
    build_venue,
    make_plan,
    make_scripts,
    printer_folder,
    start_desk,
    start_the_day,
)
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.print_models import PrintJob
from desktop_app.storage.queries import SIGNING_KINDS
from desktop_app.storage.store import Store
from desktop_app.venue.host import start_hub

REAL_DAY_S = 120.0  # the default accelerated day fits in about two minutes
SETTLE_S = 240.0  # after the last attendee: time allowed for everything to reach central


@dataclass
class VenueDayResult:
    attendees: int = 0
    desks: int = 0
    speed: float = 0.0
    signed_unique: int = 0
    double_attempts: int = 0
    refused_at_desk: int = 0
    signed_twice: int = 0
    flagged_central: int = 0
    on_central: int = 0
    records_local: int = 0
    central_signed: int = 0
    exactly_once: bool = False
    receipts_printed: int = 0
    receipts_expected: int = 0
    reprints: int = 0
    lost: int = 0
    not_served: int = 0
    cross_desk_ms: list[float] = field(default_factory=list)
    software_ms: list[float] = field(default_factory=list)
    faults: list[dict[str, object]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    wall_s: float = 0.0

    @property
    def ok(self) -> bool:
        return (
            self.lost == 0
            and self.exactly_once
            and self.signed_unique == self.attendees
            and self.refused_at_desk + self.signed_twice == self.double_attempts
            and self.flagged_central >= self.signed_twice
            and self.receipts_printed == self.receipts_expected
        )

    def as_json(self) -> dict[str, object]:
        return {
            "attendees": self.attendees,
            "desks": self.desks,
            "signed_unique": self.signed_unique,
            "double_attempts": self.double_attempts,
            "refused_at_desk": self.refused_at_desk,
            "signed_twice_in_partition": self.signed_twice,
            "flagged_central": self.flagged_central,
            "on_central": self.on_central,
            "records_local": self.records_local,
            "exactly_once": self.exactly_once,
            "receipts_printed": self.receipts_printed,
            "receipts_expected": self.receipts_expected,
            "reprints": self.reprints,
            "lost": self.lost,
            "not_served": self.not_served,
            "cross_desk_ms_p50": pct(self.cross_desk_ms, 0.5),
            "cross_desk_ms_p99": pct(self.cross_desk_ms, 0.99),
            "cross_desk_samples": len(self.cross_desk_ms),
            "software_ms_per_attendee_p50": pct(self.software_ms, 0.5),
            "software_ms_per_attendee_p95": pct(self.software_ms, 0.95),
            "speed": round(self.speed, 1),
            "faults": self.faults,
            "ok": self.ok,
            "problems": self.problems[:20],
            "wall_s": round(self.wall_s, 1),
        }


def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))], 1)


def run_venue_day(
    root: Path,
    attendees: int,
    desks: int,
    double: int,
    *,
    speed: float | None = None,
    seed: int = 26,
) -> VenueDayResult:
    started = time.monotonic()
    result = VenueDayResult(attendees=attendees, desks=desks)
    rig = build_venue(root, attendees, desks)
    plan = make_plan(attendees, desks)
    result.speed = speed or max(1.0, plan.day_s / REAL_DAY_S)
    scripts, result.double_attempts = make_scripts(rig.roster, desks, double, plan, seed)
    for i, script in enumerate(scripts):
        (rig.desks[i] / "script.json").write_text(json.dumps(script), "utf-8")
    stop = root / "stop"
    procs = [start_desk(rig, i, result.speed, stop) for i in range(desks)]
    windows: dict[str, tuple[float, float]] = {}
    try:
        day0 = start_the_day(rig, procs)
        _run_day(rig, plan, procs, day0, result, windows, stop)
        _settle(rig, result)
    finally:
        stop.touch()
        for proc in procs:
            _end(proc)
        _kill_hub(rig)
        rig.central.stop()
    _check(rig, result, windows)
    result.wall_s = time.monotonic() - started
    return result


def _day(day0: float, speed: float) -> float:
    return (time.time() - day0) * speed


def _run_day(
    rig: VenueRig,
    plan: Plan,
    procs: list[subprocess.Popen[bytes]],
    day0: float,
    result: VenueDayResult,
    windows: dict[str, tuple[float, float]],
    stop: Path,
) -> None:
    speed = result.speed
    kill_desk, kill_at = plan.desk_kill
    paper_desk, paper_from, paper_to = plan.paper_out
    done = {"central": False, "hub_down": False, "hub_up": False, "desk": False}
    done |= {"paper_out": False, "paper_in": False}
    paper = printer_folder(rig.root, paper_desk).parent
    deadline = time.monotonic() + plan.day_s / speed + 600
    while time.monotonic() < deadline:
        now = _day(day0, speed)
        if not done["paper_out"] and now >= paper_from and rig.desks[paper_desk]:
            paper.rename(paper.with_name(paper.name + "-no-paper"))  # the printer is out
            done["paper_out"] = True
            result.faults.append({"fault": "printer out of paper", "desk": paper_desk + 1})
        if done["paper_out"] and not done["paper_in"] and now >= paper_to:
            paper.with_name(paper.name + "-no-paper").rename(paper)
            done["paper_in"] = True
        if not done["hub_down"] and now >= plan.hub_down[0]:
            _kill_hub(rig)
            windows["hub"] = (time.time(), 0.0)
            done["hub_down"] = True
            result.faults.append({"fault": "hub killed", "day_s": 60})
        if done["hub_down"] and not done["hub_up"] and now >= plan.hub_down[1]:
            store = Store.open(rig.desks[0])
            try:
                rig.hub = start_hub(store, port=rig.hub.port, bind="127.0.0.1", mdns=LOOPBACK)
            finally:
                store.close()
            windows["hub"] = (windows["hub"][0], time.time() + 1.0)
            done["hub_up"] = True
        if not done["central"] and now >= plan.central_up_at:
            rig.central.start()
            windows["central_up"] = (time.time(), time.time())
            done["central"] = True
            result.faults.append(
                {"fault": "central unreachable", "until_day_s": plan.central_up_at}
            )
        if not done["desk"] and now >= kill_at and kill_desk > 0:
            os.killpg(procs[kill_desk].pid, signal.SIGKILL)
            procs[kill_desk].wait(10)
            windows[f"desk{kill_desk}"] = (time.time(), 0.0)
            procs[kill_desk] = start_desk(rig, kill_desk, speed, stop)
            windows[f"desk{kill_desk}"] = (windows[f"desk{kill_desk}"][0], time.time() + 8.0)
            done["desk"] = True
            result.faults.append({"fault": "desk SIGKILLed and restarted", "desk": kill_desk + 1})
        if all(_script_done(folder) for folder in rig.desks) and all(done.values()):
            return
        for i, proc in enumerate(procs):
            if proc.poll() is not None and not _script_done(rig.desks[i]):
                result.problems.append(f"desk {i + 1} exited early ({proc.returncode})")
                procs[i] = start_desk(rig, i, speed, stop)
        time.sleep(0.1)
    result.problems.append("the day did not finish in time")


def _script_done(folder: Path) -> bool:
    log = folder / "rehearsal.jsonl"
    return log.exists() and '"script_done"' in log.read_text("utf-8")


def _local_records(rig: VenueRig) -> tuple[int, set[str]]:
    total = 0
    ids: set[str] = set()
    for folder in rig.desks:
        store = Store.open(folder)
        try:
            with store.read() as session:
                rows = session.execute(select(SignedPledge.id)).scalars().all()
            total += len(rows)
            ids |= set(rows)
        finally:
            store.close()
    return total, ids


def _central_counts(rig: VenueRig) -> tuple[int, int, int]:
    report = rig.central.report()
    ceremonies = report.get("ceremonies", [])
    assert isinstance(ceremonies, list)
    row = next((c for c in ceremonies if c.get("id") == rig.ceremony_id), None)
    if row is None:
        return 0, 0, 0
    return int(row["records"]), int(row["signed"]), int(row["duplicates"])


def _settle(rig: VenueRig, result: VenueDayResult) -> None:
    """Everything reaches the central server (desks directly, the last desk by the relay) and
    every receipt is printed (a job held while a printer was out of paper waits for its retry,
    at most the print worker's longest backoff)."""
    deadline = time.monotonic() + SETTLE_S
    while time.monotonic() < deadline:
        local, _ = _local_records(rig)
        records, _signed, _dups = _central_counts(rig)
        if local and records >= local and _print_backlog(rig) == 0:
            return
        time.sleep(2.0)
    if _print_backlog(rig):
        result.problems.append(f"{_print_backlog(rig)} receipts still waiting to print")
    local, _ = _local_records(rig)
    if _central_counts(rig)[0] < local:
        result.problems.append("not everything reached the central server in time")


def _print_backlog(rig: VenueRig) -> int:
    """Print jobs on any desk not yet done (nor cancelled)."""
    waiting = 0
    for folder in rig.desks:
        store = Store.open(folder)
        try:
            with store.read() as session:
                waiting += int(
                    session.scalar(
                        select(func.count()).where(PrintJob.status.not_in(("done", "cancelled")))
                    )
                    or 0
                )
        finally:
            store.close()
    return waiting


def _end(proc: subprocess.Popen[bytes]) -> None:
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)


def _kill_hub(rig: VenueRig) -> None:
    try:
        os.kill(rig.hub.pid, signal.SIGKILL)
    except ProcessLookupError:
        return
    for _ in range(100):
        try:
            os.kill(rig.hub.pid, 0)
        except ProcessLookupError:
            return
        with contextlib.suppress(ChildProcessError):
            os.waitpid(rig.hub.pid, os.WNOHANG)  # our child: reap it
        time.sleep(0.05)


def _read_log(folder: Path) -> list[dict[str, object]]:
    entries = []
    for line in (folder / "rehearsal.jsonl").read_text("utf-8").splitlines():
        try:
            entries.append(json.loads(line))
        except ValueError:
            continue
    return entries


def _check(rig: VenueRig, result: VenueDayResult, windows: dict[str, tuple[float, float]]) -> None:
    logs = [_read_log(folder) for folder in rig.desks]
    committed: dict[str, tuple[int, float]] = {}
    served: set[str] = set()
    attempts: dict[str, list[tuple[str, object]]] = {}
    for desk, entries in enumerate(logs):
        for e in entries:
            if "item" not in e:
                continue
            served.add(str(e["identifier"]))
            result.software_ms.append(float(e["software_ms"]))  # type: ignore[arg-type]
            if e["outcome"] == "signed":
                committed[str(e["record_id"])] = (desk, float(e["committed_at"]))  # type: ignore[arg-type]
            attempts.setdefault(str(e["identifier"]), []).append((str(e["kind"]), e["outcome"]))
    # Per person who tried twice: refused when either attempt was (a desk running behind its
    # schedule may serve the "again" attempt first), signed twice when both were signed.
    for tries in attempts.values():
        if not any(kind == "again" for kind, _ in tries):
            continue
        outcomes = [outcome for _, outcome in tries]
        if "already_signed" in outcomes:
            result.refused_at_desk += 1
        elif outcomes.count("signed") >= 2:
            result.signed_twice += 1
    result.not_served = len(set(rig.roster) - served)
    local_total, local_ids = _local_records(rig)
    result.records_local = local_total
    result.lost = len(set(committed) - local_ids)
    records, signed, duplicates = _central_counts(rig)
    result.on_central, result.central_signed, result.flagged_central = records, signed, duplicates
    result.exactly_once = records == local_total
    result.signed_unique = _unique_signed(rig)
    result.receipts_printed = sum(
        len(list(printer_folder(rig.root, i).glob("*.pdf"))) for i in range(len(rig.desks))
    )
    result.receipts_expected, result.reprints = _print_jobs(rig)
    result.cross_desk_ms = _propagation(logs, committed, windows)


def _unique_signed(rig: VenueRig) -> int:
    people: set[str] = set()
    for folder in rig.desks:
        store = Store.open(folder)
        try:
            with store.read() as session:
                rows = session.execute(
                    select(
                        SignedPledge.id,
                        SignedPledge.kind,
                        SignedPledge.refers_to,
                        SignedPledge.identifier,
                    )
                ).all()
        finally:
            store.close()
        voided = {r.refers_to for r in rows if r.kind == "void"}
        people |= {r.identifier for r in rows if r.kind in SIGNING_KINDS and r.id not in voided}
    return len(people)


def _print_jobs(rig: VenueRig) -> tuple[int, int]:
    receipts = reprints = 0
    for folder in rig.desks:
        store = Store.open(folder)
        try:
            with store.read() as session:
                receipts += int(
                    session.scalar(select(func.count()).where(PrintJob.kind == "receipt")) or 0
                )
                reprints += int(
                    session.scalar(select(func.count()).where(PrintJob.kind == "reprint")) or 0
                )
        finally:
            store.close()
    return receipts, reprints


def _propagation(
    logs: list[list[dict[str, object]]],
    committed: dict[str, tuple[int, float]],
    windows: dict[str, tuple[float, float]],
) -> list[float]:
    """Milliseconds from a desk showing "done" to each other desk holding the signing, for
    signings made while the hub and both desks were up (outages are measured as faults)."""
    down = [w for w in windows.values() if w[1] > w[0]]
    first_seen: dict[tuple[str, int], float] = {}
    for desk, entries in enumerate(logs):
        for e in entries:
            if "arrived" in e:
                arrived = e["arrived"]
                assert isinstance(arrived, list)
                for rid in arrived:
                    first_seen.setdefault((str(rid), desk), float(e["at"]))  # type: ignore[arg-type]
    samples: list[float] = []
    for rid, (origin, at) in committed.items():
        if any(start - 1.0 <= at <= end for start, end in down):
            continue
        for desk in range(len(logs)):
            if desk == origin:
                continue
            seen = first_seen.get((rid, desk))
            if seen is not None:
                samples.append(max(0.0, (seen - at) * 1000))
    return samples
