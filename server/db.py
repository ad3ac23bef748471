"""The server database: engine for a PostgreSQL or SQLite URL, sessions, migrations, counters."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    ColumnElement,
    Engine,
    any_,
    bindparam,
    create_engine,
    event,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DisconnectionError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from server.campaign_models import CampaignPerson, CampaignTally
from server.models import (
    Blob,
    Ceremony,
    CeremonyPurge,
    Counter,
    DuplicatePair,
    Record,
    RosterEntry,
    Station,
    Template,
)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
CHANGE = "change"
log = logging.getLogger(__name__)
_MIGRATE_LOCK = 7_042_026  # PostgreSQL advisory lock key: one migrator at a time


def normalise_url(url: str) -> str:
    """Accept plain postgresql:// URLs and use psycopg 3 for them."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


_READ_ONLY = "pakta_read_only"
POOL_SIZE = 10  # connections a PostgreSQL pool keeps, per worker process
IDLE_PING_S = 2.0  # a pooled connection idle this long is checked before use


def make_engine(
    url: str, *, pool_size: int = POOL_SIZE, idle_ping_s: float = IDLE_PING_S
) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            if conn.get_execution_options().get(_READ_ONLY):
                # A reader takes a WAL snapshot and no lock: it never waits on, nor holds up,
                # a writer (a hub's long polls and pulls run beside every desk's pushes).
                conn.exec_driver_sql("BEGIN")
                return
            # One writer at a time, taken up front: no lock upgrades, no deadlocks.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    engine = create_engine(url, pool_size=pool_size, max_overflow=pool_size)
    _ping_after_idle(engine, idle_ping_s)
    return engine


def _ping_after_idle(engine: Engine, idle_s: float) -> None:
    """Check a pooled connection before use only when it sat idle ``idle_s`` or longer (the
    database may have restarted meanwhile): one that fails is replaced, unseen by the request.

    Not SQLAlchemy's ``pool_pre_ping``, which pings on every checkout: a desk's push takes two
    (its token, then its transaction), and under a burst of desks those round trips were a
    twentieth of the server's time. A connection in steady use needs none: were the database
    to go in the meantime, the one request that finds out gets a 503 (the desk tries again)
    and SQLAlchemy drops the whole pool."""

    @event.listens_for(engine, "checkin")
    def _idle_from(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _check_if_idle(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < idle_s:
            return  # just opened, or just used
        try:
            engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:  # whatever the driver raises: the pool opens a new one
            raise DisconnectionError("a pooled connection was lost while idle") from exc


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def migrate(engine: Engine) -> None:
    """Bring the database to the newest schema (safe when several processes start at once)."""
    with engine.begin() as conn:
        if not is_sqlite(engine):
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATE_LOCK})
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


# The tables every desk's push and pull touch (Database.warm).
_HOT = (
    Counter,
    Station,
    Record,
    Blob,
    Ceremony,
    CeremonyPurge,
    CampaignPerson,
    CampaignTally,
    RosterEntry,
    Template,
    DuplicatePair,
)
_WARM = text("SELECT " + ", ".join(f"(SELECT 1 FROM {m.__tablename__} LIMIT 0)" for m in _HOT))


class Database:
    """Sessions over one engine; each ``transaction()`` commits on success; ``reading()`` is a
    transaction that only reads (on SQLite it takes no write lock)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        reader = engine.execution_options(**{_READ_ONLY: True})
        if not is_sqlite(engine):
            # Each statement sees its own snapshot on PostgreSQL (READ COMMITTED) whether in a
            # transaction or not: a reader sends no BEGIN and no COMMIT, two round trips less
            # on every desk's call (the station's token is looked up on each one).
            reader = reader.execution_options(isolation_level="AUTOCOMMIT")
        self._readers = sessionmaker(reader, expire_on_commit=False)

    @classmethod
    def from_url(cls, url: str, *, migrate_now: bool = False) -> Database:
        engine = make_engine(url)
        if migrate_now:
            migrate(engine)
        return cls(engine)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A snapshot to read from. Writing in it is a mistake: on SQLite a write would have to
        upgrade the lock and may fail when another writer committed meanwhile."""
        with self._readers() as session, session.begin():
            yield session

    def warm(self, connections: int) -> None:
        """Open ``connections`` pooled connections now, each having planned a statement over
        the tables a push and a pull use (a new PostgreSQL backend loads their catalog
        entries on first use), so the first burst of desks pays for neither. No-op on SQLite."""
        if is_sqlite(self.engine):
            return
        opened = []
        try:
            for _ in range(connections):
                conn = self.engine.connect()
                opened.append(conn)
                conn.execute(_WARM)
                conn.rollback()
        except SQLAlchemyError as exc:  # the database is away: requests will say so (503)
            log.warning("database pool not warmed: %s", exc)
        finally:
            for conn in opened:
                conn.close()

    def dispose(self) -> None:
        self.engine.dispose()


def take_change_numbers(session: Session, count: int) -> int:
    """Reserve ``count`` change numbers; returns the first. Holds the counter row until commit,
    so change numbers become visible in order and a pull cursor never skips a late commit."""
    new_value = session.execute(
        update(Counter)
        .where(Counter.name == CHANGE)
        .values(value=Counter.value + count)
        .returning(Counter.value)
    ).scalar_one()
    return int(new_value) - count + 1


def current_change(session: Session) -> int:
    return int(session.scalar(select(Counter.value).where(Counter.name == CHANGE)) or 0)


def among(session: Session, column: Any, values: Iterable[Any]) -> ColumnElement[bool]:
    """``column IN values``. On PostgreSQL as ``= ANY`` of one array parameter: the statement
    is the same whatever the number of values, so it is compiled once and its text is prepared
    once, where IN with a push's 400 blob hashes would be rendered and parsed anew each time."""
    listed = list(values)
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, listed, type_=ARRAY(column.type)))  # type: ignore[no-any-return]
    return column.in_(listed)  # type: ignore[no-any-return]
