"""Opening the configured database, with a plain message when it cannot be reached."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import Config, ConfigError
from storage.db import create_engine, session_factory, upgrade_database


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
