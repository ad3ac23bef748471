"""Alembic migrations applied at start; a store from a newer version is refused.

Alembic is imported only when the store is not already at the newest revision: every command
opens the store, and most find it current, so a cheap look (the revision ids written in the
migration files, the store's alembic_version row) comes first and costs no Alembic import.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from desktop_app.domain.errors import StoreVersionError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"""^(down_)?revision\s*(?::[^=]*)?=\s*['"]?([\w]+)?['"]?""", re.M)


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def declared_head(versions: Path = MIGRATIONS_DIR / "versions") -> str | None:
    """The one revision no other migration builds on, read from the files; None if unclear
    (several heads, an unusual file): then Alembic decides."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions.glob("*.py"):
        found = dict((bool(down), rev) for down, rev in _REVISION.findall(path.read_text("utf-8")))
        if not found.get(False):
            return None
        revisions.add(found[False])
        if found.get(True) and found[True] != "None":
            parents.add(found[True])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:  # a new store: no version table yet
        return None
    return rows[0][0] if len(rows) == 1 else None


def upgrade_store(engine: Engine) -> str:
    """Bring the store to the newest schema; returns the revision it is at."""
    head = declared_head()
    if head is not None and _stored_revision(engine) == head:
        return head
    return _upgrade_with_alembic(engine)


def _upgrade_with_alembic(engine: Engine) -> str:
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

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
