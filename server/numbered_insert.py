"""Insert a push's records numbered from the change counter, holding the counter briefly.

The counter row is held from the moment a transaction takes its numbers until it commits, so
that change numbers become visible in order and a pull cursor never skips a late commit
(server.db.take_change_numbers). Every push waits for that row in turn, so what runs between
taking the numbers and the commit decides how long fifty desks queue behind each other.

Here that is one statement on PostgreSQL: the rows are made (and encoded as JSON) before it,
and the statement itself takes the numbers and inserts the rows, numbering each from what it
took. ``insert_numbered_last`` sends the COMMIT with it (a libpq pipeline): the database
commits as soon as the rows are in, without waiting for this process to read the answer and
send the COMMIT after it. Under a burst of desks that wait was most of the time the row was
held: a worker thread had to get the GIL back, among a dozen others, between the two. On
SQLite (one writer at a time, nobody waits for the row) the counter is taken and the rows
inserted as two plain statements, and the caller commits.
"""

from __future__ import annotations

import json
from typing import Any, cast

from sqlalchemy import Table, insert, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from server.db import CHANGE, take_change_numbers
from server.models import Base

_STATEMENTS: dict[str, TextClause] = {}


def _statement(table: Table) -> TextClause:
    """INSERT ... SELECT from the JSON rows, each numbered base + its own change_seq offset."""
    cached = _STATEMENTS.get(table.name)
    if cached is not None:
        return cached
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    quote = dialect.identifier_preparer.quote
    columns = [c.name for c in table.columns]
    defined = ", ".join(f"{quote(c.name)} {c.type.compile(dialect=dialect)}" for c in table.columns)
    picked = ", ".join(
        "taken.base + p.change_seq" if c == "change_seq" else f"p.{quote(c)}" for c in columns
    )
    statement = text(
        f"WITH taken AS (UPDATE counter SET value = value + :n WHERE name = :counter "
        "RETURNING value - :n AS base) "
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
        f"SELECT {picked} FROM taken, jsonb_to_recordset(CAST(:rows AS jsonb)) AS p({defined})"
    )
    _STATEMENTS[table.name] = statement
    return statement


def _encode(rows: list[dict[str, Any]]) -> str:
    """The rows as the statement takes them, each numbered by its place (1, 2, ...)."""
    return json.dumps(
        [{**row, "change_seq": n} for n, row in enumerate(rows, start=1)],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def insert_numbered(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Take ``len(rows)`` change numbers and insert ``rows`` of ``model``'s table with them, in
    the caller's transaction; the counter stays held until it commits."""
    if not rows:
        return
    table = cast(Table, model.__table__)
    if session.get_bind().dialect.name == "postgresql":
        encoded = _encode(rows)  # before the statement: the counter is taken by it
        session.execute(_statement(table), {"n": len(rows), "counter": CHANGE, "rows": encoded})
        return
    first = take_change_numbers(session, len(rows))
    session.execute(insert(table), [{**row, "change_seq": first + n} for n, row in enumerate(rows)])


def insert_numbered_last(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """``insert_numbered`` as the transaction's last statement: nothing may follow it.

    On PostgreSQL it commits: the statement and the COMMIT go to the server together, and the
    caller's own commit then finds nothing left to do. Elsewhere the caller commits as usual.
    A failure (a record id stored meanwhile by a racing push, the database gone) is raised as
    SQLAlchemy raises it, and nothing is committed."""
    connection = session.connection()
    if not rows or connection.dialect.driver != "psycopg":
        insert_numbered(session, model, rows)
        return
    import psycopg  # here, not at the top: a venue hub (SQLite) never loads the driver

    raw = connection.connection.dbapi_connection
    if not isinstance(raw, psycopg.Connection) or not psycopg.Pipeline.is_supported():
        insert_numbered(session, model, rows)
        return
    statement = _statement(cast(Table, model.__table__)).compile(dialect=connection.dialect)
    params = {"n": len(rows), "counter": CHANGE, "rows": _encode(rows)}
    try:
        with raw.pipeline():
            raw.execute(str(statement), params)
            raw.commit()
    except psycopg.Error as exc:
        if raw.closed or raw.broken:
            connection.invalidate(exc)
        raise DBAPIError.instance(
            str(statement),
            params,
            exc,
            psycopg.Error,
            hide_parameters=True,  # names, NIPs
        ) from exc
