"""Ceremonies, pledge templates and rosters published by stations (as server.ownership
allows), and pulled back by others."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from pakta_common.wire import (
    ConsentFormText,
    PublishRequest,
    PublishResponse,
    PullResponse,
    WireCeremony,
    WireEmployee,
    WireSigning,
    WireTemplate,
)
from server import clock
from server.db import CHANGE, among
from server.ingest import StationIdentity
from server.models import Ceremony, Counter, HubApproval, Record, RosterEntry, Station, Template
from server.ownership import CEREMONY_FIELDS, EMPLOYEE_FIELDS, check_publish

CURSOR_PREFIX = "c"


class BadCursor(ValueError):
    pass


def encode_cursor(value: int) -> str:
    return f"{CURSOR_PREFIX}{value}"


_CURSOR = re.compile(r"c[0-9]{1,19}", re.ASCII)
MAX_CHANGE = 2**63 - 1  # change numbers are BIGINT


def decode_cursor(text: str) -> int:
    """The change number in a cursor this server issued; ASCII digits only (str.isdigit would
    take Arabic-Indic and other digits), and no more than a BIGINT holds."""
    if not text:
        return 0
    if not _CURSOR.fullmatch(text) or int(text[1:]) > MAX_CHANGE:
        raise BadCursor("cursor was not issued by this server")
    return int(text[1:])


def publish(session: Session, station: StationIdentity, request: PublishRequest) -> PublishResponse:
    """Upsert a ceremony, its template and its roster as server.ownership allows (raises
    ownership.Refused otherwise); changed rows get new change numbers."""
    base = int(
        session.execute(
            select(Counter.value).where(Counter.name == CHANGE).with_for_update()
        ).scalar_one()
    )
    owner = check_publish(session, station.station_uuid, request)
    seq = base
    now = clock.now_iso()
    tpl = request.template
    cer = request.ceremony
    if session.get(Template, tpl.id) is None:
        seq += 1
        session.add(Template(**tpl.model_dump(), change_seq=seq))
    row = session.get(Ceremony, cer.id)
    values = cer.model_dump(exclude={"campaign_id"})  # only the organiser joins a campaign
    if row is None:
        seq += 1
        session.add(
            Ceremony(
                **values,
                owner_station=station.station_uuid,
                published_by=station.name,
                updated_at=now,
                change_seq=seq,
            )
        )
    elif owner and any(getattr(row, f) != values[f] for f in CEREMONY_FIELDS):
        seq += 1
        for f in CEREMONY_FIELDS:
            setattr(row, f, values[f])
        row.published_by, row.updated_at, row.change_seq = station.name, now, seq
    session.flush()
    seq, changed = upsert_roster(session, cer.id, request.roster, now, seq, change_existing=owner)
    if seq != base:
        session.execute(update(Counter).where(Counter.name == CHANGE).values(value=seq))
    return PublishResponse(ceremony_id=cer.id, roster_changed=changed)


def upsert_roster(
    session: Session,
    ceremony_id: str,
    roster: Sequence[WireEmployee],
    now: str,
    seq: int,
    *,
    change_existing: bool,
) -> tuple[int, int]:
    """Add new entries (and, when allowed, update changed ones) under the caller's counter
    lock; returns the last change number used and how many entries changed."""
    existing = {
        r.identifier: r
        for r in session.scalars(select(RosterEntry).where(RosterEntry.ceremony_id == ceremony_id))
    }
    changed = 0
    seen: set[str] = set()
    for emp in roster:
        if emp.identifier in seen:
            continue
        seen.add(emp.identifier)
        old = existing.get(emp.identifier)
        fields = {f: getattr(emp, f) for f in EMPLOYEE_FIELDS}
        if old is None:
            seq += 1
            session.add(
                RosterEntry(
                    ceremony_id=ceremony_id,
                    identifier=emp.identifier,
                    updated_at=now,
                    change_seq=seq,
                    **fields,
                )
            )
            changed += 1
        elif change_existing and any(getattr(old, f) != v for f, v in fields.items()):
            seq += 1
            for f, v in fields.items():
                setattr(old, f, v)
            old.updated_at, old.change_seq = now, seq
            changed += 1
    return seq, changed


def _template(row: Template) -> WireTemplate:
    return WireTemplate(
        id=row.id,
        code=row.code,
        version=row.version,
        title=row.title,
        language=row.language,
        text=row.text,
        sha256=row.sha256,
    )


def _ceremony(row: Ceremony) -> WireCeremony:
    return WireCeremony(
        id=row.id,
        title=row.title,
        date=row.date,
        venue=row.venue,
        organizer=row.organizer,
        expected=row.expected,
        template_id=row.template_id,
        min_read_s=row.min_read_s,
        consent_form=cast(ConsentFormText, row.consent_form),  # stored from a validated wire
        timezone=row.timezone,
        campaign_id=row.campaign_id,
    )


def _employee(row: RosterEntry) -> WireEmployee:
    return WireEmployee(
        ceremony_id=row.ceremony_id,
        identifier=row.identifier,
        **{f: getattr(row, f) for f in EMPLOYEE_FIELDS},
    )


_SIGNING_COLUMNS = (
    Record.id,
    Record.kind,
    Record.refers_to,
    Record.ceremony_id,
    Record.identifier,
    Record.name,
    Record.unit,
    Record.station_id,
    Record.signed_at,
    Record.change_seq,
)


def pull_page(session: Session, station_uuid: str, cursor: int, limit: int) -> PullResponse:
    """Everything changed after ``cursor``, up to ``limit`` rows of each kind, in change order.

    The cursor is a position in the server's change counter; all rows at or below the
    counter's committed value are committed (writers hold the counter row), so none is skipped.
    """
    top = int(session.scalar(select(Counter.value).where(Counter.name == CHANGE)) or 0)
    kinds: dict[str, list[Any]] = {}
    window = (cursor, top)

    def page(model: Any, *extra: Any) -> list[Any]:
        rows = list(
            session.scalars(
                select(model)
                .where(model.change_seq > window[0], model.change_seq <= window[1], *extra)
                .order_by(model.change_seq)
                .limit(limit + 1)
            )
        )
        return rows

    kinds["templates"] = page(Template)
    kinds["ceremonies"] = page(Ceremony)
    kinds["employees"] = page(RosterEntry)
    # Signings as plain rows of the columns a desk is sent, not records (thirty-odd columns
    # each, loaded as ORM objects): every desk pulls after every push.
    kinds["signings"] = list(
        session.execute(
            select(*_SIGNING_COLUMNS)
            .where(
                Record.change_seq > window[0],
                Record.change_seq <= window[1],
                Record.station_id != station_uuid,
            )
            .order_by(Record.change_seq)
            .limit(limit + 1)
        )
    )
    caps = [rows[limit - 1].change_seq for rows in kinds.values() if len(rows) > limit]
    new_cursor = min(caps) if caps else top
    for name, rows in kinds.items():
        kinds[name] = [r for r in rows if r.change_seq <= new_cursor]
    # A page must be applicable on its own: add the ceremonies and templates its rows refer to.
    ceremonies = {c.id: c for c in kinds["ceremonies"]}
    needed = {e.ceremony_id for e in kinds["employees"]} - set(ceremonies)
    if needed:
        for c in session.scalars(select(Ceremony).where(Ceremony.id.in_(needed))):
            ceremonies[c.id] = c
    templates = {t.id: t for t in kinds["templates"]}
    wanted = {c.template_id for c in ceremonies.values()} - set(templates)
    if wanted:
        for t in session.scalars(select(Template).where(Template.id.in_(wanted))):
            templates[t.id] = t
    kinds["signings"] = _closings_by_owners(session, kinds["signings"])
    signers = sorted({r.station_id for r in kinds["signings"]})
    names = (
        dict(
            session.execute(
                select(Station.station_uuid, Station.name).where(
                    among(session, Station.station_uuid, signers)
                )
            ).all()
        )
        if signers
        else {}
    )
    where = _where_signed(session, {r.ceremony_id for r in kinds["signings"]})
    return PullResponse(
        cursor=encode_cursor(new_cursor),
        more=bool(caps),
        templates=[_template(t) for t in templates.values()],
        ceremonies=[_ceremony(c) for c in ceremonies.values()],
        employees=[_employee(e) for e in kinds["employees"]],
        signings=[
            WireSigning(
                id=r.id,
                kind=r.kind,
                refers_to=r.refers_to,
                ceremony_id=r.ceremony_id,
                identifier=r.identifier,
                name=r.name,
                unit=r.unit,
                station_id=r.station_id,
                station_name=names.get(r.station_id) or r.station_id[:8],
                signed_at=r.signed_at,
                **where.get(r.ceremony_id, {}),
            )
            for r in kinds["signings"]
        ],
    )


def _closings_by_owners(session: Session, records: list[Any]) -> list[Any]:
    """Of signings (rows of _SIGNING_COLUMNS), leave out closings other desks must not obey:
    a closing closes a ceremony at every desk, so only a desk trusted for the ceremony may
    send one to the others: the desk that owns it (server.ownership), or, for an organiser's
    ceremony (no owning desk), a desk an admin approved for it (``pakta server hub
    approve``). A closing made at any other desk, or for a ceremony this server does not know,
    is stored and verified like any record (its chain stays whole, the admin sees it) but
    closes no one else's desk."""
    closings = {(r.station_id, r.ceremony_id) for r in records if r.kind == "closing"}
    if not closings:
        return records
    trusted = {pair for pair in closings if may_close(session, *pair)}
    return [r for r in records if r.kind != "closing" or (r.station_id, r.ceremony_id) in trusted]


def may_close(session: Session, station_id: str, ceremony_id: str) -> bool:
    """May this desk close this ceremony for every desk (see _closings_by_owners)?"""
    ceremony = session.get(Ceremony, ceremony_id)
    if ceremony is None:
        return False
    if ceremony.owner_station:
        return ceremony.owner_station == station_id
    approved = session.scalar(
        select(HubApproval.id).where(
            HubApproval.station_uuid == station_id, HubApproval.ceremony_id == ceremony_id
        )
    )
    return approved is not None


def _where_signed(session: Session, ceremony_ids: set[str]) -> dict[str, dict[str, str]]:
    """Campaign, title and date of the campaign ceremonies signings were made at (the desk of
    another ceremony of the same campaign says "already signed at <title>, <date>"); nothing
    for a ceremony of no campaign, whose signings stay as earlier desks know them."""
    if not ceremony_ids:
        return {}
    return {
        cid: {"campaign_id": campaign, "ceremony_title": title, "ceremony_date": date}
        for cid, campaign, title, date in session.execute(
            select(Ceremony.id, Ceremony.campaign_id, Ceremony.title, Ceremony.date).where(
                Ceremony.id.in_(sorted(ceremony_ids))
            )
        ).all()
        if campaign
    }
