"""`pakta desk [--demo] [--fullscreen]`: the registration desk GUI (a composition root)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.lang import t
from desktop_app.cli.output import EXIT_UNAVAILABLE, EXIT_USAGE, CommandError, Output


def register(sub: Any) -> None:
    parser = sub.add_parser("desk", help="the registration desk (GUI)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="a fresh demo data folder, simulated scanner and pad, receipts as PDF files",
    )
    parser.add_argument("--fullscreen", action="store_true", help="start full screen")
    parser.set_defaults(handler=_desk)


def _no_display() -> bool:
    """Qt would abort without a display on Linux: say it in a sentence instead."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )


def _desk(args: argparse.Namespace, out: Output) -> int:
    if _no_display():
        raise CommandError(
            t("no display to show the desk on (set DISPLAY, or QT_QPA_PLATFORM=offscreen)"),
            EXIT_UNAVAILABLE,
        )
    # Imported here so that the core (and every other command) stays free of Qt.
    from desktop_app.desk.demo import DEMO_MARKER
    from ui.app import run_desk

    data_dir = Path(args.data_dir) if args.data_dir else None
    if args.demo and data_dir is not None:
        # The demo rewrites device and printer settings: never on a real station's folder.
        if data_dir.is_dir() and any(data_dir.iterdir()) and not (data_dir / DEMO_MARKER).exists():
            raise CommandError(
                t("{folder} is not a demo data folder; omit --data-dir", folder=data_dir),
                EXIT_USAGE,
            )
        data_dir.mkdir(parents=True, exist_ok=True)
        (data_dir / DEMO_MARKER).write_text("Pakta Station demo data\n", "utf-8")
    return run_desk(data_dir, demo=args.demo, fullscreen=args.fullscreen)
