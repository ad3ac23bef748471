"""One desk of the venue-day rehearsal, as its own process: the real desk controller with its
print, sync and venue workers, following a script of attendees on the day's clock.

    python -m desktop_app.rehearsal.desk_process --data-dir D --script S.json --log L.jsonl
        --day0-file F --speed X --stop-file F

It appends one JSON line per attendee (and per batch of other desks' signings that arrived)
to the log, flushed at once, so a desk killed with SIGKILL and started again resumes after
the last attendee it finished; the one it was serving comes back to the desk. The day's clock
starts when the rehearsal writes day 0 into the day0 file (once every desk is up).
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from pathlib import Path

from desktop_app.desk.controller import DeskController
from desktop_app.desk.events import EventBus
from desktop_app.desk.station import open_station
from desktop_app.rehearsal.desk_driver import DayClock, DeskDriver, Loop


class JsonLog:
    def __init__(self, path: Path) -> None:
        self.fh = path.open("a", buffering=1, encoding="utf-8")
        self.lock = threading.Lock()

    def write(self, entry: dict[str, object]) -> None:
        with self.lock:
            self.fh.write(json.dumps(entry) + "\n")
            self.fh.flush()


def finished_items(path: Path) -> set[int]:
    done: set[int] = set()
    if path.exists():
        for line in path.read_text("utf-8").splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue  # a line cut by SIGKILL
            if "item" in entry:
                done.add(int(entry["item"]))
    return done


def run(args: argparse.Namespace) -> int:
    script = json.loads(Path(args.script).read_text("utf-8"))
    done = finished_items(args.log)
    log = JsonLog(args.log)
    station = open_station(args.data_dir)
    loop, clock = Loop(), DayClock()
    desk = station.controller(loop.call_soon, EventBus(), print_poll_s=0.3, sync=True, clock=clock)
    desk.start()
    try:
        driver = DeskDriver(desk, loop, clock, seed=args.seed)
        if not driver.ready():
            log.write({"error": "desk did not start"})
            return 3
        venue = desk.ops.venue
        if venue is not None:
            venue.on_arrived = lambda ids, at: log.write({"arrived": ids, "at": at})
            venue.nudge()
        log.write({"started": time.time(), "pid": _pid()})
        day0 = _await_day0(args.day0_file, args.stop_file, loop, desk)
        for index, item in enumerate(script):
            if index in done:
                continue
            while (time.time() - day0) * args.speed < item["at_s"]:
                loop.pump(0.05)
                desk.tick()
            result = driver.attend(item["badge"], item["identifier"])
            log.write(
                {
                    "item": index,
                    "identifier": item["identifier"],
                    "kind": item["kind"],
                    "outcome": result.outcome,
                    "record_id": result.record_id,
                    "where": result.signed_elsewhere_at,
                    "software_ms": round(result.software_ms, 2),
                    "committed_at": result.committed_at,
                }
            )
        log.write({"script_done": time.time()})
        while not args.stop_file.exists():  # keep syncing until the rehearsal has checked
            loop.pump(0.5)
            desk.tick()
            if desk.ops.sync_worker is not None:
                desk.ops.sync_worker.nudge()
            if desk.ops.venue is not None:
                desk.ops.venue.nudge()
    finally:
        desk.stop()
        station.close()
    return 0


def _await_day0(day0_file: Path, stop_file: Path, loop: Loop, desk: DeskController) -> float:
    """The epoch of day 0, once the rehearsal has started the day (at once after a restart)."""
    while not stop_file.exists():
        try:
            return float(day0_file.read_text("utf-8"))
        except (OSError, ValueError):
            loop.pump(0.05)
            desk.tick()
    return time.time()


def _pid() -> int:
    import os

    return os.getpid()


def main() -> int:
    parser = argparse.ArgumentParser(prog="desk_process")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--script", type=Path, required=True)
    parser.add_argument("--log", type=Path, required=True)
    parser.add_argument("--day0-file", type=Path, required=True)
    parser.add_argument("--speed", type=float, required=True)
    parser.add_argument("--stop-file", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    return run(parser.parse_args())


if __name__ == "__main__":
    raise SystemExit(main())
