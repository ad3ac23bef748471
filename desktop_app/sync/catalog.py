"""Ceremonies, pledge texts and rosters: published to the server, and pulled pages applied."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.clock import utc_now_iso
from desktop_app.storage.models import Ceremony, Employee, PledgeTemplate
from desktop_app.storage.store import Store
from desktop_app.storage.sync_models import PublishedCeremony, RemoteSigning, SyncServer
from desktop_app.sync.wire import (
    PublishRequest,
    PullResponse,
    WireCeremony,
    WireEmployee,
    WireTemplate,
)

_EMPLOYEE_FIELDS = ("id_kind", "name", "rank", "position", "unit", "instansi")


@dataclass(frozen=True)
class Publication:
    request: PublishRequest
    digest: str


def publications_due(store: Store, published: dict[str, str] | None = None) -> list[Publication]:
    """Ceremonies whose details, text or roster changed since this station last published
    (to the central server, or to whatever ``published`` digests by ceremony id stand for)."""
    due: list[Publication] = []
    with store.read() as session:
        if published is None:
            published = dict(
                session.execute(
                    select(PublishedCeremony.ceremony_id, PublishedCeremony.digest)
                ).all()
            )
        for ceremony in session.scalars(select(Ceremony).order_by(Ceremony.created_at)):
            template = session.get(PledgeTemplate, ceremony.template_id)
            if template is None:
                continue
            digest = _fingerprint(session, ceremony, template)
            if published.get(ceremony.id) == digest:
                continue  # unchanged: the roster is not even read
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
            request = PublishRequest(
                ceremony=WireCeremony(
                    id=ceremony.id,
                    title=ceremony.title,
                    date=ceremony.date,
                    venue=ceremony.venue,
                    organizer=ceremony.organizer,
                    expected=ceremony.expected,
                    template_id=template.id,
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
            due.append(Publication(request, digest))
    return due


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


def apply_pull(store: Store, page: PullResponse) -> int:
    """Apply one pulled page and its cursor in one transaction; returns the items applied."""
    with store.write() as session:
        applied = apply_page(session, store.station_id, page)
        server = session.get(SyncServer, 1)
        if server is not None:
            server.pull_cursor = page.cursor
            server.last_pull_at = utc_now_iso()
    return applied


def apply_page(session: Session, own_station_id: str, page: PullResponse) -> int:
    """Apply a pulled page (from the central server or the venue hub) in the caller's
    transaction; the caller keeps the cursor. A signing already here (pulled by the other
    path) is not added twice."""
    now = utc_now_iso()
    applied = 0
    template_ids = {t.id: _apply_template(session, t, now) for t in page.templates}
    for c in page.ceremonies:
        if _apply_ceremony(session, c, template_ids, now):
            applied += 1
    applied += _apply_roster(session, page.employees, now)
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
            )
        )
        applied += 1
    return applied


def _apply_template(session: Session, t: WireTemplate, now: str) -> str:
    """The local id of this pledge text (the same text may already be here under another id)."""
    if session.get(PledgeTemplate, t.id) is not None:
        return t.id
    same_text = session.scalars(
        select(PledgeTemplate).where(PledgeTemplate.sha256 == t.sha256)
    ).first()
    if same_text is not None:
        return same_text.id
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
    return t.id


def _apply_ceremony(
    session: Session, c: WireCeremony, template_ids: dict[str, str], now: str
) -> bool:
    template_id = template_ids.get(c.template_id, c.template_id)
    if session.get(PledgeTemplate, template_id) is None:
        return False  # never expected: the server sends a ceremony's template with it
    row = session.get(Ceremony, c.id)
    values = {
        "title": c.title,
        "date": c.date,
        "venue": c.venue,
        "organizer": c.organizer,
        "expected": c.expected,
        "template_id": template_id,
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
