"""Badge text → employee of the ceremony, as a typed result; never raises for bad text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from desktop_app.ceremony_ref import find_ceremony
from desktop_app.domain.badge import BadgeForm, parse_badge_text
from desktop_app.services.badges import check_badge_signature
from desktop_app.storage.models import Employee
from desktop_app.storage.queries import (
    SigningRef,
    closing_record_of,
    employee_row,
    live_pledges_of,
)
from desktop_app.storage.store import Store
from desktop_app.sync.remote import signed_elsewhere, signed_here_in_campaign

_OTHER_ID = re.compile(r"[A-Za-z0-9\-]{3,40}")


class LookupStatus(StrEnum):
    FOUND = "found"
    ALREADY_SIGNED = "already_signed"
    UNKNOWN = "unknown"
    INVALID = "invalid"
    CLOSED = "closed"  # the ceremony's berita acara is signed: no more signings


@dataclass(frozen=True)
class EmployeeView:
    identifier: str
    id_kind: str
    name: str
    rank: str
    position: str
    unit: str
    instansi: str
    flagged: bool


@dataclass(frozen=True)
class SignedView:
    record_id: str
    signed_at: str
    station_id: str
    station_name: str
    # Set when it was signed at another ceremony of the same campaign (signed anywhere counts).
    ceremony_id: str = ""
    ceremony_title: str = ""
    ceremony_date: str = ""

    @property
    def other_ceremony(self) -> bool:
        return bool(self.ceremony_id)


@dataclass(frozen=True)
class LookupResult:
    status: LookupStatus
    ceremony_id: str = ""
    identifier: str = ""
    employee: EmployeeView | None = None
    signed: SignedView | None = None
    reason: str = ""
    badge_verified: bool | None = None

    def as_json(self) -> dict[str, object]:
        e = self.employee
        return {
            "status": self.status.value,
            "ceremony": self.ceremony_id,
            "nip": self.identifier if (e is None or e.id_kind == "nip") else "",
            "identifier": self.identifier,
            "name": e.name if e else "",
            "rank": e.rank if e else "",
            "position": e.position if e else "",
            "unit": e.unit if e else "",
            "reason": self.reason,
            "badge_verified": self.badge_verified,
            "signed_at": self.signed.signed_at if self.signed else "",
            "signed_station": self.signed.station_name if self.signed else "",
            "record_id": self.signed.record_id if self.signed else "",
            "signed_ceremony": self.signed.ceremony_id if self.signed else "",
            "signed_ceremony_title": self.signed.ceremony_title if self.signed else "",
            "signed_ceremony_date": self.signed.ceremony_date if self.signed else "",
        }


def employee_view(row: Employee | Row[Any]) -> EmployeeView:
    return EmployeeView(
        row.identifier,
        row.id_kind,
        row.name,
        row.rank,
        row.position,
        row.unit,
        row.instansi,
        row.flagged,
    )


def lookup_badge(store: Store, text: str, ceremony_ref: str | None = None) -> LookupResult:
    """What scanning ``text`` resolves to in the ceremony (the active one by default)."""
    badge = parse_badge_text(text)
    with store.read() as session:
        ceremony_id = _ceremony_id(store, session, ceremony_ref)
        verified: bool | None = None
        if badge.form is BadgeForm.INVALID:
            candidate = text.strip(" \t\r\n")
            if not _OTHER_ID.fullmatch(candidate):
                return LookupResult(LookupStatus.INVALID, ceremony_id, reason=badge.reason)
            identifier = candidate.upper()
            if employee_row(session, ceremony_id, identifier) is None:
                return LookupResult(LookupStatus.INVALID, ceremony_id, reason=badge.reason)
        else:
            identifier = badge.identifier
            if badge.form is BadgeForm.SIGNED:
                verified = check_badge_signature(session, badge, store.trusted_keys)
                if verified is False:
                    return LookupResult(
                        LookupStatus.INVALID,
                        ceremony_id,
                        identifier,
                        reason="badge signature does not verify (forged or altered badge)",
                        badge_verified=False,
                    )
        return resolve_identifier(store, session, ceremony_id, identifier, verified)


def resolve_identifier(
    store: Store,
    session: Session,
    ceremony_id: str,
    identifier: str,
    badge_verified: bool | None = None,
) -> LookupResult:
    if closing_record_of(session, ceremony_id) is not None:
        return LookupResult(
            LookupStatus.CLOSED,
            ceremony_id,
            identifier,
            reason="this ceremony is closed: its berita acara is signed",
            badge_verified=badge_verified,
        )
    row = employee_row(session, ceremony_id, identifier)
    if row is None:
        return LookupResult(
            LookupStatus.UNKNOWN,
            ceremony_id,
            identifier,
            reason="not on this ceremony's roster",
            badge_verified=badge_verified,
        )
    view = employee_view(row)
    pledges = live_pledges_of(session, ceremony_id, identifier)
    if pledges:
        return LookupResult(
            LookupStatus.ALREADY_SIGNED,
            ceremony_id,
            identifier,
            view,
            _signed_view(store, pledges[0]),
            reason="already signed",
            badge_verified=badge_verified,
        )
    elsewhere = signed_elsewhere(session, ceremony_id, identifier)  # pulled from the server
    if elsewhere is not None:
        other = elsewhere.ceremony_id != ceremony_id
        where = (
            f"already signed at {elsewhere.ceremony_title or 'another ceremony'}, "
            f"{elsewhere.ceremony_date} (another ceremony of the campaign)"
        )
        return LookupResult(
            LookupStatus.ALREADY_SIGNED,
            ceremony_id,
            identifier,
            view,
            SignedView(
                elsewhere.id,
                elsewhere.signed_at,
                elsewhere.station_id,
                elsewhere.station_name,
                elsewhere.ceremony_id if other else "",
                elsewhere.ceremony_title if other else "",
                elsewhere.ceremony_date if other else "",
            ),
            reason=where if other else f"already signed at another desk ({elsewhere.station_name})",
            badge_verified=badge_verified,
        )
    here = signed_here_in_campaign(session, ceremony_id, identifier)  # this desk, another one
    if here is not None:
        return LookupResult(
            LookupStatus.ALREADY_SIGNED,
            ceremony_id,
            identifier,
            view,
            SignedView(
                here.record_id,
                here.signed_at,
                store.station_id,
                store.station_name,
                here.ceremony_id,
                here.ceremony_title,
                here.ceremony_date,
            ),
            reason=f"already signed at {here.ceremony_title}, {here.ceremony_date} "
            "(another ceremony of the campaign)",
            badge_verified=badge_verified,
        )
    return LookupResult(
        LookupStatus.FOUND, ceremony_id, identifier, view, badge_verified=badge_verified
    )


def _ceremony_id(store: Store, session: Session, ref: str | None) -> str:
    """The ceremony ``ref`` names (None: the active one); exact ids are cached per store."""
    if ref and ref in store.known_ceremonies:
        return ref
    found = find_ceremony(session, ref).id
    store.known_ceremonies.add(found)
    return found


def _signed_view(store: Store, record: SigningRef) -> SignedView:
    name = store.station_name if record.station_id == store.station_id else record.station_id[:8]
    return SignedView(record.id, record.signed_at, record.station_id, name)
