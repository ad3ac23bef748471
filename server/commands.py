"""Server administration behind `pakta server ...`: run, migrate, stations, users, report."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from server.app import DB_ENV, NAME_ENV, PUBLIC_URL_ENV
from server.db import Database, make_engine, migrate, normalise_url
from server.stations import AdminError, add_station, add_user, revoke_station
from server.stats import ceremony_summaries

CLI_ACTOR = "cli"


@dataclass(frozen=True)
class Outcome:
    payload: dict[str, Any]
    human: str


def open_database(url: str) -> Database:
    """Open and migrate (the CLI is the one place that upgrades the schema)."""
    engine = make_engine(url)
    migrate(engine)
    return Database(engine)


def run(url: str, host: str, port: int, workers: int, name: str, public_url: str = "") -> None:
    """Migrate once, then serve with uvicorn (several worker processes when asked)."""
    import uvicorn

    db = open_database(url)
    db.dispose()
    os.environ[DB_ENV] = normalise_url(url)
    os.environ[NAME_ENV] = name
    os.environ[PUBLIC_URL_ENV] = public_url.rstrip("/")
    uvicorn.run(
        "server.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers if workers > 1 else None,
        log_level="info",
        proxy_headers=True,
        timeout_graceful_shutdown=10,
    )


def migrate_only(url: str) -> Outcome:
    open_database(url).dispose()
    return Outcome({"migrated": True}, "Server database is at the newest schema")


def station_add(url: str, name: str) -> Outcome:
    db = open_database(url)
    try:
        with db.transaction() as session:
            station, code = add_station(session, name, actor=CLI_ACTOR)
            station_name = station.name
    finally:
        db.dispose()
    return Outcome(
        {"station": station_name, "code": code},
        f"One-time enrolment code for {station_name} (valid 24 hours): {code}\n"
        f"On the station: pakta station enroll <server URL> {code}",
    )


def station_list(url: str) -> Outcome:
    from sqlalchemy import select

    from server.models import Station

    db = open_database(url)
    try:
        with db.transaction() as session:
            rows = [
                {
                    "name": s.name,
                    "station_id": s.station_uuid,
                    "key_id": s.key_id,
                    "enrolled_at": s.enrolled_at,
                    "revoked_at": s.revoked_at,
                    "last_seen_at": s.last_seen_at,
                }
                for s in session.scalars(select(Station).order_by(Station.name))
            ]
    finally:
        db.dispose()
    lines = [
        f"{r['name']:<24} {(r['station_id'] or 'waiting for enrolment')[:36]:<36} "
        f"{'REVOKED ' + r['revoked_at'] if r['revoked_at'] else ''}"
        for r in rows
    ]
    return Outcome({"stations": rows}, "\n".join(lines) or "No stations yet")


def station_revoke(url: str, ref: str) -> Outcome:
    db = open_database(url)
    try:
        with db.transaction() as session:
            station = revoke_station(session, ref, actor=CLI_ACTOR)
            payload = {"station": station.name, "revoked_at": station.revoked_at}
    finally:
        db.dispose()
    return Outcome(payload, f"Revoked {payload['station']} at {payload['revoked_at']}")


def user_add(url: str, name: str, role: str, password: str) -> Outcome:
    db = open_database(url)
    try:
        with db.transaction() as session:
            user = add_user(session, name, role, password, actor=CLI_ACTOR)
            payload = {"user": user.name, "role": user.role}
    finally:
        db.dispose()
    return Outcome(payload, f"Added user {payload['user']} ({payload['role']})")


def report(url: str) -> Outcome:
    db = open_database(url)
    try:
        with db.transaction() as session:
            rows = ceremony_summaries(session)
    finally:
        db.dispose()
    payload = {"ceremonies": [r.as_json() for r in rows]}
    lines = [
        f"{r.id[:8]}  {r.title[:40]:<40} signed {r.signed:>5}  records {r.records:>5}  "
        f"duplicates {r.duplicates:>3}  stations {r.stations}"
        for r in rows
    ]
    return Outcome(payload, "\n".join(lines) or "The server holds no records yet")


__all__ = ["AdminError", "Outcome"]
