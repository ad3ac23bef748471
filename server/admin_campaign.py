"""Admin pages of campaigns: the list, the live dashboard per unit, chase-list downloads, and
(admins) new campaigns, roster uploads and campaign ceremonies. A scoped viewer sees the
dashboard and chase list of their own unit only; every download is audited."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from server import chase_list, clock
from server.admin import REFRESH_SECONDS, Csrf, _db, _page
from server.campaign_models import Campaign
from server.campaign_report import campaign_report, chase_rows
from server.campaign_roster import CampaignImport, import_campaign_roster
from server.campaigns import (
    campaign_units,
    campaign_zone,
    create_campaign,
    create_campaign_ceremony,
    find_campaign,
    list_campaigns,
)
from server.organiser import MAX_PLEDGE_CHARS, pledge_versions
from server.roster_files import campaign_roster_upload
from server.scope import check_unit, visible_unit
from server.stations import AdminError, audit
from server.webauth import AdminUser, CurrentUser, ReaderUser, WebUser, check_csrf

router = APIRouter(prefix="/admin", include_in_schema=False)
MAX_CAMPAIGN_UPLOAD = 45 * 1024 * 1024  # under the server's body limit; larger: the CLI
Text300 = Annotated[str, Form(max_length=300)]
MEDIA = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


def _campaign(session: Session, campaign_id: str) -> Campaign:
    found = session.get(Campaign, campaign_id)
    if found is None:
        raise HTTPException(404, "no such campaign")
    return found


@router.get("/campaigns")
def campaigns(request: Request, user: CurrentUser) -> HTMLResponse:
    with _db(request).transaction() as session:
        rows = list_campaigns(session)
    return _page(request, "campaigns.html", user, campaigns=rows, error="")


@router.post("/campaigns")
def campaign_new(
    request: Request,
    user: AdminUser,
    csrf: Csrf,
    title: Text300,
    instansi: Text300 = "",
) -> Response:
    check_csrf(user, csrf)
    try:
        with _db(request).transaction() as session:
            made = create_campaign(session, title=title, instansi=instansi, actor=user.name)
            target = f"/admin/campaigns/{made.id}"
    except AdminError as exc:
        with _db(request).transaction() as session:
            rows = list_campaigns(session)
        page = _page(request, "campaigns.html", user, campaigns=rows, error=str(exc))
        page.status_code = 400
        return page
    return RedirectResponse(target, status_code=303)


def _dashboard(
    request: Request,
    user: WebUser,
    campaign_id: str,
    status: int = 200,
    **extra: object,
) -> HTMLResponse:
    unit = visible_unit(user.scope_campaign, user.scope_unit, campaign_id)
    with _db(request).transaction() as session:
        campaign = _campaign(session, campaign_id)
        report = campaign_report(session, campaign, unit)
        versions = pledge_versions(session) if user.is_admin else []
    page = _page(
        request,
        "campaign.html",
        user,
        r=report,
        versions=versions,
        refresh=0 if extra else REFRESH_SECONDS,  # a form's answer stays on screen
        now=clock.now_iso()[:16].replace("T", " "),
        **{"result": None, "error": "", **extra},
    )
    page.status_code = status
    return page


@router.get("/campaigns/{campaign_id}")
def dashboard(request: Request, campaign_id: str, user: ReaderUser) -> HTMLResponse:
    """Signed anywhere in the campaign, per unit, refreshed every few seconds."""
    return _dashboard(request, user, campaign_id)


@router.get("/campaigns/{campaign_id}/chase.{fmt}")
def chase_download(
    request: Request,
    campaign_id: str,
    fmt: str,
    user: ReaderUser,
    unit: Annotated[str | None, Query(max_length=300)] = None,
) -> Response:
    """A chase list (one unit, or all for an unscoped user) as PDF, XLSX or CSV; audited."""
    if fmt not in chase_list.FORMATS:
        raise HTTPException(404, "chase lists are pdf, xlsx or csv")
    shown = check_unit(visible_unit(user.scope_campaign, user.scope_unit, campaign_id), unit)
    with _db(request).transaction() as session:
        campaign = _campaign(session, campaign_id)
        if shown is not None and shown not in campaign_units(session, campaign.id):
            raise HTTPException(404, "no such unit in this campaign")
        heading = chase_list.ChaseHeading(
            campaign.title,
            campaign.instansi,
            clock.now(),
            user.name,
            campaign_zone(session, campaign.id),
        )
        with tempfile.TemporaryFile() as buffer:
            rows = chase_list.export(
                buffer, chase_rows(session, campaign.id, shown), fmt, heading, shown
            )
            buffer.seek(0)
            body = buffer.read()
        audit(
            session,
            user.name,
            "chase_list_export",
            campaign=campaign.id,
            unit=shown,
            format=fmt,
            rows=rows,
        )
    name = f"belum-tanda-tangan-{campaign.id[:8]}{'-' + _slug(shown) if shown else ''}.{fmt}"
    return Response(
        body,
        media_type=MEDIA[fmt],
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "no-store",
        },
    )


def _slug(text: str) -> str:
    return "".join(ch.lower() if ch.isascii() and ch.isalnum() else "-" for ch in text)[:40]


@router.post("/campaigns/{campaign_id}/roster")
async def roster_upload(
    request: Request,
    campaign_id: str,
    user: AdminUser,
    csrf: Csrf,
    roster: Annotated[UploadFile, File()],
) -> HTMLResponse:
    check_csrf(user, csrf)
    name = (roster.filename or "roster.xlsx")[:200]
    suffix = Path(name).suffix.lower()
    if suffix not in (".csv", ".txt", ".xlsx", ".xlsm"):
        suffix = ".csv"
    folder = tempfile.mkdtemp(prefix="pakta-campaign-")
    path = Path(folder) / f"roster{suffix}"
    try:
        written = 0
        with path.open("wb") as fh:  # streamed to a private file, never whole in memory
            os.chmod(path, 0o600)
            while chunk := await roster.read(1024 * 1024):
                written += len(chunk)
                if written > MAX_CAMPAIGN_UPLOAD:
                    return _dashboard(
                        request, user, campaign_id, 413,
                        error="Berkas terlalu besar untuk diunggah; gunakan "
                        "`pakta server roster import FILE --campaign ID`.",
                    )  # fmt: skip
                fh.write(chunk)

        def load() -> CampaignImport:
            items = campaign_roster_upload(path)
            with _db(request).transaction() as session:
                return import_campaign_roster(
                    session, campaign_id, items, source=name, actor=user.name
                )

        try:  # off the event loop: a province's file takes a while, other pages must not wait
            result = await run_in_threadpool(load)
        except (ValueError, AdminError) as exc:
            message = str(exc).replace(str(path), name).replace(path.name, name)
            return _dashboard(request, user, campaign_id, 400, error=message)
    finally:
        path.unlink(missing_ok=True)
        os.rmdir(folder)
    return _dashboard(request, user, campaign_id, result=result)


@router.post("/campaigns/{campaign_id}/ceremonies")
def ceremony_new(
    request: Request,
    campaign_id: str,
    user: AdminUser,
    csrf: Csrf,
    title: Text300,
    date: Annotated[str, Form(max_length=10)],
    venue: Text300,
    organizer: Text300 = "",
    units: Annotated[list[str] | None, Form(max_length=300)] = None,
    identifiers: Annotated[str, Form(max_length=2_000_000)] = "",
    pledge_id: Annotated[str, Form(max_length=36)] = "",
    pledge_text: Annotated[str, Form(max_length=MAX_PLEDGE_CHARS + 1000)] = "",
) -> Response:
    """A ceremony of the campaign: its roster is the campaign's people of the chosen units
    and of the listed NIPs (one a line)."""
    check_csrf(user, csrf)
    wanted = [line.strip().upper() for line in identifiers.splitlines() if line.strip()]
    try:
        with _db(request).transaction() as session:
            campaign = find_campaign(session, campaign_id)
            template_text = pledge_text.strip() or None
            if template_text is None and pledge_id:
                stored = next((v for v in pledge_versions(session) if v.id == pledge_id), None)
                template_text = stored.text if stored is not None else None
            made, _taken = create_campaign_ceremony(
                session,
                campaign.id,
                title=title,
                date=date,
                venue=venue,
                organizer=organizer,
                pledge_text=template_text,
                units=units or [],
                identifiers=wanted,
                actor=user.name,
            )
            target = f"/admin/ceremonies/{made.id}/manage"
    except AdminError as exc:
        return _dashboard(request, user, campaign_id, 400, error=str(exc))
    return RedirectResponse(target, status_code=303)
