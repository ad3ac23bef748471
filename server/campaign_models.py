"""SQLAlchemy models of campaigns: one instansi's whole roster across many ceremonies.

A campaign holds the roster the BKPSDM exports from SIASN (``campaign_person``); its
ceremonies (``ceremony.campaign_id``) take a subset of it. Who signed is always a question
to the records; ``campaign_tally`` keeps the answer per unit as running sums so that the
dashboard reads a few hundred rows, not 440,000 (server.campaign_tally keeps them exact).
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.models import Base


class Campaign(Base):
    __tablename__ = "campaign"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    instansi: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(120))
    roster_source: Mapped[str] = mapped_column(String(300), default="")  # the last import's file
    roster_imported_at: Mapped[str] = mapped_column(String(32), default="")


class CampaignPerson(Base):
    """One ASN of the campaign's roster, as the last roster import read them."""

    __tablename__ = "campaign_person"
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id"), primary_key=True)
    identifier: Mapped[str] = mapped_column(String(40), primary_key=True)
    id_kind: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(300))
    rank: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    unit: Mapped[str] = mapped_column(String(300), default="")
    instansi: Mapped[str] = mapped_column(String(300), default="")
    row_no: Mapped[int] = mapped_column(Integer, default=0)  # its row in the imported file
    updated_at: Mapped[str] = mapped_column(String(32))
    # The chase list of a unit, in name order, straight from the index.
    __table_args__ = (Index("ix_campaign_person_unit", "campaign_id", "unit", "name"),)


class CampaignUnit(Base):
    """Expected signers per unit (roster rows), rewritten by each roster import."""

    __tablename__ = "campaign_unit"
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id"), primary_key=True)
    unit: Mapped[str] = mapped_column(String(300), primary_key=True)
    expected: Mapped[int] = mapped_column(Integer, default=0)


class CampaignTally(Base):
    """People signed anywhere in the campaign, per unit, as running sums.

    One row per (unit, station that changed the sum): a desk's push only ever adds to its own
    rows, so fifty desks pushing at once never wait on one hot counter row. ``listed`` False
    counts people signed at a campaign ceremony who are not on the campaign's roster
    (walk-ins), under the unit their record names. Station 0 holds a rebuild's totals."""

    __tablename__ = "campaign_tally"
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id"), primary_key=True)
    unit: Mapped[str] = mapped_column(String(300), primary_key=True)
    listed: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    station_ref: Mapped[int] = mapped_column(Integer, primary_key=True)
    signed: Mapped[int] = mapped_column(Integer, default=0)
