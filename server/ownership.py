"""Who may change a ceremony, and its pledge text, on the server: desks publish, organisers make.

The rules (docs/security.md, "A rogue desk"):

- A ceremony made offline on a desk belongs to that desk (its station id), from its first
  publication. A ceremony made on the server (CLI or admin pages) belongs to the organiser.
- Only the owner desk (through ``publish``) or an admin (server.organiser) changes a
  ceremony's details, its pledge or its existing roster entries. Another desk may only add
  roster entries the server does not have yet (walk-ins registered at that desk); anything
  else it sends that differs from the server's copy is refused with 403 and a reason.
- Every pledge text is checked against its SHA-256 where it arrives; a template id, once
  stored, never takes another text.
- A ceremony's pledge changes only through an explicit new version, and only before its first
  signing reached the server; after that it is refused (409): make a new ceremony.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pakta_common.integrity.record_hash import text_sha256
from pakta_common.wire import PublishRequest, WireTemplate
from server.models import Ceremony, Record, RosterEntry, Station, Template

CEREMONY_FIELDS = (
    "title", "date", "venue", "organizer", "expected", "template_id",
    "min_read_s", "consent_form", "timezone",
)  # fmt: skip
EMPLOYEE_FIELDS = ("id_kind", "name", "rank", "position", "unit", "instansi")
ORGANISER = ""  # Ceremony.owner_station of the organiser's own ceremonies


class Refused(Exception):
    """A change the server will not make; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def check_template_text(template: WireTemplate) -> None:
    """The text must hash to the sha256 it travels with (422 otherwise)."""
    if text_sha256(template.text) != template.sha256:
        raise Refused(
            f"pledge template {template.id}: its text does not match its sha256; not stored", 422
        )


def check_template_unchanged(session: Session, template: WireTemplate) -> Template | None:
    """The stored template of this id, refusing a different text under the same id (409)."""
    row = session.get(Template, template.id)
    if row is not None and row.sha256 != template.sha256:
        raise Refused(
            f"pledge template {template.id} is already stored with another text; "
            "a changed pledge is a new version with a new id",
            409,
        )
    return row


def has_signings(session: Session, ceremony_id: str) -> bool:
    found = session.scalar(select(Record.id).where(Record.ceremony_id == ceremony_id).limit(1))
    return found is not None


def owner_name(session: Session, ceremony: Ceremony) -> str:
    if ceremony.owner_station == ORGANISER:
        return "the organiser (made on the server)"
    name = session.scalar(
        select(Station.name).where(Station.station_uuid == ceremony.owner_station)
    )
    return f"desk {name!r}" if name else f"desk {ceremony.owner_station[:8]}"


def check_pledge_change(session: Session, ceremony: Ceremony, new_template_id: str) -> None:
    """A ceremony's pledge may change only before its first signing reached the server."""
    if ceremony.template_id != new_template_id and has_signings(session, ceremony.id):
        count = session.scalar(
            select(func.count()).select_from(Record).where(Record.ceremony_id == ceremony.id)
        )
        raise Refused(
            f"ceremony {ceremony.id} already has {count} signed record(s) under its pledge; "
            "its pledge cannot change now: make a new ceremony for the new text",
            409,
        )


def check_publish(session: Session, station_uuid: str, request: PublishRequest) -> bool:
    """Refuse what this desk may not publish; True when it is the ceremony's owner (or the
    ceremony is new, so it becomes the owner)."""
    cer = request.ceremony
    if cer.template_id != request.template.id:
        raise Refused("the ceremony's template_id does not match the template sent", 422)
    if any(e.ceremony_id != cer.id for e in request.roster):
        raise Refused("roster entries must belong to the ceremony published", 422)
    check_template_text(request.template)
    check_template_unchanged(session, request.template)
    row = session.get(Ceremony, cer.id)
    if row is None:
        return True
    if row.owner_station == station_uuid:
        check_pledge_change(session, row, cer.template_id)
        return True
    whose = owner_name(session, row)
    values = cer.model_dump()
    changed = [f for f in CEREMONY_FIELDS if getattr(row, f) != values[f]]
    if changed:
        raise Refused(
            f"ceremony {cer.id} belongs to {whose}; only it or an admin changes it "
            f"(refused change of {', '.join(changed)})",
            403,
        )
    wanted = {e.identifier: e for e in request.roster}
    renamed = [
        r.identifier
        for r in session.scalars(
            select(RosterEntry).where(
                RosterEntry.ceremony_id == cer.id, RosterEntry.identifier.in_(list(wanted))
            )
        )
        if any(getattr(r, f) != getattr(wanted[r.identifier], f) for f in EMPLOYEE_FIELDS)
    ]
    if renamed:
        shown = ", ".join(renamed[:5]) + (" ..." if len(renamed) > 5 else "")
        raise Refused(
            f"ceremony {cer.id} belongs to {whose}; another desk may add walk-ins to its "
            f"roster but not change entries ({len(renamed)} changed: {shown})",
            403,
        )
    return False
