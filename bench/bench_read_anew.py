"""Start-up's pass over followed discovered unions (`merge_discovered_read_anew`) against the tagger build it follows.

    python bench/bench_read_anew.py [--followed 1000]

N stored stories (real labour-news excerpts of bench/data, stitched to ~2 KB); the first discovered union
the tagger reads in each (once per union) is recorded and followed by a chat. None is renamed: every
example story is tagged again and nothing moves. Prints the wall and CPU time of the pass and, as
the baseline from the same run, of building the tagger that start-up builds first. A temporary SQLite
database; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_followable import bench_database  # noqa: E402
from bot.chats.discovered import found_unions, merge_discovered_read_anew  # noqa: E402
from bot.config import parse_config  # noqa: E402
from bot.ingest.pipeline import new_story, store_new_stories  # noqa: E402
from bot.matching import Tagger, default_directory  # noqa: E402
from bot.services import Services  # noqa: E402
from storage import discovered as queries  # noqa: E402
from storage.models import Story, Subscriber, Subscription  # noqa: E402


def excerpts(count: int) -> list[str]:
    """`count` texts of ~2 KB from the outside samples' excerpts."""
    texts = [json.loads(line)["text"] for path in sorted((ROOT / "bench" / "data").glob("wide_*/sample.jsonl"))
             for line in path.open(encoding="utf-8")]
    return [" ".join(texts[(index * 7 + step) % len(texts)] for step in range(3))[:2_000] for index in range(count)]


async def run(followed: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine, sessions, source_id = await bench_database(folder)
        async with sessions.begin() as session:
            await store_new_stories(session, [new_story(source_id, f"g{index}", f"Story {index}", text)
                                              for index, text in enumerate(excerpts(followed))])
            stories = (await session.execute(select(Story.id, Story.title, Story.text))).tuples().all()
        wall, cpu = time.perf_counter(), time.process_time()
        tagger = Tagger(default_directory())
        build = f"{time.perf_counter() - wall:.2f} s wall, {time.process_time() - cpu:.2f} s CPU"
        followed_ids: set[str] = set()
        async with sessions.begin() as session:  # each story's discovered unions as the tagger reads them today
            for story_id, title, text in stories:
                found = [union for union in found_unions(tagger.tag(title, text)) if union.union_id not in followed_ids]
                if found:
                    await queries.record_found(session, found[:1], story_id)
                    followed_ids.add(found[0].union_id)
                    session.add(Subscriber(chat_id=story_id, subscriptions=[
                        Subscription(kind="union", value=found[0].union_id, label=found[0].name)]))
        print(f"baseline, the tagger's build: {build}")
        services = Services(config=parse_config({}, environ={}), sessions=sessions)
        await services.tagger()
        wall, cpu = time.perf_counter(), time.process_time()
        merged = await merge_discovered_read_anew(services)
        print(f"{len(followed_ids):,} followed discovered unions ({followed:,} stories) read anew: {time.perf_counter() - wall:.2f} s wall, "
              f"{time.process_time() - cpu:.2f} s CPU ({len(merged)} merged)")
        await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--followed", type=int, default=1_000, help="stories stored (at most one followed union each)")
    asyncio.run(run(parser.parse_args().followed))


if __name__ == "__main__":
    main()
