"""`pakta simulate pad|scanner`: simulated devices for demos, training and tests.

A simulator appears on a pseudo-terminal (POSIX: a device path, like /dev/ttyUSB0) or on a
socket on 127.0.0.1 (any OS, Windows included: the app opens the printed socket:// URL).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import Any

from desktop_app.cli.lang import t
from desktop_app.cli.output import EXIT_OK, EXIT_USAGE, CommandError, Output
from desktop_app.devices.pads.protocol import PROTOCOLS
from desktop_app.devices.simulators.pad_simulator import PadSimulator
from desktop_app.devices.simulators.scanner_simulator import ScannerSimulator
from desktop_app.devices.simulators.transport import TRANSPORTS, default_transport

PORT_HELP = "pty: also make this path a symlink to the simulated port; socket: the TCP port"


def register(sub: Any) -> None:
    parser = sub.add_parser("simulate", help="simulated pad or scanner for demos and tests")
    inner = parser.add_subparsers(dest="device", metavar="DEVICE", required=True)
    pad = inner.add_parser("pad", help="a signature pad drawing handwriting until stopped")
    _add_line_options(pad)
    pad.add_argument("--protocol", choices=sorted(PROTOCOLS), default="isdv4")
    pad.add_argument("--rate", type=float, default=None, help="packets per second")
    pad.add_argument("--baud", type=int, default=None, help="the pad's line speed")
    pad.add_argument("--seed", type=int, default=0)
    pad.set_defaults(handler=_pad)
    scanner = inner.add_parser("scanner", help="a serial scanner sending badge codes")
    _add_line_options(scanner)
    scanner.add_argument("--codes", nargs="+", help="codes to send (default: lines of stdin)")
    scanner.add_argument("--interval", type=float, default=2.0, help="seconds between codes")
    scanner.add_argument("--ssi", action="store_true", help="Zebra SSI packets, not CR LF")
    scanner.add_argument(
        "--exit-when-done", action="store_true", help="stop after the last code is sent"
    )
    scanner.set_defaults(handler=_scanner)


def _add_line_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", help=PORT_HELP)
    parser.add_argument(
        "--transport",
        choices=TRANSPORTS,
        default=default_transport(),
        help="pty (a pseudo-terminal, POSIX) or socket (socket://127.0.0.1:PORT, any OS); "
        f"default here: {default_transport()}",
    )


def _stop_event() -> threading.Event:
    stop = threading.Event()

    def handle(signum: int, frame: object) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGINT, handle)
    return stop


def _announce(out: Output, port: str, what: str) -> None:
    out.result(
        {"port": port}, t("simulated {what} on {port} (Ctrl+C to stop)", what=what, port=port)
    )


def _pad(args: argparse.Namespace, out: Output) -> int:
    stop = _stop_event()
    try:
        sim = PadSimulator(
            args.protocol,
            link=args.port,
            transport=args.transport,
            rate_hz=args.rate,
            baud=args.baud,
            continuous=True,
            seed=args.seed,
        )
    except (OSError, ValueError) as exc:
        raise CommandError(
            t("cannot create the simulated pad: {reason}", reason=exc), EXIT_USAGE
        ) from None
    with sim:
        _announce(out, sim.port, t("{title} pad", title=sim.protocol.title))
        stop.wait()
    return EXIT_OK


def _scanner(args: argparse.Namespace, out: Output) -> int:
    stop = _stop_event()
    try:
        sim = ScannerSimulator(link=args.port, ssi=args.ssi, transport=args.transport)
    except (OSError, ValueError) as exc:
        raise CommandError(
            t("cannot create the simulated scanner: {reason}", reason=exc), EXIT_USAGE
        ) from None
    with sim:
        _announce(out, sim.port, t("scanner"))
        if args.codes:
            for code in args.codes:
                if stop.wait(args.interval):
                    return EXIT_OK
                sim.send(code)
        else:
            # stdin is read on its own thread so SIGTERM still ends us while it blocks.
            # A code sent while nobody has the port open is lost, as with a real scanner.
            stdin_done = threading.Event()
            threading.Thread(target=_pipe_stdin, args=(sim, stdin_done), daemon=True).start()
            while not stop.is_set() and not stdin_done.wait(0.1):
                pass
        if not args.exit_when_done:
            stop.wait()
    return EXIT_OK


def _pipe_stdin(sim: ScannerSimulator, done: threading.Event) -> None:
    for line in sys.stdin:
        if line.strip():
            sim.send(line.strip())
    done.set()
