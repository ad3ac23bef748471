"""`pakta doctor`: a readable check of store, devices, printer and server (exit 1: look at it)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.output import EXIT_INVALID, EXIT_OK, Output
from desktop_app.paths import default_data_dir
from desktop_app.services.doctor import DoctorOptions, format_report, run_doctor


def register(sub: Any) -> None:
    parser = sub.add_parser("doctor", help="check store, devices, printer and server")
    parser.add_argument(
        "--no-probe", action="store_true", help="do not probe the pad (the desk is using it)"
    )
    parser.add_argument("--offline", action="store_true", help="do not contact the server")
    parser.set_defaults(handler=_doctor)


def _doctor(args: argparse.Namespace, out: Output) -> int:
    # No open_store here: doctor must not initialise a folder that holds no station.
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    options = DoctorOptions(probe_pad=not args.no_probe, check_server=not args.offline)
    checks = run_doctor(data_dir, options)
    ok = all(c.ok for c in checks)
    out.result(
        {"ok": ok, "data_dir": str(data_dir), "checks": [c.as_json() for c in checks]},
        format_report(checks, "en" if args.lang == "en" else "id"),
    )
    return EXIT_OK if ok else EXIT_INVALID
