"""venue trust: hubs an admin approved to relay desks for a ceremony

Revision ID: 0005_venue_trust
Revises: 0004
Create Date: 2026-12-10 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_venue_trust"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_approval",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_uuid", sa.String(length=36), nullable=False),
        sa.Column("ceremony_id", sa.String(length=36), nullable=False),
        sa.Column("approved_by", sa.String(length=120), nullable=False),
        sa.Column("approved_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("station_uuid", "ceremony_id", name="uq_hub_approval"),
    )


def downgrade() -> None:
    op.drop_table("hub_approval")
