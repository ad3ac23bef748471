"""Stations and users: add, enrol with a one-time code, authenticate, revoke; audited."""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from pakta_common.integrity.keys import key_id_of, verify_signature
from pakta_common.wire import (
    EnrollChallenge,
    EnrollChallengeRequest,
    EnrollRequest,
    EnrollResponse,
    enrol_proof_message,
)
from server import clock
from server.credentials import (
    hash_password,
    new_enrol_code,
    new_token,
    normalise_code,
    same,
    sha256_hex,
)
from server.keycheck import key_problem
from server.models import AuditLog, Station, User

CODE_LIFETIME = dt.timedelta(hours=24)
CHALLENGE_LIFETIME = dt.timedelta(minutes=5)
ROLES = ("admin", "viewer")


class AdminError(Exception):
    """An administrative request that cannot be done (unknown name, duplicate, bad role)."""


class NotFound(AdminError):
    """The station, ceremony or approval named is not on this server (CLI exit 1)."""


class EnrolError(Exception):
    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def audit(session: Session, actor: str, action: str, **detail: object) -> None:
    session.add(
        AuditLog(
            at=clock.now_iso(),
            actor=actor,
            action=action,
            detail=json.dumps(detail, ensure_ascii=False, default=str),
        )
    )


def add_station(session: Session, name: str, *, actor: str) -> tuple[Station, str]:
    """A new station slot with a fresh one-time code; a known, not yet enrolled name gets a new
    code. Returns the station and the code (shown once)."""
    name = name.strip()
    if not name or len(name) > 120:
        raise AdminError("station name must be 1 to 120 characters")
    station = session.scalars(select(Station).where(Station.name == name)).one_or_none()
    if station is not None and station.station_uuid and not station.revoked_at:
        raise AdminError(f"station {name!r} is already enrolled; revoke it first")
    code = new_enrol_code()
    expires = clock.iso(clock.now() + CODE_LIFETIME)
    if station is None:
        station = Station(name=name, created_at=clock.now_iso())
        session.add(station)
    station.code_hash = sha256_hex(code)
    station.code_expires_at = expires
    audit(session, actor, "station_add", station=name)
    session.flush()
    return station, code


def _station_for_code(session: Session, code: str) -> Station:
    code_hash = sha256_hex(normalise_code(code))
    station = session.scalars(
        select(Station).where(Station.code_hash == code_hash).with_for_update()
    ).one_or_none()
    if station is None:
        raise EnrolError("unknown or already used enrolment code", 403)
    if station.code_expires_at < clock.now_iso():
        raise EnrolError("this enrolment code has expired; ask for a new one", 403)
    return station


def enrol_challenge(session: Session, request: EnrollChallengeRequest) -> EnrollChallenge:
    """A fresh challenge for this one-time code (a newer one replaces an older one)."""
    station = _station_for_code(session, request.code)
    challenge = secrets.token_hex(32)
    expires = clock.iso(clock.now() + CHALLENGE_LIFETIME)
    station.challenge_hash, station.challenge_expires_at = sha256_hex(challenge), expires
    return EnrollChallenge(challenge=challenge, expires_at=expires)


def check_proof(station: Station, request: EnrollRequest) -> bytes:
    """The public key, once the station proved it holds the private key of a sound key."""
    if request.challenge is None or request.proof is None:
        raise EnrolError(
            "enrolment needs proof that the station holds its private key; "
            "update Pakta Station on this desk and enrol again",
            403,
        )
    if (
        station.challenge_hash is None
        or not same(station.challenge_hash, sha256_hex(request.challenge))
        or station.challenge_expires_at < clock.now_iso()
    ):
        raise EnrolError("the enrolment challenge is unknown or expired; enrol again", 403)
    public_key = bytes.fromhex(request.public_key)
    problem = key_problem(public_key)
    if problem is not None:
        raise EnrolError(f"station key refused: {problem}", 422)
    message = enrol_proof_message(request.challenge, request.station_id, request.public_key)
    if not verify_signature(public_key, bytes.fromhex(request.proof), message):
        raise EnrolError("the station's proof does not verify under its public key", 403)
    return public_key


def enroll(session: Session, request: EnrollRequest, server_name: str) -> EnrollResponse:
    """Exchange a one-time code for a token, once the station proved its key (a challenge
    from ``enrol_challenge`` signed with the private key of a sound Ed25519 key)."""
    station = _station_for_code(session, request.code)
    try:
        public_key = check_proof(station, request)
    finally:
        station.challenge_hash = None  # one attempt per challenge, right or wrong
    other = session.scalars(
        select(Station).where(Station.station_uuid == request.station_id, Station.id != station.id)
    ).one_or_none()
    if other is not None and not other.revoked_at:
        raise EnrolError("this station is already enrolled under another name", 409)
    if other is not None:
        other.station_uuid = None  # a revoked slot gives the station id up for the new one
        session.flush()
    token = new_token()
    now = clock.now_iso()
    station.station_uuid = request.station_id
    station.public_key = public_key
    station.key_id = key_id_of(public_key)
    station.token_hash = sha256_hex(token)
    station.code_hash = None  # one-time
    station.enrolled_at = station.key_proven_at = now
    station.revoked_at = ""
    audit(
        session,
        f"station:{station.name}",
        "station_enrol",
        station_id=request.station_id,
        key_id=station.key_id,
        key_proven=True,
        requested_name=request.name,
    )
    return EnrollResponse(token=token, station_id=request.station_id, server_name=server_name)


def station_by_token(session: Session, token: str) -> Station | None:
    return session.scalars(
        select(Station).where(Station.token_hash == sha256_hex(token))
    ).one_or_none()


def find_station(session: Session, ref: str) -> Station:
    ref = ref.strip()
    rows = session.scalars(
        select(Station).where(
            or_(
                Station.name == ref,
                Station.station_uuid == ref.lower(),
                Station.id == (int(ref) if re.fullmatch(r"[0-9]{1,9}", ref) else -1),
            )
        )
    ).all()
    if len(rows) != 1:
        raise AdminError(f"no station {ref[:60]!r}")
    return rows[0]


def revoke_station(session: Session, ref: str, *, actor: str) -> Station:
    """Revoke a station: its token stops working at once; its records stay."""
    station = find_station(session, ref)
    if not station.revoked_at:
        station.revoked_at = clock.now_iso()
        station.code_hash = None
        audit(
            session, actor, "station_revoke", station=station.name, station_id=station.station_uuid
        )
    return station


def add_user(session: Session, name: str, role: str, password: str, *, actor: str) -> User:
    name = name.strip()
    if role not in ROLES:
        raise AdminError(f"role must be one of {', '.join(ROLES)}")
    if not name or len(name) > 120:
        raise AdminError("user name must be 1 to 120 characters")
    if len(password) < 8:
        raise AdminError("password must be at least 8 characters")
    if session.scalars(select(User).where(User.name == name)).first() is not None:
        raise AdminError(f"user {name!r} already exists")
    user = User(
        name=name,
        role=role,
        password_hash=hash_password(password),
        created_at=clock.now_iso(),
        disabled=False,
    )
    session.add(user)
    audit(session, actor, "user_add", user=name, role=role)
    session.flush()
    return user
