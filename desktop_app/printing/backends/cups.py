"""The OS print system on Linux/macOS: CUPS through its command-line clients (lp, lpstat).

Before a job is handed over, the queue is checked: a queue that does not exist, is paused
(disabled), rejects jobs or reports an alert such as media-empty leaves our job pending, so
the attendant sees why and the job goes out by itself once the printer is back. After ``lp``
accepts it, the job is followed until CUPS completes it; if the queue (or the job) vanishes,
the job is sent again rather than lost.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

from desktop_app.printing.backends.base import PrinterUnavailable, PrintFailed, PrintItem, Remote

TIMEOUT_S = 30
_REQUEST = re.compile(r"request id is (\S+)")
# printer-state-reasons that mean "cannot print now" (IPP keywords, with -error/-warning).
_BLOCKING = (
    "media-empty",
    "media-needed",
    "media-jam",
    "offline",
    "door-open",
    "cover-open",
    "toner-empty",
    "marker-supply-empty",
    "paused",
    "shutdown",
    "stopped",
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["LC_ALL"] = "C"  # we read the clients' English messages
    env["LANG"] = "C"
    return env


def cups_available() -> bool:
    return shutil.which("lp") is not None and shutil.which("lpstat") is not None


class CupsBackend:
    name = "cups"

    def __init__(self, queue: str) -> None:
        self.queue = queue

    def describe(self) -> str:
        return f"printer {self.queue}"

    def _run(
        self, args: list[str], data: bytes | None = None
    ) -> subprocess.CompletedProcess[bytes]:
        if not cups_available():
            raise PrinterUnavailable("the print system (CUPS: lp, lpstat) is not installed")
        try:
            return subprocess.run(
                args, input=data, capture_output=True, timeout=TIMEOUT_S, env=_env(), check=False
            )
        except subprocess.TimeoutExpired:
            raise PrinterUnavailable("the print system does not answer (cupsd stopped?)") from None
        except OSError as exc:
            raise PrinterUnavailable(f"cannot run {args[0]}: {exc.strerror}") from None

    def check(self) -> None:
        # one client call: "QUEUE accepting ..." then the long printer status
        result = self._run(["lpstat", "-a", self.queue, "-l", "-p", self.queue])
        out = result.stdout.decode("utf-8", "replace")
        err = result.stderr.decode("utf-8", "replace").strip()
        accepting, _, text = out.partition("\n")
        if result.returncode != 0 or not text.startswith(f"printer {self.queue} "):
            if "scheduler is not running" in err or "Unable to connect" in err:
                raise PrinterUnavailable("the print service (cupsd) is not running")
            raise PrinterUnavailable(f"printer {self.queue} not found")
        problem = queue_problem(self.queue, text)
        if problem:
            raise PrinterUnavailable(problem)
        if "not accepting" in accepting:
            raise PrinterUnavailable(f"printer {self.queue} is not accepting jobs")

    def submit(self, item: PrintItem) -> str:
        """Hand the PDF to CUPS (the worker has just run ``check``)."""
        args = ["lp", "-d", self.queue, "-n", str(max(1, item.copies)), "-t", item.title[:120], "-"]
        return self._lp(args, item.pdf)

    def submit_raw(self, data: bytes, title: str) -> str:
        """Printer-ready bytes (ESC/POS) through a raw queue, untouched by filters."""
        return self._lp(["lp", "-d", self.queue, "-o", "raw", "-t", title[:120], "-"], data)

    def _lp(self, args: list[str], data: bytes) -> str:
        result = self._run(args, data)
        out = result.stdout.decode("utf-8", "replace")
        err = result.stderr.decode("utf-8", "replace").strip()
        match = _REQUEST.search(out)
        if result.returncode != 0 or match is None:
            lowered = err.lower()
            if "does not exist" in lowered or "not found" in lowered or "unable to" in lowered:
                raise PrinterUnavailable(f"printer {self.queue}: {err or 'not reachable'}")
            if "not accepting" in lowered:
                raise PrinterUnavailable(f"printer {self.queue} is not accepting jobs")
            raise PrintFailed(f"lp refused the job: {err or out or result.returncode}")
        return match.group(1)

    def remote_state(self, backend_job: str) -> Remote:
        pending = self._run(["lpstat", "-o", self.queue])
        if pending.returncode != 0:
            return Remote.LOST  # the queue itself is gone
        if _listed(pending.stdout, backend_job):
            return Remote.WAITING
        done = self._run(["lpstat", "-W", "completed", "-o", self.queue])
        return Remote.DONE if _listed(done.stdout, backend_job) else Remote.LOST


def _listed(listing: bytes, job: str) -> bool:
    return any(line.split(maxsplit=1)[:1] == [job] for line in listing.decode().splitlines())


def queue_problem(queue: str, lpstat_long: str) -> str | None:
    """Why ``lpstat -l -p QUEUE`` output says the queue cannot print now, or None."""
    first, _, rest = lpstat_long.partition("\n")
    if " disabled since " in first:
        reason = rest.split("\n", 1)[0].strip()
        if reason.startswith("Form mounted") or not reason:
            reason = "paused"
        return f"printer {queue} is paused ({reason})"
    alerts = re.search(r"Alerts:\s*(.*)", lpstat_long)
    if alerts:
        blocking = [w for w in alerts.group(1).split() if w.startswith(_BLOCKING)]
        if blocking:
            return f"printer {queue}: {', '.join(blocking)}"
    return None
