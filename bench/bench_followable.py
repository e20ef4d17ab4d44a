"""/subscribe's union lookup with many discovered unions: the directory plus N discovered unions, resolved
through `bot.chats.subscriptions.look_up` as the handler calls it.

    python bench/bench_followable.py [--discovered 5000] [--lookups 50]

Reports milliseconds per lookup when the followable unions (and the resolver's name index for them) are
rebuilt for every lookup (the cache emptied first), and when they are kept until a discovered union is
added, merged or rejected (what the bot does). A temporary SQLite database; no asserts on timing.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.chats.discovered import FOLLOWABLE_KEY  # noqa: E402
from bot.chats.subscriptions import Request, look_up  # noqa: E402
from bot.config import parse_config  # noqa: E402
from bot.ingest.pipeline import new_story, store_new_stories  # noqa: E402
from bot.services import Services  # noqa: E402
from storage import discovered as queries  # noqa: E402
from storage.db import Sessions, create_engine, session_factory, upgrade_database  # noqa: E402
from storage.discovered import FoundUnion  # noqa: E402
from storage.models import Source, Story  # noqa: E402

TYPED = ("Garmnt Workrs Unon 42", "BGSF", "Serikat Pekerja 17", "Sindicato de Trabajadores")


async def bench_database(folder: str) -> tuple[AsyncEngine, Sessions, int]:
    """A migrated SQLite database in `folder` holding one feed source: (engine, sessions, the source's id)."""
    engine = create_engine(f"sqlite+aiosqlite:///{folder}/bench.db")
    await upgrade_database(engine)
    sessions = session_factory(engine)
    async with sessions.begin() as session:
        source = Source(kind="feed", location="https://bench.test/rss")
        session.add(source)
        await session.flush()
        return engine, sessions, source.id


async def run(discovered: int, lookups: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine, sessions, source_id = await bench_database(folder)
        async with sessions.begin() as session:
            await store_new_stories(session, [new_story(source_id, "g", "A story", "text")])
            story_id = await session.scalar(select(Story.id).where(Story.source_id == source_id))
            found = [FoundUnion(f"found:bd:garment-workers-union-number-{index}", f"Garment Workers Union Number {index}",
                                None, "BD") for index in range(discovered)]
            await queries.record_found(session, found, story_id)
        services = Services(config=parse_config({}, environ={}), sessions=sessions)
        for label, keep in (("rebuilt every lookup", False), ("kept until a change", True)):
            started = time.perf_counter()
            for index in range(lookups):
                if not keep:
                    services.derived.pop(FOLLOWABLE_KEY, None)
                await look_up(services, Request("union", TYPED[index % len(TYPED)]))
            print(f"{discovered:,} discovered unions, {label}: {(time.perf_counter() - started) / lookups * 1000:.1f} ms per lookup")
        await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--discovered", type=int, default=5000)
    parser.add_argument("--lookups", type=int, default=50)
    args = parser.parse_args()
    asyncio.run(run(args.discovered, args.lookups))


if __name__ == "__main__":
    main()
