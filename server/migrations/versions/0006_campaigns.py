"""campaigns: a whole instansi's roster across ceremonies, per-unit tallies, scoped viewers

Revision ID: 0006_campaigns
Revises: 0005_venue_trust
Create Date: 2026-12-15 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_campaigns"
down_revision = "0005_venue_trust"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaign",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("instansi", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("roster_source", sa.String(length=300), nullable=False),
        sa.Column("roster_imported_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "campaign_person",
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("identifier", sa.String(length=40), nullable=False),
        sa.Column("id_kind", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("rank", sa.String(length=300), nullable=False),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("unit", sa.String(length=300), nullable=False),
        sa.Column("instansi", sa.String(length=300), nullable=False),
        sa.Column("row_no", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaign.id"]),
        sa.PrimaryKeyConstraint("campaign_id", "identifier"),
    )
    op.create_index("ix_campaign_person_unit", "campaign_person", ["campaign_id", "unit", "name"])
    op.create_table(
        "campaign_unit",
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("unit", sa.String(length=300), nullable=False),
        sa.Column("expected", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaign.id"]),
        sa.PrimaryKeyConstraint("campaign_id", "unit"),
    )
    op.create_table(
        "campaign_tally",
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("unit", sa.String(length=300), nullable=False),
        sa.Column("listed", sa.Boolean(), nullable=False),
        sa.Column("station_ref", sa.Integer(), nullable=False),
        sa.Column("signed", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaign.id"]),
        sa.PrimaryKeyConstraint("campaign_id", "unit", "listed", "station_ref"),
    )
    with op.batch_alter_table("ceremony") as batch:
        batch.add_column(
            sa.Column("campaign_id", sa.String(length=36), nullable=False, server_default="")
        )
        batch.create_index("ix_ceremony_campaign_id", ["campaign_id"])
    with op.batch_alter_table("app_user") as batch:
        batch.add_column(
            sa.Column("scope_campaign", sa.String(length=36), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("scope_unit", sa.String(length=300), nullable=False, server_default="")
        )
    op.create_index("ix_record_identifier", "record", ["identifier"])


def downgrade() -> None:
    op.drop_index("ix_record_identifier", table_name="record")
    with op.batch_alter_table("app_user") as batch:
        batch.drop_column("scope_unit")
        batch.drop_column("scope_campaign")
    with op.batch_alter_table("ceremony") as batch:
        batch.drop_index("ix_ceremony_campaign_id")
        batch.drop_column("campaign_id")
    op.drop_table("campaign_tally")
    op.drop_table("campaign_unit")
    op.drop_index("ix_campaign_person_unit", table_name="campaign_person")
    op.drop_table("campaign_person")
    op.drop_table("campaign")
