"""ceremony purge: signatures deleted when a ceremony's retention period ends

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ceremony_purge",
        sa.Column("ceremony_id", sa.String(length=36), nullable=False),
        sa.Column("purged_at", sa.String(length=32), nullable=False),
        sa.Column("purged_by", sa.String(length=120), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("blobs_deleted", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("ceremony_id"),
    )


def downgrade() -> None:
    op.drop_table("ceremony_purge")
