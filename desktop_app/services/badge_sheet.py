"""`pakta badges`: the badge sheet of a ceremony's roster, each badge signed by this station
(documents.badges draws it)."""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.ceremony_ref import find_ceremony
from desktop_app.documents.badges import BadgeEntry, BadgeSheet
from desktop_app.services.badges import issue_badge_payload
from desktop_app.storage.models import Employee
from desktop_app.storage.store import Store


def load_badges(store: Store, ceremony_ref: str | None) -> BadgeSheet:
    """Badges for a ceremony's roster, in unit then name order, signed by this station."""
    with store.read() as session:
        ceremony = find_ceremony(session, ceremony_ref)
        people = list(session.scalars(select(Employee).where(Employee.ceremony_id == ceremony.id)))
        title, organizer = ceremony.title, ceremony.organizer
    people.sort(key=lambda e: (e.unit.casefold(), e.name.casefold(), e.identifier))
    badges = [
        BadgeEntry(
            e.name, e.identifier, e.id_kind, e.unit, issue_badge_payload(store, e.identifier)
        )
        for e in people
    ]
    return BadgeSheet(title, organizer, badges)
