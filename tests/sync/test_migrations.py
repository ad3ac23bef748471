"""Migrations match the models: the station's sync-state tables and the server's schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import desktop_app.storage.sync_models  # noqa: F401  (registers the sync tables on Base)
from desktop_app.storage.models import Base as StationBase
from desktop_app.storage.store import Store
from server import campaign_models  # noqa: F401  (its tables share the server's Base)
from server.db import make_engine, migrate
from server.models import Base as ServerBase
from tests.server.pg import fresh_database

SYNC_TABLES = {"sync_server", "remote_signing", "published_ceremony"}


def _tables_of(diff: Any) -> set[str]:
    """Table names a (possibly nested) autogenerate diff entry touches."""
    if isinstance(diff, list):
        return set().union(*(_tables_of(d) for d in diff)) if diff else set()
    names = set()
    for part in diff[1:]:
        table = getattr(part, "table", None)
        if table is not None and hasattr(table, "name"):
            names.add(table.name)
        elif hasattr(part, "name") and hasattr(part, "columns"):
            names.add(part.name)
        elif isinstance(part, str):
            names.add(part)
    return names


def test_station_sync_tables_match_their_migration(tmp_path: Path) -> None:
    with Store.open(tmp_path / "station") as store, store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), StationBase.metadata)
    mine = [d for d in diffs if _tables_of(d) & SYNC_TABLES]
    assert mine == []


def test_server_schema_matches_models_on_sqlite_and_postgresql(tmp_path: Path) -> None:
    with fresh_database() as pg:
        for url in (f"sqlite:///{tmp_path / 's.db'}", pg):
            engine = make_engine(url)
            migrate(engine)
            migrate(engine)  # a second start finds nothing to do
            with engine.connect() as conn:
                assert compare_metadata(MigrationContext.configure(conn), ServerBase.metadata) == []
            engine.dispose()


def test_ceremonies_published_before_owners_belong_to_their_publisher(tmp_path: Path) -> None:
    """0004 on a server that already holds ceremonies: each belongs to the desk that last
    published it; one whose publisher is unknown to the server belongs to the organiser."""
    from alembic import command
    from sqlalchemy import text

    from server.db import alembic_config

    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.execute(
            text(
                "INSERT INTO station (name, station_uuid, key_id, code_expires_at, created_at, "
                "enrolled_at, revoked_at, last_seen_at) VALUES ('Meja A', "
                "'11111111-1111-4111-8111-111111111111', 'abcd1234', '', 'x', 'x', '', '')"
            )
        )
        for cid, publisher in (("c-a", "Meja A"), ("c-gone", "Meja Hilang")):
            conn.execute(
                text(
                    "INSERT INTO ceremony (id, title, date, venue, organizer, template_id, "
                    "published_by, updated_at, change_seq) VALUES (:id, 'T', '2026-01-01', 'V', "
                    "'', 't', :by, 'x', 1)"
                ),
                {"id": cid, "by": publisher},
            )
    migrate(engine)
    with engine.connect() as conn:
        owners = dict(conn.execute(text("SELECT id, owner_station FROM ceremony")).all())
        proven = conn.execute(text("SELECT key_proven_at FROM station")).scalar_one()
    assert owners == {"c-a": "11111111-1111-4111-8111-111111111111", "c-gone": ""}
    assert proven == ""  # enrolled before proofs: shown as "key not proven"
    engine.dispose()
