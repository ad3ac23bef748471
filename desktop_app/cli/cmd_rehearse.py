"""`pakta rehearse`: the dress rehearsal, simulated attendees through the desk flow."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from desktop_app.cli.common import open_store
from desktop_app.cli.lang import t
from desktop_app.cli.output import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_UNAVAILABLE,
    CommandError,
    Output,
)
from desktop_app.demo.setup import ensure_demo_ceremony
from desktop_app.services.rehearsal import rehearse
from desktop_app.services.rehearsal_outputs import ReceiptPrinting, sync_rehearsal
from desktop_app.sync.client import NotAuthorised, RequestRefused, ServerUnavailable
from desktop_app.sync.enrolment import server_link


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "rehearse",
        help="simulated attendees through the whole desk flow (sets up a demo ceremony on a "
        "new data folder; continues with unsigned attendees on an existing one)",
    )
    parser.add_argument("--attendees", type=int, default=25)
    parser.add_argument("--desks", type=int, default=1)
    parser.add_argument("--ceremony", default=None)
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--print-to", type=Path, help="write receipts as PDF files here")
    target.add_argument("--printer", help="print receipts on this OS print queue")
    parser.add_argument("--server", help="sync the records to this central server")
    parser.add_argument("--seed", type=int, default=None, help="repeatable badges and strokes")
    parser.add_argument("--trace", type=Path, help=argparse.SUPPRESS)  # crash tests
    parser.add_argument(
        "--venue-day",
        action="store_true",
        help="the whole day of a venue: K desk processes, a hub, a central server, the faults",
    )
    parser.add_argument("--double-sign", type=int, default=0, help="attendees who try again")
    parser.add_argument(
        "--processes", action="store_true", help="desks as separate processes (the venue day)"
    )
    parser.add_argument("--speed", type=float, default=None, help="day clock speed-up")
    parser.set_defaults(handler=_rehearse)


def _rehearse(args: argparse.Namespace, out: Output) -> int:
    if args.venue_day:
        return _venue_day(args, out)
    if args.attendees < 0 or not 1 <= args.desks <= 32:
        raise CommandError(t("--attendees must be >= 0 and --desks between 1 and 32"))
    with open_store(args) as store:
        if args.server and server_link(store) is None:
            raise CommandError(
                t("this station is not enrolled: run `pakta station enroll URL CODE` first")
            )
        ensure_demo_ceremony(store)
        printer = (
            f"folder:{args.print_to.resolve()}"
            if args.print_to
            else (f"cups:{args.printer}" if args.printer else "")
        )
        printing = ReceiptPrinting(store, printer) if printer else None
        result = rehearse(
            store,
            args.attendees,
            desks=args.desks,
            ceremony_ref=args.ceremony,
            seed=args.seed,
            trace=args.trace,
            on_signed=printing.on_signed if printing else None,
        )
        if printing:
            result.receipts, problems = printing.finish()
            result.problems += problems
        # With --server, exit 3 when the server could not be reached or refused this station
        # (cli.md: a needed server is unavailable), 1 when it refused records or left any
        # behind (the rehearsal's result is not valid), as for a lost record.
        sync_code = EXIT_OK
        if args.server:
            try:
                report = sync_rehearsal(store, args.server)
            except (ServerUnavailable, NotAuthorised) as exc:
                result.problems.append(f"sync failed: {exc}")
                sync_code = EXIT_UNAVAILABLE
            except RequestRefused as exc:
                result.problems.append(f"sync failed: {exc}")
                sync_code = EXIT_INVALID
            else:
                result.synced = report.accepted + report.already_stored
                result.problems += [f"refused by server: {r}" for r in report.rejected]
                if report.rejected or report.pending:
                    sync_code = EXIT_INVALID
    ms = result.as_json()["timings_ms"]
    assert isinstance(ms, dict)
    human = t(
        "Attendees {attendees}: signed {signed}, already signed {already}, not found "
        "{not_found}; receipts {receipts}, synced {synced}, lost {lost}; chain {chain}\n"
        "lookup p99 {lookup} ms, commit p99 {commit} ms, wall {wall} ms",
        attendees=result.attendees,
        signed=result.signed,
        already=result.already_signed,
        not_found=result.not_found,
        receipts=result.receipts,
        synced=result.synced,
        lost=result.lost,
        chain=t("OK") if result.chain_ok else t("BROKEN"),
        lookup=ms["lookup_p99"],
        commit=ms["commit_p99"],
        wall=ms["wall"],
    )
    out.result(result.as_json(), human)
    if result.lost or not result.chain_ok:
        return EXIT_INVALID
    return sync_code


def _venue_day(args: argparse.Namespace, out: Output) -> int:
    import tempfile

    from desktop_app.rehearsal.venue_day import run_venue_day

    if not 1 <= args.attendees <= 5000 or not 1 <= args.desks <= 8:
        raise CommandError(t("--attendees must be 1 to 5000 and --desks 1 to 8"))
    if not 0 <= args.double_sign <= args.attendees:
        raise CommandError(t("--double-sign must be between 0 and --attendees"))
    if args.speed is not None and not 1 <= args.speed <= 1000:
        raise CommandError(t("--speed must be between 1 and 1000"))
    base = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="pakta-"))
    root = base / f"venue-day-{time.strftime('%Y%m%d-%H%M%S')}"
    result = run_venue_day(
        root,
        args.attendees,
        args.desks,
        args.double_sign,
        speed=args.speed,
        seed=args.seed if args.seed is not None else 26,
    )
    data = result.as_json()
    data["folder"] = str(root)
    human = t(
        "Venue day: {attendees} attendees at {desks} desks (x{speed})\n"
        "signed {unique} unique, lost {lost}; double attempts {double}: refused at the desk "
        "{refused}, signed in a partition {twice} (flagged centrally {flagged})\n"
        "central: {on_central} records of {local} ({once}); receipts {receipts}, "
        "reprints {reprints}\n"
        "cross-desk p99 {p99} ms; software per attendee p50 {p50} ms",
        attendees=result.attendees,
        desks=result.desks,
        speed=f"{result.speed:.0f}",
        unique=result.signed_unique,
        lost=result.lost,
        double=result.double_attempts,
        refused=result.refused_at_desk,
        twice=result.signed_twice,
        flagged=result.flagged_central,
        on_central=result.on_central,
        local=result.records_local,
        once=t("exactly once") if result.exactly_once else t("NOT exactly once"),
        receipts=result.receipts_printed,
        reprints=result.reprints,
        p99=data["cross_desk_ms_p99"],
        p50=data["software_ms_per_attendee_p50"],
    )
    human += "".join("\n" + problem for problem in result.problems)
    out.result(data, human)
    return EXIT_OK if result.ok else EXIT_INVALID
