"""One 25,000-item feed ingested into SQLite while another connection writes every 50 ms: how long
the ingest takes, the longest any concurrent write waited (for the lock or for the event loop), and
the longest the event loop stalled.

Run: python bench/bench_large_feed.py [--items 25000] [--batch 200] [--copies]
Prints the ingest time, the writes done and the longest wait; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402
from sqlalchemy.ext.asyncio import create_async_engine  # noqa: E402

import bot.ingest.pipeline  # noqa: E402
from bot.config import parse_config  # noqa: E402
from bot.ingest.pipeline import ingest_all, sync_sources  # noqa: E402
from storage.db import create_engine, session_factory, upgrade_database  # noqa: E402
from tests.feedserver import FeedServer  # noqa: E402

WORDS = (
    "union strike wages safety port dockers teachers miners nurses drivers factory workers pay deal "
    "protest rally arrest court ministry company contract pension hours leave bargaining federation "
    "organiser members ballot picket lockout dismissal reinstatement inspection accident overtime"
).split()


def feed(items: int, copies: bool = False) -> str:
    """An RSS feed of `items` distinct stories (twelve words drawn at random for each, fixed seed),
    or with `copies` one story repeated under `items` different guids."""
    rng = random.Random(15)
    body = "".join(
        f"<item><title>{'Same story' if copies else f'Report {n}'}</title><guid>r-{n}</guid>"
        f"<description>{'Dockers strike over safety rules and pay' if copies else ' '.join(rng.choices(WORDS, k=12))}."
        "</description></item>"
        for n in range(items)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>{body}</channel></rss>'


async def run(items: int, batch: int, copies: bool) -> None:
    bot.ingest.pipeline.STORE_BATCH_SIZE = batch
    with tempfile.TemporaryDirectory() as folder, FeedServer() as server:
        url_db = f"sqlite+aiosqlite:///{folder}/bench.db"
        engine = create_engine(url_db)
        await upgrade_database(engine)
        other = create_async_engine(url_db, connect_args={"timeout": 60})
        url = server.route("/big", feed(items, copies))
        config = parse_config({"feeds": [{"url": url}], "fetch": {"allow_private_addresses": True, "max_bytes": 50_000_000,
                                                                    "timeout_seconds": 120}}, environ={})
        sessions = session_factory(engine)
        await sync_sources(sessions, config)
        started = time.perf_counter()
        ingesting = asyncio.create_task(ingest_all(sessions, config))
        lag = asyncio.create_task(loop_lag(ingesting))
        waits: list[float] = []
        while not ingesting.done():
            asked = time.perf_counter()
            async with other.begin() as connection:
                await connection.execute(text("UPDATE sources SET name = 'renamed' WHERE id = 1"))
            waits.append(time.perf_counter() - asked)
            await asyncio.sleep(0.05)
        summary = await ingesting
        elapsed = time.perf_counter() - started
        longest_stall = await lag
        await other.dispose()
        await engine.dispose()
    print(f"{items:,} {'copies' if copies else 'items'}, batches of {batch}: ingest {elapsed:.1f} s, {summary.new + summary.duplicates:,} stored; "
          f"{len(waits)} concurrent writes, longest wait {max(waits):.2f} s; longest event-loop stall {longest_stall:.2f} s")


async def loop_lag(task: asyncio.Task[object]) -> float:
    """The longest the event loop was late for a 10 ms sleep while `task` ran."""
    longest = 0.0
    while not task.done():
        asked = time.perf_counter()
        await asyncio.sleep(0.01)
        longest = max(longest, time.perf_counter() - asked - 0.01)
    return longest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=25_000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--copies", action="store_true", help="one story repeated under new guids")
    args = parser.parse_args()
    asyncio.run(run(args.items, args.batch, args.copies))


if __name__ == "__main__":
    main()
