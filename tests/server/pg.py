"""PostgreSQL for tests: PAKTA_TEST_PG_URL, or a cluster started by scripts/setup-postgres.sh.

Tests fail (never skip) when PostgreSQL cannot be reached or started.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest

from tests.server.helpers import REPO_ROOT

ENV = "PAKTA_TEST_PG_URL"
_cached: str | None = None


def base_url() -> str:
    """The URL of a reachable PostgreSQL test database (starting one when none is given)."""
    global _cached
    if _cached:
        return _cached
    url = os.environ.get(ENV, "")
    if not url:
        script = REPO_ROOT / "scripts" / "setup-postgres.sh"
        proc = subprocess.run([str(script)], capture_output=True, text=True, timeout=600)
        lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(ENV + "=")]
        if proc.returncode != 0 or not lines:
            pytest.fail(f"PostgreSQL could not be started by {script}:\n{proc.stderr[-3000:]}")
        url = lines[-1].split("=", 1)[1]
        os.environ[ENV] = url
    try:
        with psycopg.connect(url, connect_timeout=10) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        pytest.fail(f"PostgreSQL at {url} is not reachable: {exc}")
    _cached = url
    return url


@contextmanager
def fresh_database() -> Iterator[str]:
    """A new, empty database on the test cluster; dropped afterwards."""
    base = base_url()
    name = f"pakta_t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = base.rsplit("/", 1)[0] + "/" + name
    try:
        yield url
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
