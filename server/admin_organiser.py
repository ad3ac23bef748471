"""Admin pages of the organiser (admin role, CSRF, same origin): make a ceremony with its pledge,
import its roster, give it a new pledge version before its first signing. Rules:
server.ownership and server.organiser."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import func, select

from server.admin import Csrf, _db, _page
from server.models import Ceremony, Record, RosterEntry, Station, Template
from server.organiser import (
    MAX_PLEDGE_CHARS,
    create_ceremony,
    import_roster,
    new_pledge_version,
    pledge_versions,
)
from server.ownership import ORGANISER
from server.roster_files import read_roster_upload
from server.stations import AdminError
from server.webauth import AdminUser, check_csrf

router = APIRouter(prefix="/admin", include_in_schema=False)
MAX_ROSTER_UPLOAD = 20 * 1024 * 1024
Text300 = Annotated[str, Form(max_length=300)]


@router.get("/ceremonies-new")
def new_ceremony_form(request: Request, user: AdminUser) -> HTMLResponse:
    with _db(request).transaction() as session:
        versions = pledge_versions(session)
    return _page(request, "ceremony_new.html", user, versions=versions, error="")


@router.post("/ceremonies-new")
def new_ceremony(
    request: Request,
    user: AdminUser,
    csrf: Csrf,
    title: Text300,
    date: Annotated[str, Form(max_length=10)],
    venue: Text300,
    organizer: Text300 = "",
    expected: Annotated[int | None, Form(ge=0, le=10_000_000)] = None,
    pledge_id: Annotated[str, Form(max_length=36)] = "",
    pledge_text: Annotated[str, Form(max_length=MAX_PLEDGE_CHARS + 1000)] = "",
) -> Response:
    check_csrf(user, csrf)
    try:
        with _db(request).transaction() as session:
            made = create_ceremony(
                session,
                title=title,
                date=date,
                venue=venue,
                organizer=organizer,
                expected=expected,
                pledge_text=pledge_text.strip() or None,
                template_id=pledge_id,
                actor=user.name,
            )
            target = f"/admin/ceremonies/{made.id}/manage"
    except AdminError as exc:
        with _db(request).transaction() as session:
            versions = pledge_versions(session)
        page = _page(request, "ceremony_new.html", user, versions=versions, error=str(exc))
        page.status_code = 400
        return page
    return RedirectResponse(target, status_code=303)


def _manage_page(
    request: Request, user: AdminUser, ceremony_id: str, status: int = 200, **extra: object
) -> HTMLResponse:
    with _db(request).transaction() as session:
        ceremony = session.get(Ceremony, ceremony_id)
        if ceremony is None:
            raise HTTPException(404, "no such ceremony")
        template = session.get(Template, ceremony.template_id)
        roster = session.scalar(
            select(func.count())
            .select_from(RosterEntry)
            .where(RosterEntry.ceremony_id == ceremony_id)
        )
        records = session.scalar(
            select(func.count()).select_from(Record).where(Record.ceremony_id == ceremony_id)
        )
        owner = "penyelenggara (server)"
        if ceremony.owner_station != ORGANISER:
            name = session.scalar(
                select(Station.name).where(Station.station_uuid == ceremony.owner_station)
            )
            owner = f"meja {name or ceremony.owner_station[:8]}"
    page = _page(
        request,
        "ceremony_manage.html",
        user,
        c=ceremony,
        template=template,
        roster=roster or 0,
        records=records or 0,
        owner=owner,
        **{"result": None, "error": "", **extra},
    )
    page.status_code = status
    return page


@router.get("/ceremonies/{ceremony_id}/manage")
def manage(request: Request, ceremony_id: str, user: AdminUser) -> HTMLResponse:
    return _manage_page(request, user, ceremony_id)


@router.post("/ceremonies/{ceremony_id}/roster")
async def roster_upload(
    request: Request,
    ceremony_id: str,
    user: AdminUser,
    csrf: Csrf,
    roster: Annotated[UploadFile, File()],
) -> HTMLResponse:
    check_csrf(user, csrf)
    data = await roster.read(MAX_ROSTER_UPLOAD + 1)
    name = (roster.filename or "roster.csv")[:200]
    if len(data) > MAX_ROSTER_UPLOAD:
        return _manage_page(request, user, ceremony_id, 413, error="Berkas terlalu besar.")
    try:
        rows, rejected = read_roster_upload(data, name)
    except ValueError as exc:
        return _manage_page(request, user, ceremony_id, 400, error=str(exc))
    try:
        with _db(request).transaction() as session:
            result = import_roster(
                session, ceremony_id, rows, rejected, source=name, actor=user.name
            )
    except AdminError as exc:
        raise HTTPException(404, str(exc)) from None
    return _manage_page(request, user, ceremony_id, result=result)


@router.post("/ceremonies/{ceremony_id}/pledge")
def pledge_version(
    request: Request,
    ceremony_id: str,
    user: AdminUser,
    csrf: Csrf,
    pledge_text: Annotated[str, Form(max_length=MAX_PLEDGE_CHARS + 1000)],
) -> Response:
    check_csrf(user, csrf)
    try:
        with _db(request).transaction() as session:
            new_pledge_version(session, ceremony_id, pledge_text, actor=user.name)
    except AdminError as exc:
        return _manage_page(request, user, ceremony_id, 409, error=str(exc))
    return RedirectResponse(f"/admin/ceremonies/{ceremony_id}/manage", status_code=303)
