"""`pakta server hub approve|revoke`: exit codes 0/1/2/3, bad input changes nothing, and the
rule central applies to a relaying hub (server.venue.trust) on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from desktop_app.cli.main import main
from desktop_app.storage.store import Store
from server.db import Database
from server.models import AuditLog, HubApproval
from server.organiser import create_ceremony
from server.venue.trust import trust_problem
from tests.server.helpers import enrol_in_process, free_port, make_app, new_station, station_code


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main(["--json", *args])
    captured = capsys.readouterr()
    out = json.loads(captured.out) if captured.out.strip() else None
    return code, out, captured.err


def approvals(db: Database) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(HubApproval)) or 0)


def organiser_ceremony(db: Database) -> str:
    with db.transaction() as session:
        return create_ceremony(
            session,
            title="Ikrar Netralitas ASN",
            date="2026-11-23",
            venue="Balai Kota",
            pledge_text="Saya berjanji menjaga netralitas.",
            actor="test",
        ).id


def enrolled(tmp_path: Path, app: FastAPI, name: str) -> Store:
    store = new_station(tmp_path, name)
    with TestClient(app) as http:
        enrol_in_process(store, app, http)
    return store


def test_approve_and_revoke_and_every_bad_input_with_its_exit_code(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = make_app(db_url)
    db: Database = app.state.db
    try:
        ceremony = organiser_ceremony(db)
        host = enrolled(tmp_path, app, "Meja A")
        station_code(db, "Meja C")  # added, never enrolled: it hosts no hub
        base = ("--db", db_url)

        # Bad input: a clear message, nothing changed.
        for args, exit_code, words in (
            (("approve", "Meja Z", "--ceremony", ceremony), 1, "no station"),
            (("approve", "Meja A", "--ceremony", "ffffffff-0000"), 1, "no ceremony"),
            (("approve", "Meja C", "--ceremony", ceremony), 2, "not an enrolled desk"),
            (("revoke", "Meja A", "--ceremony", ceremony), 1, "was not approved"),
            (("approve", "Meja A", "--ceremony", ""), 2, "give the ceremony id"),
        ):
            code, out, err = cli(capsys, "server", "hub", *args, *base)
            assert code == exit_code and out["exit_code"] == exit_code, (args, out)
            assert words in err and "Traceback" not in err
        code, _out, err = cli(capsys, "server", "hub", "approve", "Meja A", *base)
        assert code == 2 and "--ceremony" in err  # a required option missing
        code, out, err = cli(
            capsys, "server", "hub", "approve", "Meja A", "--ceremony", ceremony,
            "--db", f"postgresql://nobody@127.0.0.1:{free_port()}/none",
        )  # fmt: skip
        assert code == 3 and "cannot be reached" in err and "Traceback" not in err
        assert approvals(db) == 0

        with db.transaction() as session:
            assert trust_problem(session, host.station_id, ceremony).startswith(
                "hub not trusted for this ceremony yet"
            )
        code, out, _ = cli(
            capsys, "server", "hub", "approve", host.station_id, "--ceremony", ceremony, *base
        )
        assert code == 0 and out == {
            "station": "Meja A", "ceremony": ceremony, "approved": True, "changed": True,
        }  # fmt: skip
        with db.transaction() as session:
            assert trust_problem(session, host.station_id, ceremony) == ""
            # Trust is per hub and per ceremony: another ceremony is not covered.
            assert trust_problem(session, host.station_id, "another-ceremony") != ""
        code, out, _ = cli(
            capsys, "server", "hub", "withdraw", "Meja A", "--ceremony", ceremony, *base
        )
        assert code == 0 and out["approved"] is False  # `withdraw` is `revoke`'s other name
        assert approvals(db) == 0
        with db.transaction() as session:
            assert trust_problem(session, host.station_id, ceremony) != ""
            hub_audit = select(AuditLog.action).where(AuditLog.action.like("hub_%"))
            actions = list(session.scalars(hub_audit))
        assert actions == ["hub_approve", "hub_revoke"]  # refused attempts left no trace
    finally:
        db.dispose()
