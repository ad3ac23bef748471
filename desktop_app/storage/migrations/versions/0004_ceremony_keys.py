"""ceremony keys (erasable per ceremony)

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ceremony_key",
        sa.Column("ceremony_id", sa.String(length=36), nullable=False),
        sa.Column("wrapped", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("erased_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["ceremony_id"], ["ceremony.id"]),
        sa.PrimaryKeyConstraint("ceremony_id"),
    )


def downgrade() -> None:
    op.drop_table("ceremony_key")
