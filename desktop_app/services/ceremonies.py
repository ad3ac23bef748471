"""Ceremony actions: create, list, choose the active one."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.ceremony_ref import find_ceremony
from desktop_app.clock import utc_now_iso
from desktop_app.domain.consent import (
    DEFAULT_MIN_READ_S,
    DEFAULT_TIMEZONE,
    MAX_MIN_READ_S,
    ConsentForm,
    timezone_name,
)
from desktop_app.domain.errors import InvalidInput, NotFound
from desktop_app.services.templates import default_template_text, ensure_template
from desktop_app.settings import ACTIVE_CEREMONY, get_setting, set_setting
from desktop_app.storage.models import Ceremony, Employee, PledgeTemplate
from desktop_app.storage.queries import live_pledges
from desktop_app.storage.store import Store


@dataclass(frozen=True)
class CeremonyInfo:
    id: str
    title: str
    date: str
    venue: str
    organizer: str
    expected: int | None
    roster: int
    signed: int
    active: bool
    template_id: str
    min_read_s: int = DEFAULT_MIN_READ_S
    consent_form: str = ConsentForm.SEPARATE.value
    timezone: str = DEFAULT_TIMEZONE

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "venue": self.venue,
            "organizer": self.organizer,
            "expected": self.expected,
            "roster": self.roster,
            "signed": self.signed,
            "active": self.active,
            "min_read_s": self.min_read_s,
            "consent_form": self.consent_form,
            "timezone": self.timezone,
        }


def _check_date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise InvalidInput(f"date must be YYYY-MM-DD, not {text!r}") from None


def create_ceremony(
    store: Store,
    *,
    title: str,
    date: str,
    venue: str,
    organizer: str = "",
    expected: int | None = None,
    pledge_text: str | None = None,
    min_read_s: int = DEFAULT_MIN_READ_S,
    consent_form: str = ConsentForm.SEPARATE.value,
    timezone: str = DEFAULT_TIMEZONE,
) -> CeremonyInfo:
    """A new ceremony; it becomes the active one if none is.

    ``min_read_s``: seconds the pledge is on screen before consent counts; ``consent_form``
    separate or compact; ``timezone`` WIB, WITA, WIT or an IANA name (stored as IANA)."""
    title, venue = title.strip(), venue.strip()
    if not title:
        raise InvalidInput("ceremony title is empty")
    if not venue:
        raise InvalidInput("ceremony venue is empty")
    if expected is not None and expected < 0:
        raise InvalidInput("expected attendance cannot be negative")
    iso_date = _check_date(date)
    options = consent_options(min_read_s, consent_form, timezone)
    with store.write() as session:
        template = ensure_template(session, pledge_text or default_template_text())
        ceremony = Ceremony(
            id=str(uuid.uuid4()),
            title=title,
            date=iso_date,
            venue=venue,
            organizer=organizer.strip(),
            expected=expected,
            template_id=template.id,
            created_at=utc_now_iso(),
            **options,
        )
        session.add(ceremony)
        if not get_setting(session, ACTIVE_CEREMONY):
            set_setting(session, ACTIVE_CEREMONY, ceremony.id)
        session.flush()
        return _info(session, ceremony)


def consent_options(min_read_s: int, consent_form: str, timezone: str) -> dict[str, object]:
    """The ceremony's consent options, checked; InvalidInput says what is wrong."""
    if isinstance(min_read_s, bool) or not isinstance(min_read_s, int):
        raise InvalidInput("the minimum reading time must be a whole number of seconds")
    if not 0 <= min_read_s <= MAX_MIN_READ_S:
        raise InvalidInput(f"the minimum reading time must be 0 to {MAX_MIN_READ_S} seconds")
    try:
        form = ConsentForm(consent_form)
    except ValueError:
        raise InvalidInput("the consent form must be 'separate' or 'compact'") from None
    try:
        zone = timezone_name(timezone)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    return {"min_read_s": min_read_s, "consent_form": form.value, "timezone": zone}


def list_ceremonies(store: Store) -> list[CeremonyInfo]:
    with store.read() as session:
        rows = session.scalars(select(Ceremony).order_by(Ceremony.date, Ceremony.created_at))
        return [_info(session, c) for c in rows]


def use_ceremony(store: Store, ceremony_ref: str) -> CeremonyInfo:
    with store.write() as session:
        ceremony = find_ceremony(session, ceremony_ref)
        set_setting(session, ACTIVE_CEREMONY, ceremony.id)
        return _info(session, ceremony)


def ceremony_info(store: Store, ref: str | None = None) -> CeremonyInfo:
    with store.read() as session:
        return _info(session, find_ceremony(session, ref))


def ceremony_template(session: Session, ceremony: Ceremony) -> PledgeTemplate:
    template = session.get(PledgeTemplate, ceremony.template_id)
    if template is None:  # the foreign key makes this unreachable short of a damaged store
        raise NotFound(f"pledge template of ceremony {ceremony.id} is missing")
    return template


def _info(session: Session, ceremony: Ceremony) -> CeremonyInfo:
    roster = session.scalar(
        select(func.count()).select_from(Employee).where(Employee.ceremony_id == ceremony.id)
    )
    live = live_pledges(ceremony.id)
    signed = session.scalar(select(func.count(func.distinct(live.c.identifier))))
    return CeremonyInfo(
        id=ceremony.id,
        title=ceremony.title,
        date=ceremony.date,
        venue=ceremony.venue,
        organizer=ceremony.organizer,
        expected=ceremony.expected,
        roster=roster or 0,
        signed=signed or 0,
        active=get_setting(session, ACTIVE_CEREMONY) == ceremony.id,
        template_id=ceremony.template_id,
        min_read_s=ceremony.min_read_s,
        consent_form=ceremony.consent_form,
        timezone=ceremony.timezone,
    )
