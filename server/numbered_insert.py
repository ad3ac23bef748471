"""Insert a push's records numbered from the change counter, holding the counter briefly.

The counter row is held from the moment a transaction takes its numbers until it commits, so
that change numbers become visible in order and a pull cursor never skips a late commit
(server.db.take_change_numbers). Every push waits for that row in turn, so what runs between
taking the numbers and the commit decides how long fifty desks queue behind each other.

Here that is one statement on PostgreSQL: the rows are made (and encoded as JSON) before it,
and the statement itself takes the numbers and inserts the rows, numbering each from what it
took. On SQLite (one writer at a time, nobody waits for the row) the counter is taken and the
rows inserted as two plain statements.
"""

from __future__ import annotations

import json
from typing import Any, cast

from sqlalchemy import Table, insert, text
from sqlalchemy.dialects import postgresql
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
