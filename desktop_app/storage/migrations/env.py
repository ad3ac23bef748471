"""Alembic environment: always run with a connection handed in by storage.migrate."""

from __future__ import annotations

from alembic import context

# Every module that declares tables on Base, so autogenerate and the schema check see them all.
from desktop_app.storage import print_models, proof_models, sync_models, venue_models  # noqa: F401
from desktop_app.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through desktop_app.storage.migrate.upgrade_store")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
