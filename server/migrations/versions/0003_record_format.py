"""record format 2: the record's format and its consent method, pledge shown at, time zone

Revision ID: 0003_record_format
Revises: 0002
Create Date: 2026-12-08 09:00:00.000000

Records stored before are format 1 (the columns' defaults); their hash covers none of the
new fields, so they keep verifying by the format-1 list.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_record_format"
down_revision = "0002"
branch_labels = None
depends_on = None

_NEW = (("consent_method", 20), ("pledge_shown_at", 32), ("timezone", 40))


def upgrade() -> None:
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("format", sa.Integer(), nullable=False, server_default="1"))
        for name, length in _NEW:
            batch_op.add_column(
                sa.Column(name, sa.String(length=length), nullable=False, server_default="")
            )


def downgrade() -> None:
    with op.batch_alter_table("record", schema=None) as batch_op:
        for name, _length in _NEW:
            batch_op.drop_column(name)
        batch_op.drop_column("format")
