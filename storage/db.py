"""Engine and session setup, schema migrations (Alembic) run from the application, and what bot/ needs
to know about the database as a whole (is it reachable, which backend, can it serve several processes).

bot/ holds a `Sessions` factory and never an engine: every function here that needs the engine finds
it behind the factory.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, cast

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Connection, CursorResult, Result, event, make_url, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.pool import ConnectionPoolEntry

__all__ = [
    "DatabaseOpenError", "Session", "Sessions", "backend_of", "close", "connect", "create_engine",
    "database_unreachable", "describe", "dialect_of", "engine_of", "insert_for", "migrate", "one_statement_sessions", "open_database", "password_of",
    "rolled_back_sessions", "rows_changed", "serves_one_process", "session_factory", "sqlite_file",
    "upgrade_database",
]

Session = AsyncSession
"""One unit of work: what the typed query functions in storage/ take as their first argument."""
Sessions = async_sessionmaker[AsyncSession]
"""What opens sessions (`services.sessions`): callers outside storage/ name this type, never SQLAlchemy's."""

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
MIGRATION_LOCK_KEY = 0x4D_49_47_52  # an arbitrary constant: the PostgreSQL advisory lock migrations hold

# The database cannot be reached or refused the connection (not a bug in a query): the driver raises
# these from connect unwrapped; SQLAlchemy wraps what happens later on a live connection, and raises
# PoolTimeout when no connection comes free in time. asyncpg's own errors are added by
# `_unreachable_errors` once a PostgreSQL engine has loaded the driver: a SQLite process never imports it.
UNREACHABLE_ERRORS: tuple[type[BaseException], ...] = (OperationalError, InterfaceError, PoolTimeout, OSError)
_ASYNCPG_UNREACHABLE = ("PostgresConnectionError", "InvalidCatalogNameError",
                        "InvalidAuthorizationSpecificationError", "OperatorInterventionError")


def _unreachable_errors() -> tuple[type[BaseException], ...]:
    """UNREACHABLE_ERRORS and, when the asyncpg driver is loaded, its errors that mean the same."""
    driver = sys.modules.get("asyncpg")
    if driver is None:  # no driver loaded, so none of its errors can have been raised
        return UNREACHABLE_ERRORS
    return UNREACHABLE_ERRORS + tuple(getattr(driver, name) for name in _ASYNCPG_UNREACHABLE)


class DatabaseOpenError(Exception):
    """The database could not be opened or migrated; the message names it (password masked) and says why."""


def create_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    """An async engine; SQLite gets foreign keys on, WAL and a busy timeout so the bot's tasks can share it."""
    if url.startswith("sqlite"):
        engine = create_async_engine(url, echo=echo, connect_args={"timeout": 30})
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    return create_async_engine(url, echo=echo, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def rows_changed(result: Result[Any]) -> int:
    """How many rows an UPDATE, DELETE or INSERT changed (0 when the driver cannot tell)."""
    return cast(CursorResult[Any], result).rowcount or 0


def session_factory(engine: AsyncEngine) -> Sessions:
    """Sessions that keep loaded objects usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)


def one_statement_sessions(sessions: Sessions) -> Sessions:
    """Sessions on the same engine and pool for work that is one statement, which commits on its own
    (AUTOCOMMIT): on PostgreSQL no BEGIN and COMMIT round trips, and the check of a pooled connection is one
    round trip instead of three (a transaction is opened around it otherwise). The same sessions on SQLite,
    where a transaction costs no round trip."""
    engine = engine_of(sessions)
    if engine is None or engine.dialect.name == "sqlite":
        return sessions
    return async_sessionmaker(engine.execution_options(isolation_level="AUTOCOMMIT"), expire_on_commit=False)


def connect(url: str) -> Sessions:
    """Sessions on a new engine for `url` (nothing is connected yet); `close` disposes of the engine."""
    return session_factory(create_engine(url))


def engine_of(sessions: Sessions) -> AsyncEngine | None:
    """The engine behind a session factory (None for one bound to something else)."""
    bind = sessions.kw.get("bind")
    return bind if isinstance(bind, AsyncEngine) else None


def _engine(sessions: Sessions) -> AsyncEngine:
    engine = engine_of(sessions)
    if engine is None:
        raise TypeError("these sessions are not bound to an engine")
    return engine


async def close(sessions: Sessions) -> None:
    """Close every pooled connection of the engine behind `sessions`."""
    await _engine(sessions).dispose()


async def migrate(sessions: Sessions) -> None:
    """Apply the migrations to the database behind `sessions` (see `upgrade_database`)."""
    await upgrade_database(_engine(sessions))


def describe(sessions: Sessions) -> str:
    """The database's URL as it may be shown: the password masked."""
    return _engine(sessions).url.render_as_string()


def serves_one_process(sessions: Sessions) -> bool:
    """Whether only one bot process can use this database (SQLite, or sessions not bound to an engine)."""
    engine = engine_of(sessions)
    return engine is None or engine.dialect.name == "sqlite"


def backend_of(url: str) -> str:
    """The database backend a URL names: "sqlite", "postgresql", ..."""
    return make_url(url).get_backend_name()


def dialect_of(session: AsyncSession) -> str:
    """The database a session talks to: "sqlite" or "postgresql"."""
    return session.bind.dialect.name if session.bind is not None else "sqlite"


def insert_for(session: AsyncSession, model: Any) -> Any:
    """An INSERT into `model`'s table in the session's dialect, so that ON CONFLICT clauses can be added
    (`on_conflict_do_nothing`, `on_conflict_do_update`: same signature on PostgreSQL and SQLite)."""
    return (postgresql.insert if dialect_of(session) == "postgresql" else sqlite.insert)(model)


def password_of(url: str) -> str | None:
    """The password in a database URL, if any (to be kept out of the logs)."""
    return make_url(url).password


def sqlite_file(url: str) -> str | None:
    """The file of an SQLite URL; None for another backend or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return parsed.database


def database_unreachable(error: BaseException) -> bool:
    """Whether `error` says the database is down or went away (retry later), not that a query is wrong."""
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    unreachable = _unreachable_errors()
    return isinstance(error, unreachable) or isinstance(getattr(error, "orig", None), unreachable)


@asynccontextmanager
async def open_database(url: str, *, upgrade: bool = True) -> AsyncIterator[Sessions]:
    """Sessions on the database at `url`, migrated to the latest schema first unless `upgrade` is off;
    DatabaseOpenError when it cannot be reached or migrated."""
    engine = create_engine(url)
    try:
        if upgrade:
            try:
                await upgrade_database(engine)
            except (OperationalError, DBAPIError, OSError) as error:
                reason = getattr(error, "orig", None) or error
                raise DatabaseOpenError(f"cannot open {engine.url.render_as_string()}: {reason}") from None
        yield session_factory(engine)
    finally:
        await engine.dispose()


def alembic_config(connection: Connection | None = None) -> AlembicConfig:
    """An Alembic config pointing at the packaged migrations, sharing `connection` when given."""
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _upgrade(connection: Connection, revision: str) -> None:
    command.upgrade(alembic_config(connection), revision)


async def upgrade_database(engine: AsyncEngine, revision: str = "head") -> None:
    """Apply migrations up to `revision` (idempotent: an up-to-date database is left as it is).

    On PostgreSQL the migration holds a transaction advisory lock: processes starting together (a
    `run` and its workers) migrate one after the other, and the later ones find the schema up to date."""
    async with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            await connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        await connection.run_sync(_upgrade, revision)


@asynccontextmanager
async def rolled_back_sessions(sessions: Sessions) -> AsyncIterator[Sessions]:
    """Sessions whose every commit is a savepoint inside one transaction that is rolled back at exit:
    what they write never reaches the database."""
    engine = own_engine = None
    bound = _engine(sessions)
    if bound.dialect.name == "sqlite":
        # SQLite's driver only BEGINs before a write, so a first SAVEPOINT would become the outer
        # transaction and its release a commit: take over BEGIN, as SQLAlchemy's docs show for aiosqlite.
        own_engine = create_engine(bound.url.render_as_string(hide_password=False))
        event.listen(own_engine.sync_engine, "connect", _no_driver_begin)
        event.listen(own_engine.sync_engine, "begin", _explicit_begin)
    engine = own_engine or bound
    try:
        async with engine.connect() as connection:
            transaction = await connection.begin()
            try:
                yield async_sessionmaker(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False)
            finally:
                await transaction.rollback()
    finally:
        if own_engine is not None:
            await own_engine.dispose()


def _no_driver_begin(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    dbapi_connection.isolation_level = None  # sqlite3's: the driver no longer BEGINs by itself


def _explicit_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")
