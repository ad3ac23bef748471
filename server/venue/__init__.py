"""The venue hub's and the relay's endpoints (docs/venue.md); ``install`` adds them to an app."""

from __future__ import annotations

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.venue.bell import ChangeBell
from server.venue.routes import router

_WRITES = ("/api/v1/push", "/api/v1/ceremonies", "/api/v1/venue/join", "/api/v1/venue/relay")


def install(app: FastAPI) -> None:
    """Venue endpoints on any server: the hub serves desks with them, the central server takes
    relayed records. A write rings the bell that wakes the desks' long polls."""
    app.state.venue_bell = ChangeBell()
    app.state.venue_boards = {}
    if not hasattr(app.state, "venue_hub"):
        app.state.venue_hub = None  # set by server.venue.hub when this server is a hub
    app.include_router(router)

    app.add_middleware(RingAfterWrites)


class RingAfterWrites:
    """ASGI middleware: after a write succeeded, ring the bell (and wake the relayer). Plain
    ASGI, not BaseHTTPMiddleware: it sees every desk's push and pull."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] not in _WRITES:
            await self.app(scope, receive, send)
            return
        status = 500

        async def send_noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        await self.app(scope, receive, send_noting_status)
        if status < 300:
            state = scope["app"].state
            state.venue_bell.ring()
            relayer = getattr(state, "venue_relayer", None)
            if relayer is not None:
                relayer.wake()
