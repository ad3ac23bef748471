"""Fixtures for sync tests (shared with tests/server)."""

from __future__ import annotations

from tests.server.conftest import app, http, pg_url, station_a, station_b

__all__ = ["app", "http", "pg_url", "station_a", "station_b"]
