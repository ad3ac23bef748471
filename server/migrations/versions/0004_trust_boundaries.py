"""trust boundaries: ceremony owners, enrolment challenges and proofs, login throttle

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ceremony") as batch:
        batch.add_column(
            sa.Column("owner_station", sa.String(length=36), nullable=False, server_default="")
        )
    # Ceremonies published before owners existed belong to the desk that published them last
    # (the best the server knows); an admin can still change any of them.
    op.execute(
        "UPDATE ceremony SET owner_station = COALESCE((SELECT station.station_uuid FROM station "
        "WHERE station.name = ceremony.published_by), '')"
    )
    with op.batch_alter_table("station") as batch:
        batch.add_column(sa.Column("challenge_hash", sa.String(length=64), nullable=True))
        batch.add_column(
            sa.Column(
                "challenge_expires_at", sa.String(length=32), nullable=False, server_default=""
            )
        )
        batch.add_column(
            sa.Column("key_proven_at", sa.String(length=32), nullable=False, server_default="")
        )
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.String(length=32), nullable=False),
        sa.Column("last_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_index("ix_login_throttle_last_at", "login_throttle", ["last_at"])


def downgrade() -> None:
    op.drop_index("ix_login_throttle_last_at", table_name="login_throttle")
    op.drop_table("login_throttle")
    with op.batch_alter_table("station") as batch:
        batch.drop_column("key_proven_at")
        batch.drop_column("challenge_expires_at")
        batch.drop_column("challenge_hash")
    with op.batch_alter_table("ceremony") as batch:
        batch.drop_column("owner_station")
