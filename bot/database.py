"""Opening the configured database, with a plain message when it cannot be reached."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import Config, ConfigError
from storage.db import create_engine, session_factory, upgrade_database

# The database cannot be reached or refused the connection (not a bug in a query): the driver raises
# these from connect unwrapped; SQLAlchemy wraps what happens later on a live connection.
UNREACHABLE_ERRORS: tuple[type[BaseException], ...] = (
    OperationalError, InterfaceError, OSError, asyncpg.PostgresConnectionError, asyncpg.InvalidCatalogNameError,
    asyncpg.InvalidAuthorizationSpecificationError, asyncpg.OperatorInterventionError,
)


def database_unreachable(error: BaseException) -> bool:
    """Whether `error` says the database is down or went away (retry later), not that a query is wrong."""
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    return isinstance(error, UNREACHABLE_ERRORS) or isinstance(getattr(error, "orig", None), UNREACHABLE_ERRORS)


@asynccontextmanager
async def open_database(config: Config, *, upgrade: bool = True) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on the configured database, migrated to the latest schema first unless `upgrade` is off."""
    engine = create_engine(config.database.url)
    try:
        if upgrade:
            try:
                await upgrade_database(engine)
            except (OperationalError, DBAPIError, OSError) as error:
                reason = getattr(error, "orig", None) or error
                raise ConfigError(f"database.url: cannot open {engine.url.render_as_string()}: {reason}") from None
        yield session_factory(engine)
    finally:
        await engine.dispose()
