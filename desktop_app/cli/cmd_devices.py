"""`pakta devices` (what is attached) and `pakta devices test-pad PORT` (live pen events)."""

from __future__ import annotations

import argparse
import queue
import sys
import time
from dataclasses import asdict
from typing import Any

from desktop_app.cli.lang import t
from desktop_app.cli.output import EXIT_OK, EXIT_UNAVAILABLE, CommandError, Output
from desktop_app.devices.discovery import discover
from desktop_app.devices.pads.connection import PadConnection
from desktop_app.devices.pads.events import PenEvent
from desktop_app.devices.pads.protocol import PROTOCOLS, get_protocol
from desktop_app.devices.serial_link import LinkStatus, StatusChange, open_serial

# Without --seconds, test-pad waits this long for a pad to answer at all, and this long for a
# pad that went away to come back, before it gives up with exit 3.
CONNECT_WAIT_S = 15.0
LOST_WAIT_S = 5.0


def register(sub: Any) -> None:
    parser = sub.add_parser("devices", help="serial ports, pads, scanners, cameras, printers")
    parser.add_argument(
        "--probe-port",
        action="append",
        default=[],
        metavar="PATH",
        help="also probe this port or pyserial URL for a pad (e.g. a simulator's pty)",
    )
    parser.add_argument("--no-probe", action="store_true", help="list ports without probing")
    parser.set_defaults(handler=_devices)
    inner = parser.add_subparsers(dest="devices_command", metavar="SUBCOMMAND")
    test = inner.add_parser("test-pad", help="print live pen events from a pad")
    test.add_argument("port", help="device path (/dev/ttyUSB0, COM3) or pyserial URL")
    test.add_argument("--protocol", choices=sorted(PROTOCOLS), default=None)
    test.add_argument(
        "--seconds",
        type=float,
        default=None,
        help=f"stop after S seconds (default: run until Ctrl+C, or until no pad answers for "
        f"{CONNECT_WAIT_S:g} s, or a lost pad is not back within {LOST_WAIT_S:g} s: exit 3)",
    )
    test.set_defaults(handler=_test_pad)


def _devices(args: argparse.Namespace, out: Output) -> int:
    inv = discover(extra_ports=args.probe_port, probe=not args.no_probe)
    pads = [
        {
            "port": p.port,
            "protocol": p.protocol,
            "baud": p.baud,
            **(asdict(p.capabilities) if p.capabilities else {}),
        }
        for p in inv.pads
    ]
    payload = {
        "ports": [asdict(p) for p in inv.ports],
        "pads": pads,
        "scanners": [asdict(p) for p in inv.scanners],
        "cameras": inv.cameras,
        "printers": inv.printers,
        "notes": inv.notes,
    }
    lines = [t("Serial ports:")]
    lines += [f"  {p.device}  {p.description}" for p in inv.ports] or ["  " + t("(none)")]
    lines.append(t("Signature pads:"))
    lines += [
        "  "
        + t("{port}  {protocol} at {baud} baud", **p)
        + f"  (x<={p.get('x_max')}, y<={p.get('y_max')}, p<={p.get('p_max')})"
        for p in pads
    ] or ["  " + t("(none: {why})", why=inv.notes.get("pads", ""))]
    for title, items, key in (
        (t("Serial scanners:"), [f"{s.device}  {s.description}" for s in inv.scanners], "scanners"),
        (t("Cameras:"), inv.cameras, "cameras"),
        (t("Printers:"), inv.printers, "printers"),
    ):
        lines.append(title)
        lines += [f"  {i}" for i in items] or [
            "  " + t("(none: {why})", why=inv.notes.get(key, ""))
        ]
    out.result(payload, "\n".join(lines))
    return EXIT_OK


def _test_pad(args: argparse.Namespace, out: Output) -> int:
    protocol = get_protocol(args.protocol) if args.protocol else None
    # Fail fast with exit 3 when the port cannot be opened at all.
    open_serial(args.port, (protocol or next(iter(PROTOCOLS.values()))).baud_rates[0]).close()
    connection = PadConnection(args.port, protocol)
    connection.start()
    start_ms = time.monotonic_ns() // 1_000_000
    deadline = None if args.seconds is None else time.monotonic() + args.seconds
    # Without --seconds: stop when no pad answered in time, or a lost pad stayed away.
    give_up_at: float | None = time.monotonic() + CONNECT_WAIT_S
    ever_connected = lost = False
    try:
        while deadline is None or time.monotonic() < deadline:
            now = time.monotonic()
            if deadline is None and give_up_at is not None and now >= give_up_at:
                break
            until = deadline if deadline is not None else give_up_at
            timeout = 0.1 if until is None else max(0.0, min(0.1, until - now))
            try:
                update = connection.updates.get(timeout=timeout)
            except queue.Empty:
                continue
            if isinstance(update, StatusChange):
                # The state changes before the line is printed: whoever reads that line and
                # then presses Ctrl+C gets the exit code the line promised.
                if update.status == LinkStatus.CONNECTED:
                    was_lost, ever_connected, lost, give_up_at = lost, True, False, None
                    if was_lost:
                        _link_event(out, "back", update, start_ms)
                elif update.status == LinkStatus.DISCONNECTED:
                    lost, give_up_at = True, time.monotonic() + LOST_WAIT_S
                    _link_event(out, "lost", update, start_ms)
                _status_line(update, connection)
            else:
                _event_line(out, update, update.t_ms - start_ms)
    except (KeyboardInterrupt, BrokenPipeError):
        pass  # Ctrl+C, or the reader of our output (say, `head`) had enough
    finally:
        connection.stop()
    if not ever_connected:
        raise CommandError(t("no pad answered on {port}", port=args.port), EXIT_UNAVAILABLE)
    if lost:
        # The stream already ended with its "lost" event (JSON Lines): the sentence goes to
        # stderr only, no second JSON object after the event stream.
        sys.stderr.write(
            "pakta: "
            + t("the pad on {port} went away and did not come back", port=args.port)
            + "\n"
        )
        return EXIT_UNAVAILABLE
    return EXIT_OK


def _link_event(out: Output, event: str, change: StatusChange, start_ms: int) -> None:
    """The pad went away or came back: one line of the event stream (JSON Lines with --json)."""
    payload = {
        "event": event,
        "port": change.port,
        "t_ms": change.t_ms - start_ms,
        "detail": change.detail,
    }
    human = (
        t("pad lost on {port}: {detail}", port=change.port, detail=change.detail)
        if event == "lost"
        else t("pad back on {port}", port=change.port)
    )
    out.line(payload, human)


def _status_line(change: StatusChange, connection: PadConnection) -> None:
    text = f"[{t(change.status.value)}] {change.port}"
    if change.status == LinkStatus.CONNECTED and connection.protocol:
        caps = connection.capabilities
        text += ": " + t(
            "{title} at {baud} baud", title=connection.protocol.title, baud=connection.baud
        )
        if caps:
            text += f", x<={caps.x_max} y<={caps.y_max} p<={caps.p_max} fw {caps.firmware}"
    elif change.detail:
        text += f": {change.detail}"
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def _event_line(out: Output, ev: PenEvent, t_ms: int) -> None:
    payload = {
        "x": ev.x,
        "y": ev.y,
        "pressure": ev.pressure,
        "tip": ev.tip,
        "t_ms": t_ms,
        "proximity": ev.proximity,
        "eraser": ev.eraser,
    }
    state = "tip" if ev.tip else ("hover" if ev.proximity else "away")
    out.line(payload, f"{t_ms:>8} ms  x={ev.x:<6} y={ev.y:<6} p={ev.pressure:<5} {t(state)}")
