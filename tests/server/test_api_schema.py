"""Schemathesis over API v1 (the ASGI app, a real SQLite database, an enrolled station):
no server error, every response as the OpenAPI spec documents it.

Bounded for CI by PAKTA_API_FUZZ_EXAMPLES (default 25 cases per operation, well under two
minutes); scripts/api-fuzz.sh runs the same test much longer."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from desktop_app.storage.store import Store
from tests.server.helpers import enrol_in_process, make_app, new_ceremony, sign, sqlite_url

EXAMPLES = int(os.environ.get("PAKTA_API_FUZZ_EXAMPLES", "25"))


class Api:
    def __init__(self, app: FastAPI, token: str) -> None:
        self.app = app
        self.token = token


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    root: Path = tmp_path_factory.mktemp("api-fuzz")
    app = make_app(sqlite_url(root))
    with TestClient(app) as http, Store.open(root / "desk", station_name="Meja Fuzz") as desk:
        cid = new_ceremony(desk, 3)
        sign(desk, cid, 0)
        client = enrol_in_process(desk, app, http)
        yield Api(app, client.token)
    app.state.db.dispose()


def _operations(app: FastAPI) -> list[Any]:
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


def test_api_conforms_and_never_errs(api: Api) -> None:
    """Every operation, positive and negative cases: checks are schemathesis' defaults
    (no 5xx, status documented, body matching its schema, content type, headers)."""
    failures: list[str] = []
    operations = _operations(api.app)
    assert {op.label for op in operations} >= {
        "POST /api/v1/enroll",
        "POST /api/v1/enroll/challenge",
        "POST /api/v1/push",
        "POST /api/v1/ceremonies",
        "GET /api/v1/pull",
    }
    for operation in operations:
        started = time.monotonic()
        try:
            _fuzz(operation, api.token)
        except Exception as exc:  # collect every operation's failure, then report them all
            failures.append(f"{operation.label}: {type(exc).__name__}: {str(exc)[:1500]}")
        # Progress for long runs (scripts/api-fuzz.sh shows it; pytest keeps it otherwise).
        print(f"{operation.label}: {time.monotonic() - started:.0f} s", flush=True)
    assert failures == [], "\n\n".join(failures)


def _fuzz(operation: Any, token: str) -> None:
    headers = {} if "revoke" in operation.label else {"Authorization": f"Bearer {token}"}

    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=os.environ.get("PAKTA_API_FUZZ_RANDOM") != "1",
        database=None,
    )
    def run(case: Any) -> None:
        case.call_and_validate(headers=headers, excluded_checks=[positive_data_acceptance])

    run()
