"""Alembic environment of the server: run with a connection handed in by server.db.migrate."""

from __future__ import annotations

from alembic import context

from server import campaign_models  # noqa: F401  (the campaign tables share Base)
from server.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run server migrations through server.db.migrate")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
