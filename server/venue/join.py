"""Joining the venue hub: short-lived one-time codes, and the desk's key proven as at enrolment."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from pakta_common.integrity.keys import key_id_of
from pakta_common.venue_wire import JoinRequest, JoinResponse
from pakta_common.wire import EnrollRequest
from server import clock
from server.credentials import new_enrol_code, new_token, normalise_code, sha256_hex
from server.models import AuditLog, Station
from server.stations import EnrolError, audit, check_proof

CODE_LIFETIME = dt.timedelta(minutes=15)  # a code is shown on the host and typed at once
JOIN_ACTION = "venue_join"  # audit action; its detail keeps the desk's key proof
CODE_SLOT = "venue-code-"  # name prefix of a station slot waiting for its desk


def issue_code(session: Session, *, actor: str, lifetime: dt.timedelta = CODE_LIFETIME) -> str:
    """A fresh one-time join code (only its hash is kept; expired slots are cleared)."""
    now = clock.now_iso()
    for stale in session.scalars(
        select(Station).where(Station.name.startswith(CODE_SLOT), Station.code_expires_at < now)
    ):
        session.delete(stale)
    code = new_enrol_code()
    digest = sha256_hex(code)
    session.add(
        Station(
            name=CODE_SLOT + digest[:12],
            created_at=now,
            code_hash=digest,
            code_expires_at=clock.iso(clock.now() + lifetime),
        )
    )
    audit(session, actor, "venue_code", expires_in_s=int(lifetime.total_seconds()))
    return code


def join(
    session: Session, request: JoinRequest, *, hub_id: str, hub_name: str, ceremony_id: str
) -> JoinResponse:
    """Exchange a join code for a token on this hub, once the desk proved its key the way a
    station does at enrolment (server.stations.check_proof: the challenge the hub gave for
    this code, signed by a sound Ed25519 key). One attempt per challenge."""
    slot = session.scalars(
        select(Station)
        .where(Station.code_hash == sha256_hex(normalise_code(request.code)))
        .with_for_update()
    ).one_or_none()
    if slot is None or not slot.name.startswith(CODE_SLOT):
        raise EnrolError("unknown or already used join code", 403)
    if slot.code_expires_at < clock.now_iso():
        raise EnrolError("this join code has expired; show a new one on the host", 403)
    try:
        public_key = check_proof(
            slot,
            EnrollRequest(
                code=request.code,
                station_id=request.station_id,
                name=request.name,
                public_key=request.public_key,
                challenge=request.challenge,
                proof=request.proof,
            ),
        )
    finally:
        slot.challenge_hash = None
    desk = session.scalars(
        select(Station).where(Station.station_uuid == request.station_id)
    ).one_or_none()
    if desk is not None and desk.public_key != public_key:
        raise EnrolError("this desk joined before with another key", 409)
    if desk is not None and desk.revoked_at:
        raise EnrolError("this desk was removed from the venue", 403)
    session.delete(slot)  # one-time
    session.flush()
    if desk is None:
        desk = Station(name=_free_name(session, request.name), created_at=clock.now_iso())
        session.add(desk)
    token = new_token()
    desk.station_uuid = request.station_id
    desk.public_key = public_key
    desk.key_id = key_id_of(public_key)
    desk.token_hash = sha256_hex(token)
    desk.enrolled_at = clock.now_iso()
    desk.last_seen_at = desk.enrolled_at
    session.flush()
    audit(
        session,
        f"station:{desk.name}",
        JOIN_ACTION,
        station_id=request.station_id,
        name=request.name,
        public_key=request.public_key,
        hub_id=hub_id,
        joined_at=desk.enrolled_at,
        challenge=request.challenge,
        proof=request.proof,
    )
    return JoinResponse(
        token=token,
        hub_id=hub_id,
        hub_name=hub_name,
        desk_name=desk.name,
        ceremony_id=ceremony_id,
    )


def _free_name(session: Session, wanted: str) -> str:
    taken = set(session.scalars(select(Station.name)))
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted} ({n})" in taken:
        n += 1
    return f"{wanted} ({n})"[:120]


def join_statements(session: Session, station_ids: set[str]) -> dict[str, dict[str, str]]:
    """The newest join (key proof) of each of these desks: what the relay introduces."""
    found: dict[str, dict[str, str]] = {}
    for row in session.scalars(
        select(AuditLog).where(AuditLog.action == JOIN_ACTION).order_by(AuditLog.id)
    ):
        detail = json.loads(row.detail)
        if detail.get("station_id") in station_ids:
            found[detail["station_id"]] = detail
    return found
