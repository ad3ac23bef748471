"""consent options per ceremony; record format 2 (consent method, pledge shown at, time zone)

Revision ID: 0005
Revises: 0004

Existing ceremonies get the defaults (5 s reading time, separate consent, Asia/Jakarta).
Existing records are format 1: their new columns are empty and are not part of their hash.
ADD COLUMN changes no row, so the triggers that refuse UPDATE on signed_pledge do not fire.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "ceremony", sa.Column("min_read_s", sa.Integer(), nullable=False, server_default="5")
    )
    op.add_column(
        "ceremony",
        sa.Column("consent_form", sa.String(length=10), nullable=False, server_default="separate"),
    )
    op.add_column(
        "ceremony",
        sa.Column("timezone", sa.String(length=40), nullable=False, server_default="Asia/Jakarta"),
    )
    op.add_column(
        "signed_pledge", sa.Column("format", sa.Integer(), nullable=False, server_default="1")
    )
    for name, length in (("consent_method", 20), ("pledge_shown_at", 32), ("timezone", 40)):
        op.add_column(
            "signed_pledge",
            sa.Column(name, sa.String(length=length), nullable=False, server_default=""),
        )


def downgrade() -> None:
    # Format-2 records would lose hashed fields and stop verifying: refuse rather than break
    # the proof. Without them, the columns go (SQLite >= 3.35 drops columns in place).
    newer = op.get_bind().execute(sa.text("SELECT count(*) FROM signed_pledge WHERE format > 1"))
    if newer.scalar_one():
        raise RuntimeError("records of format 2 exist: this store cannot be downgraded")
    for name in ("consent_method", "pledge_shown_at", "timezone", "format"):
        op.drop_column("signed_pledge", name)
    for name in ("min_read_s", "consent_form", "timezone"):
        op.drop_column("ceremony", name)
