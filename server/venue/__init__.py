"""The venue hub's and the relay's endpoints (docs/venue.md); ``install`` adds them to an app."""

from __future__ import annotations

from fastapi import FastAPI, Request
from starlette.responses import Response

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

    @app.middleware("http")
    async def _ring_after_writes(request: Request, call_next: object) -> Response:
        response: Response = await call_next(request)  # type: ignore[operator]
        if request.method == "POST" and request.url.path in _WRITES and response.status_code < 300:
            app.state.venue_bell.ring()
            relayer = getattr(app.state, "venue_relayer", None)
            if relayer is not None:
                relayer.wake()
        return response
