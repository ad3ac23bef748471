"""The `pakta` console script: argument parsing, the data folder, exit codes, no tracebacks.

Start-up stays light: only the module of the command asked for is imported (the others are
listed by name and help text alone), so `pakta lookup` never loads PDF, printer, HTTP or Qt code.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from desktop_app.cli.lang import LANGUAGES, set_language, t
from desktop_app.cli.output import (
    EXIT_USAGE,
    CommandError,
    Output,
    exit_code_for,
    foreign_exit_code,
)
from desktop_app.domain.errors import PaktaError
from desktop_app.logging_setup import configure_cli_logging

# Each module holds one command group and exposes register(subparsers) -> None; a parser's
# handler is set with set_defaults(handler=fn) where fn(args, out) -> int.
# command -> (module, help). tests/core/test_cli_contract.py checks this table against what each
# module registers, so a new command is added here and in its module.
COMMANDS: dict[str, tuple[str, str]] = {
    "ceremony": ("desktop_app.cli.cmd_ceremony", "create, list and choose ceremonies"),
    "roster": ("desktop_app.cli.cmd_roster", "ceremony rosters"),
    "lookup": ("desktop_app.cli.cmd_lookup", "resolve a badge text against the roster"),
    "export": (
        "desktop_app.cli.cmd_export",
        "attendance, minutes, progress, pledge archives, the closing berita acara",
    ),
    "rehearse": (
        "desktop_app.cli.cmd_rehearse",
        "simulated attendees through the whole desk flow (sets up a demo ceremony on a new "
        "data folder; continues with unsigned attendees on an existing one)",
    ),
    "devices": ("desktop_app.cli.cmd_devices", "serial ports, pads, scanners, cameras, printers"),
    "simulate": ("desktop_app.cli.cmd_simulate", "simulated pad or scanner for demos and tests"),
    "verify": ("desktop_app.cli.cmd_documents", "is this receipt authentic and unaltered?"),
    "badges": ("desktop_app.cli.cmd_documents", "printable QR badge sheets for the roster"),
    "print": ("desktop_app.cli.cmd_documents", "the receipt print queue"),
    "station": ("desktop_app.cli.cmd_sync", "this station and its central server"),
    "sync": ("desktop_app.cli.cmd_sync", "push waiting records to the server, then pull"),
    "server": ("desktop_app.cli.cmd_server", "the central server and its administration"),
    "desk": ("desktop_app.cli.cmd_desk", "the registration desk (GUI)"),
    "doctor": ("desktop_app.cli.cmd_doctor", "check store, devices, printer and server"),
    "self-test": ("desktop_app.cli.cmd_selftest", "check this installation on a temporary store"),
    "venue": ("desktop_app.cli.cmd_venue", "desks of one venue sharing signings through a hub"),
}
# What the `desk` extra installs (pyproject): without them only `pakta server` and the commands
# that need no device, PDF or Qt run.
DESK_LIBRARIES = frozenset(
    {
        "PySide6",
        "shiboken6",
        "serial",
        "escpos",
        "zxingcpp",
        "reportlab",
        "rl_accel",
        "PIL",
        "numpy",
        "pypdf",
        "httpx",
    }
)
# Global options that take a value (the command is the first other bare word).
_VALUED_OPTIONS = ("--data-dir", "--lang")

Handler = Callable[[argparse.Namespace, Output], int]


def _add_global_options(parser: argparse.ArgumentParser, *, root: bool) -> None:
    """Global options, accepted before or after the command (`pakta lookup X --json`)."""

    def default(value: object) -> object:
        return value if root else argparse.SUPPRESS

    parser.add_argument(
        "--data-dir",
        default=default(os.environ.get("PAKTA_DATA_DIR")),
        help="station data folder (default: PAKTA_DATA_DIR or the platform's user data folder)",
    )
    parser.add_argument(
        "--json", action="store_true", default=default(False), help="print one JSON object"
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=default(None), help="id or en (default: the locale)"
    )
    parser.add_argument(
        "--debug", action="store_true", default=default(False), help="show tracebacks"
    )


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, root: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _add_global_options(self, root=root)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        command = self.prog.removeprefix("pakta").strip()
        raise CommandError(f"{command}: {message}" if command else message, EXIT_USAGE)


def command_word(argv: Sequence[str]) -> str | None:
    """The command named in argv (skipping global options and their values), if any."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in _VALUED_OPTIONS:
            skip = True
        elif not word.startswith("-"):
            return word
    return None


def option_value(argv: Sequence[str], option: str) -> str | None:
    """The last value given to a global option (before parsing: for messages about parsing)."""
    value = None
    for i, word in enumerate(argv):
        if word == option and i + 1 < len(argv):
            value = argv[i + 1]
        elif word.startswith(option + "="):
            value = word.split("=", 1)[1]
    return value


def build_parser(command: str | None = None, *, every: bool = False) -> argparse.ArgumentParser:
    """The parser with ``command``'s module imported (every module with ``every``); the other
    commands are stubs that carry their name and help text only."""
    parser = _Parser(
        prog="pakta", description="Pakta Station: integrity-pact registration desk", root=True
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    if every:
        modules = sorted({m for m, _h in COMMANDS.values()})
    else:
        modules = [COMMANDS[command][0]] if command in COMMANDS else []
    for name in modules:
        importlib.import_module(name).register(sub)
    for name, (_module, help_text) in COMMANDS.items():
        if name not in sub.choices:  # listed for --help and "invalid choice", never run
            sub.add_parser(name, help=help_text)
    return parser


def _fail(message: str, code: int, json_mode: bool, kind: str) -> int:
    """A command that ends in an error says so on stderr, and with --json also as the one
    JSON object on stdout, so scripts get an object on every path."""
    sys.stderr.write(f"pakta: {message}\n")
    if json_mode:
        Output(json_mode=True).result({"error": message, "kind": kind, "exit_code": code}, "")
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    json_mode = "--json" in args_list
    set_language(option_value(args_list, "--lang"))
    try:
        parser = build_parser(command_word(args_list))
        args = parser.parse_args(args_list)
        configure_cli_logging(args.data_dir)
        # The command word only: its arguments may carry a NIP or a name.
        logging.getLogger("pakta.cli").info("command %s", args.command or "(none)")
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        return handler(args, Output(json_mode=args.json))
    except CommandError as exc:
        return _fail(str(exc), exc.exit_code, json_mode, "usage")
    except PaktaError as exc:
        # The core words its errors in English; the kind of error is said in the chosen language.
        kind = t(exc.code)
        message = f"{kind + ': ' if kind != exc.code else ''}{exc}"
        return _fail(message, exit_code_for(exc), json_mode, exc.code)
    except KeyboardInterrupt:
        return 130  # stopped with Ctrl+C: the shell's convention for SIGINT, not a result
    except OSError as exc:  # a folder or file the command needs cannot be read or written
        if debug:
            traceback.print_exc()
        where = f" ({exc.filename})" if exc.filename else ""
        message = t(
            "cannot use a file or folder{where}: {reason}", where=where, reason=exc.strerror
        )
        return _fail(message, EXIT_USAGE, json_mode, "os_error")
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in DESK_LIBRARIES:
            return _unexpected(exc, debug, json_mode)
        # A server-only installation (pakta-station[server]) runs `pakta server` alone.
        message = t(
            "this command needs the desk's libraries ({name} missing): "
            "pip install 'pakta-station[desk]'",
            name=exc.name,
        )
        return _fail(message, EXIT_USAGE, json_mode, "not_installed")
    except Exception as exc:  # no traceback reaches a person unless asked for
        return _unexpected(exc, debug, json_mode)


def _unexpected(exc: Exception, debug: bool, json_mode: bool) -> int:
    known = foreign_exit_code(exc)
    if known is not None:
        return _fail(str(exc), known, json_mode, type(exc).__name__)
    if debug:
        traceback.print_exc()
    message = t(
        "unexpected error ({kind}: {detail}); run with --debug for details",
        kind=type(exc).__name__,
        detail=exc,
    )
    return _fail(message, EXIT_USAGE, json_mode, "unexpected")


if __name__ == "__main__":
    sys.exit(main())
