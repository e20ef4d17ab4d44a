"""Routing cost at 1,000 vs 100,000 subscriptions, against a naive per-subscription regex loop.

    python bench/bench_routing.py [--sizes 1000 100000] [--stories 50] [--matching 50]

Each run fills a fresh SQLite database with N subscribers, each following one country; `--matching`
of them follow Azerbaijan, the others are spread over the other countries. Every story is about
Azerbaijan, so the number of alerts per story stays the same while N grows: the indexed routing
should cost about the same at every N, while the naive loop (compile and run one regex per
subscription over the story) grows with N. Prints milliseconds per story for both.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import re
import statistics
import tempfile
import time
from pathlib import Path

import pycountry
from sqlalchemy import delete, insert

from bot.ingest.pipeline import new_story, store_new_stories
from bot.matching import KeywordIndex, default_tagger
from bot.routing.route import route_cluster, tag_cluster
from storage import routing as routing_queries
from storage.db import create_engine, session_factory, upgrade_database
from storage.models import Alert, Source, Subscriber, Subscription

STORY_TITLE = "Azerbaijan jails Labor Desk union leaders"
STORY_TEXT = (Path(__file__).resolve().parent.parent / "bot" / "sample_corpus" / "000_d5ff907e01da617d.txt").read_text(
    encoding="utf-8"
).split("We will never stop")[0]


def country_plan(size: int, matching: int) -> list[tuple[str, str]]:
    """(code, name) per subscriber: `matching` follow AZ, the rest cycle through every other country."""
    others = [(country.alpha_2, country.name) for country in pycountry.countries if country.alpha_2 != "AZ"]
    plan = [("AZ", "Azerbaijan")] * matching
    plan += [others[index % len(others)] for index in range(size - matching)]
    return plan


async def fill(sessions, plan: list[tuple[str, str]], keyword_queries: int) -> None:  # type: ignore[no-untyped-def]
    """One subscriber per planned country, then one per keyword query: distinct made-up names none
    of which the story holds (so alerts per story stay the same), each also following one country."""
    count = len(plan) + keyword_queries
    async with sessions.begin() as session:
        await session.execute(
            insert(Subscriber), [{"chat_id": 10_000 + index, "delivery_mode": "now"} for index in range(count)]
        )
        rows = [{"subscriber_id": index + 1, "kind": "country", "value": code, "label": name} for index, (code, name) in enumerate(plan)]
        rows += [{"subscriber_id": len(plan) + index + 1, "kind": "keyword", "value": f"name{index} strike", "label": f"name{index} strike"}
                 for index in range(keyword_queries)]
        await session.execute(insert(Subscription), rows)


def naive_route(plan: list[tuple[str, str]], title: str, text: str) -> int:
    """The approach routing replaces: one regex per subscription, run over every story."""
    matched = 0
    for _code, name in plan:
        if re.search(rf"\b{re.escape(name)}\b", f"{title}\n{text}", re.IGNORECASE):
            matched += 1
    return matched


async def measure(size: int, stories: int, matching: int, keyword_queries: int) -> tuple[float, float, float, int]:
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite+aiosqlite:///{folder}/bench.db")
        await upgrade_database(engine)
        sessions = session_factory(engine)
        plan = country_plan(size, matching)
        await fill(sessions, plan, keyword_queries)
        tagger = default_tagger()
        async with sessions.begin() as session:
            source = Source(kind="corpus", location="bench")
            session.add(source)
            await session.flush()
            ((_, cluster_id),) = await store_new_stories(session, [new_story(source.id, "bench-1", STORY_TITLE, STORY_TEXT)])
            await tag_cluster(session, tagger, cluster_id)
        keywords = KeywordIndex()
        started = time.perf_counter()
        async with sessions() as session:  # what routing does once per pass, not per story
            keywords.update(await routing_queries.keyword_queries(session))
        index_seconds = time.perf_counter() - started
        timings = []
        alerts = 0
        for _ in range(stories):
            async with sessions.begin() as session:
                await session.execute(delete(Alert))
            start = time.perf_counter()
            async with sessions.begin() as session:
                alerts = await route_cluster(session, cluster_id, keywords, dt.datetime.now(dt.UTC))
            timings.append(time.perf_counter() - start)
        await engine.dispose()
    naive_timings = []
    for _ in range(max(3, stories // 10)):
        start = time.perf_counter()
        naive_matched = naive_route(plan, STORY_TITLE, STORY_TEXT)
        naive_timings.append(time.perf_counter() - start)
    assert naive_matched >= matching
    return statistics.median(timings) * 1000, statistics.median(naive_timings) * 1000, index_seconds, alerts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000])
    parser.add_argument("--stories", type=int, default=50)
    parser.add_argument("--matching", type=int, default=50)
    parser.add_argument("--keyword-queries", type=int, default=0,
                        help="also this many subscribers with distinct keyword queries (none matching)")
    args = parser.parse_args()
    print(f"{'subscriptions':>13} {'keyword queries':>15} {'alerts/story':>12} {'indexed ms/story':>16} "
          f"{'naive regex ms/story':>20} {'keyword index per pass s':>24}")
    for size in args.sizes:
        indexed, naive, index_seconds, alerts = asyncio.run(measure(size, args.stories, args.matching, args.keyword_queries))
        print(f"{size:>13,} {args.keyword_queries:>15,} {alerts:>12} {indexed:>16.2f} {naive:>20.2f} {index_seconds:>24.2f}")


if __name__ == "__main__":
    main()
