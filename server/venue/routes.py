"""API v1 ``/venue``: join the hub, wait for news, the venue's board, and the relay."""

from __future__ import annotations

import asyncio
import hmac
import time
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Query, Request
from starlette.concurrency import run_in_threadpool

from pakta_common.venue_wire import (
    Board,
    Changes,
    HubInfo,
    JoinCode,
    JoinRequest,
    JoinResponse,
    RelayRequest,
)
from pakta_common.wire import WIRE_VERSION, ErrorBody, PushResponse
from server.api import _AUTH_ERRORS, Db, Station, Unprocessable
from server.db import Database, current_change
from server.stations import EnrolError
from server.venue.board import build_board, latest_ceremony
from server.venue.hub import HubFolder
from server.venue.join import CODE_LIFETIME, issue_code, join
from server.venue.relay import relay

router = APIRouter(prefix="/api/v1/venue", tags=["venue"])
MAX_WAIT_S = 25.0
_NOT_HUB: dict[str, object] = {"model": ErrorBody, "description": "this server is no venue hub"}
_TOO_LARGE: dict[str, object] = {"model": ErrorBody, "description": "request body too large"}
_INVALID: dict[str, object] = {"model": Unprocessable, "description": "malformed request"}


def _hub(request: Request) -> HubFolder:
    folder: HubFolder | None = request.app.state.venue_hub
    if folder is None:
        raise HTTPException(404, "this server is not a venue hub")
    return folder


@router.get("/info", response_model=HubInfo, responses={404: _NOT_HUB})
def info(request: Request) -> HubInfo:
    """Who this hub is and which ceremony the venue runs (no token: desks ask before joining)."""
    ident = _hub(request).identity()
    return HubInfo(
        hub_id=ident.hub_id,
        hub_name=ident.hub_name,
        ceremony_id=ident.ceremony_id,
        wire_version=WIRE_VERSION,
    )


@router.post(
    "/join",
    response_model=JoinResponse,
    responses={
        403: {"model": ErrorBody, "description": "unknown, used or expired code; no or bad proof"},
        404: _NOT_HUB,
        409: {"model": ErrorBody, "description": "this desk joined before with another key"},
        413: _TOO_LARGE,
        422: {"model": Unprocessable, "description": "malformed request, or a weak key"},
    },
)
def join_hub(body: JoinRequest, request: Request, db: Db) -> JoinResponse:
    """A desk joins with a code shown on the host, proving its key as at enrolment (the
    hub's ``/enroll/challenge`` for that code, signed)."""
    ident = _hub(request).identity()
    with db.transaction() as session:
        try:
            return join(
                session,
                body,
                hub_id=ident.hub_id,
                hub_name=ident.hub_name,
                ceremony_id=ident.ceremony_id,
            )
        except EnrolError as exc:
            refused = exc  # committed: the challenge is used up, right or wrong
    raise HTTPException(refused.status, str(refused))


@router.post(
    "/codes",
    response_model=JoinCode,
    responses={
        403: {"model": ErrorBody, "description": "not the host desk"},
        404: _NOT_HUB,
        422: _INVALID,
    },
)
def new_code(
    request: Request, db: Db, x_venue_host_secret: Annotated[str, Header()] = ""
) -> JoinCode:
    """A fresh one-time join code, for the host desk only (it holds the hub folder's secret)."""
    secret = _hub(request).host_secret()
    if not secret or not hmac.compare_digest(secret, x_venue_host_secret):
        raise HTTPException(403, "only the host desk issues join codes")
    with db.transaction() as session:
        code = issue_code(session, actor="venue-host")
    return JoinCode(code=code, expires_in_s=int(CODE_LIFETIME.total_seconds()))


def _change(db: Database) -> int:
    with db.reading() as session:
        return current_change(session)


@router.get(
    "/wait", response_model=Changes, responses={**_AUTH_ERRORS, 404: _NOT_HUB, 422: _INVALID}
)
async def wait(
    request: Request,
    station: Station,
    db: Db,
    after: Annotated[int, Query(ge=0)] = 0,
    timeout: Annotated[float, Query(ge=0, le=MAX_WAIT_S)] = 10.0,
) -> Changes:
    """Long poll: answers as soon as the hub's change number passes ``after``, else at timeout
    (a hub's only: the central server has no desks waiting on it)."""
    _hub(request)
    bell = request.app.state.venue_bell
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        seen = bell.version
        change = await run_in_threadpool(_change, db)
        remaining = deadline - loop.time()
        if change > after or remaining <= 0:
            return Changes(change=change)
        await bell.wait(seen, remaining)


@router.get(
    "/board",
    response_model=Board,
    responses={
        404: {"model": ErrorBody, "description": "no venue hub, or no such ceremony here yet"},
        422: _INVALID,
    },
)
def board(
    request: Request,
    db: Db,
    ceremony: Annotated[str, Query(max_length=36)] = "",
) -> Board:
    """The venue's totals (counts only, no names): for the desks' counters and the big screen.
    A hub's only: on the LAN of the venue, without a token (the projector asks too)."""
    folder = _hub(request)
    with db.reading() as session:
        ceremony_id = ceremony or folder.identity().ceremony_id
        ceremony_id = ceremony_id or latest_ceremony(session)
        cache: dict[tuple[str, int, int], Board] = request.app.state.venue_boards
        # Rate and who is online move with time too: a board lasts one change and 5 s at most.
        key = (ceremony_id, current_change(session), int(time.monotonic() // 5))
        if key in cache:
            return cache[key]
        built = build_board(session, ceremony_id)
    if built is None:
        raise HTTPException(404, "the venue has no ceremony yet")
    cache.clear()
    cache[key] = built
    return built


@router.post(
    "/relay",
    response_model=PushResponse,
    responses={**_AUTH_ERRORS, 413: _TOO_LARGE, 422: _INVALID},
)
def relay_records(body: RelayRequest, station: Station, db: Db, request: Request) -> PushResponse:
    """Another desk's records relayed by a hub, stored as that desk's (verified by its key)."""
    return relay(db, station, body, request.app.state.cipher)
