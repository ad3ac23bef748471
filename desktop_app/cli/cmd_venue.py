"""`pakta venue host|join|status|code|leave|stop|screen`: the venue as one system."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from desktop_app.cli.common import open_store
from desktop_app.cli.lang import t
from desktop_app.cli.output import EXIT_INVALID, EXIT_UNAVAILABLE, EXIT_USAGE, CommandError, Output
from desktop_app.sync.client import NotAuthorised, RequestRefused, ServerUnavailable, SyncError


def register(sub: Any) -> None:
    venue = sub.add_parser("venue", help="desks of one venue sharing signings through a hub")
    actions = venue.add_subparsers(dest="action", metavar="ACTION", required=True)

    host = actions.add_parser("host", help="this desk also hosts the venue hub")
    host.add_argument("--port", type=int, default=8765)
    host.add_argument("--bind", default="0.0.0.0", help="address to listen on (default: all)")
    host.add_argument("--name", default="", help="the hub's name (default: the venue's)")
    host.add_argument(
        "--mdns-interface",
        action="append",
        default=None,
        help="announce only on this address (repeatable; default: every LAN address)",
    )
    host.add_argument("--detach", action="store_true", help="leave the hub running and return")
    host.set_defaults(handler=_host)

    code = actions.add_parser("code", help="a new one-time join code from this desk's hub")
    code.set_defaults(handler=_code)

    join = actions.add_parser("join", help="join the venue hub (found on the LAN without URL)")
    join.add_argument("url", nargs="?", help="the hub's address, or the scanned QR text")
    join.add_argument("--code", help="the one-time code shown on the host")
    join.add_argument("--mdns-interface", action="append", default=None)
    join.add_argument("--timeout", type=float, default=5.0, help="seconds to look for a hub")
    join.set_defaults(handler=_join)

    status = actions.add_parser("status", help="the venue as this desk sees it")
    status.set_defaults(handler=_status)
    leave = actions.add_parser("leave", help="forget the venue hub (records stay)")
    leave.set_defaults(handler=_leave)
    stop = actions.add_parser("stop", help="stop the hub this desk started with --detach")
    stop.set_defaults(handler=_stop)

    screen = actions.add_parser("screen", help="the room's big screen (ikrar, then progress)")
    screen.add_argument("--hub", help="the hub's address (default: this desk's hub)")
    screen.add_argument("--fullscreen", action="store_true")
    screen.set_defaults(handler=_screen)

    serve = actions.add_parser("hub-serve", help=argparse.SUPPRESS)
    serve.add_argument("--dir", type=Path, required=True)
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--host", default="0.0.0.0")
    serve.add_argument("--mdns-interface", action="append", default=None)
    serve.add_argument("--no-mdns", action="store_true")
    serve.set_defaults(handler=_hub_serve)


def _host(args: argparse.Namespace, out: Output) -> int:
    from desktop_app.venue.host import HostError, host_joins, issue_join_code, start_hub, stop_hub
    from desktop_app.venue.link import venue_qr_text

    if not 1 <= args.port <= 65535:
        raise CommandError(t("--port must be between 1 and 65535"))
    with open_store(args) as store:
        try:
            hub = start_hub(
                store, port=args.port, bind=args.bind, mdns=args.mdns_interface, name=args.name
            )
        except HostError as exc:
            raise CommandError(str(exc), EXIT_UNAVAILABLE) from None
        except LookupError as exc:
            raise CommandError(
                t("no active ceremony to host: {reason}", reason=exc), EXIT_USAGE
            ) from None
        try:
            link = host_joins(store, hub)
            code = issue_join_code(store, hub.local_url)
        except SyncError as exc:
            stop_hub(store)
            raise CommandError(
                t("the hub did not take this desk: {reason}", reason=exc), EXIT_UNAVAILABLE
            ) from None
        qr = venue_qr_text(hub.lan_url, code)
        out.result(
            {
                "url": hub.lan_url,
                "port": hub.port,
                "hub": link.hub_name,
                "hub_id": link.hub_id,
                "code": code,
                "qr": qr,
                "pid": hub.pid,
            },
            t(
                "Venue hub {hub} at {url}\nJoin code (15 min, once): {code}\nQR text: {qr}",
                hub=link.hub_name,
                url=hub.lan_url,
                code=code,
                qr=qr,
            ),
        )
        if args.detach:
            return 0
        try:
            while True:
                time.sleep(1)
        except KeyboardInterrupt:
            stop_hub(store)
    return 0


def _code(args: argparse.Namespace, out: Output) -> int:
    from desktop_app.venue.host import issue_join_code
    from desktop_app.venue.link import hub_link

    with open_store(args) as store:
        link = hub_link(store)
        if link is None or not link.is_host:
            raise CommandError(t("this desk does not host a venue hub (pakta venue host)"))
        try:
            code = issue_join_code(store, link.url)
        except (OSError, SyncError) as exc:
            raise CommandError(
                t("the hub does not answer: {reason}", reason=exc), EXIT_UNAVAILABLE
            ) from None
    out.result({"code": code, "url": link.url}, t("Join code (15 min, once): {code}", code=code))
    return 0


def _join(args: argparse.Namespace, out: Output) -> int:
    from desktop_app.venue.discovery import discover_hubs
    from desktop_app.venue.link import join_hub, parse_venue_qr
    from desktop_app.venue.setup import after_join

    url, code = args.url, args.code
    if url and code is None and (scanned := parse_venue_qr(url)):
        url, code = scanned
    if not code:
        raise CommandError(t("give the one-time code shown on the host (--code)"))
    if not url:
        hubs = discover_hubs(args.timeout, interfaces=args.mdns_interface)
        if not hubs:
            raise CommandError(
                t("no venue hub found on this network; give its address"), EXIT_UNAVAILABLE
            )
        url = hubs[0].url
    with open_store(args) as store:
        try:
            link = join_hub(store, url, code)
            ceremony = after_join(store)
        except ServerUnavailable as exc:
            raise CommandError(
                t("cannot reach the hub: {reason}", reason=exc), EXIT_UNAVAILABLE
            ) from None
        except (NotAuthorised, RequestRefused) as exc:
            raise CommandError(t("join refused: {reason}", reason=exc), EXIT_USAGE) from None
    out.result(
        {"hub": link.hub_name, "url": link.url, "desk": link.desk_name, "ceremony": ceremony},
        t("Joined {hub} at {url} as {desk}", hub=link.hub_name, url=link.url, desk=link.desk_name),
    )
    return 0


def _status(args: argparse.Namespace, out: Output) -> int:
    from desktop_app.venue.setup import venue_status

    with open_store(args) as store:
        report = venue_status(store)
    if report is None:
        raise CommandError(t("this desk has not joined a venue (pakta venue join)"), EXIT_INVALID)
    lines = [
        t(
            "Hub {hub} ({state}): {signed} of {expected} signed",
            hub=report["hub"],
            state=t("online") if report["online"] else t("unreachable"),
            signed=report["signed_total"],
            expected=report["expected"],
        )
    ]
    lines += [
        f"  {d['name']}: {d['signed']} " + (t("online") if d["online"] else t("offline"))
        for d in report["desks"]
    ]
    lines.append(t("duplicates here: {n}", n=len(report["duplicates"])))
    relay = report.get("relay") or {}
    if relay:
        lines.append(
            t(
                "relay to the central server: {relayed} relayed, {waiting} waiting",
                relayed=relay.get("relayed", 0),
                waiting=relay.get("waiting", 0),
            )
            + (f" ({relay['last_error']})" if relay.get("last_error") else "")
        )
    out.result(report, "\n".join(lines))
    return 0


def _leave(args: argparse.Namespace, out: Output) -> int:
    from desktop_app.venue.link import leave_hub

    with open_store(args) as store:
        left = leave_hub(store)
    out.result(
        {"left": left}, t("Left the venue") if left else t("This desk had not joined a venue")
    )
    return 0


def _stop(args: argparse.Namespace, out: Output) -> int:
    from desktop_app.venue.host import stop_hub

    with open_store(args) as store:
        stopped = stop_hub(store)
    out.result({"stopped": stopped}, t("Hub stopped") if stopped else t("No hub was running"))
    return 0


def _screen(args: argparse.Namespace, out: Output) -> int:
    from desktop_app.venue.link import hub_link

    url = args.hub
    if not url:
        with open_store(args) as store:
            link = hub_link(store)
        if link is None:
            raise CommandError(t("give the hub's address (--hub URL) or join a venue first"))
        url = link.url
    try:
        from ui.venue.screen_app import run_screen
    except ImportError as exc:
        raise CommandError(
            t("no display toolkit: {reason}", reason=exc), EXIT_UNAVAILABLE
        ) from None
    return run_screen(url, fullscreen=args.fullscreen)


def _hub_serve(args: argparse.Namespace, out: Output) -> int:
    from server.hub_main import run_hub

    run_hub(
        args.dir,
        host=args.host,
        port=args.port,
        mdns_interfaces=args.mdns_interface,
        advertise=not args.no_mdns,
    )
    return 0
