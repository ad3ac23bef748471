"""print queue

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # tables are added by the issue that owns this migration


def downgrade() -> None:
    pass
