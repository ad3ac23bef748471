"""Admin web sign-in: argon2 passwords, server-side sessions, CSRF tokens, roles."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request
from sqlalchemy import delete, select

from server import clock
from server.credentials import check_password, hash_password, same, sha256_hex
from server.db import Database
from server.models import User, WebSession

SESSION_COOKIE = "pakta_session"
LOGIN_CSRF_COOKIE = "pakta_login_csrf"
SESSION_LIFETIME = dt.timedelta(hours=12)
_DUMMY_HASH = hash_password("not a real password")  # equal work for unknown user names


@dataclass(frozen=True)
class WebUser:
    id: int
    name: str
    role: str
    csrf: str
    scope_campaign: str = ""  # a viewer limited to one unit of one campaign (server.scope)
    scope_unit: str = ""

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def scoped(self) -> bool:
        return bool(self.scope_campaign)


class LoginRequired(Exception):
    """Raised by page dependencies; the app answers with a redirect to the login page."""


class OutOfScope(Exception):
    """A scoped viewer on a page that does not serve scoped viewers: 403 (the start page sends
    them to their campaign instead)."""

    def __init__(self, user: WebUser) -> None:
        super().__init__("this account sees only its own unit of its own campaign")
        self.user = user


def _db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def sign_in(db: Database, name: str, password: str) -> str | None:
    """A new session token for correct credentials, else None."""
    with db.transaction() as session:
        user = session.scalars(select(User).where(User.name == name.strip())).one_or_none()
        if user is None or user.disabled:
            check_password(_DUMMY_HASH, password)
            return None
        if not check_password(user.password_hash, password):
            return None
        token = secrets.token_urlsafe(32)
        now = clock.now()
        session.execute(delete(WebSession).where(WebSession.expires_at < clock.iso(now)))
        session.add(
            WebSession(
                token_hash=sha256_hex(token),
                user_id=user.id,
                csrf=secrets.token_hex(32),
                created_at=clock.iso(now),
                expires_at=clock.iso(now + SESSION_LIFETIME),
            )
        )
        return token


def sign_out(db: Database, token: str) -> None:
    with db.transaction() as session:
        session.execute(delete(WebSession).where(WebSession.token_hash == sha256_hex(token)))


def session_user(request: Request) -> WebUser | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    with _db(request).transaction() as session:
        row = session.execute(
            select(WebSession, User)
            .join(User, User.id == WebSession.user_id)
            .where(WebSession.token_hash == sha256_hex(token))
        ).one_or_none()
        if row is None:
            return None
        web, user = row
        if web.expires_at < clock.now_iso() or user.disabled:
            return None
        request.state.user_name = user.name
        return WebUser(
            user.id, user.name, user.role, web.csrf, user.scope_campaign, user.scope_unit
        )


def require_reader(request: Request) -> WebUser:
    """Any signed-in user, a scoped viewer included: only for pages that limit what they show
    to the user's scope (server.scope)."""
    user = session_user(request)
    if user is None:
        raise LoginRequired()
    return user


def require_user(request: Request) -> WebUser:
    """A signed-in user who may see everything a viewer sees: scoped viewers are refused."""
    user = require_reader(request)
    if user.scoped:
        raise OutOfScope(user)
    return user


ReaderUser = Annotated[WebUser, Depends(require_reader)]
CurrentUser = Annotated[WebUser, Depends(require_user)]


def require_admin(user: CurrentUser) -> WebUser:
    if not user.is_admin:
        raise HTTPException(403, "this needs the admin role; viewers can only look")
    return user


AdminUser = Annotated[WebUser, Depends(require_admin)]


def check_csrf(user: WebUser, token: str) -> None:
    if not token or not same(token, user.csrf):
        raise HTTPException(403, "the form expired or did not come from this site (CSRF)")


def require_admin_api(
    request: Request, x_csrf_token: Annotated[str | None, Header()] = None
) -> WebUser:
    """Admin JSON endpoints: a signed-in admin's session cookie plus its CSRF header."""
    user = session_user(request)
    if user is None:
        raise HTTPException(401, "sign in as an admin")
    if not user.is_admin:
        raise HTTPException(403, "this needs the admin role")
    check_csrf(user, x_csrf_token or "")
    return user


def require_reader_api(request: Request) -> WebUser:
    """JSON reads for signed-in users (a scoped viewer included: the endpoint limits what it
    answers to the user's scope): 401 without a session."""
    user = session_user(request)
    if user is None:
        raise HTTPException(401, "sign in first (admin pages)")
    return user
