"""Station-side sync state: the enrolled server, the pull cursor, other desks' signings."""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models import Base


class SyncServer(Base):
    """The central server this station is enrolled with (one row, id 1)."""

    __tablename__ = "sync_server"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(500))
    token: Mapped[str] = mapped_column(String(200))
    server_name: Mapped[str] = mapped_column(String(200), default="")
    enrolled_at: Mapped[str] = mapped_column(String(32))
    pull_cursor: Mapped[str] = mapped_column(String(40), default="")  # issued by the server
    last_push_at: Mapped[str] = mapped_column(String(32), default="")
    last_pull_at: Mapped[str] = mapped_column(String(32), default="")
    last_error: Mapped[str] = mapped_column(Text, default="")


class RemoteSigning(Base):
    """Another desk's signing record, pulled from the server (no signature kept here)."""

    __tablename__ = "remote_signing"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    refers_to: Mapped[str | None] = mapped_column(String(36), nullable=True)
    ceremony_id: Mapped[str] = mapped_column(String(36))
    identifier: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(300))
    station_id: Mapped[str] = mapped_column(String(36))
    station_name: Mapped[str] = mapped_column(String(120))
    signed_at: Mapped[str] = mapped_column(String(32))
    pulled_at: Mapped[str] = mapped_column(String(32))
    # Where it was signed (migration 0008_campaign): the campaign of its ceremony ("" for none),
    # and the ceremony's title and date, for "already signed at <ceremony>, <date>".
    campaign_id: Mapped[str] = mapped_column(String(36), server_default="")
    ceremony_title: Mapped[str] = mapped_column(String(300), server_default="")
    ceremony_date: Mapped[str] = mapped_column(String(10), server_default="")
    __table_args__ = (
        Index("ix_remote_ceremony_identifier", "ceremony_id", "identifier"),
        Index("ix_remote_campaign_identifier", "campaign_id", "identifier"),
        Index("ix_remote_kind_ceremony", "kind", "ceremony_id"),
    )


class PublishedCeremony(Base):
    """What this station last published of a ceremony (digest of ceremony, text and roster)."""

    __tablename__ = "published_ceremony"
    ceremony_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[str] = mapped_column(String(32))
