"""closing: find a ceremony's closing records without scanning its signings (issue 13, item 5)

Closing records (kind ``closing``) need no new column: they are records like any other. The
desk asks "is this ceremony closed?" on every signing, so records are indexed by kind.

Revision ID: 0009_closing
Revises: 0008_campaign
"""

from __future__ import annotations

from alembic import op

revision = "0009_closing"
down_revision = "0008_campaign"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_pledge_kind_ceremony", "signed_pledge", ["kind", "ceremony_id"])
    op.create_index("ix_remote_kind_ceremony", "remote_signing", ["kind", "ceremony_id"])


def downgrade() -> None:
    op.drop_index("ix_remote_kind_ceremony", table_name="remote_signing")
    op.drop_index("ix_pledge_kind_ceremony", table_name="signed_pledge")
