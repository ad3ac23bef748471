"""`pakta lookup TEXT`: what scanning TEXT resolves to (exit 1 unless found)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.common import open_store
from desktop_app.cli.lang import t
from desktop_app.cli.output import EXIT_INVALID, EXIT_OK, Output
from desktop_app.services.lookup import LookupStatus, lookup_badge


def register(sub: Any) -> None:
    parser = sub.add_parser("lookup", help="resolve a badge text against the roster")
    parser.add_argument("text", help="scanned text: a NIP, a URL with a NIP, or a Pakta badge")
    parser.add_argument("--ceremony", default=None)
    parser.set_defaults(handler=_lookup)


def _lookup(args: argparse.Namespace, out: Output) -> int:
    with open_store(args) as store:
        result = lookup_badge(store, args.text, args.ceremony)
    e = result.employee
    if result.status is LookupStatus.FOUND and e:
        human = t(
            "found: {name} ({id}), {position}, {unit}",
            name=e.name,
            id=result.identifier,
            position=e.position,
            unit=e.unit,
        )
    elif result.status is LookupStatus.ALREADY_SIGNED and e and result.signed:
        human = t(
            "already signed: {name} ({id}) at {at} on {station}",
            name=e.name,
            id=result.identifier,
            at=result.signed.signed_at,
            station=result.signed.station_name,
        )
    else:
        human = f"{t(result.status.value)}: {result.reason}"
    out.result(result.as_json(), human)
    return EXIT_OK if result.status is LookupStatus.FOUND else EXIT_INVALID
