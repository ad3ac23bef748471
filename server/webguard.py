"""Browser-facing guards: same-origin state changes, HSTS, the headers of admin pages.

Every state-changing admin request (any method but GET/HEAD/OPTIONS under /admin, and the
admin JSON endpoints) must come from the server's own origin: its Origin header (or, when a
browser sends none, its Referer) must name the origin the request was addressed to, or the
configured public URL. A valid CSRF token from a foreign page is refused all the same.

HSTS is sent whenever the request arrived over https: directly, or through a reverse proxy
that says so in X-Forwarded-Proto and is trusted by uvicorn (`pakta server
--forwarded-allow-ips`, default 127.0.0.1).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import Request
from fastapi.responses import JSONResponse, Response
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
HSTS = "max-age=31536000"
ADMIN_API = ("/api/v1/stations/",)


def _origin_of(url: str) -> str:
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        return ""
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    port = parts.port
    default = {"http": 80, "https": 443}.get(scheme)
    netloc = host if port in (None, default) else f"{host}:{port}"
    if ":" in host and not host.startswith("["):  # an IPv6 literal
        netloc = f"[{host}]" if port in (None, default) else f"[{host}]:{port}"
    return f"{scheme}://{netloc}"


def own_origins(request: Request, public_url: str) -> set[str]:
    origins = {_origin_of(str(request.base_url))}
    if public_url:
        origins.add(_origin_of(public_url))
    return origins - {""}


def needs_same_origin(request: Request) -> bool:
    if request.method in SAFE_METHODS:
        return False
    path = request.url.path
    return path.startswith("/admin") or path.startswith(ADMIN_API)


def foreign_origin(request: Request, public_url: str) -> str | None:
    """Why this state-changing request is not from the server's own pages, or None."""
    origin = request.headers.get("origin")
    if origin is None:
        referer = request.headers.get("referer")
        if not referer:
            return "the request does not say which page sent it (no Origin or Referer)"
        origin = _origin_of(referer)
    if _origin_of(origin) not in own_origins(request, public_url):
        return f"the request came from another site ({origin[:100]})"
    return None


def refuse_foreign(request: Request, reason: str) -> Response:
    return JSONResponse({"detail": f"refused: {reason}"}, 403)


def add_security_headers(request: Request, headers: MutableHeaders) -> None:
    headers.setdefault("X-Content-Type-Options", "nosniff")
    if request.url.scheme == "https":
        headers["Strict-Transport-Security"] = HSTS
    if request.url.path.startswith("/admin"):
        headers["X-Frame-Options"] = "DENY"
        headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            "form-action 'self'; frame-ancestors 'none'"
        )
        headers["Cache-Control"] = "no-store"
        headers["Referrer-Policy"] = "same-origin"


class WebGuard:
    """ASGI middleware: refuses foreign state-changing admin requests and adds the security
    headers to every answer. Plain ASGI, not BaseHTTPMiddleware: it runs on every desk's push
    and pull, and only touches the response's first message."""

    def __init__(self, app: ASGIApp, public_url: str) -> None:
        self.app = app
        self.public_url = public_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        if needs_same_origin(request):
            reason = foreign_origin(request, self.public_url)
            if reason is not None:
                refused = refuse_foreign(request, reason)
                add_security_headers(request, refused.headers)
                await refused(scope, receive, send)
                return

        async def send_guarded(message: Message) -> None:
            if message["type"] == "http.response.start":
                add_security_headers(request, MutableHeaders(scope=message))
            await send(message)

        await self.app(scope, receive, send_guarded)
