"""Campaign administration behind `pakta server campaign|report --campaign|chase-list ...`."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from pakta_common.files import atomic_output
from server import chase_list, clock
from server.campaign_report import campaign_report, chase_rows
from server.campaign_roster import RosterItems, import_campaign_roster
from server.campaigns import (
    campaign_units,
    campaign_zone,
    create_campaign,
    create_campaign_ceremony,
    find_campaign,
    list_campaigns,
    take_roster,
)
from server.commands import Outcome, _purge_actor, ceremony_payload, server_session
from server.scope import add_scoped_viewer
from server.stations import AdminError, audit


def campaign_create(url: str, title: str, instansi: str) -> Outcome:
    with server_session(url) as session:
        made = create_campaign(session, title=title, instansi=instansi, actor=_purge_actor())
        payload = {"id": made.id, "title": made.title, "instansi": made.instansi}
    return Outcome(
        payload,
        f"Campaign {payload['id']} ({payload['title']}) made; import its roster with "
        f"`pakta server roster import FILE --campaign {payload['id'][:8]}`",
    )


def campaign_list(url: str) -> Outcome:
    with server_session(url) as session:
        rows = [
            {
                "id": c.id,
                "title": c.title,
                "instansi": c.instansi,
                "roster_source": c.roster_source,
                "roster_imported_at": c.roster_imported_at,
            }
            for c in list_campaigns(session)
        ]
    lines = [f"{r['id'][:8]}  {r['title']}" for r in rows]
    return Outcome({"campaigns": rows}, "\n".join(lines) or "No campaigns yet")


def roster_import(url: str, ref: str, roster: RosterItems, source: str) -> Outcome:
    """Stream a roster file (SIASN export) into a campaign; one transaction."""
    with server_session(url) as session:
        result = import_campaign_roster(session, ref, roster, source=source, actor=_purge_actor())
    lines = [
        f"Imported {result.imported}, updated {result.updated}, unchanged {result.unchanged}, "
        f"rejected {len(result.rejected)}."
    ]
    lines += [f"  row {r['row']}: {r['reason']}" for r in result.rejected[:200]]
    if len(result.rejected) > 200:
        lines.append(f"  ... and {len(result.rejected) - 200} more (see --json)")
    return Outcome(result.as_json(), "\n".join(lines))


def ceremony_create(
    url: str,
    campaign: str,
    title: str,
    date: str,
    venue: str,
    organizer: str,
    expected: int | None,
    pledge_text: str,
    units: list[str],
    identifiers: list[str],
) -> Outcome:
    """A ceremony of a campaign, its roster taken from the campaign's (units, a list)."""
    with server_session(url) as session:
        made, taken = create_campaign_ceremony(
            session,
            campaign,
            title=title,
            date=date,
            venue=venue,
            organizer=organizer,
            expected=expected,
            pledge_text=pledge_text,
            units=units,
            identifiers=identifiers,
            actor=_purge_actor(),
        )
        payload = {
            **ceremony_payload(session, made)[0],
            "campaign": made.campaign_id,
            "roster": taken.roster,
        }
    return Outcome(
        payload,
        f"Ceremony {payload['id']} ({payload['title']}, {payload['date']}) of the campaign, "
        f"with {payload['roster']} people from its roster; enrolled desks get it at their "
        "next sync",
    )


def ceremony_take(url: str, ref: str, units: list[str], identifiers: list[str]) -> Outcome:
    with server_session(url) as session:
        taken = take_roster(session, ref, units, identifiers, actor=_purge_actor())
    return Outcome(
        taken.as_json(),
        f"Added {taken.added} people of the campaign to ceremony {taken.ceremony}; "
        f"its roster now holds {taken.roster}",
    )


def report(url: str, ref: str, unit: str | None) -> Outcome:
    with server_session(url) as session:
        campaign = find_campaign(session, ref)
        _check_unit(session, campaign.id, unit)
        result = campaign_report(session, campaign, unit)
        payload = result.as_json()
        audit(session, _purge_actor(), "campaign_report", campaign=campaign.id, unit=unit)
    lines = [
        f"{payload['title']}: signed {payload['signed']} of {payload['expected']} "
        f"(not on the roster: {payload['walk_ins']})"
    ]
    lines += [
        f"  {u['unit'][:50]:<50} {u['signed']:>7} / {u['expected']:<7}" for u in payload["units"]
    ]
    return Outcome(payload, "\n".join(lines))


def _check_unit(session: Session, campaign_id: str, unit: str | None) -> None:
    if unit is not None and unit not in campaign_units(session, campaign_id):
        raise AdminError(f"no unit {unit!r} in the campaign's roster")


def chase(url: str, ref: str, unit: str | None, fmt: str, out: Path) -> Outcome:
    """The chase list of one unit (or all) to a file, written whole or not at all; audited."""
    if fmt not in chase_list.FORMATS:
        raise AdminError(f"--format must be one of {', '.join(chase_list.FORMATS)}")
    actor = _purge_actor()
    with server_session(url) as session:
        campaign = find_campaign(session, ref)
        _check_unit(session, campaign.id, unit)
        heading = chase_list.ChaseHeading(
            campaign.title,
            campaign.instansi,
            clock.now(),
            actor,
            campaign_zone(session, campaign.id),
        )
        try:
            with atomic_output(out) as fh:
                rows = chase_list.export(
                    fh, chase_rows(session, campaign.id, unit), fmt, heading, unit
                )
        except OSError as exc:
            raise AdminError(f"cannot write {out}: {exc.strerror or exc}") from None
        audit(
            session,
            actor,
            "chase_list_export",
            campaign=campaign.id,
            unit=unit,
            format=fmt,
            rows=rows,
            path=str(out)[:200],
        )
    return Outcome(
        {"path": str(out), "rows": rows, "campaign": campaign.id, "unit": unit, "format": fmt},
        f"{rows} people not signed yet written to {out}",
    )


def user_add_scoped(url: str, name: str, password: str, campaign: str, unit: str) -> Outcome:
    """A viewer who sees one unit of one campaign, nothing else (server.scope)."""
    with server_session(url) as session:
        user = add_scoped_viewer(session, name, password, campaign, unit, actor=_purge_actor())
        payload = {
            "user": user.name,
            "role": user.role,
            "campaign": user.scope_campaign,
            "unit": user.scope_unit,
        }
    return Outcome(
        payload, f"Added viewer {payload['user']}, limited to {payload['unit']} of the campaign"
    )
