"""`pakta station enroll URL CODE`, `pakta station status` and `pakta sync [--server URL]`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_app.cli.common import open_store
from desktop_app.cli.lang import t
from desktop_app.cli.output import EXIT_INVALID, EXIT_UNAVAILABLE, EXIT_USAGE, CommandError, Output
from desktop_app.sync.client import NotAuthorised, RequestRefused, ServerUnavailable, SyncClient
from desktop_app.sync.cycle import NotEnrolled, sync_once
from desktop_app.sync.enrolment import enroll, move_server, parse_enrol_text, server_link
from desktop_app.sync.outbox import pending_count, rejected_in_outbox


def register(sub: Any) -> None:
    station = sub.add_parser("station", help="this station and its central server")
    actions = station.add_subparsers(dest="action", metavar="ACTION", required=True)
    enrol = actions.add_parser("enroll", help="join a central server with a one-time code")
    enrol.add_argument(
        "url", help="server address, e.g. http://192.168.1.10:8000 (or the scanned QR text)"
    )
    enrol.add_argument("code", nargs="?", help="one-time code from the server's Stations page")
    enrol.set_defaults(handler=_enroll)
    status = actions.add_parser("status", help="server, records waiting, refusals")
    status.set_defaults(handler=_status)

    sync = sub.add_parser("sync", help="push waiting records to the server, then pull")
    sync.add_argument("--server", help="the server's address (when it moved); kept for next time")
    sync.add_argument("--batch", type=int, default=200, help="records per push (1-500)")
    sync.set_defaults(handler=_sync)


def _enroll(args: argparse.Namespace, out: Output) -> int:
    url, code = args.url, args.code
    if code is None:
        scanned = parse_enrol_text(url)
        if scanned is None:
            raise CommandError(t("give the server address and the one-time code"), EXIT_USAGE)
        url, code = scanned
    with open_store(args) as store:
        try:
            link = enroll(store, url, code)
        except ServerUnavailable as exc:
            raise CommandError(
                t("cannot reach the server: {reason}", reason=exc), EXIT_UNAVAILABLE
            ) from None
        except (NotAuthorised, RequestRefused) as exc:
            raise CommandError(t("enrolment refused: {reason}", reason=exc), EXIT_USAGE) from None
        station_id = store.station_id
    out.result(
        {
            "enrolled": True,
            "server": link.url,
            "server_name": link.server_name,
            "station_id": station_id,
        },
        t(
            "Enrolled station {id} with {server} at {url}",
            id=station_id[:8],
            server=link.server_name,
            url=link.url,
        ),
    )
    return 0


def _status(args: argparse.Namespace, out: Output) -> int:
    with open_store(args) as store:
        link = server_link(store)
        pending = pending_count(store)
        rejected = rejected_in_outbox(store)
    payload = {
        "enrolled": link is not None,
        "server": link.url if link else "",
        "pending": pending,
        "rejected": [{"id": rid, "reason": why} for rid, why in rejected],
    }
    where = t("enrolled with {url}", url=link.url) if link else t("not enrolled")
    out.result(
        payload,
        t(
            "Station {where}; {pending} record(s) waiting, {refused} refused",
            where=where,
            pending=pending,
            refused=len(rejected),
        ),
    )
    return 0


def _failed(out: Output, message: str, exit_code: int, state: str, pending: int) -> int:
    """A sync that did not happen: with --json still one JSON object on stdout (with an
    ``error``), the message on stderr either way, and the documented exit code."""
    if not out.json_mode:
        raise CommandError(message, exit_code)
    sys.stderr.write(f"pakta: {message}\n")
    out.result(
        {
            "error": message,
            "state": state,
            "pushed": 0,
            "accepted": 0,
            "duplicates": 0,
            "rejected": [],
            "pulled": 0,
            "pending": pending,
        },
        message,
    )
    return exit_code


def _sync(args: argparse.Namespace, out: Output) -> int:
    if not 1 <= args.batch <= 500:
        raise CommandError(t("--batch must be between 1 and 500"), EXIT_USAGE)
    with open_store(args) as store:
        if args.server:
            move_server(store, args.server)
        link = server_link(store)
        if link is None:
            return _failed(
                out,
                t("this station is not enrolled: run `pakta station enroll URL CODE` first"),
                EXIT_USAGE,
                "not_enrolled",
                pending_count(store),
            )
        client = SyncClient.connect(link.url, link.token)
        try:
            report = sync_once(store, client, batch=args.batch)
        except NotEnrolled as exc:
            return _failed(out, str(exc), EXIT_USAGE, "not_enrolled", pending_count(store))
        except ServerUnavailable as exc:
            left = pending_count(store)
            return _failed(
                out,
                t(
                    "server unavailable ({reason}); {left} record(s) wait safely in the outbox",
                    reason=exc,
                    left=left,
                ),
                EXIT_UNAVAILABLE,
                "offline",
                left,
            )
        except NotAuthorised as exc:
            return _failed(
                out,
                t("the server refuses this station: {reason}", reason=exc),
                EXIT_UNAVAILABLE,
                "unauthorised",
                pending_count(store),
            )
        except RequestRefused as exc:
            return _failed(out, str(exc), EXIT_USAGE, "error", pending_count(store))
        finally:
            client.close()
    payload = report.as_json()
    human = t(
        "Pushed {pushed}: {accepted} accepted, {already} already stored, {refused} refused, "
        "{duplicates} flagged as duplicates; pulled {pulled}; {pending} waiting",
        pushed=report.pushed,
        accepted=report.accepted,
        already=report.already_stored,
        refused=len(report.rejected),
        duplicates=report.duplicates,
        pulled=report.pulled,
        pending=report.pending,
    )
    for item in report.rejected:
        human += "\n  " + t("refused {id}: {reason}", id=item["id"], reason=item["reason"])
    for item in report.refused_updates:
        human += "\n  " + t(
            "ceremony {ceremony} update refused by the {by}: {reason}",
            ceremony=item["ceremony"],
            by=item["by"],
            reason=item["reason"],
        )
    out.result(payload, human)
    return EXIT_INVALID if report.rejected else 0
