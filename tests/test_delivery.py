"""The outbox sender against the local Bot API server: each alert once, with its buttons; 429, 403, 5xx and
parse errors handled; a restart resumes the outbox; per-chat rate limits respected."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

import pytest
from sqlalchemy import select

from bot.config import Config, CorpusConfig, FeedConfig, FetchConfig
from bot.ingest.pipeline import ingest_all, sync_sources
from bot.matching import default_tagger
from bot.routing.route import process_new_clusters
from storage.models import Alert, Subscriber, utcnow
from tests.alerting import (
    add_story,
    add_subscriber,
    alert_rows,
    button_rows,
    deliverer_for,
    drain_until_done,
    fast_delivery,
    labels,
    local_bot,
    queue,
)

sqlite_only = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)

FEED_A = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Labour News A</title><link>http://a.test/</link><description>a</description>
<item><title>Azerbaijan jails &lt;Labor Desk&gt; activists &amp; their lawyer</title>
<link>https://news.test/labor-desk-jailed</link><guid>a-1</guid>
<description>&lt;p&gt;Four activists of the Labor Desk Confederation of Trade Unions were sentenced in Baku, Azerbaijan.
The union says the charges are fabricated. Unions around the world protested to President Aliyev.&lt;/p&gt;
&lt;p&gt;&lt;a href="https://www.labourstart.org/go/labordesk"&gt;Sign the petition&lt;/a&gt;&lt;/p&gt;</description>
<pubDate>Thu, 24 Apr 2025 10:00:00 GMT</pubDate></item>
</channel></rss>"""

FEED_B = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Labour News B</title><link>http://b.test/</link><description>b</description>
<item><title>Azerbaijan jails &lt;Labor Desk&gt; activists &amp; their lawyer</title>
<link>https://news.test/labor-desk-jailed?utm_source=b</link><guid>b-7</guid>
<description>&lt;p&gt;Four activists of the Labor Desk Confederation of Trade Unions were sentenced in Baku, Azerbaijan.
The union says the charges are fabricated. Unions around the world protested to President Aliyev.&lt;/p&gt;
&lt;p&gt;&lt;a href="https://www.labourstart.org/go/labordesk"&gt;Sign the petition&lt;/a&gt;&lt;/p&gt;</description>
</item>
</channel></rss>"""


async def test_feed_story_reaches_each_matching_subscriber_once_with_buttons(sessions, bot_api, feed_server):
    url_a = feed_server.route("/a.xml", body=FEED_A.encode())
    url_b = feed_server.route("/b.xml", body=FEED_B.encode())
    config = Config(feeds=(FeedConfig(url_a, "News A"), FeedConfig(url_b, "News B")),
                    fetch=FetchConfig(allow_private_addresses=True, timeout_seconds=5))
    async with sessions.begin() as session:
        await add_subscriber(session, 101, topics=[("country", "AZ", "Azerbaijan")])
        await add_subscriber(session, 102, topics=[("union", "labor-desk", "Labor Desk"), ("country", "AZ", "Azerbaijan")])
        await add_subscriber(session, 103, topics=[("country", "BY", "Belarus")])
    await sync_sources(sessions, config)
    summary = await ingest_all(sessions, config)
    assert summary.new == 1 and summary.duplicates == 1  # the second feed carries the same story
    routed = await process_new_clusters(sessions, default_tagger())
    assert routed.alerts == 2
    async with local_bot(bot_api) as bot:
        deliverer = deliverer_for(sessions, bot)
        await drain_until_done(deliverer, sessions)
        # a second poll of the same feeds, and a second delivery run, send nothing more
        await ingest_all(sessions, config)
        await process_new_clusters(sessions, default_tagger())
        await drain_until_done(deliverer, sessions)
    assert len(bot_api.sent_messages(101)) == 1
    assert len(bot_api.sent_messages(102)) == 1
    assert bot_api.sent_messages(103) == []
    message = bot_api.sent_messages(102)[0]
    assert message["parse_mode"] == "HTML"
    assert "Azerbaijan jails &lt;Labor Desk&gt; activists &amp; their lawyer" in message["text"]
    assert "🇦🇿 Azerbaijan" in message["text"] and "Labor Desk" in message["text"]
    assert len(message["text"]) <= 4096
    rows = button_rows(message)
    assert rows[0][0] == {"text": "✍️ Sign the petition", "url": "https://www.labourstart.org/go/labordesk"}
    # the cluster shows the story as the feed fetched first (both feeds are polled concurrently) carries it
    assert rows[1][0]["text"] == "📰 Read the story" and rows[1][0]["url"].startswith("https://news.test/labor-desk-jailed")
    assert rows[2][0]["text"].startswith("🔇 Mute ")
    assert rows[2][1]["text"] == "↗️ Share" and rows[2][1]["url"].startswith("https://t.me/share/url?url=")
    for row in rows:
        for button in row:
            if "callback_data" in button:
                assert len(button["callback_data"].encode()) <= 64
    alerts = await alert_rows(sessions)
    assert [alert.status for alert in alerts] == ["sent", "sent"]
    assert all(alert.message_id and alert.sent_at for alert in alerts)


async def test_duplicate_seed_story_alerts_once(sessions, bot_api):
    config = Config(corpus=CorpusConfig(paths=("@sample",)))
    async with sessions.begin() as session:
        await add_subscriber(session, 201, topics=[("country", "AZ", "Azerbaijan")])
    await sync_sources(sessions, config)
    await ingest_all(sessions, config)
    await process_new_clusters(sessions, default_tagger())
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(sessions, bot), sessions)
    titles = Counter(message["text"].split("\n")[0] for message in bot_api.sent_messages(201))
    assert titles["<b>Azerbaijan Cracks Down on Independent Trade Union Leaders</b>"] == 1
    assert titles["<b>Appeal to free Labor Desk activists</b>"] == 1


@sqlite_only
async def test_429_waits_retry_after_then_sends(sessions, bot_api):
    async with sessions.begin() as session:
        subscriber = await add_subscriber(session, 301)
        await queue(session, subscriber, await add_story(session, "Strike in Baku", "Workers in Baku went on strike today."))
    bot_api.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", chat_id=301, retry_after=1)
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(sessions, bot), sessions)
    calls = [call for call in bot_api.calls("sendMessage") if int(call.params["chat_id"]) == 301]
    assert len(calls) == 2
    assert calls[1].at - calls[0].at >= 0.95
    assert len(bot_api.sent_messages(301)) == 1
    (alert,) = await alert_rows(sessions)
    assert alert.status == "sent" and alert.attempts == 1


async def test_403_marks_subscriber_inactive_and_stops(sessions, bot_api):
    async with sessions.begin() as session:
        blocked = await add_subscriber(session, 401)
        other = await add_subscriber(session, 402)
        for number in range(3):
            story = await add_story(session, f"Story {number}", f"Text number {number} about Azerbaijan.")
            await queue(session, blocked, story)
            await queue(session, other, story)
    bot_api.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user", chat_id=401, times=10)
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(sessions, bot), sessions)
    assert len([call for call in bot_api.calls("sendMessage") if int(call.params["chat_id"]) == 401]) == 1
    assert len(bot_api.sent_messages(402)) == 3
    async with sessions() as session:
        subscriber = await session.scalar(select(Subscriber).where(Subscriber.chat_id == 401))
        assert subscriber.active is False and "blocked" in subscriber.inactive_reason
        statuses = list(await session.scalars(select(Alert.status).where(Alert.subscriber_id == subscriber.id)))
    assert statuses == ["skipped", "skipped", "skipped"]


async def test_chat_not_found_is_treated_like_403(sessions, bot_api):
    async with sessions.begin() as session:
        subscriber = await add_subscriber(session, 411)
        await queue(session, subscriber, await add_story(session, "One", "About Azerbaijan."))
    bot_api.fail_next("sendMessage", 400, "Bad Request: chat not found", chat_id=411)
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(sessions, bot), sessions)
    async with sessions() as session:
        assert (await session.scalar(select(Subscriber.active).where(Subscriber.chat_id == 411))) is False


@sqlite_only
async def test_5xx_is_retried_with_backoff_then_sent(sessions, bot_api):
    async with sessions.begin() as session:
        subscriber = await add_subscriber(session, 501)
        await queue(session, subscriber, await add_story(session, "Five hundred", "Text about Azerbaijan."))
    bot_api.fail_next("sendMessage", 502, "Bad Gateway", chat_id=501, times=2)
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(sessions, bot, backoff_base=0.2), sessions)
    calls = [call for call in bot_api.calls("sendMessage") if int(call.params["chat_id"]) == 501]
    assert len(calls) == 3
    first_gap, second_gap = calls[1].at - calls[0].at, calls[2].at - calls[1].at
    assert first_gap >= 0.2 * 0.85 and second_gap >= 0.4 * 0.85  # exponential backoff
    (alert,) = await alert_rows(sessions)
    assert alert.status == "sent" and alert.attempts == 3


async def test_5xx_gives_up_after_max_attempts(sessions, bot_api):
    async with sessions.begin() as session:
        subscriber = await add_subscriber(session, 511)
        await queue(session, subscriber, await add_story(session, "Never", "Text about Azerbaijan."))
    bot_api.fail_next("sendMessage", 500, "Internal Server Error", chat_id=511, times=10)
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(sessions, bot, fast_delivery(max_attempts=3), backoff_base=0.01), sessions)
    (alert,) = await alert_rows(sessions)
    assert alert.status == "failed" and alert.attempts == 3
    assert "Internal Server Error" in alert.last_error and "3 attempts" in alert.last_error
    assert len(bot_api.calls("sendMessage")) == 3


async def test_parse_error_is_resent_as_plain_text(sessions, bot_api):
    async with sessions.begin() as session:
        subscriber = await add_subscriber(session, 601)
        await queue(session, subscriber, await add_story(session, "Bosses & <unions>", "A story about Azerbaijan & more."))
    bot_api.fail_next("sendMessage", 400, "Bad Request: can't parse entities: Unsupported start tag \"unions\" at byte offset 9",
                      chat_id=601)
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(sessions, bot), sessions)
    calls = [call.params for call in bot_api.calls("sendMessage") if int(call.params["chat_id"]) == 601]
    assert len(calls) == 2
    assert calls[0]["parse_mode"] == "HTML" and "parse_mode" not in calls[1]
    assert calls[1]["text"].startswith("Bosses & <unions>\n")  # plain text, nothing escaped or lost
    assert labels(calls[1]) == labels(calls[0])  # the buttons stay
    (alert,) = await alert_rows(sessions)
    assert alert.status == "sent"


async def test_restart_mid_outbox_resumes_without_loss_or_duplicates(sessions, bot_api):
    """A killed process left two rows `sending` (claimed an hour ago) and three pending: a new run
    re-queues the stale claims and sends each of the five exactly once."""
    long_ago = utcnow() - dt.timedelta(hours=1)
    async with sessions.begin() as session:
        subscribers = [await add_subscriber(session, 700 + number) for number in range(5)]
        story = await add_story(session, "Resume", "A story about Azerbaijan.")
        for number, subscriber in enumerate(subscribers):
            await queue(session, subscriber, story, status="sending" if number < 2 else "pending",
                        claimed_at=long_ago if number < 2 else None)
        done = await add_subscriber(session, 799)
        await queue(session, done, story, status="sent")  # already sent before the kill
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(sessions, bot), sessions)
    assert Counter(int(message["chat_id"]) for message in bot_api.sent_messages()) == {700 + n: 1 for n in range(5)}
    assert [alert.status for alert in await alert_rows(sessions)] == ["sent"] * 6


async def test_a_live_claim_is_left_alone(sessions, bot_api):
    """Another process's fresh claim (within the lease) is not re-queued or sent twice."""
    async with sessions.begin() as session:
        subscriber = await add_subscriber(session, 801)
        await queue(session, subscriber, await add_story(session, "Busy", "About Azerbaijan."), status="sending",
                    claimed_at=utcnow())
    async with local_bot(bot_api) as bot:
        stats = await deliverer_for(sessions, bot).drain()
    assert stats.sent == 0 and stats.recovered == 0
    assert bot_api.sent_messages() == []


@sqlite_only
async def test_private_chat_gets_at_most_one_message_a_second(sessions, bot_api):
    async with sessions.begin() as session:
        subscriber = await add_subscriber(session, 901)
        other = await add_subscriber(session, 902)
        for number in range(3):
            story = await add_story(session, f"Rate {number}", "About Azerbaijan.")
            await queue(session, subscriber, story)
            await queue(session, other, story)
    delivery = fast_delivery(private_chat_messages_per_second=1.0)
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(sessions, bot, delivery), sessions)
    for chat in (901, 902):
        times = [call.at for call in bot_api.calls("sendMessage") if int(call.params["chat_id"]) == chat]
        assert len(times) == 3
        # paced at one a second when they leave; the server's clock sees them later by however long each
        # request took in transit, which a loaded machine stretches unevenly
        assert all(later - earlier >= 0.8 for earlier, later in zip(times, times[1:], strict=False))
    # the two chats are served side by side, not one after the other
    first = [call for call in bot_api.calls("sendMessage")][:2]
    assert {int(call.params["chat_id"]) for call in first} == {901, 902}
    # in order
    assert [m["text"].split("\n")[0] for m in bot_api.sent_messages(901)] == [f"<b>Rate {n}</b>" for n in range(3)]


@sqlite_only
async def test_group_and_overall_limits(sessions, bot_api):
    async with sessions.begin() as session:
        group = await add_subscriber(session, -5001, chat_type="group")
        story_a = await add_story(session, "Group A", "About Azerbaijan.")
        story_b = await add_story(session, "Group B", "About Azerbaijan.")
        await queue(session, group, story_a)
        await queue(session, group, story_b)
        for number in range(10):
            await queue(session, await add_subscriber(session, 5100 + number), story_a)
    delivery = fast_delivery(messages_per_second=20.0, group_messages_per_minute=120.0)
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(sessions, bot, delivery), sessions)
    group_times = [call.at for call in bot_api.calls("sendMessage") if int(call.params["chat_id"]) == -5001]
    assert group_times[1] - group_times[0] >= 0.45  # 120 a minute: one every 0.5 s
    times = sorted(call.at for call in bot_api.calls("sendMessage"))
    assert len(times) == 12
    assert times[-1] - times[0] >= 11 / 20 * 0.9  # 20 a second overall


async def test_paused_subscriber_rows_wait_and_inactive_rows_are_skipped(sessions, bot_api):
    async with sessions.begin() as session:
        paused = await add_subscriber(session, 1001)
        paused.paused = True
        gone = await add_subscriber(session, 1002)
        gone.active = False
        story = await add_story(session, "Held", "About Azerbaijan.")
        await queue(session, paused, story)
        await queue(session, gone, story)
    async with local_bot(bot_api) as bot:
        await deliverer_for(sessions, bot).drain()
    assert bot_api.sent_messages() == []
    statuses = {alert.subscriber_id: alert.status for alert in await alert_rows(sessions)}
    assert sorted(statuses.values()) == ["pending", "skipped"]


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_two_processes_share_the_outbox_without_duplicates(sessions, bot_api, database_url):
    """On PostgreSQL two deliverers (as in two bot processes) drain one outbox: SKIP LOCKED claims
    give each row to exactly one of them."""
    import asyncio

    from storage.db import create_engine, session_factory

    async with sessions.begin() as session:
        story = await add_story(session, "Shared", "About Azerbaijan.")
        for number in range(40):
            await queue(session, await add_subscriber(session, 12000 + number), story)
    other_engine = create_engine(database_url)
    try:
        other_sessions = session_factory(other_engine)
        async with local_bot(bot_api) as bot:
            first = deliverer_for(sessions, bot, batch_size=8)
            second = deliverer_for(other_sessions, bot, batch_size=8)
            stats = await asyncio.gather(first.drain(), second.drain())
    finally:
        await other_engine.dispose()
    assert stats[0].sent + stats[1].sent == 40
    assert Counter(int(message["chat_id"]) for message in bot_api.sent_messages()) == {12000 + n: 1 for n in range(40)}


def test_config_rates_reach_the_limiter():
    from bot.delivery.sender import RateLimiter

    limiter = RateLimiter.from_config(replace(Config().delivery, messages_per_second=25, group_messages_per_minute=10))
    assert limiter.overall_interval == pytest.approx(0.04)
    assert limiter.chat_interval(-1, "group") == pytest.approx(6.0)
    assert limiter.chat_interval(5, "private") == pytest.approx(1.0)


async def test_stopping_gives_back_claimed_alerts_not_yet_sent_at_once(sessions, bot_api):
    """SIGTERM mid-delivery (should_stop turns true): the messages on their way finish, every other claimed
    row is pending again at once (not after the lease), its attempt not counted, and the next run sends
    each remaining alert exactly once."""
    import asyncio
    import time

    async with sessions.begin() as session:
        story = await add_story(session, "Slow", "About Azerbaijan.")
        for number in range(12):
            await queue(session, await add_subscriber(session, 14000 + number), story)
    stopping = False
    async with local_bot(bot_api) as bot:
        deliverer = deliverer_for(sessions, bot, fast_delivery(messages_per_second=4.0))
        run = asyncio.create_task(deliverer.drain(should_stop=lambda: stopping))
        await bot_api.until(lambda: len(bot_api.sent_messages()) >= 2)
        stopping, stopped_at = True, time.monotonic()
        stats = await asyncio.wait_for(run, timeout=10)
        took = time.monotonic() - stopped_at
        rows = await alert_rows(sessions)
        assert took < 1.5, f"the run took {took:.1f} s to stop"
        assert {row.status for row in rows} == {"sent", "pending"}, "no row is left claimed for the lease to free"
        assert stats.sent == sum(row.status == "sent" for row in rows) < 12
        assert all(row.attempts == 0 for row in rows if row.status == "pending")
        await drain_until_done(deliverer_for(sessions, bot), sessions)
    assert Counter(int(message["chat_id"]) for message in bot_api.sent_messages()) == {14000 + n: 1 for n in range(12)}
