"""API v1 for people reading a campaign (signed in through the admin pages: an admin, a
viewer, or a viewer scoped to one unit, who gets that unit only): the report per unit and the
chase list as JSON. Reads only; every chase list handed out is audited."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel

from pakta_common.wire import ErrorBody
from server.api import Db
from server.campaign_models import Campaign
from server.campaign_report import campaign_report, chase_rows
from server.campaigns import campaign_units
from server.scope import check_unit, visible_unit
from server.stations import audit
from server.webauth import WebUser, require_reader_api

router = APIRouter(prefix="/api/v1/campaigns", tags=["campaigns"])
Reader = Annotated[WebUser, Depends(require_reader_api)]
UnitQuery = Annotated[str | None, Query(max_length=300)]
CampaignId = Annotated[str, Query(max_length=36)]


class UnitRow(BaseModel):
    unit: str
    expected: int
    signed: int
    missing: int


class CeremonyRow(BaseModel):
    id: str
    title: str
    date: str
    venue: str


class CampaignReportBody(BaseModel):
    campaign: str
    title: str
    instansi: str
    unit: str | None
    signed: int
    expected: int
    missing: int
    walk_ins: int
    units: list[UnitRow]
    ceremonies: list[CeremonyRow]


class ChasePerson(BaseModel):
    identifier: str
    id_kind: str
    name: str
    rank: str
    position: str
    unit: str


class ChaseListBody(BaseModel):
    campaign: str
    unit: str | None
    rows: int
    people: list[ChasePerson]


_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorBody, "description": "not signed in"},
    403: {"model": ErrorBody, "description": "outside this account's unit or campaign"},
    404: {"model": ErrorBody, "description": "no such campaign or unit"},
}


def _scope(user: WebUser, campaign_id: str, unit: str | None) -> str | None:
    return check_unit(visible_unit(user.scope_campaign, user.scope_unit, campaign_id), unit)


@router.get("/{campaign_id}/report", response_model=CampaignReportBody, responses=_ERRORS)
def report(campaign_id: str, user: Reader, db: Db, unit: UnitQuery = None) -> CampaignReportBody:
    """Signed anywhere in the campaign, per unit (a scoped viewer: their unit only)."""
    shown = _scope(user, campaign_id, unit)
    with db.transaction() as session:
        campaign = session.get(Campaign, campaign_id)
        if campaign is None:
            raise HTTPException(404, "no such campaign")
        if shown is not None and shown not in campaign_units(session, campaign_id):
            raise HTTPException(404, "no such unit in this campaign")
        return CampaignReportBody.model_validate(
            campaign_report(session, campaign, shown).as_json()
        )


@router.get("/{campaign_id}/chase-list", response_model=ChaseListBody, responses=_ERRORS)
def chase(
    campaign_id: str, user: Reader, db: Db, request: Request, unit: UnitQuery = None
) -> ChaseListBody:
    """Who has not signed yet (a scoped viewer: of their unit only); audited."""
    shown = _scope(user, campaign_id, unit)
    with db.transaction() as session:
        if session.get(Campaign, campaign_id) is None:
            raise HTTPException(404, "no such campaign")
        if shown is not None and shown not in campaign_units(session, campaign_id):
            raise HTTPException(404, "no such unit in this campaign")
        people = [ChasePerson(**vars(r)) for r in chase_rows(session, campaign_id, shown)]
        audit(
            session,
            user.name,
            "chase_list_export",
            campaign=campaign_id,
            unit=shown,
            format="json",
            rows=len(people),
        )
    return ChaseListBody(campaign=campaign_id, unit=shown, rows=len(people), people=people)
