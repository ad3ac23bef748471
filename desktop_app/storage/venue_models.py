"""Station-side venue state: the hub this desk joined (or hosts), its cursor and push mark."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models import Base


class VenueLink(Base):
    """The venue hub of this desk (one row, id 1). Records go to the hub in chain order, so
    one number, ``pushed_seq``, says which have arrived (no second outbox)."""

    __tablename__ = "venue_link"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(500))
    token: Mapped[str] = mapped_column(String(200))  # sealed like the server token
    hub_id: Mapped[str] = mapped_column(String(36))
    hub_name: Mapped[str] = mapped_column(String(200), default="")
    desk_name: Mapped[str] = mapped_column(String(120), default="")  # as the hub knows us
    role: Mapped[str] = mapped_column(String(8), default="member")  # host | member
    ceremony_id: Mapped[str] = mapped_column(String(36), default="")
    joined_at: Mapped[str] = mapped_column(String(32))
    pull_cursor: Mapped[str] = mapped_column(String(40), default="")
    pushed_seq: Mapped[int] = mapped_column(Integer, default=0)
    # ceremony id -> fingerprint of the venue's copy: what the host published to the hub, or
    # what a member pulled from it and has not changed since (sync.catalog.publications_due)
    venue_digests: Mapped[str] = mapped_column(Text, default="{}")
    last_contact_at: Mapped[str] = mapped_column(String(32), default="")
    last_error: Mapped[str] = mapped_column(Text, default="")
