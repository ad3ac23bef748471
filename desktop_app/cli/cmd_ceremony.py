"""`pakta ceremony create|list|use|erase`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.common import open_store
from desktop_app.cli.lang import t
from desktop_app.cli.output import CommandError, Output
from desktop_app.domain.consent import DEFAULT_MIN_READ_S, ConsentForm
from desktop_app.services.ceremonies import (
    consent_options,
    create_ceremony,
    list_ceremonies,
    use_ceremony,
)
from desktop_app.services.retention import erase_plan, erase_signatures
from desktop_app.services.templates import read_template_file


def register(sub: Any) -> None:
    parser = sub.add_parser("ceremony", help="create, list and choose ceremonies")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    create = actions.add_parser("create", help="a new ceremony (made active if none is)")
    create.add_argument("--title", required=True)
    create.add_argument("--date", required=True, help="YYYY-MM-DD")
    create.add_argument("--venue", required=True)
    create.add_argument("--organizer", default="")
    create.add_argument("--expected", type=int, default=None)
    create.add_argument("--pledge", type=Path, help="UTF-8 text file with the pledge text")
    create.add_argument(
        "--min-read-seconds",
        type=int,
        default=DEFAULT_MIN_READ_S,
        metavar="N",
        help=f"seconds the pledge shows before consent counts (default {DEFAULT_MIN_READ_S})",
    )
    create.add_argument(
        "--consent-form",
        choices=[f.value for f in ConsentForm],
        default=ConsentForm.SEPARATE.value,
        help="separate: pledge page then consent; compact: the oath was read aloud together, "
        "signing under the consent sentence is the act",
    )
    create.add_argument(
        "--timezone",
        default="WIB",
        help="the ceremony's time zone: WIB, WITA, WIT or an IANA name (default WIB)",
    )
    create.set_defaults(handler=_create)

    listing = actions.add_parser("list", help="list ceremonies")
    listing.set_defaults(handler=_list)

    use = actions.add_parser("use", help="make a ceremony the active one")
    use.add_argument("id", help="ceremony id (or a unique prefix of it)")
    use.set_defaults(handler=_use)

    erase = actions.add_parser(
        "erase",
        help="erase a ceremony's signatures when its retention period ends (records stay)",
    )
    erase.add_argument("id", help="ceremony id (or a unique prefix of it)")
    erase.add_argument("--yes", action="store_true", help="really erase (cannot be undone)")
    erase.add_argument(
        "--discard-unsynced",
        action="store_true",
        help="erase even though some records never reached the server",
    )
    erase.set_defaults(handler=_erase)


def _create(args: argparse.Namespace, out: Output) -> int:
    pledge_text = read_template_file(args.pledge) if args.pledge else None
    consent_options(args.min_read_seconds, args.consent_form, args.timezone)  # before any write
    with open_store(args) as store:
        info = create_ceremony(
            store,
            title=args.title,
            date=args.date,
            venue=args.venue,
            organizer=args.organizer,
            expected=args.expected,
            pledge_text=pledge_text,
            min_read_s=args.min_read_seconds,
            consent_form=args.consent_form,
            timezone=args.timezone,
        )
    text = (
        t("Created ceremony {id} (active): {title}", id=info.id, title=info.title)
        if info.active
        else t("Created ceremony {id}: {title}", id=info.id, title=info.title)
    )
    out.result(info.as_json(), text)
    return 0


def _list(args: argparse.Namespace, out: Output) -> int:
    with open_store(args) as store:
        infos = list_ceremonies(store)
    lines = [
        f"{'*' if c.active else ' '} {c.id[:8]}  {c.date}  {c.title} @ {c.venue}  "
        + t(
            "signed {signed}/{of}",
            signed=c.signed,
            of=c.expected if c.expected is not None else c.roster,
        )
        for c in infos
    ]
    out.result(
        {"ceremonies": [c.as_json() for c in infos]},
        "\n".join(lines) or t("No ceremonies yet: pakta ceremony create --title ..."),
    )
    return 0


def _use(args: argparse.Namespace, out: Output) -> int:
    with open_store(args) as store:
        info = use_ceremony(store, args.id)
    out.result(info.as_json(), t("Active ceremony: {id} {title}", id=info.id, title=info.title))
    return 0


def _erase(args: argparse.Namespace, out: Output) -> int:
    with open_store(args) as store:
        if not args.yes:
            plan = erase_plan(store, args.id)
            if plan.already_erased:
                out.result(
                    plan.as_json(),
                    t("The signatures of {title} are already erased.", title=plan.title),
                )
                return 0
            raise CommandError(
                t(
                    "this would make the signatures of {records} record(s) of {title!r} "
                    "unreadable for good ({unsynced} not yet on the server, {print_jobs} "
                    "receipt(s) not yet printed); nothing was changed. Run again with --yes "
                    "to erase.",
                    records=plan.records,
                    title=plan.title,
                    unsynced=plan.unsynced,
                    print_jobs=plan.print_jobs,
                )
            )
        done = erase_signatures(store, args.id, discard_unsynced=args.discard_unsynced)
    if not done.erased:
        text = t("Already erased before; nothing changed.")
    else:
        text = t(
            "Erased the signatures of {records} record(s); the records and their chain stay. "
            "{cancelled} unprinted receipt(s) cancelled, {dropped} unsynced record(s) dropped "
            "from the outbox.",
            records=done.records,
            cancelled=done.print_jobs_cancelled,
            dropped=done.unsynced_discarded,
        )
    out.result(done.as_json(), text)
    return 0
