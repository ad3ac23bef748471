"""chain anchors: the server's signed statements of this desk's chain head (issue 13)

Revision ID: 0006_anchors
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_anchors"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chain_anchor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("record_hash", sa.String(length=64), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("server_key_id", sa.String(length=8), nullable=False),
        sa.Column("server_key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("signature", sa.LargeBinary(length=64), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_anchor_station_seq", "chain_anchor", ["station_id", "seq"])


def downgrade() -> None:
    op.drop_index("ix_anchor_station_seq", table_name="chain_anchor")
    op.drop_table("chain_anchor")
