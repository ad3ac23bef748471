"""API v1 for stations: enrolment, push, publish, pull, health; revoke for admins."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Depends, Header, HTTPException, Query, Request
from pydantic import BaseModel
from sqlalchemy import text, update

from pakta_common.wire import (
    WIRE_VERSION,
    EnrollChallenge,
    EnrollChallengeRequest,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    Health,
    PublishRequest,
    PublishResponse,
    PullResponse,
    PushRequest,
    PushResponse,
)
from server import clock
from server.catalog import BadCursor, decode_cursor, publish, pull_page
from server.db import Database
from server.ingest import StationIdentity, ingest
from server.keycheck import key_problem
from server.models import Station as StationRow
from server.ownership import Refused
from server.stations import (
    AdminError,
    EnrolError,
    enrol_challenge,
    enroll,
    revoke_station,
    station_by_token,
)
from server.webauth import require_admin_api

router = APIRouter(prefix="/api/v1", tags=["stations"])


class InvalidField(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class Unprocessable(BaseModel):
    """422: the request's fields as validation found them (a list), or the server's reason."""

    detail: str | list[InvalidField]


_AUTH_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorBody, "description": "missing or unknown station token"},
    403: {"model": ErrorBody, "description": "station revoked"},
}


async def database(request: Request) -> Database:
    """The app's database (async: a plain lookup, run on the event loop, not in a thread)."""
    db: Database = request.app.state.db
    return db


Db = Annotated[Database, Depends(database)]


def current_station(
    db: Db, later: BackgroundTasks, authorization: Annotated[str | None, Header()] = None
) -> StationIdentity:
    """The enrolled station behind the bearer token; 401 without one, 403 when revoked."""
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(401, "a station token is required", {"WWW-Authenticate": "Bearer"})
    token = authorization[len("Bearer ") :].strip()
    with db.reading() as session:  # every call of every desk: no write lock unless needed
        station = station_by_token(session, token)
        if station is None or station.public_key is None or station.station_uuid is None:
            raise HTTPException(401, "unknown station token", {"WWW-Authenticate": "Bearer"})
        if station.revoked_at:
            raise HTTPException(403, f"station {station.name} was revoked at {station.revoked_at}")
        weak = key_problem(station.public_key)
        if weak is not None:  # enrolled before keys were checked: nothing it signs counts
            raise HTTPException(
                403, f"station {station.name} has an unacceptable key ({weak}); enrol it again"
            )
        identity = StationIdentity(
            station.id, station.station_uuid, station.name, station.public_key
        )
        seen = station.last_seen_at
    now = clock.now_iso()
    if seen[:16] != now[:16]:  # at most one write a minute, after the answer has gone out
        later.add_task(_seen, db, identity.ref, now)
    return identity


def _seen(db: Database, ref: int, now: str) -> None:
    with db.transaction() as session:
        session.execute(update(StationRow).where(StationRow.id == ref).values(last_seen_at=now))


Station = Annotated[StationIdentity, Depends(current_station)]


@router.get("/health", response_model=Health, tags=["health"])
def health(db: Db) -> Health:
    with db.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return Health(status="ok", wire_version=WIRE_VERSION, database=db.engine.dialect.name)


_TOO_LARGE: dict[str, object] = {"model": ErrorBody, "description": "request body too large"}
_INVALID: dict[str, object] = {"model": Unprocessable, "description": "malformed request"}
_ENROL_ERRORS: dict[int | str, dict[str, object]] = {
    403: {"model": ErrorBody, "description": "unknown, used or expired code; no or bad proof"},
    409: {"model": ErrorBody, "description": "this station is enrolled under another name"},
    422: {"model": Unprocessable, "description": "malformed request, or a weak or bad key"},
}


@router.post(
    "/enroll/challenge",
    response_model=EnrollChallenge,
    responses={403: _ENROL_ERRORS[403], 413: _TOO_LARGE, 422: _ENROL_ERRORS[422]},
)
def enrol_challenge_for_code(body: EnrollChallengeRequest, db: Db) -> EnrollChallenge:
    """Step 1 of enrolment: a short-lived challenge bound to the one-time code."""
    try:
        with db.transaction() as session:
            return enrol_challenge(session, body)
    except EnrolError as exc:
        raise HTTPException(exc.status, str(exc)) from None


@router.post("/enroll", response_model=EnrollResponse, responses={**_ENROL_ERRORS, 413: _TOO_LARGE})
def enroll_station(body: EnrollRequest, request: Request, db: Db) -> EnrollResponse:
    """Step 2: exchange the one-time code for a station token; registers the station's public
    key once the station signed the challenge with its private key."""
    with db.transaction() as session:
        try:
            return enroll(session, body, request.app.state.settings.server_name)
        except EnrolError as exc:
            refused = exc  # committed: the challenge is used up, right or wrong
    raise HTTPException(refused.status, str(refused))


@router.post(
    "/push",
    response_model=PushResponse,
    responses={**_AUTH_ERRORS, 413: _TOO_LARGE, 422: _INVALID},
)
def push(body: PushRequest, station: Station, db: Db, request: Request) -> PushResponse:
    """Store a batch of records, each once by UUID; one result per record."""
    return ingest(db, station, list(body.records), request.app.state.cipher)


@router.post(
    "/ceremonies",
    response_model=PublishResponse,
    responses={
        **_AUTH_ERRORS,
        403: {"model": ErrorBody, "description": "station revoked, or not the ceremony's owner"},
        409: {"model": ErrorBody, "description": "the pledge cannot change (signings exist)"},
        413: _TOO_LARGE,
        422: {"model": Unprocessable, "description": "malformed, or a text not its sha256's"},
    },
)
def publish_ceremony(body: PublishRequest, station: Station, db: Db) -> PublishResponse:
    """Publish a ceremony the station holds, with its pledge template and whole roster.

    Only the desk that made the ceremony (its owner) or an admin changes it; another desk may
    add walk-ins to its roster. See server.ownership."""
    try:
        with db.transaction() as session:
            return publish(session, station, body)
    except Refused as exc:
        raise HTTPException(exc.status, str(exc)) from None


@router.get(
    "/pull",
    response_model=PullResponse,
    responses={
        **_AUTH_ERRORS,
        400: {"model": ErrorBody, "description": "a cursor this server did not issue"},
        422: _INVALID,
    },
)
def pull(
    station: Station,
    db: Db,
    cursor: Annotated[str, Query(max_length=24)] = "",
    limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
) -> PullResponse:
    """Changes after the cursor the server issued last time (empty: from the beginning)."""
    try:
        position = decode_cursor(cursor)
    except BadCursor as exc:
        raise HTTPException(400, str(exc)) from None
    with db.reading() as session:
        return pull_page(session, station.station_uuid, position, limit)


@router.post(
    "/stations/{ref}/revoke",
    responses={
        401: {"model": ErrorBody, "description": "no admin session"},
        403: {"model": ErrorBody, "description": "not an admin, no CSRF header, foreign origin"},
        404: {"model": ErrorBody, "description": "no such station"},
    },
    dependencies=[Depends(require_admin_api)],
    tags=["admin"],
)
def revoke(ref: str, request: Request, db: Db) -> dict[str, str]:
    """Revoke a station (admin session and CSRF header required); its records stay."""
    actor = request.state.user_name
    try:
        with db.transaction() as session:
            station = revoke_station(session, ref, actor=actor)
            return {"station": station.name, "revoked_at": station.revoked_at}
    except AdminError as exc:
        raise HTTPException(404, str(exc)) from None
