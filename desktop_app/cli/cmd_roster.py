"""`pakta roster import FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.common import open_store
from desktop_app.cli.lang import t
from desktop_app.cli.output import Output
from desktop_app.services.roster_import import import_roster


def register(sub: Any) -> None:
    parser = sub.add_parser("roster", help="ceremony rosters")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="import a CSV or XLSX roster")
    imp.add_argument("file", type=Path)
    imp.add_argument("--ceremony", default=None, help="ceremony id (default: the active one)")
    imp.set_defaults(handler=_import)


def _import(args: argparse.Namespace, out: Output) -> int:
    with open_store(args) as store:
        result = import_roster(store, args.file, args.ceremony)
    lines = [
        t(
            "Imported {imported}, updated {updated}, unchanged {unchanged}, rejected {rejected}.",
            imported=result.imported,
            updated=result.updated,
            unchanged=result.unchanged,
            rejected=len(result.rejected),
        )
    ]
    lines += ["  " + t("row {row}: {reason}", row=r.row, reason=r.reason) for r in result.rejected]
    out.result(result.as_json(), "\n".join(lines))
    return 0
