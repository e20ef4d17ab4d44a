"""What claiming urgent campaigns' alerts first costs a claim, on PostgreSQL with a backlog.

    python bench/bench_claim_order.py [--alerts 20000] [--stories 50] [--rounds 40]

A fresh database (created on the PostgreSQL of the test suite, POSTGRES_URL, dropped after) holds `--alerts`
due pending rows spread over `--stories` stories. Each round claims 120 rows (the 30/s worker's batch) in a
transaction that is rolled back, alternating: `claim_due` alone (no urgent campaign: what the worker does
then) and `due_story_ids` + `claim_due(first_stories=...)` (one story urgent: the worker's step with urgent
campaigns, the stories already sorted). Prints the median wall time of each; the database server's work is
in its own process, so wall time is what a claim costs the worker. No asserts: the numbers are printed.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select, text  # noqa: E402

from storage import outbox  # noqa: E402
from storage.db import create_engine, session_factory  # noqa: E402
from storage.models import Alert, Subscriber, utcnow  # noqa: E402
from tests.alerting import add_story  # noqa: E402
from tests.conftest import _create_postgres_database, _drop_postgres_database, _migrate  # noqa: E402

CLAIM = 120


async def run(alerts: int, stories: int, rounds: int) -> dict[str, float]:
    url = await _create_postgres_database()
    await _migrate(url)
    engine = create_engine(url)
    sessions = session_factory(engine)
    try:
        async with sessions.begin() as session:
            story_rows = [await add_story(session, f"Story {number}", "About Azerbaijan.") for number in range(stories)]
            now = utcnow()
            await session.execute(insert(Subscriber), [
                {"chat_id": 10_000 + number, "chat_type": "private", "timezone": "UTC", "delivery_mode": "now",
                 "digest_time": "08:00", "digest_weekday": 0, "include_mentioned": False, "paused": False, "active": True,
                 "created_at": now} for number in range(alerts)])
            ids = list(await session.scalars(select(Subscriber.id)))
            await session.execute(insert(Alert), [
                {"subscriber_id": subscriber_id, "cluster_id": story_rows[number % stories].cluster_id,
                 "story_id": story_rows[number % stories].id, "status": "pending", "matched": [],
                 "due_at": now - dt.timedelta(hours=1), "attempts": 0, "created_at": now}
                for number, subscriber_id in enumerate(ids)])
        async with engine.connect() as connection:
            await connection.execute(text("ANALYZE"))
            await connection.commit()
        urgent = {story_rows[-1].id}
        timings: dict[str, list[float]] = {"claim alone": [], "urgent stories first": []}
        for _ in range(rounds):
            for mode, times in timings.items():
                started = time.perf_counter()
                async with sessions() as session:
                    first = await outbox.due_story_ids(session, utcnow()) & urgent if mode != "claim alone" else set()
                    claimed = await outbox.claim_due(session, utcnow(), CLAIM, first_stories=first)
                    await session.rollback()
                times.append((time.perf_counter() - started) * 1000)
                assert len(claimed) == CLAIM
        return {mode: statistics.median(times) for mode, times in timings.items()}
    finally:
        await engine.dispose()
        await _drop_postgres_database(url)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, default=20_000)
    parser.add_argument("--stories", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    for mode, median in asyncio.run(run(args.alerts, args.stories, args.rounds)).items():
        print(f"{mode}: median {median:.1f} ms a claim of {CLAIM} rows ({args.alerts} due rows, {args.stories} stories)")


if __name__ == "__main__":
    main()
