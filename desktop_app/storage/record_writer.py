"""The signing write path in plain SQL, on the write transaction's own sqlite3 connection.

This runs on every confirm at the desk. The ORM's unit of work (identity map, two flushes,
attribute events) cost more than the fsync of the commit itself, so the few statements of a
signing are written directly. They run inside ``Store.write()``'s BEGIN IMMEDIATE
transaction, so they commit or roll back with everything else the session did.

Column lists are taken from the models: a column added there must be given a value here, or
the INSERT fails loudly instead of silently writing a default.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any, NamedTuple, cast

from sqlalchemy.orm import Session

from desktop_app.storage.models import SignedPledge

RECORD_COLUMNS: tuple[str, ...] = tuple(c.name for c in SignedPledge.__table__.columns)

_INSERT_RECORD = (
    f"INSERT INTO signed_pledge ({', '.join(RECORD_COLUMNS)}) "
    f"VALUES ({', '.join(':' + c for c in RECORD_COLUMNS)})"
)
_INSERT_AUDIT = (
    "INSERT INTO audit_event (at, kind, actor, record_id, detail) VALUES (?, ?, ?, ?, ?)"
)
_INSERT_OUTBOX = (
    "INSERT INTO outbox (record_id, enqueued_at, attempts, last_error) VALUES (?, ?, 0, '')"
)
_CHAIN_HEAD = (
    "SELECT station_seq, record_hash FROM signed_pledge WHERE station_id = ? "
    "ORDER BY station_seq DESC LIMIT 1"
)
_CEREMONY_PLEDGE = (
    "SELECT t.id, t.sha256, c.timezone FROM ceremony c "
    "JOIN pledge_template t ON t.id = c.template_id WHERE c.id = ?"
)
_REGISTERED = (
    "SELECT id, kind, ceremony_id, identifier, name, station_seq, record_hash, signed_at, "
    "flagged FROM signed_pledge WHERE id = ?"
)


class CeremonyPledge(NamedTuple):
    template_id: str
    sha256: str
    timezone: str  # the ceremony's IANA zone


class RecordSummary(NamedTuple):
    record_id: str
    kind: str
    ceremony_id: str
    identifier: str
    name: str
    station_seq: int
    record_hash: str
    signed_at: str
    flagged: bool


def driver(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under the session's transaction (BEGIN already issued)."""
    return cast(sqlite3.Connection, session.connection().connection.driver_connection)


def chain_head(session: Session, station_id: str) -> tuple[int, str] | None:
    """(sequence, hash) of this station's newest record, or None before the first."""
    row = driver(session).execute(_CHAIN_HEAD, (station_id,)).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def ceremony_pledge(session: Session, ceremony_id: str) -> CeremonyPledge | None:
    """The pledge template (id, text hash) and time zone of the ceremony with exactly this id."""
    row = driver(session).execute(_CEREMONY_PLEDGE, (ceremony_id,)).fetchone()
    return None if row is None else CeremonyPledge(str(row[0]), str(row[1]), str(row[2]))


def record_summary(session: Session, record_id: str) -> RecordSummary | None:
    row = driver(session).execute(_REGISTERED, (record_id,)).fetchone()
    if row is None:
        return None
    rid, kind, ceremony_id, identifier, name, seq, digest, signed_at, flagged = row
    return RecordSummary(
        rid, kind, ceremony_id, identifier, name, int(seq), digest, signed_at, bool(flagged)
    )


def insert_record(
    session: Session, record: Mapping[str, Any], *, audit_kind: str, audit_detail: str
) -> None:
    """The record, its audit event and its outbox row: three INSERTs in the open transaction."""
    missing = [c for c in RECORD_COLUMNS if c not in record]
    if missing:
        raise ValueError(f"record is missing {', '.join(missing)}")
    con = driver(session)
    con.execute(_INSERT_RECORD, {c: record[c] for c in RECORD_COLUMNS})
    con.execute(
        _INSERT_AUDIT,
        (record["signed_at"], audit_kind, record["operator"], record["id"], audit_detail),
    )
    con.execute(_INSERT_OUTBOX, (record["id"], record["signed_at"]))
