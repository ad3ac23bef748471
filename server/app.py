"""The server's composition root: create_app() wires database, API v1 and admin pages."""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from pakta_common.wire import MAX_BODY_BYTES, WIRE_VERSION
from server import (
    admin,
    admin_campaign,
    admin_organiser,
    api,
    api_campaign,
    proof_api,
    public_verify,
    venue,
)
from server.blobcrypt import KEY_FILE_ENV, BlobDecryptError, load_cipher
from server.db import POOL_SIZE, Database
from server.limits import BodyLimit
from server.webauth import LoginRequired, OutOfScope
from server.webguard import WebGuard

DB_ENV = "PAKTA_SERVER_DB"
NAME_ENV = "PAKTA_SERVER_NAME"
PUBLIC_URL_ENV = "PAKTA_SERVER_PUBLIC_URL"


@dataclass(frozen=True)
class ServerSettings:
    db_url: str
    server_name: str = "Pakta Server"
    public_url: str = ""  # the address desks use, put in enrolment QR codes (default: as browsed)
    max_body_bytes: int = MAX_BODY_BYTES
    migrate_on_start: bool = False
    # Open the database pool's connections before the first request (`pakta server` workers):
    # desks coming back together after a restart find them ready.
    warm_pool: bool = False
    # The server data key that encrypts signature blobs (server.blobcrypt); default: the file
    # PAKTA_SERVER_DATA_KEY_FILE names (`pakta server` sets it for its workers). Created when
    # missing.
    data_key_file: Path | None = None
    extra: dict[str, str] = field(default_factory=dict)


def default_db_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'server.db'}"


@contextlib.asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    # As many request threads as connections the database pool keeps: a burst of desks waits
    # on the event loop (cheap) instead of in forty threads contending for the GIL, each
    # beyond the pool opening a connection that is closed again after one use.
    anyio.to_thread.current_default_thread_limiter().total_tokens = POOL_SIZE
    if app.state.settings.warm_pool:
        await anyio.to_thread.run_sync(app.state.db.warm, POOL_SIZE)
    yield


def create_app(settings: ServerSettings) -> FastAPI:
    app = FastAPI(
        lifespan=_lifespan,
        title="Pakta Server API",
        version=f"{WIRE_VERSION}.0",
        description="Central server of Pakta Station: enrolment, push, pull, revoke, health.",
        openapi_url="/api/v1/openapi.json",
        docs_url="/api/v1/docs",
        redoc_url=None,
    )
    key_file = settings.data_key_file or os.environ.get(KEY_FILE_ENV, "").strip()
    if not key_file:
        raise RuntimeError(
            f"no server data key file: set {KEY_FILE_ENV} or start with `pakta server`"
        )
    app.state.cipher, _ = load_cipher(Path(key_file))
    app.state.db = Database.from_url(settings.db_url, migrate_now=settings.migrate_on_start)
    app.state.settings = settings
    app.include_router(api.router)
    app.include_router(admin.router)
    app.include_router(admin_organiser.router)
    app.include_router(proof_api.router)
    app.include_router(public_verify.router)
    app.include_router(admin_campaign.router)
    app.include_router(api_campaign.router)
    venue.install(app)  # the venue hub's endpoints and the relay (docs/venue.md)

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/admin/", status_code=303)

    @app.exception_handler(LoginRequired)
    def _login(request: Request, exc: LoginRequired) -> Response:
        return RedirectResponse("/admin/login", status_code=303)

    @app.exception_handler(OutOfScope)
    def _out_of_scope(request: Request, exc: OutOfScope) -> Response:
        if request.url.path in ("/admin/", "/admin"):
            return RedirectResponse(f"/admin/campaigns/{exc.user.scope_campaign}", status_code=303)
        return admin.templates.TemplateResponse(
            request,
            "error.html",
            {"user": exc.user, "status": 403, "message": str(exc)},
            status_code=403,
        )

    @app.exception_handler(RequestValidationError)
    def _invalid(request: Request, exc: RequestValidationError) -> Response:
        # FastAPI's own answer echoes the input, and JSON cannot carry NaN or Infinity (a body
        # holding them would end in a 500): say where and what, not the value.
        errors = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": e.get("type")}
            for e in exc.errors()
        ]
        if request.url.path.startswith("/admin"):
            message = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors)
            return admin.templates.TemplateResponse(
                request,
                "error.html",
                {"user": None, "status": 422, "message": message[:500]},
                status_code=422,
            )
        return JSONResponse({"detail": errors}, 422)

    @app.exception_handler(StarletteHTTPException)
    def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/admin"):
            return admin.templates.TemplateResponse(
                request,
                "error.html",
                {"user": None, "status": exc.status_code, "message": exc.detail},
                status_code=exc.status_code,
            )
        return JSONResponse({"detail": exc.detail}, exc.status_code, headers=exc.headers)

    @app.exception_handler(BlobDecryptError)
    def _undecryptable(request: Request, exc: BlobDecryptError) -> Response:
        # A wrong or replaced key file: say so plainly, never a traceback.
        message = f"{admin.UNREADABLE_SIGNATURE} {exc}"
        if request.url.path.startswith("/admin"):
            return admin.templates.TemplateResponse(
                request,
                "error.html",
                {"user": None, "status": 500, "message": message},
                status_code=500,
            )
        return JSONResponse({"detail": message}, 500)

    @app.exception_handler(OperationalError)
    def _db_down(request: Request, exc: OperationalError) -> Response:
        # The database is away or busy: the station keeps the batch and tries again.
        return JSONResponse(
            {"detail": "database unavailable; retry later"}, 503, headers={"Retry-After": "5"}
        )

    app.add_middleware(WebGuard, public_url=settings.public_url)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    return app


def app_from_env() -> FastAPI:
    """Factory for uvicorn workers: the URL comes from PAKTA_SERVER_DB (set by `pakta server`)."""
    url = os.environ.get(DB_ENV)
    if not url:
        raise RuntimeError(f"{DB_ENV} is not set; start the server with `pakta server`")
    return create_app(
        ServerSettings(
            db_url=url,
            server_name=os.environ.get(NAME_ENV, "Pakta Server"),
            public_url=os.environ.get(PUBLIC_URL_ENV, ""),
            warm_pool=True,
        )
    )
