"""Server administration behind `pakta server ...`: run, migrate, stations, users, report,
purge."""

from __future__ import annotations

import contextlib
import getpass
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from server.app import DB_ENV, NAME_ENV, PUBLIC_URL_ENV
from server.blobcrypt import KEY_FILE_ENV, MAGIC, BlobKeyError, key_file_path, load_cipher
from server.db import Database, make_engine, migrate, normalise_url
from server.models import Blob, Ceremony, Template
from server.organiser import RosterLine, create_ceremony, import_roster, new_pledge_version
from server.retention import PurgeResult, plan_purge, purge_ceremony, resolve_ceremony
from server.stations import AdminError, NotFound, add_station, add_user, revoke_station
from server.stats import ceremony_summaries

CLI_ACTOR = "cli"


@dataclass(frozen=True)
class Outcome:
    payload: dict[str, Any]
    human: str


class Unavailable(AdminError):
    """The database cannot be reached (CLI exit 3): nothing was changed."""


def open_database(url: str) -> Database:
    """Open and migrate (the CLI is the one place that upgrades the schema)."""
    engine = make_engine(url)
    try:
        migrate(engine)
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig or exc).strip().splitlines()[0][:300]
        raise Unavailable(f"the server database cannot be reached: {reason}") from None
    return Database(engine)


@contextlib.contextmanager
def server_session(url: str) -> Iterator[Session]:
    """One command's transaction on the server database (opened, migrated, closed after)."""
    db = open_database(url)
    try:
        with db.transaction() as session:
            yield session
    finally:
        db.dispose()


def _has_encrypted_blobs(db: Database) -> bool:
    with db.transaction() as session:
        found = session.scalar(
            select(Blob.sha256).where(func.substr(Blob.data, 1, len(MAGIC)) == MAGIC).limit(1)
        )
    return found is not None


def prepare_data_key(db: Database, data_dir: Path) -> Path:
    """The server data key file for this data folder, created (once, mode 0600) on first
    start. A missing key is not replaced while the database holds blobs encrypted with one:
    a new key would make every stored signature unreadable."""
    path = key_file_path(data_dir).expanduser().absolute()
    try:
        if not path.exists() and _has_encrypted_blobs(db):
            raise AdminError(
                f"the server data key file {path} is missing, but the database holds "
                f"signatures encrypted with a key: restore that file (or point {KEY_FILE_ENV} "
                "at it) before starting the server"
            )
        cipher, created = load_cipher(path)
    except BlobKeyError as exc:
        raise AdminError(str(exc)) from None
    if created:
        sys.stderr.write(
            f"Created the server data key {path} (fingerprint {cipher.fingerprint}).\n"
            "Back it up apart from the database: without it stored signatures cannot be read.\n"
        )
    return path


def run(
    url: str,
    host: str,
    port: int,
    workers: int,
    name: str,
    public_url: str = "",
    *,
    data_dir: Path,
    forwarded_allow_ips: str | None = None,
) -> None:
    """Migrate once, make sure the data key exists, then serve with uvicorn (several worker
    processes when asked; they all read the one key file prepared here)."""
    import uvicorn

    db = open_database(url)
    try:
        key_file = prepare_data_key(db, data_dir)
    finally:
        db.dispose()
    os.environ[KEY_FILE_ENV] = str(key_file)
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
        # Whose X-Forwarded-For/-Proto to believe (uvicorn's default: 127.0.0.1 only): the
        # client address the login throttle counts, and https for HSTS and secure cookies.
        forwarded_allow_ips=forwarded_allow_ips,
        timeout_graceful_shutdown=10,
    )


def migrate_only(url: str) -> Outcome:
    open_database(url).dispose()
    return Outcome({"migrated": True}, "Server database is at the newest schema")


def station_add(url: str, name: str) -> Outcome:
    with server_session(url) as session:
        station, code = add_station(session, name, actor=CLI_ACTOR)
        station_name = station.name
    return Outcome(
        {"station": station_name, "code": code},
        f"One-time enrolment code for {station_name} (valid 24 hours): {code}\n"
        f"On the station: pakta station enroll <server URL> {code}",
    )


def station_list(url: str) -> Outcome:
    from sqlalchemy import select

    from server.models import Station

    with server_session(url) as session:
        rows = [
            {
                "name": s.name,
                "station_id": s.station_uuid,
                "key_id": s.key_id,
                "key_proven_at": s.key_proven_at,
                "enrolled_at": s.enrolled_at,
                "revoked_at": s.revoked_at,
                "last_seen_at": s.last_seen_at,
            }
            for s in session.scalars(select(Station).order_by(Station.name))
        ]
    lines = [
        f"{r['name']:<24} {(r['station_id'] or 'waiting for enrolment')[:36]:<36} "
        f"{'REVOKED ' + r['revoked_at'] if r['revoked_at'] else ''}"
        f"{'key not proven' if r['station_id'] and not r['key_proven_at'] else ''}"
        for r in rows
    ]
    return Outcome({"stations": rows}, "\n".join(lines) or "No stations yet")


def station_revoke(url: str, ref: str) -> Outcome:
    with server_session(url) as session:
        station = revoke_station(session, ref, actor=CLI_ACTOR)
        payload = {"station": station.name, "revoked_at": station.revoked_at}
    return Outcome(payload, f"Revoked {payload['station']} at {payload['revoked_at']}")


def hub_approve(url: str, station: str, ceremony: str) -> Outcome:
    """Trust the venue hub hosted by this enrolled desk to relay desks for the ceremony."""
    from server.venue.trust import approve_hub

    with server_session(url) as session:
        done = approve_hub(session, station, ceremony, actor=CLI_ACTOR)
    return Outcome(
        {"station": done.station, "ceremony": done.ceremony_id, "approved": True,
         "changed": done.changed},
        f"The venue hub of {done.station} may relay desks for ceremony {done.ceremony_id}"
        + ("" if done.changed else " (it already could; nothing changed)"),
    )  # fmt: skip


def hub_revoke(url: str, station: str, ceremony: str) -> Outcome:
    """Withdraw that trust: records already taken stay, the hub's desks wait again."""
    from server.venue.trust import revoke_hub

    with server_session(url) as session:
        done = revoke_hub(session, station, ceremony, actor=CLI_ACTOR)
    return Outcome(
        {"station": done.station, "ceremony": done.ceremony_id, "approved": False,
         "changed": True},
        f"The venue hub of {done.station} no longer relays desks it introduced for ceremony "
        f"{done.ceremony_id}; records already taken stay",
    )  # fmt: skip


def user_add(url: str, name: str, role: str, password: str) -> Outcome:
    with server_session(url) as session:
        user = add_user(session, name, role, password, actor=CLI_ACTOR)
        payload = {"user": user.name, "role": user.role}
    return Outcome(payload, f"Added user {payload['user']} ({payload['role']})")


def report(url: str) -> Outcome:
    with server_session(url) as session:
        rows = ceremony_summaries(session)
    payload = {"ceremonies": [r.as_json() for r in rows]}
    lines = [
        f"{r.id[:8]}  {r.title[:40]:<40} signed {r.signed:>5}  records {r.records:>5}  "
        f"duplicates {r.duplicates:>3}  stations {r.stations}"
        + (f"  closed, {r.after_closing} signed after the closing" if r.closed_at else "")
        for r in rows
    ]
    return Outcome(payload, "\n".join(lines) or "The server holds no records yet")


def _purge_actor() -> str:
    try:
        return f"{CLI_ACTOR}:{getpass.getuser()}"[:120]
    except (OSError, KeyError, ImportError):
        return CLI_ACTOR


def _blob_words(n: int) -> str:
    return f"{n} signature/image blob{'' if n == 1 else 's'}"


def _ceremony_words(result: PurgeResult) -> str:
    title = f" ({result.title})" if result.title else ""
    return f"ceremony {result.ceremony}{title}"


def purge_preview(url: str, ceremony: str) -> Outcome:
    """What `purge` would delete; changes nothing."""
    with server_session(url) as session:
        result = plan_purge(session, ceremony)
    already = f" (already purged at {result.purged_at})" if result.purged_at else ""
    return Outcome(
        result.as_json(),
        f"Would delete {_blob_words(result.blobs_deleted)} of the {result.records} records of "
        f"{_ceremony_words(result)}{already}, and {_blob_words(result.orphans_deleted)} of "
        "records the server refused; the records, their hashes, duplicates and counts stay",
    )


def purge(url: str, ceremony: str) -> Outcome:
    """Delete a ceremony's signatures at the end of its retention period (audited)."""
    with server_session(url) as session:
        result = purge_ceremony(session, ceremony, actor=_purge_actor())
    return Outcome(
        result.as_json(),
        f"Deleted {_blob_words(result.blobs_deleted)} of the {result.records} records of "
        f"{_ceremony_words(result)}, and {_blob_words(result.orphans_deleted)} of records the "
        "server refused; the records, their hashes, duplicates and counts stay",
    )


def _pledge_json(template: Template) -> dict[str, Any]:
    return {"id": template.id, "version": template.version, "sha256": template.sha256}


def ceremony_payload(session: Session, made: Ceremony) -> tuple[dict[str, Any], Template]:
    """A ceremony made on the server as the CLI reports it, with its pledge version."""
    template = session.get(Template, made.template_id)
    assert template is not None
    payload = {
        "id": made.id,
        "title": made.title,
        "date": made.date,
        "venue": made.venue,
        "pledge": _pledge_json(template),
    }
    return payload, template


def ceremony_create(
    url: str,
    title: str,
    date: str,
    venue: str,
    organizer: str,
    expected: int | None,
    pledge_text: str,
) -> Outcome:
    """The organiser's ceremony, made on the server; enrolled desks pull it."""
    with server_session(url) as session:
        made = create_ceremony(
            session,
            title=title,
            date=date,
            venue=venue,
            organizer=organizer,
            expected=expected,
            pledge_text=pledge_text,
            actor=_purge_actor(),
        )
        payload, template = ceremony_payload(session, made)
    return Outcome(
        payload,
        f"Ceremony {payload['id']} ({payload['title']}, {payload['date']}) made on the server "
        f"with pledge version {template.version}; enrolled desks get it at their next sync",
    )


def ceremony_pledge(url: str, ref: str, pledge_text: str) -> Outcome:
    """An explicit new pledge version for a ceremony, refused once it has signings."""
    with server_session(url) as session:
        template = new_pledge_version(session, ref, pledge_text, actor=_purge_actor())
        payload = {
            "ceremony": resolve_ceremony(session, ref),
            "pledge": _pledge_json(template),
        }
    return Outcome(
        payload,
        f"Ceremony {payload['ceremony']} now signs under pledge version {template.version}",
    )


def roster_import(
    url: str, ref: str, rows: list[RosterLine], rejected: list[tuple[int, str]], source: str
) -> Outcome:
    """Good roster rows into a ceremony on the server (new ones added, changed ones updated)."""
    with server_session(url) as session:
        result = import_roster(session, ref, rows, rejected, source=source, actor=_purge_actor())
    lines = [
        f"Imported {result.imported}, updated {result.updated}, unchanged {result.unchanged}, "
        f"rejected {len(result.rejected)}."
    ]
    lines += [f"  row {r['row']}: {r['reason']}" for r in result.rejected]
    return Outcome(result.as_json(), "\n".join(lines))


__all__ = ["AdminError", "NotFound", "Outcome", "RosterLine", "Unavailable"]
