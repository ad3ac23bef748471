"""record format 2 (format, consent method, pledge shown at, time zone); ceremony consent options

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-08 09:00:00.000000

Records stored before are format 1 (the columns' defaults); their hash covers none of the
new fields, so they keep verifying by the format-1 list. Ceremonies get the consent options
their desks publish (minimum reading time, separate or compact form, IANA time zone).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_NEW = (("consent_method", 20), ("pledge_shown_at", 32), ("timezone", 40))


_CEREMONY = (
    ("min_read_s", sa.Integer(), "5"),
    ("consent_form", sa.String(length=10), "separate"),
    ("timezone", sa.String(length=40), "Asia/Jakarta"),
)


def upgrade() -> None:
    with op.batch_alter_table("ceremony", schema=None) as batch_op:
        for name, kind, default in _CEREMONY:
            batch_op.add_column(sa.Column(name, kind, nullable=False, server_default=default))
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
    with op.batch_alter_table("ceremony", schema=None) as batch_op:
        for name, _kind, _default in _CEREMONY:
            batch_op.drop_column(name)
