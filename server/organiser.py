"""The organiser's side: ceremonies, pledge versions and rosters made on the server (CLI and
admin pages), pulled by the enrolled desks. Audited; the rules are server.ownership's."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from pakta_common.integrity.record_hash import text_sha256
from pakta_common.wire import WireEmployee
from server import clock
from server.catalog import upsert_roster
from server.db import CHANGE
from server.models import Ceremony, Counter, RosterEntry, Template
from server.ownership import ORGANISER, Refused, check_pledge_change
from server.retention import resolve_ceremony
from server.stations import AdminError, audit

PLEDGE_CODE = "pakta-netralitas-asn"
MAX_PLEDGE_CHARS = 20_000
MAX_FIELD = 300


@dataclass(frozen=True)
class RosterLine:
    """One good roster row as the station's roster reader read it (row = spreadsheet row)."""

    row: int
    identifier: str
    id_kind: str
    name: str
    rank: str = ""
    position: str = ""
    unit: str = ""
    instansi: str = ""


@dataclass
class RosterImport:
    ceremony: str
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[dict[str, object]] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "ceremony": self.ceremony,
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
        }


def normalise_pledge(text: str) -> str:
    """The pledge exactly as desks will show and hash it (LF line ends, no outer blanks)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise AdminError("the pledge text is empty")
    if len(text) > MAX_PLEDGE_CHARS:
        raise AdminError(f"the pledge text is too long ({len(text)} characters)")
    return text


def _lock(session: Session) -> int:
    return int(
        session.execute(
            select(Counter.value).where(Counter.name == CHANGE).with_for_update()
        ).scalar_one()
    )


def _set_change(session: Session, seq: int) -> None:
    session.execute(update(Counter).where(Counter.name == CHANGE).values(value=seq))


def _template_for(session: Session, text: str, seq: int) -> tuple[Template, int]:
    """The stored template with exactly this text, else a new version of the pledge."""
    text = normalise_pledge(text)
    digest = text_sha256(text)
    found = session.scalars(select(Template).where(Template.sha256 == digest)).first()
    if found is not None:
        return found, seq
    version = int(
        session.scalar(select(func.max(Template.version)).where(Template.code == PLEDGE_CODE)) or 0
    )
    seq += 1
    row = Template(
        id=str(uuid.uuid4()),
        code=PLEDGE_CODE,
        version=version + 1,
        title=text.splitlines()[0][:200],
        language="id",
        text=text,
        sha256=digest,
        change_seq=seq,
    )
    session.add(row)
    session.flush()
    return row, seq


def _field(label: str, value: str, *, required: bool = True) -> str:
    value = value.strip()
    if required and not value:
        raise AdminError(f"the ceremony {label} is empty")
    if len(value) > MAX_FIELD:
        raise AdminError(f"the ceremony {label} is longer than {MAX_FIELD} characters")
    return value


def _date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise AdminError(f"the date must be YYYY-MM-DD, not {text!r}") from None


def create_ceremony(
    session: Session,
    *,
    title: str,
    date: str,
    venue: str,
    organizer: str = "",
    expected: int | None = None,
    pledge_text: str | None = None,
    template_id: str = "",
    actor: str,
) -> Ceremony:
    """A ceremony owned by the organiser, with a pledge (a new text, or a stored version)."""
    values = {
        "title": _field("title", title),
        "date": _date(date),
        "venue": _field("venue", venue),
        "organizer": _field("organiser", organizer, required=False),
    }
    if expected is not None and not 0 <= expected <= 10_000_000:
        raise AdminError("expected attendance must be between 0 and 10,000,000")
    seq = _lock(session)
    if pledge_text:
        template, seq = _template_for(session, pledge_text, seq)
    else:
        found = session.get(Template, template_id) if template_id else None
        if found is None:
            raise AdminError("give the pledge text (or choose a stored pledge version)")
        template = found
    seq += 1
    now = clock.now_iso()
    ceremony = Ceremony(
        id=str(uuid.uuid4()),
        expected=expected,
        template_id=template.id,
        owner_station=ORGANISER,
        published_by=actor[:120],
        updated_at=now,
        change_seq=seq,
        **values,
    )
    session.add(ceremony)
    _set_change(session, seq)
    audit(
        session,
        actor,
        "ceremony_create",
        ceremony=ceremony.id,
        title=ceremony.title,
        pledge=template.id,
        pledge_sha256=template.sha256,
    )
    session.flush()
    return ceremony


def new_pledge_version(session: Session, ref: str, text: str, *, actor: str) -> Template:
    """An explicit new pledge for a ceremony (admin): only before its first signing."""
    seq = _lock(session)
    ceremony = session.get(Ceremony, resolve_ceremony(session, ref))
    if ceremony is None:
        raise AdminError(f"no ceremony {ref!r} on this server (only records name it)")
    template, seq = _template_for(session, text, seq)
    if template.id == ceremony.template_id:
        return template
    try:
        check_pledge_change(session, ceremony, template.id)
    except Refused as exc:
        raise AdminError(str(exc)) from None
    old = ceremony.template_id
    seq += 1
    ceremony.template_id, ceremony.change_seq = template.id, seq
    ceremony.updated_at = clock.now_iso()
    _set_change(session, seq)
    audit(
        session,
        actor,
        "ceremony_pledge",
        ceremony=ceremony.id,
        old_pledge=old,
        new_pledge=template.id,
        pledge_sha256=template.sha256,
    )
    return template


def import_roster(
    session: Session,
    ref: str,
    rows: Sequence[RosterLine],
    rejected: Sequence[tuple[int, str]],
    *,
    source: str,
    actor: str,
) -> RosterImport:
    """Good rows in (new ones added, changed ones updated), bad rows reported; an admin
    may change any ceremony's roster."""
    seq = _lock(session)
    ceremony_id = resolve_ceremony(session, ref)
    if session.get(Ceremony, ceremony_id) is None:
        raise AdminError(f"no ceremony {ref!r} on this server (only records name it)")
    result = RosterImport(ceremony_id, rejected=[{"row": r, "reason": w} for r, w in rejected])
    entries = [
        WireEmployee(
            ceremony_id=ceremony_id,
            identifier=line.identifier,
            id_kind=line.id_kind,
            name=line.name,
            rank=line.rank,
            position=line.position,
            unit=line.unit,
            instansi=line.instansi,
        )
        for line in rows
    ]
    before = set(
        session.scalars(
            select(RosterEntry.identifier).where(RosterEntry.ceremony_id == ceremony_id)
        )
    )
    new_seq, changed = upsert_roster(
        session, ceremony_id, entries, clock.now_iso(), seq, change_existing=True
    )
    added = len({e.identifier for e in entries} - before)
    result.imported, result.updated = added, changed - added
    result.unchanged = len({e.identifier for e in entries}) - changed
    if new_seq != seq:
        _set_change(session, new_seq)
    audit(
        session,
        actor,
        "roster_import",
        ceremony=ceremony_id,
        source=source[:200],
        imported=result.imported,
        updated=result.updated,
        rejected=len(result.rejected),
    )
    return result


def pledge_versions(session: Session) -> list[Template]:
    return list(session.scalars(select(Template).order_by(Template.code, Template.version)))
