"""Delivery and digests at scale, through the real code paths, against the local Bot API server.

    python bench/bench_delivery.py [--alerts 600] [--rate 30] [--kill-after 0] [--ptb-rate-limiter] [--database URL]
                                   [--digest-subscribers 20000] [--digest-alerts 5] [--skip-fanout] [--skip-digests]

1. Fan-out: one story queued for N subscribers (N private chats, one pending outbox row each), drained
   by `bot.delivery.worker.Deliverer` with the configured overall rate (`--rate`, Telegram's 30/s by
   default; 1/s per private chat) through python-telegram-bot to `tests.botapi.BotApiServer` on
   127.0.0.1. Reports the achieved rate from the server's arrival times (and against the limit),
   and checks that every chat got exactly one message, and the database statements and transactions
   the drain used (each transaction costs a BEGIN and a COMMIT round trip besides its statements).
   With `--kill-after S`, the drain runs in a child process that is killed with SIGKILL after S
   seconds; a fresh deliverer then recovers the rows left `sending` and finishes. Reports how many
   alerts were lost (chats with no message) and duplicated (chats with two).
2. Digests: S daily-digest subscribers, each with K waiting digest alerts drawn from 200 tagged
   stories (some carrying a campaign action), all due; times `bot.delivery.digests.build_digests` over every
   due subscriber, page by page, as the minute job does (composition only; sending is bounded by the
   rate limit, 30 digests/s). On PostgreSQL the tables are analysed after loading, as autovacuum would:
   without statistics its planner walks every waiting digest row for each page of subscribers.

No asserts on timing: the numbers are printed. Only loopback traffic; a temporary SQLite database
unless `--database` names another (it must be empty and migratable).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import multiprocessing
import os
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event, func, insert, select  # noqa: E402
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker  # noqa: E402

from bot.compose.alert import AlertStory, RenderedAlert, compose_alert, topics_from_matched  # noqa: E402
from bot.config import DeliveryConfig  # noqa: E402
from storage.db import create_engine, session_factory, upgrade_database  # noqa: E402
from storage.models import Alert, Campaign, Source, Story, StoryCluster, StoryTag, Subscriber, utcnow  # noqa: E402

COUNTRIES = [("AZ", "Azerbaijan"), ("BY", "Belarus"), ("PK", "Pakistan"), ("GE", "Georgia"), ("KZ", "Kazakhstan"),
             ("ME", "Montenegro"), ("MX", "Mexico"), ("UZ", "Uzbekistan")]
TEXT = ("Workers at the plant walked out on Monday after management refused to negotiate. The union says pay has "
        "fallen behind prices for three years. Police detained two organisers, who were released on Tuesday. "
        "A solidarity rally is planned for the weekend.")


async def _insert(session: AsyncSession, model: type, rows: list[dict], chunk: int = 5000) -> None:
    for start in range(0, len(rows), chunk):
        await session.execute(insert(model), rows[start : start + chunk])


async def seed_stories(sessions: async_sessionmaker[AsyncSession], count: int) -> list[tuple[int, int, tuple[str, str]]]:
    """`count` stored, tagged and routed stories; returns (story id, cluster id, country) for each."""
    now = utcnow()
    made = []
    async with sessions.begin() as session:
        source = Source(kind="feed", location="http://bench.test/rss", name="Bench Feed", interval_minutes=30, created_at=now)
        session.add(source)
        session.add(Campaign(title="Free the Labor Desk activists", url="https://www.labourstart.org/campaigns/",
                             kind="petition", countries=["AZ"], unions=["labor-desk"], created_at=now))
        await session.flush()
        for number in range(count):
            code, name = COUNTRIES[number % len(COUNTRIES)]
            cluster = StoryCluster(first_seen_at=now, tagged_at=now, routed_at=now)
            session.add(cluster)
            await session.flush()
            story = Story(source_id=source.id, cluster_id=cluster.id, guid=f"bench-{number}", url=f"https://news.test/{number}",
                          canonical_url=f"https://news.test/{number}", title=f"Strike number {number} in {name}", text=TEXT,
                          links=[], published_at=now - dt.timedelta(hours=number), fetched_at=now,
                          content_hash=f"{number:064d}", fingerprint=number, band0=0, band1=0, band2=0, band3=0)
            session.add(story)
            session.add(StoryTag(cluster_id=cluster.id, kind="country", value=code, label=name, salience="primary", evidence=[name]))
            await session.flush()
            made.append((story.id, cluster.id, (code, name)))
    return made


def sample_alert() -> RenderedAlert:
    """The alert the fan-out's subscribers get, composed as the worker composes it (no campaign of its cause)."""
    code, name = COUNTRIES[0]
    story = AlertStory(story_id=1, title=f"Strike number 0 in {name}", text=TEXT, url="https://news.test/0",
                       source="Bench Feed", published=utcnow().date(), links=[])
    matched = [{"kind": "country", "value": code, "label": name, "salience": "primary", "evidence": [name]}]
    return compose_alert(story, topics_from_matched(matched), None, alert_id=1)


# --- 1. fan-out ---


async def queue_fanout(sessions: async_sessionmaker[AsyncSession], count: int) -> None:
    (story_id, cluster_id, (code, name)), = await seed_stories(sessions, 1)
    now = utcnow()
    async with sessions.begin() as session:
        await _insert(session, Subscriber, [
            {"chat_id": 10_000_000 + number, "chat_type": "private", "timezone": "UTC", "delivery_mode": "now",
             "digest_time": "08:00", "digest_weekday": 0, "include_mentioned": False, "paused": False, "active": True,
             "created_at": now} for number in range(count)
        ])
        subscriber_ids = list(await session.scalars(select(Subscriber.id).order_by(Subscriber.id)))
        matched = [{"kind": "country", "value": code, "label": name, "salience": "primary", "evidence": [name]}]
        await _insert(session, Alert, [
            {"subscriber_id": subscriber_id, "cluster_id": cluster_id, "story_id": story_id, "status": "pending",
             "matched": matched, "due_at": now, "attempts": 0, "created_at": now} for subscriber_id in subscriber_ids
        ])


def delivery_config(rate: float) -> DeliveryConfig:
    return DeliveryConfig(messages_per_second=rate, private_chat_messages_per_second=1.0, group_messages_per_minute=20.0,
                          max_attempts=8)


def make_bot(token: str, base_url: str, rate: float, ptb_limiter: bool):
    """A plain Bot, or (as bot/app.py builds it) an ExtBot with python-telegram-bot's AIORateLimiter."""
    from telegram import Bot
    from telegram.ext import AIORateLimiter, ExtBot

    if not ptb_limiter:
        return Bot(token, base_url=base_url)
    return ExtBot(token, base_url=base_url,
                  rate_limiter=AIORateLimiter(overall_max_rate=rate, group_max_rate=20))


async def drain(database_url: str, base_url: str, token: str, rate: float, *, recover_all: bool = False,
                ptb_limiter: bool = False) -> float:
    from bot.delivery.pacing import fleet_pacing
    from bot.delivery.sender import RateLimiter, Sender
    from bot.delivery.worker import Deliverer

    engine = create_engine(database_url)
    database_calls: Counter[str] = Counter()
    event.listen(engine.sync_engine, "before_cursor_execute", lambda *_: database_calls.update(["statements"]))
    event.listen(engine.sync_engine, "begin", lambda *_: database_calls.update(["transactions"]))
    try:
        sessions = session_factory(engine)
        config = delivery_config(rate)
        async with make_bot(token, base_url, rate, ptb_limiter) as bot:
            deliverer = Deliverer(sessions, Sender(bot, RateLimiter.from_config(config), pacing=fleet_pacing(sessions, config)), config)
            if recover_all:
                await deliverer.recover(dt.timedelta(0))  # as the bot's start-up does with SQLite
            started = time.perf_counter()
            stats = await deliverer.drain()
            elapsed = time.perf_counter() - started
            messages = max(1, stats.sent)
            print(f"  database: {database_calls['statements']} statements in {database_calls['transactions']} transactions "
                  f"for {stats.sent} messages: {database_calls['statements'] / messages:.2f} statements and "
                  f"{database_calls['transactions'] / messages:.2f} transactions a message")
            return elapsed
    finally:
        await engine.dispose()


def _child_drain(database_url: str, base_url: str, token: str, rate: float, ptb_limiter: bool) -> None:
    asyncio.run(drain(database_url, base_url, token, rate, ptb_limiter=ptb_limiter))


async def bench_fanout(database_url: str, alerts: int, rate: float, kill_after: float, ptb_limiter: bool = False) -> None:
    from tests.botapi import BotApiServer

    engine = create_engine(database_url)
    sessions = session_factory(engine)
    await upgrade_database(engine)
    await queue_fanout(sessions, alerts)
    with BotApiServer() as api:
        api._httpd.handle_error = lambda request, address: None  # a killed sender resets its connections: not news
        if kill_after > 0:
            context = multiprocessing.get_context("spawn")
            child = context.Process(target=_child_drain, args=(database_url, api.base_url, api.token, rate, ptb_limiter))
            child.start()
            deadline = time.monotonic() + 60
            while not api.calls("sendMessage") and time.monotonic() < deadline:
                await asyncio.sleep(0.01)
            await asyncio.sleep(kill_after)
            os.kill(child.pid, signal.SIGKILL)
            child.join()
            before_kill = len(api.calls("sendMessage"))
            async with sessions() as session:
                left_sending = await session.scalar(select(func.count()).select_from(Alert).where(Alert.status == "sending"))
            restarted_at = time.monotonic()
            elapsed = await drain(database_url, api.base_url, api.token, rate, recover_all=True, ptb_limiter=ptb_limiter)
            after = sorted(call.at for call in api.calls("sendMessage") if call.at >= restarted_at)
            if len(after) > 1:
                print(f"  after the restart: {(len(after) - 1) / (after[-1] - after[0]):.2f} messages/s")
            print(f"  killed (SIGKILL) after {kill_after:.1f} s of sending: {before_kill} messages sent before the kill, "
                  f"{left_sending} rows left 'sending'; restart drained the rest in {elapsed:.2f} s")
        else:
            elapsed = await drain(database_url, api.base_url, api.token, rate, ptb_limiter=ptb_limiter)
        calls = api.calls("sendMessage")
        times = sorted(call.at for call in calls)
        per_chat = Counter(int(call.params["chat_id"]) for call in calls if call.params.get("_ok"))
    async with sessions() as session:
        statuses = dict((await session.execute(select(Alert.status, func.count()).group_by(Alert.status))).all())
    await engine.dispose()
    lost = alerts - len(per_chat)
    duplicated = sum(count - 1 for count in per_chat.values() if count > 1)
    achieved = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0
    print(f"  {len(calls)} sendMessage calls to {len(per_chat)} chats; drain wall time {elapsed:.2f} s "
          f"({alerts / elapsed:.1f} alerts/s including the first claim)")
    print(f"  achieved rate (first to last send): {achieved:.2f} messages/s = {100 * achieved / rate:.1f}% of the "
          f"configured {rate:g}/s")
    print(f"  lost: {lost}, duplicated: {duplicated}; outbox: {statuses}")


# --- 2. digests ---


async def queue_digests(sessions: async_sessionmaker[AsyncSession], subscribers: int, per_subscriber: int) -> int:
    """`subscribers` due daily-digest subscribers, each with `per_subscriber` waiting digest alerts drawn
    from 200 stories; returns how many alerts (the rows built here are gone before the timing starts)."""
    stories = await seed_stories(sessions, 200)
    now = utcnow()
    rng = random.Random(7)
    async with sessions.begin() as session:
        await _insert(session, Subscriber, [
            {"chat_id": 20_000_000 + number, "chat_type": "private", "timezone": "Europe/Berlin", "delivery_mode": "daily",
             "digest_time": "08:00", "digest_weekday": 0, "include_mentioned": False, "paused": False, "active": True,
             "next_digest_at": now - dt.timedelta(minutes=1), "created_at": now} for number in range(subscribers)
        ])
        subscriber_ids = list(await session.scalars(select(Subscriber.id).order_by(Subscriber.id)))
        rows = []
        for subscriber_id in subscriber_ids:
            for story_id, cluster_id, (code, name) in rng.sample(stories, per_subscriber):
                rows.append({"subscriber_id": subscriber_id, "cluster_id": cluster_id, "story_id": story_id, "status": "digest",
                             "matched": [{"kind": "country", "value": code, "label": name, "salience": "primary",
                                          "evidence": [name]}],
                             "due_at": now, "attempts": 0, "created_at": now})
        await _insert(session, Alert, rows)
    return len(rows)


async def bench_digests(database_url: str, subscribers: int, per_subscriber: int) -> None:
    from bot.delivery.digests import ContextCache, build_digests
    from bot.delivery.stories import active_campaigns
    from storage import outbox

    engine = create_engine(database_url)
    sessions = session_factory(engine)
    await upgrade_database(engine)
    started = time.perf_counter()
    alerts = await queue_digests(sessions, subscribers, per_subscriber)
    if engine.dialect.name == "postgresql":
        async with engine.begin() as connection:  # the statistics autovacuum keeps on a live server (off on some)
            await connection.exec_driver_sql("ANALYZE")
    print(f"  set-up: {subscribers} subscribers, {alerts} digest alerts in {time.perf_counter() - started:.1f} s")
    now = utcnow()
    async with sessions() as session:
        campaigns = await active_campaigns(session, now.date())
    cache = ContextCache(campaigns, now)
    started = time.perf_counter()
    digests = messages = items = 0
    after_id = 0
    while True:
        async with sessions() as session:
            due = await outbox.due_digest_subscribers(session, now, 1000, after_id)
            if not due:
                break
            built = await build_digests(session, due, cache)
        after_id = due[-1].id
        digests += len(built)
        messages += sum(len(digest.messages) for digest in built)
        items += sum(len(message.alert_ids) for digest in built for message in digest.messages)
    elapsed = time.perf_counter() - started
    await engine.dispose()
    print(f"  built {digests} digests ({messages} messages, {items} stories) in {elapsed:.2f} s: "
          f"{digests / elapsed:,.0f} digests/s; 100,000 subscribers would take about {100_000 / (digests / elapsed):.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--alerts", type=int, default=600, help="fan-out size (default 600: 20 s at 30/s)")
    parser.add_argument("--rate", type=float, default=30.0, help="configured messages per second (default 30)")
    parser.add_argument("--kill-after", type=float, default=0.0, help="SIGKILL the sender after this many seconds, then restart")
    parser.add_argument("--digest-subscribers", type=int, default=20_000)
    parser.add_argument("--digest-alerts", type=int, default=5, help="waiting alerts per digest subscriber")
    parser.add_argument("--ptb-rate-limiter", action="store_true",
                        help="send through an ExtBot with python-telegram-bot's AIORateLimiter too, as bot/app.py does")
    parser.add_argument("--database", help="database URL (default: a temporary SQLite file per part)")
    parser.add_argument("--skip-fanout", action="store_true")
    parser.add_argument("--skip-digests", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if not args.skip_fanout:
            url = args.database or f"sqlite+aiosqlite:///{Path(folder) / 'fanout.db'}"
            limiter = " + AIORateLimiter" if args.ptb_rate_limiter else ""
            print(f"fan-out: {args.alerts} alerts at {args.rate:g}/s ({url.split(':')[0]}{limiter})")
            asyncio.run(bench_fanout(url, args.alerts, args.rate, args.kill_after, args.ptb_rate_limiter))
        if not args.skip_digests:
            url = args.database or f"sqlite+aiosqlite:///{Path(folder) / 'digests.db'}"
            print(f"digests: {args.digest_subscribers} subscribers x {args.digest_alerts} alerts ({url.split(':')[0]})")
            asyncio.run(bench_digests(url, args.digest_subscribers, args.digest_alerts))


if __name__ == "__main__":
    main()
