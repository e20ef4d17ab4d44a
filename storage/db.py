"""Engine and session setup, and schema migrations (Alembic) run from the application."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Connection, event, text
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

Session = AsyncSession
"""One unit of work: what the typed query functions in storage/ take as their first argument."""
Sessions = async_sessionmaker[AsyncSession]
"""What opens sessions (`services.sessions`): callers outside storage/ name this type, never SQLAlchemy's."""

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
MIGRATION_LOCK_KEY = 0x4D_49_47_52  # an arbitrary constant: the PostgreSQL advisory lock migrations hold


def create_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    """An async engine; SQLite gets foreign keys on, WAL and a busy timeout so the bot's tasks can share it."""
    if url.startswith("sqlite"):
        engine = create_async_engine(url, echo=echo, connect_args={"timeout": 30})
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    return create_async_engine(url, echo=echo, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded objects usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)


def database_unavailable(error: BaseException) -> bool:
    """Whether `error` means the database cannot be reached for now (worth waiting for), rather than a bug."""
    if isinstance(error, (OperationalError, InterfaceError, PoolTimeout, OSError)):
        return True
    return isinstance(error, DBAPIError) and error.connection_invalidated


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
