"""sync state

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_server",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        sa.Column("token", sa.String(length=200), nullable=False),
        sa.Column("server_name", sa.String(length=200), nullable=False),
        sa.Column("enrolled_at", sa.String(length=32), nullable=False),
        sa.Column("pull_cursor", sa.String(length=40), nullable=False),
        sa.Column("last_push_at", sa.String(length=32), nullable=False),
        sa.Column("last_pull_at", sa.String(length=32), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "remote_signing",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("refers_to", sa.String(length=36), nullable=True),
        sa.Column("ceremony_id", sa.String(length=36), nullable=False),
        sa.Column("identifier", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("unit", sa.String(length=300), nullable=False),
        sa.Column("station_id", sa.String(length=36), nullable=False),
        sa.Column("station_name", sa.String(length=120), nullable=False),
        sa.Column("signed_at", sa.String(length=32), nullable=False),
        sa.Column("pulled_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("remote_signing", schema=None) as batch_op:
        batch_op.create_index(
            "ix_remote_ceremony_identifier", ["ceremony_id", "identifier"], unique=False
        )
    op.create_table(
        "published_ceremony",
        sa.Column("ceremony_id", sa.String(length=36), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("published_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("ceremony_id"),
    )


def downgrade() -> None:
    op.drop_table("published_ceremony")
    with op.batch_alter_table("remote_signing", schema=None) as batch_op:
        batch_op.drop_index("ix_remote_ceremony_identifier")
    op.drop_table("remote_signing")
    op.drop_table("sync_server")
