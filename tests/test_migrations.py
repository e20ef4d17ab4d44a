"""The Alembic migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from storage.db import create_engine
from storage.models import Base


async def test_migrated_schema_matches_the_models(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            differences = await connection.run_sync(
                lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata)
            )
    finally:
        await engine.dispose()
    assert differences == []


async def test_processes_starting_together_on_a_new_postgresql_database_migrate_it_once() -> None:
    import asyncio

    from storage.db import upgrade_database
    from tests.conftest import _drop_postgres_database, new_postgres_database

    url = await new_postgres_database()
    engines = [create_engine(url) for _ in range(3)]  # a `run` and two workers, as in compose.yaml
    try:
        await asyncio.gather(*(upgrade_database(engine) for engine in engines))
    finally:
        for engine in engines:
            await engine.dispose()
        await _drop_postgres_database(url)
