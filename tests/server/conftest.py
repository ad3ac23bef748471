"""Fixtures for server tests: in-process apps on SQLite and PostgreSQL, stations, browsers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from desktop_app.storage.store import Store
from tests.server.helpers import make_app, new_station, sqlite_url
from tests.server.pg import fresh_database


@pytest.fixture
def pg_url() -> Iterator[str]:
    with fresh_database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
    else:
        with fresh_database() as url:
            yield url


@pytest.fixture
def app(tmp_path: Path) -> Iterator[FastAPI]:
    application = make_app(sqlite_url(tmp_path))
    yield application
    application.state.db.dispose()


@pytest.fixture
def http(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client


@pytest.fixture
def station_a(tmp_path: Path) -> Iterator[Store]:
    with new_station(tmp_path, "Meja A") as store:
        yield store


@pytest.fixture
def station_b(tmp_path: Path) -> Iterator[Store]:
    with new_station(tmp_path, "Meja B") as store:
        yield store
