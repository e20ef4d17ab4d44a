"""Which database errors mean "the database is down" (retry later), and that a SQLite process never
loads the PostgreSQL driver to be able to tell."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from storage.db import create_engine, database_unreachable
from tests.conftest import POSTGRES_URL, REQUIRE_POSTGRES


def test_a_sqlite_process_does_not_load_the_postgresql_driver() -> None:
    code = ("import sys, bot.cli, bot.app, storage.db, storage.stories, storage.outbox\n"
            "assert 'asyncpg' not in sys.modules, 'asyncpg imported'\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr


def test_asyncpg_errors_that_mean_unreachable_count_once_the_driver_is_loaded() -> None:
    import asyncpg

    assert database_unreachable(asyncpg.InvalidCatalogNameError("database \"gone\" does not exist"))
    wrapped = DBAPIError("SELECT 1", {}, asyncpg.PostgresConnectionError("connection lost"))
    assert database_unreachable(wrapped)
    assert not database_unreachable(DBAPIError("SELECT 1", {}, asyncpg.UniqueViolationError("duplicate key")))


async def test_a_missing_postgresql_database_is_unreachable_not_a_query_error() -> None:
    base, _, _ = POSTGRES_URL.rpartition("/")
    engine = create_engine(f"{base}/solidarity_no_such_database")
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as error:  # noqa: BLE001 - the error under test, whatever its class
        if isinstance(error, OSError) and not REQUIRE_POSTGRES:
            pytest.skip(f"no PostgreSQL server: {error}")
        assert database_unreachable(error), repr(error)
    else:
        pytest.fail("connected to a database that does not exist")
    finally:
        await engine.dispose()
