"""Desk actions around attendees: search by name or NIP, register a walk-in, recent records."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop_app.ceremony_ref import find_ceremony
from desktop_app.clock import utc_now_iso
from desktop_app.domain.consent import DEFAULT_MIN_READ_S, DEFAULT_TIMEZONE, ConsentForm
from desktop_app.domain.errors import CeremonyClosed, InvalidInput
from desktop_app.services.ceremonies import ceremony_template
from desktop_app.services.lookup import EmployeeView, employee_view
from desktop_app.storage.models import AuditEvent, Employee, SignedPledge
from desktop_app.storage.queries import CLOSING_KIND, closing_record_of, find_employee
from desktop_app.storage.store import Store
from pakta_common.nip import NipError, normalise_nip_text, parse_nip
from pakta_common.roster_file import MAX_FIELD

SEARCH_LIMIT = 20
_OTHER_ID = re.compile(r"[A-Za-z0-9\-]{3,40}")


@dataclass(frozen=True)
class PledgeText:
    """The desk's loaded pledge: the exact text and hash, and the ceremony's consent options.

    ``timezone`` is the ceremony's IANA zone (Asia/Jakarta WIB, Asia/Makassar WITA,
    Asia/Jayapura WIT): the desk shows times in it and records it with each signing."""

    ceremony_id: str
    ceremony_title: str
    venue: str
    date: str
    template_id: str
    text: str
    sha256: str
    min_read_s: int = DEFAULT_MIN_READ_S
    consent_form: str = ConsentForm.SEPARATE.value
    timezone: str = DEFAULT_TIMEZONE


@dataclass(frozen=True)
class RecentRecord:
    record_id: str
    kind: str
    identifier: str
    name: str
    unit: str
    signed_at: str
    flagged: bool


def pledge_text(store: Store, ceremony_ref: str | None = None) -> PledgeText:
    """The exact pledge text the desk shows for a ceremony, with its hash."""
    with store.read() as session:
        ceremony = find_ceremony(session, ceremony_ref)
        template = ceremony_template(session, ceremony)
        return PledgeText(
            ceremony_id=ceremony.id,
            ceremony_title=ceremony.title,
            venue=ceremony.venue,
            date=ceremony.date,
            template_id=template.id,
            text=template.text,
            sha256=template.sha256,
            min_read_s=ceremony.min_read_s,
            consent_form=ceremony.consent_form,
            timezone=ceremony.timezone,
        )


def search_employees(
    store: Store, query: str, ceremony_ref: str | None = None, limit: int = SEARCH_LIMIT
) -> list[EmployeeView]:
    """Roster members whose name contains the words of ``query``, or whose NIP starts with it."""
    query = query.strip()
    if len(query) < 2:
        return []
    digits = normalise_nip_text(query)
    by_nip = digits.isdigit()
    words = query.lower().split()
    with store.read() as session:
        ceremony = find_ceremony(session, ceremony_ref)
        # SQL narrows by NIP prefix or the first word; Python keeps names with every word.
        condition = (
            Employee.identifier.startswith(digits)
            if by_nip
            else func.lower(Employee.name).contains(words[0], autoescape=True)
        )
        rows = session.scalars(
            select(Employee)
            .where(Employee.ceremony_id == ceremony.id, condition)
            .order_by(Employee.name)
            .limit(limit * 10)
        ).all()
        matches = [r for r in rows if by_nip or all(w in r.name.lower() for w in words)]
        return [employee_view(r) for r in matches[:limit]]


def register_walk_in(
    store: Store,
    *,
    name: str,
    identifier: str,
    unit: str = "",
    position: str = "",
    rank: str = "",
    instansi: str = "",
    operator: str = "",
    ceremony_ref: str | None = None,
) -> EmployeeView:
    """Add an attendee who is not on the roster; flagged for the organiser's review."""
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("name is empty")
    fields = {
        "name": name,
        "unit": unit.strip(),
        "position": position.strip(),
        "rank": rank.strip(),
        "instansi": instansi.strip(),
    }
    for label, value in fields.items():
        if len(value) > MAX_FIELD:
            raise InvalidInput(f"{label} is longer than {MAX_FIELD} characters")
    ident_text = identifier.strip()
    try:
        ident, kind = parse_nip(ident_text).value, "nip"
    except NipError as exc:
        if ident_text.isdigit() or not _OTHER_ID.fullmatch(ident_text):
            raise InvalidInput(f"not a valid NIP or identifier: {exc}") from None
        ident, kind = ident_text.upper(), "other"
    now = utc_now_iso()
    with store.write() as session:
        ceremony = find_ceremony(session, ceremony_ref)
        if closing_record_of(session, ceremony.id) is not None:
            raise CeremonyClosed("this ceremony is closed: its berita acara is signed")
        if find_employee(session, ceremony.id, ident) is not None:
            raise InvalidInput(f"{ident} is already on the roster")
        row = Employee(
            ceremony_id=ceremony.id,
            identifier=ident,
            id_kind=kind,
            source="walk_in",
            flagged=True,
            updated_at=now,
            **fields,
        )
        session.add(row)
        session.add(
            AuditEvent(
                at=now,
                kind="walk_in",
                actor=operator,
                detail=json.dumps({"ceremony": ceremony.id, "identifier": ident}),
            )
        )
        session.flush()
        return employee_view(row)


def recent_records(
    store: Store, limit: int = 10, ceremony_ref: str | None = None
) -> list[RecentRecord]:
    with store.read() as session:
        ceremony = find_ceremony(session, ceremony_ref)
        rows = session.scalars(
            select(SignedPledge)
            .where(SignedPledge.ceremony_id == ceremony.id, SignedPledge.kind != CLOSING_KIND)
            .order_by(SignedPledge.signed_at.desc(), SignedPledge.station_seq.desc())
            .limit(limit)
        ).all()
        return [
            RecentRecord(
                record_id=r.id,
                kind=r.kind,
                identifier=r.identifier,
                name=r.name,
                unit=r.unit,
                signed_at=r.signed_at,
                flagged=r.flagged,
            )
            for r in rows
        ]
