"""The store: pragmas, migrations in place, refusal of a newer store, keys kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.domain.errors import IntegrityFailure, StoreVersionError
from desktop_app.storage.engine import make_engine
from desktop_app.storage.migrate import upgrade_store
from desktop_app.storage.store import Store


@pytest.mark.posix  # file modes (0600)
def test_new_folder_is_initialised_with_keys_and_pragmas(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assert store.paths.station_key.stat().st_mode & 0o777 == 0o600
        assert store.paths.data_key.stat().st_mode & 0o777 == 0o600
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        station_id, key_id = store.station_id, store.key.key_id
    with Store.open(data_dir) as again:
        assert (again.station_id, again.key.key_id) == (station_id, key_id)


def test_older_store_is_upgraded_in_place(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    engine = make_engine(data_dir / "station.db")
    from alembic import command

    from desktop_app.storage.migrate import _config

    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    with Store.open(data_dir) as store:
        with store.engine.connect() as conn:
            head = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        from alembic.script import ScriptDirectory

        assert head == ScriptDirectory.from_config(cfg).get_current_head()


def test_store_from_a_newer_version_is_refused(data_dir: Path) -> None:
    Store.open(data_dir).close()
    con = sqlite3.connect(data_dir / "station.db")
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    with pytest.raises(StoreVersionError, match="newer Pakta Station"):
        Store.open(data_dir)
    engine = make_engine(data_dir / "station.db")
    with pytest.raises(StoreVersionError):
        upgrade_store(engine)
    engine.dispose()


def test_key_file_of_another_station_is_refused(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    Store.open(a).close()
    Store.open(b).close()
    (a / "keys" / "station_ed25519.pem").write_bytes(
        (b / "keys" / "station_ed25519.pem").read_bytes()
    )
    with pytest.raises(IntegrityFailure, match="does not match"):
        Store.open(a)


def test_migrations_build_exactly_the_schema_the_models_declare(data_dir: Path) -> None:
    from desktop_app.storage.schema_check import schema_differences

    with Store.open(data_dir) as store:
        assert schema_differences(store.engine) == []


def test_schema_check_notices_a_missing_migration(data_dir: Path) -> None:
    from alembic import command

    from desktop_app.storage.migrate import _config
    from desktop_app.storage.schema_check import schema_differences

    data_dir.mkdir(parents=True)
    engine = make_engine(data_dir / "station.db")
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")  # the print queue and sync tables are not there yet
    differences = schema_differences(engine)
    engine.dispose()
    added_tables = {d[1].name for d in differences if d[0] == "add_table"}
    assert "print_job" in added_tables
