"""The `pakta` console script: argument parsing, the data folder, exit codes, no tracebacks."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from desktop_app.cli.output import EXIT_UNAVAILABLE, EXIT_USAGE, CommandError, Output
from desktop_app.domain.errors import DeviceUnavailable, PaktaError
from desktop_app.logging_setup import configure_cli_logging

# Each module holds one command group and exposes register(subparsers) -> None; a parser's
# handler is set with set_defaults(handler=fn) where fn(args, out) -> int.
COMMAND_MODULES = (
    "desktop_app.cli.cmd_ceremony",
    "desktop_app.cli.cmd_roster",
    "desktop_app.cli.cmd_lookup",
    "desktop_app.cli.cmd_export",
    "desktop_app.cli.cmd_rehearse",
    "desktop_app.cli.cmd_devices",
    "desktop_app.cli.cmd_simulate",
    "desktop_app.cli.cmd_documents",
    "desktop_app.cli.cmd_sync",
    "desktop_app.cli.cmd_server",
    "desktop_app.cli.cmd_desk",
    "desktop_app.cli.cmd_doctor",
    "desktop_app.cli.cmd_selftest",
    "desktop_app.cli.cmd_venue",
)

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
    parser.add_argument("--lang", default=default(None), help="id or en (default: the locale)")
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


def _load_modules() -> list[ModuleType]:
    modules = []
    for name in COMMAND_MODULES:
        try:
            modules.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:  # a real missing dependency, not a command not written yet
                raise
    return modules


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="pakta", description="Pakta Station: integrity-pact registration desk", root=True
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in _load_modules():
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    try:
        parser = build_parser()
        args = parser.parse_args(args_list)
        configure_cli_logging(args.data_dir)
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        return handler(args, Output(json_mode=args.json))
    except CommandError as exc:
        sys.stderr.write(f"pakta: {exc}\n")
        return exc.exit_code
    except DeviceUnavailable as exc:
        sys.stderr.write(f"pakta: {exc}\n")
        return EXIT_UNAVAILABLE
    except PaktaError as exc:
        sys.stderr.write(f"pakta: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # no traceback reaches a person unless asked for
        if debug:
            traceback.print_exc()
        else:
            sys.stderr.write(
                f"pakta: unexpected error ({type(exc).__name__}: {exc}); "
                "run with --debug for details\n"
            )
        return 70


if __name__ == "__main__":
    sys.exit(main())
