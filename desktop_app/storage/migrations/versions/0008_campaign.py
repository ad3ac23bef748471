"""campaigns: a ceremony's campaign, and where other desks' signings were made

Revision ID: 0008_campaign
Revises: 0007_venue

The server's campaigns (one instansi across many ceremonies): a pulled ceremony names its
campaign, and a pulled signing its campaign, ceremony title and date, so that the desk says
"already signed at <ceremony>, <date>" for a signing at another ceremony of the campaign.
Existing rows get "" (no campaign): nothing they meant changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_campaign"
down_revision = "0007_venue"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "ceremony",
        sa.Column("campaign_id", sa.String(length=36), nullable=False, server_default=""),
    )
    for name, length in (("campaign_id", 36), ("ceremony_title", 300), ("ceremony_date", 10)):
        op.add_column(
            "remote_signing",
            sa.Column(name, sa.String(length=length), nullable=False, server_default=""),
        )
    op.create_index(
        "ix_remote_campaign_identifier", "remote_signing", ["campaign_id", "identifier"]
    )


def downgrade() -> None:
    # Dropped in place (SQLite >= 3.35), not by a batch copy: ceremony is referenced by other
    # tables, and copying it would break their foreign keys.
    op.drop_index("ix_remote_campaign_identifier", table_name="remote_signing")
    for name in ("ceremony_date", "ceremony_title", "campaign_id"):
        op.drop_column("remote_signing", name)
    op.drop_column("ceremony", "campaign_id")
