"""Which ceremony a command or a document means: by id, by a unique id prefix, or the active one.

Below services/ and documents/ (both resolve references), above storage and settings.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import InvalidInput, NotFound
from desktop_app.settings import ACTIVE_CEREMONY, get_setting
from desktop_app.storage.models import Ceremony


def find_ceremony(session: Session, ref: str | None) -> Ceremony:
    """A ceremony by id or unique id prefix (at least 4 characters); None = the active one."""
    if not ref:
        active = get_setting(session, ACTIVE_CEREMONY)
        if not active:
            raise NotFound("no active ceremony: create one with `pakta ceremony create`")
        ceremony = session.get(Ceremony, active)
        if ceremony is None:
            raise NotFound("the active ceremony no longer exists; choose one")
        return ceremony
    ref = ref.strip().lower()
    exact = session.get(Ceremony, ref)
    if exact is not None:
        return exact
    if len(ref) < 4:
        raise NotFound(f"no ceremony {ref!r} (give at least 4 characters of its id)")
    matches = list(session.scalars(select(Ceremony).where(Ceremony.id.startswith(ref))).all())
    if not matches:
        raise NotFound(f"no ceremony {ref!r}")
    if len(matches) > 1:
        raise InvalidInput(f"{ref!r} matches {len(matches)} ceremonies; give more of the id")
    return matches[0]
