"""Alembic migrations applied at start; a store from a newer version is refused."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desktop_app.domain.errors import StoreVersionError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def upgrade_store(engine: Engine) -> str:
    """Bring the store to the newest schema; returns the revision it is at."""
    cfg = _config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return current or ""
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise StoreVersionError(
            f"this data folder was written by a newer Pakta Station (schema {current}); "
            "install the newer version or use another data folder"
        )
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return head or ""
