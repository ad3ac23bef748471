"""`pakta devices` (what is attached) and `pakta devices test-pad PORT` (live pen events)."""

from __future__ import annotations

import argparse
import queue
import sys
import time
from dataclasses import asdict
from typing import Any

from desktop_app.cli.output import EXIT_OK, EXIT_UNAVAILABLE, CommandError, Output
from desktop_app.devices.discovery import discover
from desktop_app.devices.pads.connection import PadConnection
from desktop_app.devices.pads.events import PenEvent
from desktop_app.devices.pads.protocol import PROTOCOLS, get_protocol
from desktop_app.devices.serial_link import LinkStatus, StatusChange, open_serial


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
    test.add_argument("--seconds", type=float, default=None, help="stop after S seconds")
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
    lines = ["Serial ports:"]
    lines += [f"  {p.device}  {p.description}" for p in inv.ports] or ["  (none)"]
    lines.append("Signature pads:")
    lines += [
        f"  {p['port']}  {p['protocol']} at {p['baud']} baud"
        f"  (x<={p.get('x_max')}, y<={p.get('y_max')}, p<={p.get('p_max')})"
        for p in pads
    ] or [f"  (none: {inv.notes.get('pads', '')})"]
    for title, items, key in (
        ("Serial scanners", [f"{s.device}  {s.description}" for s in inv.scanners], "scanners"),
        ("Cameras", inv.cameras, "cameras"),
        ("Printers", inv.printers, "printers"),
    ):
        lines.append(f"{title}:")
        lines += [f"  {i}" for i in items] or [f"  (none: {inv.notes.get(key, '')})"]
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
    ever_connected = False
    try:
        while deadline is None or time.monotonic() < deadline:
            timeout = 0.1 if deadline is None else max(0.0, min(0.1, deadline - time.monotonic()))
            try:
                update = connection.updates.get(timeout=timeout)
            except queue.Empty:
                continue
            if isinstance(update, StatusChange):
                ever_connected |= update.status == LinkStatus.CONNECTED
                _status_line(update, connection)
            else:
                _event_line(out, update, update.t_ms - start_ms)
    except (KeyboardInterrupt, BrokenPipeError):
        pass  # Ctrl+C, or the reader of our output (say, `head`) had enough
    finally:
        connection.stop()
    if not ever_connected:
        raise CommandError(f"no pad answered on {args.port}", EXIT_UNAVAILABLE)
    return EXIT_OK


def _status_line(change: StatusChange, connection: PadConnection) -> None:
    text = f"[{change.status.value}] {change.port}"
    if change.status == LinkStatus.CONNECTED and connection.protocol:
        caps = connection.capabilities
        text += f": {connection.protocol.title} at {connection.baud} baud"
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
    out.line(payload, f"{t_ms:>8} ms  x={ev.x:<6} y={ev.y:<6} p={ev.pressure:<5} {state}")
