"""Scheduled jobs: a story in a feed reaches its subscriber through the JobQueue jobs alone; failing feeds
are reported to admins once per failure streak; one scheduler leader on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from bot import scheduler as scheduler_module
from bot.config import Config, FeedConfig, FetchConfig
from bot.delivery.sender import RateLimiter, Sender
from bot.ingest.pipeline import ingest_all, sync_sources
from bot.scheduler import register_jobs, report_failing_feeds, start_up
from bot.services import Services
from storage.fleet import LeaderLock
from storage.models import Alert, Campaign, Source, utcnow
from tests.alerting import add_story, add_subscriber, alert_rows, deliverer_for, fast_delivery, local_bot, queue
from tests.telegram_harness import ADMIN_ID, bot_config, running
from tests.test_delivery import FEED_A


async def test_jobs_poll_route_and_deliver_a_feed_story(bot_api, feed_server, sqlite_sessions, monkeypatch):
    monkeypatch.setitem(scheduler_module.FIRST_RUN, "feeds", 0.5)
    monkeypatch.setitem(scheduler_module.FIRST_RUN, "delivery", 0.2)
    monkeypatch.setattr(scheduler_module, "DELIVERY_SECONDS", 0.5)
    url = feed_server.route("/a.xml", body=FEED_A.encode())
    config = bot_config(feeds=(FeedConfig(url, "News A"),), delivery=fast_delivery())
    async with sqlite_sessions.begin() as session:
        await add_subscriber(session, 2101, topics=[("country", "AZ", "Azerbaijan")])
    import tests.telegram_harness as harness

    original = harness.build_application

    def build(config, sessions):
        application = original(config, sessions)
        if "scheduler" not in application.bot_data:
            register_jobs(application)
        return application

    monkeypatch.setattr(harness, "build_application", build)
    async with running(bot_api, sqlite_sessions, config) as bot:
        names = {job.name for job in bot.application.job_queue.jobs()}
        assert {"feeds", "corpus", "delivery", "digests", "feed-health"} <= names
        (message,) = await bot_api.until(lambda: bot_api.sent_messages(2101), timeout=10)
    assert "Azerbaijan jails" in message["text"]
    assert message["reply_markup"]["inline_keyboard"][0][0]["text"] == "✍️ Sign the petition"
    assert [alert.status for alert in await alert_rows(sqlite_sessions)] == ["sent"]


async def test_failing_feed_is_reported_to_admins_once_per_streak(sessions, bot_api, feed_server):
    url = feed_server.route("/broken.xml", body=b"nope", status=500)
    config = Config(feeds=(FeedConfig(url, "Broken Feed"),), fetch=FetchConfig(allow_private_addresses=True, timeout_seconds=5))
    await sync_sources(sessions, config)
    async with local_bot(bot_api) as bot:
        sender = Sender(bot, RateLimiter.from_config(fast_delivery()))
        for _ in range(2):
            await ingest_all(sessions, config)
        assert await report_failing_feeds(sessions, sender, (ADMIN_ID, 77)) == 0  # two failures: not yet
        await ingest_all(sessions, config)
        assert await report_failing_feeds(sessions, sender, (ADMIN_ID, 77)) == 1
        await ingest_all(sessions, config)
        assert await report_failing_feeds(sessions, sender, (ADMIN_ID, 77)) == 0  # same streak: once
        (report,) = bot_api.sent_messages(ADMIN_ID)
        assert "Broken Feed" in report["text"] and "3 times in a row" in report["text"] and "/feeds" in report["text"]
        assert len(bot_api.sent_messages(77)) == 1
        # the feed recovers, then fails three times again: a new streak is reported again
        feed_server.route("/broken.xml", body=FEED_A.encode())
        await ingest_all(sessions, config)
        feed_server.route("/broken.xml", body=b"nope", status=503)
        for _ in range(3):
            await ingest_all(sessions, config)
        assert await report_failing_feeds(sessions, sender, (ADMIN_ID,)) == 1
    assert len(bot_api.sent_messages(ADMIN_ID)) == 2
    async with sessions() as session:
        source = await session.scalar(select(Source).where(Source.location == url))
    assert source.failure_reported_at is not None


async def test_start_up_syncs_campaigns_and_requeues_alerts_left_in_flight(sqlite_sessions, bot_api):
    config = Config(corpus=replace(Config().corpus, paths=("@sample",)))
    async with sqlite_sessions.begin() as session:
        subscriber = await add_subscriber(session, 2201)
        await queue(session, subscriber, await add_story(session, "In flight", "About Azerbaijan."), status="sending",
                    claimed_at=utcnow())
    async with local_bot(bot_api) as bot:
        deliverer = deliverer_for(sqlite_sessions, bot)
        await start_up(Services(config=config, sessions=sqlite_sessions), deliverer)
        async with sqlite_sessions() as session:
            assert await session.scalar(select(Alert.status)) == "pending"  # one process on SQLite: no wait for the lease
        await deliverer.drain()
    assert len(bot_api.sent_messages(2201)) == 1
    async with sqlite_sessions() as session:
        petition, donation = list(await session.scalars(select(Campaign).order_by(Campaign.id)))
    assert petition.url == "https://www.labourstart.org/campaigns/" and petition.unions == ["labor-desk"]
    assert (donation.kind, donation.countries, donation.unions) == ("donation", [], [])


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_one_scheduler_leader_on_postgresql(database_url):
    from storage.db import create_engine

    first_engine, second_engine = create_engine(database_url), create_engine(database_url)
    first, second = LeaderLock(first_engine), LeaderLock(second_engine)
    try:
        assert await first.is_leader() is True
        assert await first.is_leader() is True  # still
        assert await second.is_leader() is False
        await first.release()
        assert await second.is_leader() is True
    finally:
        await first.release()
        await second.release()
        await first_engine.dispose()
        await second_engine.dispose()


def test_sqlite_process_is_always_leader():
    import asyncio

    assert asyncio.run(LeaderLock(None).is_leader()) is True


def test_seconds_to_next_minute():
    assert scheduler_module._seconds_to_next_minute(dt.datetime(2026, 1, 1, 8, 0, 59, tzinfo=dt.UTC)) == pytest.approx(1.5)
