"""Shared fixtures: a migrated database on SQLite and on PostgreSQL, and the seed corpus.

PostgreSQL tests use a database created for this test run (dropped at the end), on the server named
by TEST_POSTGRES_URL (default: the local server every machine has). Where no server answers they skip
with the reason, unless REQUIRE_POSTGRES=1 (set by .ci/run), when they fail instead.
"""

from __future__ import annotations

import asyncio
import atexit
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from storage.db import create_engine, session_factory, upgrade_database
from storage.models import Base

pytest_plugins = ["tests.feedserver", "tests.botapi"]

# The matcher's build (bot.matching.cache) is kept nowhere by the tests' own taggers (a library caller keeps none) and
# configs: a test process builds each directory's matcher once anyway, and nothing may touch the user's ~/.cache. The
# bots tests start as processes of their own (tests/test_service.py drops SOLIDARITY_* variables) keep it in a folder
# of this run, removed at its end, so that they build it once between them. tests/test_matching_cache44.py gives the
# cache a tmp_path.
os.environ["SOLIDARITY_MATCHING_CACHE"] = "false"
os.environ["XDG_CACHE_HOME"] = _RUN_CACHE = tempfile.mkdtemp(prefix="solidarity-tests-cache-")
atexit.register(shutil.rmtree, _RUN_CACHE, ignore_errors=True)

# Property-based tests: a bounded, reproducible run in the suite ("ci", the default: fixed examples, no
# example database); bench/fuzz_chat.py selects "fuzz", a long random run. HYPOTHESIS_MAX_EXAMPLES
# overrides the count of either.
_HYPOTHESIS_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]}
settings.register_profile("ci", max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", 20)), derandomize=True,
                          database=None, **_HYPOTHESIS_COMMON)
settings.register_profile("fuzz", max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", 500)), **_HYPOTHESIS_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "bot" / "sample_corpus"
EVAL_FILE_CANDIDATES = (ROOT.parent / "shared" / "eval" / "seed_stories.jsonl", ROOT / "tests" / "data" / "seed_stories.jsonl")
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
REQUIRE_POSTGRES = os.environ.get("REQUIRE_POSTGRES") == "1"


def load_eval_stories() -> list[dict]:
    """The hand-labeled seed stories (from ../shared/eval, or the copy kept in tests/data)."""
    for candidate in EVAL_FILE_CANDIDATES:
        if candidate.exists():
            return [json.loads(line) for line in candidate.read_text(encoding="utf-8").splitlines() if line.strip()]
    raise FileNotFoundError("seed_stories.jsonl not found")


@pytest.fixture(scope="session")
def eval_stories() -> list[dict]:
    return load_eval_stories()


async def _create_postgres_database() -> str:
    admin = create_async_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    name = f"solidarity_test_{uuid.uuid4().hex[:12]}"
    try:
        async with admin.connect() as connection:
            await connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        await admin.dispose()
    base, _, _ = POSTGRES_URL.rpartition("/")
    return f"{base}/{name}"


async def new_postgres_database() -> str:
    """A new, empty PostgreSQL database for one test (drop it with _drop_postgres_database); the test
    fails (REQUIRE_POSTGRES) or is skipped when no server answers."""
    try:
        return await _create_postgres_database()
    except Exception as error:  # noqa: BLE001 - any failure to reach the server means "no PostgreSQL here"
        if REQUIRE_POSTGRES:
            pytest.fail(f"no PostgreSQL server: {error}")
        pytest.skip(f"no PostgreSQL server: {error}")


async def _drop_postgres_database(url: str) -> None:
    name = url.rpartition("/")[2]
    admin = create_async_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        await admin.dispose()


async def _migrate(url: str) -> None:
    engine = create_engine(url)
    try:
        await upgrade_database(engine)
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this test run."""
    try:
        url = asyncio.run(_create_postgres_database())
    except Exception as error:  # noqa: BLE001 - any failure to reach the server means "no PostgreSQL here"
        message = f"no PostgreSQL server answers at {POSTGRES_URL}: {error}"
        if REQUIRE_POSTGRES:
            pytest.fail(message)
        pytest.skip(message)
    asyncio.run(_migrate(url))
    yield url
    asyncio.run(_drop_postgres_database(url))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated database URL: a new SQLite file, or this run's PostgreSQL database (emptied after each test)."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
        asyncio.run(_migrate(url))
        return url
    return request.getfixturevalue("postgres_url")


@pytest.fixture
async def sessions(database_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on a migrated, empty database; PostgreSQL tables are emptied again afterwards."""
    engine = create_engine(database_url)
    try:
        yield session_factory(engine)
    finally:
        if engine.dialect.name == "postgresql":
            tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
            async with engine.begin() as connection:
                await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        await engine.dispose()


@pytest.fixture(scope="session")
def migrated_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file per test run, copied by `sqlite_sessions` (migrating each time is slow)."""
    path = tmp_path_factory.mktemp("template") / "migrated.db"
    asyncio.run(_migrate(f"sqlite+aiosqlite:///{path}"))
    return path


@pytest.fixture
async def sqlite_sessions(migrated_sqlite_template: Path, tmp_path: Path) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on a fresh, migrated SQLite database (for tests that are not about storage)."""
    path = tmp_path / "bot.db"
    shutil.copyfile(migrated_sqlite_template, path)
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    try:
        yield session_factory(engine)
    finally:
        await engine.dispose()


@pytest.fixture
async def running_bot(bot_api, sqlite_sessions: async_sessionmaker[AsyncSession]):  # type: ignore[no-untyped-def]
    """The bot's Application polling the local Bot API server, on a fresh SQLite database, with one admin
    (tests.telegram_harness.ADMIN_ID). Talk to it with `await running_bot.send("/start")`."""
    from tests.telegram_harness import running

    async with running(bot_api, sqlite_sessions) as bot:
        yield bot
