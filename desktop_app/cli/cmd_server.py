"""`pakta server ...`: run the central server and administer it.

The server package (and FastAPI, uvicorn, psycopg) is an optional extra, so it is loaded only
when one of these commands runs: a station installed without it keeps every other command.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from desktop_app.cli.identifier_list import read_identifier_list
from desktop_app.cli.lang import t
from desktop_app.cli.output import EXIT_INVALID, EXIT_UNAVAILABLE, EXIT_USAGE, CommandError, Output
from desktop_app.paths import default_data_dir

DB_HELP = "database URL: postgresql://... or sqlite:///FILE (default: server.db in the data dir)"


def register(sub: Any) -> None:
    server = sub.add_parser("server", help="the central server and its administration")
    _db_option(server, top=True)
    server.add_argument("--host", default="127.0.0.1", help="address to listen on")
    server.add_argument("--port", type=int, default=8000)
    server.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    server.add_argument("--name", default="Pakta Server", help="name shown to stations")
    server.add_argument(
        "--public-url", default="", help="address desks reach, shown in enrolment QR codes"
    )
    server.add_argument(
        "--forwarded-allow-ips",
        default=None,
        help="reverse proxies whose X-Forwarded-For/-Proto headers are believed "
        "(default 127.0.0.1; see docs/security.md)",
    )
    server.set_defaults(handler=_run)
    actions = server.add_subparsers(dest="server_action", metavar="ACTION")

    station = actions.add_parser("station", help="add, list or revoke stations")
    station_actions = station.add_subparsers(dest="station_action", metavar="ACTION", required=True)
    add = station_actions.add_parser("add", help="a one-time enrolment code for a station")
    add.add_argument("name")
    _db_option(add)
    add.set_defaults(handler=_station_add)
    listing = station_actions.add_parser("list", help="stations and their state")
    _db_option(listing)
    listing.set_defaults(handler=_station_list)
    revoke = station_actions.add_parser("revoke", help="stop a station's token working")
    revoke.add_argument("station", help="station name or station id")
    _db_option(revoke)
    revoke.set_defaults(handler=_station_revoke)

    hub = actions.add_parser("hub", help="venue hubs trusted to relay desks (docs/venue.md)")
    hub_actions = hub.add_subparsers(dest="hub_action", metavar="ACTION", required=True)
    for verb, aliases, helptext, handler in (
        ("approve", [], "trust the hub hosted by this desk for a ceremony", "hub_approve"),
        (
            "revoke",
            ["withdraw"],
            "withdraw that trust (records already taken stay)",
            "hub_revoke",
        ),
    ):
        parser = hub_actions.add_parser(verb, aliases=aliases, help=helptext)
        parser.add_argument("station", help="the host desk's station name or station id")
        parser.add_argument("--ceremony", required=True, help="the ceremony id (or a prefix)")
        _db_option(parser)
        parser.set_defaults(handler=_hub_action, hub_command=handler)

    user = actions.add_parser("user", help="admin web users")
    user_actions = user.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    user_add = user_actions.add_parser("add", help="add a user (admin or read-only viewer)")
    user_add.add_argument("name")
    user_add.add_argument("--role", choices=("admin", "viewer"), required=True)
    user_add.add_argument("--password", help="(default: asked, or one line on stdin)")
    user_add.add_argument(
        "--campaign",
        metavar="C",
        help="a viewer limited to one unit of this campaign (with --unit)",
    )
    user_add.add_argument("--unit", metavar="U", help="the one unit (OPD) this viewer sees")
    _db_option(user_add)
    user_add.set_defaults(handler=_user_add)

    ceremony = actions.add_parser("ceremony", help="the organiser's ceremonies and pledges")
    ceremony_actions = ceremony.add_subparsers(
        dest="ceremony_action", metavar="ACTION", required=True
    )
    create = ceremony_actions.add_parser(
        "create", help="a ceremony made on the server, pulled by the enrolled desks"
    )
    create.add_argument("--title", required=True)
    create.add_argument("--date", required=True, help="YYYY-MM-DD")
    create.add_argument("--venue", required=True)
    create.add_argument("--organizer", default="")
    create.add_argument("--expected", type=int, default=None)
    create.add_argument(
        "--pledge", type=Path, help="UTF-8 text file of the pledge (default: the standard one)"
    )
    create.add_argument(
        "--campaign",
        metavar="C",
        help="a ceremony of this campaign (its roster from the campaign's)",
    )
    _selection_options(create)
    _db_option(create)
    create.set_defaults(handler=_ceremony_create)
    take = ceremony_actions.add_parser(
        "take", help="add people of the ceremony's campaign to its roster (by unit or a list)"
    )
    take.add_argument("ceremony", metavar="ID", help="ceremony id or prefix")
    _selection_options(take)
    _db_option(take)
    take.set_defaults(handler=_ceremony_take)
    pledge = ceremony_actions.add_parser(
        "pledge",
        help="a new pledge version for a ceremony (refused once it has signings)",
    )
    pledge.add_argument("ceremony", metavar="ID", help="ceremony id or prefix")
    pledge.add_argument("--pledge", type=Path, required=True, help="UTF-8 text file")
    _db_option(pledge)
    pledge.set_defaults(handler=_ceremony_pledge)

    roster = actions.add_parser("roster", help="ceremony rosters on the server")
    roster_actions = roster.add_subparsers(dest="roster_action", metavar="ACTION", required=True)
    roster_import = roster_actions.add_parser(
        "import", help="a CSV or XLSX roster (read like the desk's import)"
    )
    roster_import.add_argument("file", type=Path)
    into = roster_import.add_mutually_exclusive_group(required=True)
    into.add_argument("--ceremony", metavar="ID")
    into.add_argument(
        "--campaign", metavar="C", help="a campaign's whole roster (the SIASN export), streamed"
    )
    _db_option(roster_import)
    roster_import.set_defaults(handler=_roster_import)

    campaign = actions.add_parser("campaign", help="campaigns: one instansi across ceremonies")
    campaign_actions = campaign.add_subparsers(
        dest="campaign_action", metavar="ACTION", required=True
    )
    campaign_new = campaign_actions.add_parser("create", help="a new campaign")
    campaign_new.add_argument("--title", required=True)
    campaign_new.add_argument("--instansi", default="")
    _db_option(campaign_new)
    campaign_new.set_defaults(handler=_campaign_create)
    campaign_list = campaign_actions.add_parser("list", help="the server's campaigns")
    _db_option(campaign_list)
    campaign_list.set_defaults(handler=_campaign_list)

    report = actions.add_parser(
        "report", help="what the server holds, per ceremony (or per unit of a campaign)"
    )
    report.add_argument("--campaign", metavar="C", help="signed anywhere in the campaign, per unit")
    report.add_argument("--unit", metavar="U", help="with --campaign: this unit only")
    _db_option(report)
    report.set_defaults(handler=_report)

    chase = actions.add_parser(
        "chase-list", help="who of a campaign's roster has not signed yet (per unit)"
    )
    chase.add_argument("--campaign", required=True, metavar="C")
    chase.add_argument("--unit", metavar="U", help="one unit (default: every unit)")
    chase.add_argument("--format", required=True, choices=("pdf", "xlsx", "csv"))
    chase.add_argument("--out", required=True, type=Path)
    _db_option(chase)
    chase.set_defaults(handler=_chase_list)

    countersign = actions.add_parser(
        "countersign",
        help="counter-sign a ceremony's final archive with the organiser's certificate (PKCS#12)",
    )
    countersign.add_argument("archive", type=Path, help="the archive PDF a desk exported")
    countersign.add_argument("--p12", type=Path, required=True, help="PKCS#12 file (e.g. BSrE)")
    countersign.add_argument("--out", type=Path, required=True)
    countersign.add_argument(
        "--reason", default="Disahkan oleh penyelenggara", help="the signature's reason"
    )
    countersign.set_defaults(handler=_countersign)

    migrate = actions.add_parser("migrate", help="upgrade the server database schema")
    _db_option(migrate)
    migrate.set_defaults(handler=_migrate)

    purge = actions.add_parser(
        "purge",
        help="delete a ceremony's signatures when its retention period ends (records stay)",
    )
    purge.add_argument("--ceremony", required=True, metavar="ID", help="ceremony id or prefix")
    purge.add_argument(
        "--yes", action="store_true", help="really delete (without it: say what would go)"
    )
    _db_option(purge)
    purge.set_defaults(handler=_purge)


def _selection_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--unit",
        action="append",
        default=[],
        metavar="U",
        help="take the campaign's people of this unit (repeat for more)",
    )
    parser.add_argument(
        "--list",
        type=Path,
        metavar="FILE",
        help="take these people of the campaign: a text file, one NIP (or other id) a line",
    )


def _db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Sub-commands leave --db unset unless given, so `pakta server --db X report` works too.
    parser.add_argument("--db", help=DB_HELP, default=None if top else argparse.SUPPRESS)


def _commands() -> ModuleType:
    return _server_module("server.commands")


def _server_module(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        raise CommandError(
            t(
                "the server is not installed ({name} missing): pip install 'pakta-station[server]'",
                name=exc.name,
            ),
            EXIT_USAGE,
        ) from None


def _data_folder(args: argparse.Namespace) -> Path:
    """The server's data folder: --data-dir, else PAKTA_DATA_DIR or the platform's folder.
    It holds the default SQLite database and the server data key (whatever the database;
    PAKTA_SERVER_DATA_KEY_FILE puts the key elsewhere)."""
    return Path(args.data_dir) if getattr(args, "data_dir", None) else default_data_dir()


def _db_url(args: argparse.Namespace) -> str:
    if args.db:
        return str(args.db)
    if os.environ.get("PAKTA_SERVER_DB"):
        return os.environ["PAKTA_SERVER_DB"]
    folder = _data_folder(args)
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'server.db'}"


def _call(args: argparse.Namespace, action: str, *extra: object) -> Any:
    commands = _commands()
    try:
        return getattr(commands, action)(_db_url(args), *extra)
    except commands.NotFound as exc:
        raise CommandError(str(exc), EXIT_INVALID) from None
    except commands.Unavailable as exc:
        raise CommandError(str(exc), EXIT_UNAVAILABLE) from None
    except commands.AdminError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None


def _do(args: argparse.Namespace, out: Output, action: str, *extra: object) -> int:
    outcome = _call(args, action, *extra)
    out.result(outcome.payload, outcome.human)
    return 0


def _run(args: argparse.Namespace, out: Output) -> int:
    if not 1 <= args.workers <= 64:
        raise CommandError(t("--workers must be between 1 and 64"), EXIT_USAGE)
    commands = _commands()
    url = _db_url(args)
    try:
        commands.run(
            url,
            args.host,
            args.port,
            args.workers,
            args.name,
            args.public_url,
            data_dir=_data_folder(args),
            forwarded_allow_ips=args.forwarded_allow_ips,
        )
    except commands.AdminError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    return 0


def _countersign(args: argparse.Namespace, out: Output) -> int:
    """The archive must carry its desk's intact signature; the passphrase comes from
    PAKTA_P12_PASSPHRASE, else is asked (or one line on stdin)."""
    from pakta_common.files import write_atomic
    from pakta_common.proof.pades import sign_pdf_pkcs12, signature_report

    try:
        data = args.archive.read_bytes()
    except OSError as exc:
        raise CommandError(f"{args.archive}: {exc.strerror}", EXIT_USAGE) from None
    before = signature_report(data)
    if not before.ok:
        reason = "; ".join(before.problems) or "it carries no desk signature"
        raise CommandError(f"{args.archive} is not a signed archive as made: {reason}", 1)
    phrase = os.environ.get("PAKTA_P12_PASSPHRASE")
    if phrase is None:
        phrase = (
            getpass.getpass("PKCS#12 passphrase: ")
            if sys.stdin.isatty()
            else sys.stdin.readline().rstrip("\r\n")
        )
    try:
        signed = sign_pdf_pkcs12(data, args.p12, phrase.encode() or None, reason=args.reason)
    except (OSError, ValueError) as exc:
        raise CommandError(f"cannot counter-sign with {args.p12}: {exc}", EXIT_USAGE) from None
    after = signature_report(signed)
    write_atomic(args.out, signed, mode=0o644)
    out.result(
        {"out": str(args.out), "signatures": [s.signer for s in after.signatures]},
        f"{args.out}: " + "; ".join(s.signer for s in after.signatures),
    )
    return 0


def _station_add(args: argparse.Namespace, out: Output) -> int:
    return _do(args, out, "station_add", args.name)


def _station_list(args: argparse.Namespace, out: Output) -> int:
    return _do(args, out, "station_list")


def _station_revoke(args: argparse.Namespace, out: Output) -> int:
    return _do(args, out, "station_revoke", args.station)


def _hub_action(args: argparse.Namespace, out: Output) -> int:
    return _do(args, out, args.hub_command, args.station, args.ceremony)


def _user_add(args: argparse.Namespace, out: Output) -> int:
    password = args.password
    if password is None:
        if sys.stdin.isatty():
            password = getpass.getpass(t("Password for {name}: ", name=args.name))
            if getpass.getpass(t("Again: ")) != password:
                raise CommandError(t("the passwords differ"), EXIT_USAGE)
        else:
            password = sys.stdin.readline().rstrip("\r\n")
    if args.campaign or args.unit:
        if not (args.campaign and args.unit) or args.role != "viewer":
            raise CommandError(
                t("a scoped user is a viewer with both --campaign and --unit"), EXIT_USAGE
            )
        return _campaign_do(
            args, out, "user_add_scoped", args.name, password, args.campaign, args.unit
        )
    return _do(args, out, "user_add", args.name, args.role, password)


def _report(args: argparse.Namespace, out: Output) -> int:
    if args.campaign:
        return _campaign_do(args, out, "report", args.campaign, args.unit)
    if args.unit:
        raise CommandError(t("--unit needs --campaign"), EXIT_USAGE)
    return _do(args, out, "report")


def _campaign_commands() -> ModuleType:
    _commands()  # the same clear message when the server is not installed
    return importlib.import_module("server.campaign_commands")


def _campaign_do(args: argparse.Namespace, out: Output, action: str, *extra: object) -> int:
    commands = _campaign_commands()
    try:
        outcome = getattr(commands, action)(_db_url(args), *extra)
    except commands.AdminError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    out.result(outcome.payload, outcome.human)
    return 0


def _campaign_create(args: argparse.Namespace, out: Output) -> int:
    return _campaign_do(args, out, "campaign_create", args.title, args.instansi)


def _campaign_list(args: argparse.Namespace, out: Output) -> int:
    return _campaign_do(args, out, "campaign_list")


def _chase_list(args: argparse.Namespace, out: Output) -> int:
    return _campaign_do(args, out, "chase", args.campaign, args.unit, args.format, args.out)


def _ceremony_take(args: argparse.Namespace, out: Output) -> int:
    identifiers = read_identifier_list(args.list) if args.list else []
    if not args.unit and not identifiers:
        raise CommandError(t("give --unit or --list"), EXIT_USAGE)
    return _campaign_do(args, out, "ceremony_take", args.ceremony, args.unit, identifiers)


def _migrate(args: argparse.Namespace, out: Output) -> int:
    return _do(args, out, "migrate_only")


def _purge(args: argparse.Namespace, out: Output) -> int:
    if not args.yes:
        plan = _call(args, "purge_preview", args.ceremony)
        raise CommandError(
            t("{plan}. Nothing changed: add --yes to delete.", plan=plan.human), EXIT_USAGE
        )
    return _do(args, out, "purge", args.ceremony)


def _pledge_text(path: Path | None) -> str:
    from desktop_app.services.templates import default_template_text, read_template_file

    return read_template_file(path) if path is not None else default_template_text()


def _ceremony_create(args: argparse.Namespace, out: Output) -> int:
    if args.expected is not None and args.expected < 0:
        raise CommandError("--expected cannot be negative", EXIT_USAGE)
    text = _pledge_text(args.pledge)  # an unreadable file: exit 2, nothing changed
    if args.campaign:
        identifiers = read_identifier_list(args.list) if args.list else []
        return _campaign_do(
            args,
            out,
            "ceremony_create",
            args.campaign,
            args.title,
            args.date,
            args.venue,
            args.organizer,
            args.expected,
            text,
            args.unit,
            identifiers,
        )
    if args.unit or args.list:
        raise CommandError(t("--unit and --list need --campaign"), EXIT_USAGE)
    return _do(
        args,
        out,
        "ceremony_create",
        args.title,
        args.date,
        args.venue,
        args.organizer,
        args.expected,
        text,
    )


def _ceremony_pledge(args: argparse.Namespace, out: Output) -> int:
    return _do(args, out, "ceremony_pledge", args.ceremony, _pledge_text(args.pledge))


def _roster_import(args: argparse.Namespace, out: Output) -> int:
    reader = _server_module("server.roster_files")
    if args.campaign:
        roster = reader.stream_roster_items(args.file)  # unreadable: exit 2, nothing changed
        return _campaign_do(args, out, "roster_import", args.campaign, roster, args.file.name)
    rows, rejected = reader.read_roster_lines(args.file)  # unreadable: exit 2, nothing changed
    return _do(args, out, "roster_import", args.ceremony, rows, rejected, str(args.file))
