"""Admin web pages (server-rendered): ceremonies, progress by unit, duplicates, records,
exports, stations and revocation, audit log. Viewers read; only admins change things."""

from __future__ import annotations

import base64
import datetime as dt
import io
import secrets
from pathlib import Path
from typing import Annotated

import qrcode
from fastapi import APIRouter, Form, HTTPException, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from qrcode.image.svg import SvgPathImage
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server import clock, throttle
from server.blobcrypt import BlobCipher, BlobDecryptError
from server.credentials import same
from server.db import Database
from server.late_signings import closings, late_signings
from server.models import AuditLog, Blob, DuplicatePair, Record, Station, User
from server.retention import purge_of
from server.stations import AdminError, add_station, audit, revoke_station
from server.stats import (
    ceremony_summaries,
    ceremony_summary,
    duplicate_pairs,
    export_csv,
    progress_by_unit,
    station_names,
)
from server.webauth import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    SESSION_LIFETIME,
    AdminUser,
    CurrentUser,
    WebUser,
    check_csrf,
    sign_in,
    sign_out,
)

router = APIRouter(prefix="/admin", include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
REFRESH_SECONDS = 10
RECORD_FIELDS = (
    "kind",
    "refers_to",
    "reason",
    "ceremony_id",
    "identifier",
    "id_kind",
    "name",
    "rank",
    "position",
    "unit",
    "instansi",
    "template_id",
    "text_sha256",
    "pledge_shown_at",
    "consent_at",
    "consent_method",
    "timezone",
    "format",
    "device",
    "operator",
    "station_id",
    "station_seq",
    "signed_at",
    "received_at",
    "clock_skew_s",
    "prev_hash",
    "record_hash",
    "station_sig",
    "signature_sha256",
    "image_sha256",
)
Csrf = Annotated[str, Form(max_length=200)]
RowId = Annotated[int, PathParam(ge=1, le=2**31 - 1)]  # an INTEGER key; larger is a 422, not a 500
PURGED_SIGNATURE = (
    "Tanda tangan dihapus (masa retensi berakhir) / Signature deleted (retention period ended)"
)
MISSING_SIGNATURE = "Tanda tangan tidak tersimpan di server / Signature not stored on the server"
UNREADABLE_SIGNATURE = (
    "Tanda tangan tidak dapat dibuka: kunci data server tidak cocok / "
    "The signature cannot be decrypted: the server data key does not match."
)


def _db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def _cipher(request: Request) -> BlobCipher:
    cipher: BlobCipher = request.app.state.cipher
    return cipher


def _page(request: Request, name: str, user: WebUser | None, **context: object) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"user": user, **context})


def _secure_cookie(request: Request) -> bool:
    return request.url.scheme == "https"


@router.get("/login")
def login_form(request: Request, error: str = "") -> HTMLResponse:
    token = secrets.token_hex(16)
    response = _page(request, "login.html", None, csrf=token, error=error)
    response.set_cookie(
        LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=_secure_cookie(request)
    )
    return response


@router.post("/login")
def login(
    request: Request,
    name: Annotated[str, Form(max_length=120)],
    password: Annotated[str, Form(max_length=200)],
    csrf: Csrf,
) -> Response:
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not cookie or not same(cookie, csrf):
        raise HTTPException(403, "the sign-in form expired; open it again (CSRF)")
    db = _db(request)
    keys = throttle.keys_for(name, request.client.host if request.client else "unknown")
    with db.transaction() as session:
        wait = throttle.wait_needed(session, keys, clock.now())
    if wait.total_seconds() > 0:
        return _too_many(request, wait.total_seconds())
    token = sign_in(db, name, password)
    if token is None:
        _failed_login(db, name.strip(), keys, request)
        return login_form(request, error="Nama pengguna atau kata sandi salah.")
    with db.transaction() as session:
        throttle.record_success(session, keys)
        audit(session, name, "login")
    response = RedirectResponse("/admin/", status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=_secure_cookie(request),
        max_age=int(SESSION_LIFETIME.total_seconds()),
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE)
    return response


def _too_many(request: Request, seconds: float) -> HTMLResponse:
    minutes = max(1, round(seconds / 60)) if seconds >= 60 else 0
    when = f"{minutes} menit" if minutes else f"{max(1, round(seconds))} detik"
    response = login_form(request, error=f"Terlalu banyak percobaan masuk. Coba lagi dalam {when}.")
    response.status_code = 429
    response.headers["Retry-After"] = str(max(1, round(seconds)))
    return response


def _failed_login(db: Database, name: str, keys: throttle.Keys, request: Request) -> None:
    """Count the failure; audit it (and its account's lockout) only when that user exists: an
    attempted name that is no user is never stored. Address lockouts: one row per window."""
    now = clock.now()
    address = request.client.host if request.client else "unknown"
    for attempt in (1, 2):
        try:
            _count_failure(db, name, keys, address, now)
            return
        except IntegrityError:  # a parallel failure made the same throttle row first
            if attempt == 2:
                raise


def _count_failure(
    db: Database, name: str, keys: throttle.Keys, address: str, now: dt.datetime
) -> None:
    with db.transaction() as session:
        real = session.scalar(select(User.name).where(User.name == name))
        locked = throttle.record_failure(session, keys, now)
        if real is not None:
            audit(session, real, "login_failed", address=address)
        if keys.account in locked and real is not None:
            audit(
                session,
                real,
                "login_locked",
                scope="account",
                minutes=int(throttle.LOCK_FOR.total_seconds() // 60),
            )
        if keys.address in locked and not _address_lock_audited(session, now):
            audit(
                session,
                "?",
                "login_locked",
                scope="address",
                address=address,
                minutes=int(throttle.LOCK_FOR.total_seconds() // 60),
            )


def _address_lock_audited(session: Session, now: dt.datetime) -> bool:
    """At most one address lockout row per lockout window: an attacker cycling addresses
    cannot grow the audit log without bound."""
    since = clock.iso(now - throttle.LOCK_FOR)
    found = session.scalar(
        select(AuditLog.id)
        .where(AuditLog.action == "login_locked", AuditLog.at >= since)
        .where(AuditLog.detail.contains('"scope": "address"'))
        .limit(1)
    )
    return found is not None


@router.post("/logout")
def logout(request: Request, user: CurrentUser, csrf: Csrf) -> Response:
    check_csrf(user, csrf)
    sign_out(_db(request), request.cookies.get(SESSION_COOKIE, ""))
    response = RedirectResponse("/admin/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/")
def ceremonies(request: Request, user: CurrentUser) -> HTMLResponse:
    with _db(request).transaction() as session:
        rows = ceremony_summaries(session)
    return _page(request, "ceremonies.html", user, ceremonies=rows, refresh=REFRESH_SECONDS)


@router.get("/ceremonies/{ceremony_id}")
def ceremony(request: Request, ceremony_id: str, user: CurrentUser) -> HTMLResponse:
    with _db(request).transaction() as session:
        summary = ceremony_summary(session, ceremony_id)
        if summary is None:
            raise HTTPException(404, "no such ceremony")
        units = progress_by_unit(session, ceremony_id)
        closing = closings(session, [ceremony_id]).get(ceremony_id)
        late = late_signings(session, closing) if closing is not None else []
        recent = list(
            session.scalars(
                select(Record)
                .where(Record.ceremony_id == ceremony_id)
                .order_by(Record.change_seq.desc())
                .limit(25)
            )
        )
        names = station_names(session)
    return _page(
        request,
        "ceremony.html",
        user,
        c=summary,
        units=units,
        recent=recent,
        names=names,
        closing=closing,
        late=late,
        refresh=REFRESH_SECONDS,
    )


@router.get("/ceremonies/{ceremony_id}/duplicates")
def duplicates(request: Request, ceremony_id: str, user: CurrentUser) -> HTMLResponse:
    with _db(request).transaction() as session:
        summary = ceremony_summary(session, ceremony_id)
        if summary is None:
            raise HTTPException(404, "no such ceremony")
        pairs = duplicate_pairs(session, ceremony_id)
        names = station_names(session)
    return _page(request, "duplicates.html", user, c=summary, pairs=pairs, names=names)


@router.post("/duplicates/{pair_id}/review")
def review_duplicate(
    request: Request,
    pair_id: RowId,
    user: AdminUser,
    csrf: Csrf,
    note: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    check_csrf(user, csrf)
    with _db(request).transaction() as session:
        pair = session.get(DuplicatePair, pair_id)
        if pair is None:
            raise HTTPException(404, "no such duplicate pair")
        pair.status, pair.reviewed_by = "reviewed", user.name
        pair.reviewed_at, pair.note = clock.now_iso(), note.strip()
        audit(session, user.name, "duplicate_review", pair=pair_id, note=pair.note)
        target = f"/admin/ceremonies/{pair.ceremony_id}/duplicates"
    return RedirectResponse(target, status_code=303)


@router.get("/records/{record_id}")
def record(request: Request, record_id: str, user: CurrentUser) -> HTMLResponse:
    with _db(request).transaction() as session:
        row = session.get(Record, record_id)
        if row is None:
            raise HTTPException(404, "no such record")
        fields = [(f, getattr(row, f)) for f in RECORD_FIELDS]
        purged = purge_of(session, row.ceremony_id) is not None
        stored = None if purged else session.get(Blob, row.image_sha256)
        audit(session, user.name, "record_view", record=record_id)
    notice, detail = "", ""
    if purged:
        notice = PURGED_SIGNATURE
    elif stored is None:
        notice = MISSING_SIGNATURE
    else:
        try:  # decrypt here too, so a wrong key shows as a message, not a broken image
            _cipher(request).open(stored.sha256, stored.data)
        except BlobDecryptError as exc:
            notice, detail = UNREADABLE_SIGNATURE, str(exc)
    return _page(request, "record.html", user, r=row, fields=fields, notice=notice, detail=detail)


@router.get("/records/{record_id}/image.png")
def record_image(request: Request, record_id: str, user: CurrentUser) -> Response:
    with _db(request).transaction() as session:
        row = session.get(Record, record_id)
        if row is None:
            raise HTTPException(404, "no such record")
        if purge_of(session, row.ceremony_id) is not None:
            raise HTTPException(410, PURGED_SIGNATURE)
        stored = session.get(Blob, row.image_sha256)
        if stored is None:
            raise HTTPException(404, MISSING_SIGNATURE)
    try:
        image = _cipher(request).open(stored.sha256, stored.data)
    except BlobDecryptError as exc:
        raise HTTPException(500, f"{UNREADABLE_SIGNATURE} {exc}") from None
    return Response(image, media_type="image/png", headers={"Cache-Control": "no-store"})


@router.get("/ceremonies/{ceremony_id}/export.csv")
def export(request: Request, ceremony_id: str, user: CurrentUser) -> Response:
    with _db(request).transaction() as session:
        body = export_csv(session, ceremony_id)
        audit(session, user.name, "export_csv", ceremony=ceremony_id)
    return Response(
        body.encode("utf-8-sig"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="pakta-{ceremony_id[:8]}.csv"'},
    )


def _stations_page(request: Request, user: WebUser, **extra: object) -> HTMLResponse:
    with _db(request).transaction() as session:
        stations = list(session.scalars(select(Station).order_by(Station.name)))
    return _page(request, "stations.html", user, stations=stations, **extra)


@router.get("/stations")
def stations(request: Request, user: CurrentUser) -> HTMLResponse:
    return _stations_page(request, user)


@router.post("/stations")
def station_add(
    request: Request, user: AdminUser, csrf: Csrf, name: Annotated[str, Form(max_length=120)]
) -> HTMLResponse:
    check_csrf(user, csrf)
    try:
        with _db(request).transaction() as session:
            station, code = add_station(session, name, actor=user.name)
            added = station.name
    except AdminError as exc:
        raise HTTPException(400, str(exc)) from None
    server_url = request.app.state.settings.public_url or str(request.base_url).rstrip("/")
    return _stations_page(
        request,
        user,
        added=added,
        code=code,
        server_url=server_url,
        qr=_qr_svg_b64(f"PAKTA-ENROLL {server_url} {code}"),
    )


@router.post("/stations/{station_id}/revoke")
def station_revoke(request: Request, station_id: RowId, user: AdminUser, csrf: Csrf) -> Response:
    check_csrf(user, csrf)
    try:
        with _db(request).transaction() as session:
            revoke_station(session, str(station_id), actor=user.name)
    except AdminError as exc:
        raise HTTPException(404, str(exc)) from None
    return RedirectResponse("/admin/stations", status_code=303)


@router.get("/audit")
def audit_log(request: Request, user: CurrentUser) -> HTMLResponse:
    with _db(request).transaction() as session:
        events = list(session.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(500)))
    return _page(request, "audit.html", user, events=events)


def _qr_svg_b64(text: str) -> str:
    """The enrolment QR as SVG (drawn by qrcode itself: the server needs no Pillow)."""
    image = qrcode.make(text, image_factory=SvgPathImage, box_size=20)
    buf = io.BytesIO()
    image.save(buf)
    return base64.b64encode(buf.getvalue()).decode("ascii")
