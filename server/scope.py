"""Scoped viewers: a viewer limited to one unit (OPD) of one campaign sees that unit only.

Everything else of the admin pages refuses them (server.webauth.require_user: deny unless a
page says it serves scoped viewers); the campaign pages, exports and JSON API that do, ask
``visible_unit`` which unit a user may see.
"""

from __future__ import annotations

from fastapi import HTTPException
from sqlalchemy.orm import Session

from server.campaigns import campaign_units, find_campaign
from server.models import User
from server.stations import AdminError, add_user, audit


def add_scoped_viewer(
    session: Session, name: str, password: str, campaign_ref: str, unit: str, *, actor: str
) -> User:
    campaign = find_campaign(session, campaign_ref)
    unit = unit.strip()
    if unit not in campaign_units(session, campaign.id):
        raise AdminError(f"no unit {unit!r} in the campaign's roster (import it first)")
    user = add_user(session, name, "viewer", password, actor=actor)
    user.scope_campaign, user.scope_unit = campaign.id, unit
    audit(session, actor, "user_scope", user=user.name, campaign=campaign.id, unit=unit)
    session.flush()
    return user


def visible_unit(scope_campaign: str, scope_unit: str, campaign_id: str) -> str | None:
    """The unit a user may see of this campaign: None for all (an unscoped user); 403 for a
    scoped user and another campaign."""
    if not scope_campaign:
        return None
    if scope_campaign != campaign_id:
        raise HTTPException(403, "this account sees only its own unit of its own campaign")
    return scope_unit


def check_unit(scope_unit: str | None, asked: str | None) -> str | None:
    """The unit to show: what was asked, within what the user may see (403 beyond it)."""
    if scope_unit is None:
        return asked
    if asked is not None and asked != scope_unit:
        raise HTTPException(403, "this account sees only its own unit")
    return scope_unit
