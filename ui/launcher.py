"""The `pakta-station` program: the desk, or with ``--self-test`` the installation check.

The windowed entry point of the installed station and of the bundle. ``--self-test`` runs the
core checks (desktop_app.selftest) and the window check (ui.selftest_window) and exits 0 when
all pass, 1 naming what failed. A windowed program on Windows has no stdout: the report then
goes to ``--report FILE`` (or a file in the temporary folder) and the exit code says the rest.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from desktop_app.selftest import Check, format_report, report_json, run_core_checks


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pakta-station", description="Pakta Station desk")
    parser.add_argument("--data-dir", default=os.environ.get("PAKTA_DATA_DIR"))
    parser.add_argument("--demo", action="store_true", help="simulated devices, demo data")
    parser.add_argument("--fullscreen", action="store_true")
    parser.add_argument("--self-test", action="store_true", help="check this installation")
    parser.add_argument("--only", choices=("all", "core", "window"), default="all")
    parser.add_argument("--json", action="store_true", help="self-test report as JSON")
    parser.add_argument("--report", type=Path, help="also write the self-test report here")
    return parser


def run_self_test(
    only: str, as_json: bool, report: Path | None, started: float | None = None
) -> int:
    checks: list[Check] = []
    if only in ("all", "core"):
        checks += run_core_checks()
    if only in ("all", "window"):
        from ui.selftest_window import desk_checks

        checks += desk_checks(started)
    payload = report_json(checks)
    text = json.dumps(payload, ensure_ascii=False) if as_json else format_report(checks)
    if sys.stdout is not None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    elif report is None:
        report = Path(tempfile.gettempdir()) / "pakta-self-test.txt"
    if report is not None:
        report.write_text(text + "\n", "utf-8")
    return 0 if payload["ok"] else 1


def main(argv: Sequence[str] | None = None, started: float | None = None) -> int:
    """``started``: perf_counter when the program began (the bundle's entry script sets it)."""
    args, _qt_args = build_parser().parse_known_args(argv)
    if args.self_test:
        return run_self_test(args.only, args.json, args.report, started)
    from ui.app import run_desk

    if args.demo:  # the demo always starts on a fresh demo folder, never a real station's
        return run_desk(None, demo=True, fullscreen=args.fullscreen)
    return run_desk(Path(args.data_dir) if args.data_dir else None, fullscreen=args.fullscreen)


if __name__ == "__main__":
    sys.exit(main())
