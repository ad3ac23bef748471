"""Ceremonies, pledge texts and rosters: published to the server, and pulled pages checked and
applied."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.clock import utc_now_iso
from desktop_app.domain.consent import DEFAULT_TIMEZONE, timezone_name
from desktop_app.storage.models import Ceremony, Employee, PledgeTemplate, SignedPledge
from desktop_app.storage.store import Store
from desktop_app.storage.sync_models import PublishedCeremony, RemoteSigning, SyncServer
from desktop_app.storage.venue_models import VenueLink
from pakta_common.integrity.record_hash import text_sha256
from pakta_common.wire import (
    ConsentFormText,
    PublishRequest,
    PullResponse,
    WireCeremony,
    WireEmployee,
    WireTemplate,
)

log = logging.getLogger(__name__)
_EMPLOYEE_FIELDS = ("id_kind", "name", "rank", "position", "unit", "instansi")


@dataclass(frozen=True)
class Publication:
    request: PublishRequest
    digest: str


def publications_due(store: Store, published: dict[str, str] | None = None) -> list[Publication]:
    """Ceremonies whose details, text or roster changed since this station last published
    them to the central server, or to the venue hub when ``published`` gives the digests the
    hub has (ceremony id -> fingerprint).

    To the central server, a ceremony this desk holds exactly as it pulled it from its venue
    hub is not due: it is the host desk's, and the host publishes it (docs/venue.md); a
    walk-in added here changes it, and then this desk publishes it like any other."""
    due: list[Publication] = []
    with store.read() as session:
        venue_copies: dict[str, str] = {}
        if published is None:
            published = dict(
                session.execute(
                    select(PublishedCeremony.ceremony_id, PublishedCeremony.digest)
                ).all()
            )
            venue_copies = _venue_members_copies(session)
        for ceremony in session.scalars(select(Ceremony).order_by(Ceremony.created_at)):
            template = session.get(PledgeTemplate, ceremony.template_id)
            if template is None:
                continue
            digest = _fingerprint(session, ceremony, template)
            if digest in (published.get(ceremony.id), venue_copies.get(ceremony.id)):
                continue  # unchanged: the roster is not even read
            due.append(Publication(_request(session, ceremony, template), digest))
    return due


def _venue_members_copies(session: Session) -> dict[str, str]:
    """The ceremonies a member desk pulled from its venue hub, as it pulled them."""
    link = session.get(VenueLink, 1)
    if link is None or link.role == "host":
        return {}
    copies = json.loads(link.venue_digests or "{}")
    return {str(k): str(v) for k, v in copies.items()} if isinstance(copies, dict) else {}


def publication_of(store: Store, ceremony_id: str) -> PublishRequest:
    """What this station would publish of a ceremony, changed or not."""
    with store.read() as session:
        ceremony = session.get(Ceremony, ceremony_id)
        template = session.get(PledgeTemplate, ceremony.template_id) if ceremony else None
        if ceremony is None or template is None:
            raise LookupError(f"no ceremony {ceremony_id} with its pledge on this station")
        return _request(session, ceremony, template)


def _request(session: Session, ceremony: Ceremony, template: PledgeTemplate) -> PublishRequest:
    roster = [
        WireEmployee(
            ceremony_id=ceremony.id,
            identifier=e.identifier,
            **{f: getattr(e, f) for f in _EMPLOYEE_FIELDS},
        )
        for e in session.scalars(
            select(Employee)
            .where(Employee.ceremony_id == ceremony.id)
            .order_by(Employee.identifier)
        )
    ]
    return PublishRequest(
        ceremony=WireCeremony(
            id=ceremony.id,
            title=ceremony.title,
            date=ceremony.date,
            venue=ceremony.venue,
            organizer=ceremony.organizer,
            expected=ceremony.expected,
            template_id=template.id,
            min_read_s=ceremony.min_read_s,
            consent_form=cast(ConsentFormText, ceremony.consent_form),  # checked on create
            timezone=ceremony.timezone,
        ),
        template=WireTemplate(
            id=template.id,
            code=template.code,
            version=template.version,
            title=template.title,
            language=template.language,
            text=template.text,
            sha256=template.sha256,
        ),
        roster=roster,
    )


def _fingerprint(session: Session, ceremony: Ceremony, template: PledgeTemplate) -> str:
    """Changes whenever what would be published changes: the ceremony's fields, its text, and
    the roster (every roster write sets updated_at; rows are never deleted)."""
    count, newest = session.execute(
        select(func.count(), func.max(Employee.updated_at)).where(
            Employee.ceremony_id == ceremony.id
        )
    ).one()
    basis = [
        ceremony.id,
        ceremony.title,
        ceremony.date,
        ceremony.venue,
        ceremony.organizer,
        ceremony.expected,
        ceremony.min_read_s,
        ceremony.consent_form,
        ceremony.timezone,
        template.id,
        template.sha256,
        count,
        newest,
    ]
    return hashlib.sha256(json.dumps(basis).encode("utf-8")).hexdigest()


def mark_published(store: Store, publication: Publication) -> None:
    with store.write() as session:
        row = session.get(PublishedCeremony, publication.request.ceremony.id)
        if row is None:
            session.add(
                PublishedCeremony(
                    ceremony_id=publication.request.ceremony.id,
                    digest=publication.digest,
                    published_at=utc_now_iso(),
                )
            )
        else:
            row.digest, row.published_at = publication.digest, utc_now_iso()


@dataclass
class PullApplied:
    """What one pulled page changed here, and the ceremony updates this desk refused.

    ``in_step``: ceremony id -> its fingerprint after the page, for the ceremonies this desk
    held nothing of that differs from the source's copy (what ``held`` said was the source's)
    or did not hold yet. The caller records them as "the source's own copy"."""

    applied: int = 0
    refused: list[Refusal] = field(default_factory=list)
    in_step: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Refusal:
    ceremony_id: str
    reason: str

    def as_json(self) -> dict[str, str]:
        return {"ceremony": self.ceremony_id, "reason": self.reason}


def apply_pull(store: Store, page: PullResponse) -> PullApplied:
    """Apply one page pulled from the central server and its cursor in one transaction.

    What the page brings to ceremonies that had nothing unpublished here is the server's own
    copy: it is marked published, so the desk does not send it back ("pulled = published")."""
    now = utc_now_iso()
    with store.write() as session:
        published = dict(
            session.execute(select(PublishedCeremony.ceremony_id, PublishedCeremony.digest)).all()
        )
        result = apply_page(session, store.station_id, page, published)
        for cid, digest in result.in_step.items():
            row = session.get(PublishedCeremony, cid)
            if row is None:
                session.add(PublishedCeremony(ceremony_id=cid, digest=digest, published_at=now))
            else:
                row.digest = digest
        server = session.get(SyncServer, 1)
        if server is not None:
            server.pull_cursor = page.cursor
            server.last_pull_at = now
    return result


def apply_page(
    session: Session, own_station_id: str, page: PullResponse, held: dict[str, str]
) -> PullApplied:
    """Apply a pulled page (from the central server or the venue hub) in the caller's
    transaction; the caller keeps the cursor and records ``in_step`` where its source's
    copies are remembered (``held``: ceremony id -> fingerprint of the source's copy).

    A pledge text is adopted only when it hashes to its sha256, a stored template id never
    takes another text, and a ceremony that already has signings here keeps its pledge: such
    a ceremony's update (details and roster in this page) is refused with a logged reason,
    and the rest of the page is applied. A signing already here (pulled by the other path)
    is not added twice."""
    now = utc_now_iso()
    result = PullApplied()
    touched = {c.id for c in page.ceremonies} | {e.ceremony_id for e in page.employees}
    in_step = _unchanged_since(session, touched, held)
    template_ids: dict[str, str] = {}
    bad_templates: dict[str, str] = {}
    for t in page.templates:
        local_id, problem = _apply_template(session, t, now)
        if problem:
            bad_templates[t.id] = problem
        else:
            template_ids[t.id] = local_id
    refused: set[str] = set()
    for c in page.ceremonies:
        problem = bad_templates.get(c.template_id) or _ceremony_problem(session, c, template_ids)
        if problem:
            refused.add(c.id)
            result.refused.append(Refusal(c.id, problem))
            log.warning("pull: refused the update of ceremony %s: %s", c.id, problem)
            continue
        if _apply_ceremony(session, c, template_ids, now):
            result.applied += 1
    result.applied += _apply_roster(
        session, [e for e in page.employees if e.ceremony_id not in refused], now
    )
    existing = set(
        session.scalars(
            select(RemoteSigning.id).where(RemoteSigning.id.in_([s.id for s in page.signings]))
        )
    )
    for s in page.signings:
        if s.id in existing or s.station_id == own_station_id:
            continue
        existing.add(s.id)
        session.add(
            RemoteSigning(
                id=s.id,
                kind=s.kind,
                refers_to=s.refers_to,
                ceremony_id=s.ceremony_id,
                identifier=s.identifier,
                name=s.name[:300],
                unit=s.unit[:300],
                station_id=s.station_id,
                station_name=s.station_name[:120],
                signed_at=s.signed_at,
                pulled_at=now,
                campaign_id=s.campaign_id[:36],
                ceremony_title=s.ceremony_title[:300],
                ceremony_date=s.ceremony_date[:10],
            )
        )
        result.applied += 1
    result.in_step = _fingerprints(session, in_step)
    return result


def _unchanged_since(session: Session, ceremony_ids: set[str], held: dict[str, str]) -> set[str]:
    """Of these ceremonies, those that are here exactly as ``held`` says the source has them
    (or are not here yet): what a page brings them is the source's own copy."""
    current: set[str] = set()
    for cid in ceremony_ids:
        ceremony = session.get(Ceremony, cid)
        if ceremony is None:
            current.add(cid)
            continue
        template = session.get(PledgeTemplate, ceremony.template_id)
        if template is not None and held.get(cid) == _fingerprint(session, ceremony, template):
            current.add(cid)
    return current


def _fingerprints(session: Session, ceremony_ids: set[str]) -> dict[str, str]:
    session.flush()
    digests: dict[str, str] = {}
    for cid in ceremony_ids:
        ceremony = session.get(Ceremony, cid)
        template = session.get(PledgeTemplate, ceremony.template_id) if ceremony else None
        if ceremony is not None and template is not None:
            digests[cid] = _fingerprint(session, ceremony, template)
    return digests


def _apply_template(session: Session, t: WireTemplate, now: str) -> tuple[str, str]:
    """(local id of this pledge text, "") — or ("", why it is refused)."""
    if text_sha256(t.text) != t.sha256:
        return "", f"pledge template {t.id}: its text does not match its sha256 (not adopted)"
    held = session.get(PledgeTemplate, t.id)
    if held is not None:
        if held.sha256 != t.sha256:
            return "", f"pledge template {t.id} arrived with another text than the one held here"
        return t.id, ""
    same_text = session.scalars(
        select(PledgeTemplate).where(PledgeTemplate.sha256 == t.sha256)
    ).first()
    if same_text is not None:
        return same_text.id, ""
    version = t.version
    taken = session.scalars(
        select(PledgeTemplate).where(
            PledgeTemplate.code == t.code, PledgeTemplate.version == t.version
        )
    ).first()
    if taken is not None:
        version = (
            int(
                session.scalar(
                    select(func.max(PledgeTemplate.version)).where(PledgeTemplate.code == t.code)
                )
                or 0
            )
            + 1
        )
    session.add(
        PledgeTemplate(
            id=t.id,
            code=t.code,
            version=version,
            title=t.title,
            language=t.language,
            text=t.text,
            sha256=t.sha256,
            created_at=now,
        )
    )
    session.flush()
    return t.id, ""


def _ceremony_problem(session: Session, c: WireCeremony, template_ids: dict[str, str]) -> str:
    """Why this desk will not apply a pulled ceremony row ("" when it will)."""
    template_id = template_ids.get(c.template_id, c.template_id)
    if session.get(PledgeTemplate, template_id) is None:
        return f"ceremony {c.id}: its pledge template {c.template_id} did not arrive"
    row = session.get(Ceremony, c.id)
    if row is None or row.template_id == template_id:
        return ""
    signed_here = session.scalar(
        select(SignedPledge.id).where(SignedPledge.ceremony_id == c.id).limit(1)
    )
    signed_elsewhere = session.scalar(
        select(RemoteSigning.id).where(RemoteSigning.ceremony_id == c.id).limit(1)
    )
    if signed_here is not None or signed_elsewhere is not None:
        return (
            f"ceremony {c.id} already has signings under its pledge; a new pledge never "
            "replaces it (make a new ceremony for a new text)"
        )
    return ""


def _apply_ceremony(
    session: Session, c: WireCeremony, template_ids: dict[str, str], now: str
) -> bool:
    template_id = template_ids.get(c.template_id, c.template_id)
    row = session.get(Ceremony, c.id)
    values = {
        "title": c.title,
        "date": c.date,
        "venue": c.venue,
        "organizer": c.organizer,
        "expected": c.expected,
        "template_id": template_id,
        "min_read_s": c.min_read_s,
        "consent_form": c.consent_form,
        "timezone": _zone(c.timezone, row.timezone if row is not None else DEFAULT_TIMEZONE),
        "campaign_id": c.campaign_id,
    }
    if row is None:
        session.add(Ceremony(id=c.id, created_at=now, **values))
        session.flush()
        return True
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def _zone(name: str, fallback: str) -> str:
    """A pulled ceremony's zone, if this station knows it (else the one it had)."""
    try:
        return timezone_name(name)
    except ValueError:
        return fallback


def _apply_roster(session: Session, employees: list[WireEmployee], now: str) -> int:
    applied = 0
    ceremonies = {e.ceremony_id for e in employees}
    present = set(session.scalars(select(Ceremony.id).where(Ceremony.id.in_(ceremonies))))
    rows = {
        (r.ceremony_id, r.identifier): r
        for r in session.scalars(
            select(Employee).where(
                Employee.ceremony_id.in_(present),
                Employee.identifier.in_({e.identifier for e in employees}),
            )
        )
    }
    for e in employees:
        if e.ceremony_id not in present:
            continue
        row = rows.get((e.ceremony_id, e.identifier))
        values = {f: getattr(e, f) for f in _EMPLOYEE_FIELDS}
        if row is None:
            row = Employee(
                ceremony_id=e.ceremony_id,
                identifier=e.identifier,
                source="sync",
                flagged=e.id_kind != "nip",
                updated_at=now,
                **values,
            )
            session.add(row)
            rows[(e.ceremony_id, e.identifier)] = row
            applied += 1
        elif any(getattr(row, f) != v for f, v in values.items()):
            for f, v in values.items():
                setattr(row, f, v)
            row.updated_at = now
            applied += 1
    return applied
