"""`pakta self-test`: the installation check (core here, the desk window in its own process).

The window check runs in the desk program (`pakta-station --self-test --only window`), the
way the station really starts: a Qt library missing from a bundle, or a crash in the platform
plugin, then fails that one named check instead of taking this command down with it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from desktop_app.cli.output import EXIT_INVALID, EXIT_OK, Output
from desktop_app.selftest import (
    Check,
    checks_from_json,
    format_report,
    report_json,
    run_core_checks,
)

WINDOW_TIMEOUT_S = 120


def register(sub: Any) -> None:
    parser = sub.add_parser("self-test", help="check this installation on a temporary store")
    parser.add_argument("--no-window", action="store_true", help="skip the desk window check")
    parser.set_defaults(handler=_self_test)


def station_command() -> list[str]:
    """How to start the desk program: the sibling executable in a bundle, else the module."""
    if getattr(sys, "frozen", False):
        name = "pakta-station.exe" if sys.platform == "win32" else "pakta-station"
        return [str(Path(sys.executable).with_name(name))]
    return [sys.executable, "-m", "ui.launcher"]


def window_checks_in_child() -> list[Check]:
    with tempfile.TemporaryDirectory(prefix="pakta-selftest-") as tmp:
        report = Path(tmp) / "window.json"
        command = [*station_command(), "--self-test", "--only", "window", "--json"]
        try:
            done = subprocess.run(
                [*command, "--report", str(report)],
                capture_output=True,
                text=True,
                timeout=WINDOW_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            return [Check("window", False, f"cannot run the desk program: {exc}")]
        try:
            checks = checks_from_json(json.loads(report.read_text("utf-8")))
        except (OSError, ValueError, KeyError):
            checks = []
        if not checks:
            tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
            return [Check("window", False, f"desk program exited {done.returncode}: {tail}")]
        return checks


def _self_test(args: argparse.Namespace, out: Output) -> int:
    checks = run_core_checks()
    if not args.no_window:
        checks += window_checks_in_child()
    payload = report_json(checks)
    out.result(payload, format_report(checks))
    return EXIT_OK if payload["ok"] else EXIT_INVALID
