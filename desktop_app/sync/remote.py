"""Other desks' signings pulled from the server: has this person already signed elsewhere?"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.storage.sync_models import RemoteSigning

SIGNING_KINDS = ("pledge", "resign")


def signed_elsewhere(session: Session, ceremony_id: str, identifier: str) -> RemoteSigning | None:
    """The earliest standing signing of this person at another desk, as last pulled."""
    rows = session.scalars(
        select(RemoteSigning).where(
            RemoteSigning.ceremony_id == ceremony_id, RemoteSigning.identifier == identifier
        )
    ).all()
    voided = {r.refers_to for r in rows if r.kind == "void"}
    standing = [r for r in rows if r.kind in SIGNING_KINDS and r.id not in voided]
    return min(standing, key=lambda r: r.signed_at) if standing else None
