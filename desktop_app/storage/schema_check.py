"""Does the migrated database match the models? (Alembic's comparison, for tests and doctor.)"""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

from desktop_app.storage import (  # noqa: F401  (tables on Base)
    print_models,
    proof_models,
    sync_models,
    venue_models,
)
from desktop_app.storage.models import Base


def schema_differences(engine: Engine) -> list[Any]:
    """Alembic's list of differences between the database and the models (empty = in step)."""
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"render_as_batch": True})
        return list(compare_metadata(context, Base.metadata))
