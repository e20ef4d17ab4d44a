"""Routing cost at 1,000 vs 100,000 subscriptions, against a naive per-subscription regex loop.

    python bench/bench_routing.py [--sizes 1000 100000] [--stories 50] [--matching 50]

Each run fills a fresh SQLite database with N subscribers, each following one country; `--matching`
of them follow Azerbaijan, the others are spread over the other countries. Every story is about
Azerbaijan, so the number of alerts per story stays the same while N grows: the indexed routing
should cost about the same at every N, while the naive loop (compile and run one regex per
subscription over the story) grows with N. Prints milliseconds per story for both.

    python bench/bench_routing.py --stall 400000 [--stories 50]

instead stores `--stories` ordinary stories (bench_tagger.py's) and one story of about that many characters (the
sample corpus's documents joined, again from the first when they run out), then tags and routes them all with
`process_new_clusters` as the bot's routing job does, with the tagger built and frozen as the service has it, while a
10 ms timer on the same event loop records how late it fires: the longest and the 99th-percentile lateness (how long
a chat update or a send waits meanwhile) and the whole pass's wall time.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import re
import statistics
import tempfile
import time
from pathlib import Path

import pycountry
from bench_tagger import synthetic_stories  # (this folder is on the path when run as a script)
from sqlalchemy import delete, insert

from bot.ingest.pipeline import new_story, store_new_stories
from bot.matching import KeywordIndex, default_tagger
from bot.routing.route import process_new_clusters, route_cluster, tag_cluster
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


def long_text(chars: int) -> str:
    """About `chars` characters of the sample corpus's documents joined, again from the first when they run out."""
    corpus = sorted((Path(__file__).resolve().parent.parent / "bot" / "sample_corpus").glob("*.txt"))
    documents = [path.read_text(encoding="utf-8") for path in corpus]
    parts: list[str] = []
    while sum(map(len, parts)) < chars:
        parts.append(documents[len(parts) % len(documents)])
    return "\n\n".join(parts)[:chars]


async def measure_stall(long_chars: int, stories: int) -> tuple[float, float, float, int]:
    """(longest and 99th-percentile lateness of a 10 ms timer in ms, the pass's wall seconds, clusters tagged) while
    routing `stories` ordinary stories and one of `long_chars` characters."""
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite+aiosqlite:///{folder}/bench.db")
        await upgrade_database(engine)
        sessions = session_factory(engine)
        await fill(sessions, country_plan(1_000, 50), 0)
        tagger = default_tagger()
        tagger.tag(STORY_TITLE, STORY_TEXT)  # the lookups built at first use are not the pass's
        gc.collect()
        gc.freeze()  # as the service does once its tagger is built (bot/service/roles.py build_tagger)
        async with sessions.begin() as session:
            source = Source(kind="corpus", location="bench")
            session.add(source)
            await session.flush()
            batch = [new_story(source.id, f"bench-{number}", title, text)
                     for number, (title, text) in enumerate(synthetic_stories(stories))]
            batch.insert(len(batch) // 2, new_story(source.id, "bench-long", "A long digest", long_text(long_chars)))
            await store_new_stories(session, batch)
        lateness: list[float] = []
        started = time.perf_counter()
        routing = asyncio.create_task(process_new_clusters(sessions, tagger))
        while not routing.done():
            asked = time.perf_counter()
            await asyncio.sleep(0.01)
            lateness.append(time.perf_counter() - asked - 0.01)
        summary = await routing
        elapsed = time.perf_counter() - started
        await engine.dispose()
    lateness.sort()
    return lateness[-1] * 1000, lateness[int(len(lateness) * 0.99)] * 1000, elapsed, summary.tagged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000])
    parser.add_argument("--stories", type=int, default=50)
    parser.add_argument("--matching", type=int, default=50)
    parser.add_argument("--keyword-queries", type=int, default=0,
                        help="also this many subscribers with distinct keyword queries (none matching)")
    parser.add_argument("--stall", type=int, metavar="CHARS",
                        help="how late the event loop runs while routing ordinary stories and one of CHARS characters")
    args = parser.parse_args()
    if args.stall:
        longest, p99, elapsed, tagged = asyncio.run(measure_stall(args.stall, args.stories))
        print(f"{tagged} clusters tagged and routed (one of {args.stall:,} characters) in {elapsed:.2f} s; event loop "
              f"late by at most {longest:.0f} ms (99th percentile {p99:.1f} ms) for a 10 ms timer")
        return
    print(f"{'subscriptions':>13} {'keyword queries':>15} {'alerts/story':>12} {'indexed ms/story':>16} "
          f"{'naive regex ms/story':>20} {'keyword index per pass s':>24}")
    for size in args.sizes:
        indexed, naive, index_seconds, alerts = asyncio.run(measure(size, args.stories, args.matching, args.keyword_queries))
        print(f"{size:>13,} {args.keyword_queries:>15,} {alerts:>12} {indexed:>16.2f} {naive:>20.2f} {index_seconds:>24.2f}")


if __name__ == "__main__":
    main()
