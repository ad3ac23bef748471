"""venue link (the hub this desk joined or hosts)

Revision ID: 0007_venue
Revises: 0006_anchors
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_venue"
down_revision = "0006_anchors"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "venue_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        sa.Column("token", sa.String(length=200), nullable=False),
        sa.Column("hub_id", sa.String(length=36), nullable=False),
        sa.Column("hub_name", sa.String(length=200), nullable=False),
        sa.Column("desk_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.Column("ceremony_id", sa.String(length=36), nullable=False),
        sa.Column("joined_at", sa.String(length=32), nullable=False),
        sa.Column("pull_cursor", sa.String(length=40), nullable=False),
        sa.Column("pushed_seq", sa.Integer(), nullable=False),
        sa.Column("venue_digests", sa.Text(), nullable=False),
        sa.Column("last_contact_at", sa.String(length=32), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("venue_link")
