"""Proof the desk keeps: the server's signed anchors of this desk's chain head."""

from __future__ import annotations

from sqlalchemy import Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models import Base


class ChainAnchor(Base):
    """One signed statement of the server (pakta_common.proof.anchor), kept as received."""

    __tablename__ = "chain_anchor"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    station_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    record_hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[str] = mapped_column(String(32))
    server_key_id: Mapped[str] = mapped_column(String(8))
    server_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    signature: Mapped[bytes] = mapped_column(LargeBinary(64))
    received_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (Index("ix_anchor_station_seq", "station_id", "seq"),)
