"""Digests: composed by topic and importance, split to fit, sent at the subscriber's local time (DST
included), nothing lost between digests and nothing sent twice. Time is passed in, never waited for."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bot.chats.campaigns import Action
from bot.compose.alert import AlertStory, Topic
from bot.compose.digest import DigestItem, compose_digest, order_items
from bot.delivery.digests import run_digests
from bot.delivery.sender import RateLimiter, Sender
from storage.models import Alert, Subscriber
from tests.alerting import AZ, add_story, add_subscriber, alert_rows, button_rows, fast_delivery, local_bot, queue

UTC = dt.UTC
BY = {"kind": "country", "value": "BY", "label": "Belarus", "salience": "primary", "evidence": ["Belarus"]}


def item(alert_id: int, title: str, topic: Topic, *, action: bool = False, day: int = 1, text: str = "Workers struck.") -> DigestItem:
    story = AlertStory(alert_id, title, text, f"https://news.test/{alert_id}", "Test Feed", dt.date(2026, 3, day))
    chosen = Action("petition", "https://act.test/p", "Free them") if action else None
    return DigestItem(alert_id, topic, story, chosen, dt.datetime(2026, 3, day, tzinfo=UTC))


def test_digest_groups_by_topic_most_important_first():
    az, az_mentioned = Topic("country", "AZ", "Azerbaijan"), Topic("country", "AZ", "Azerbaijan", "mentioned")
    by = Topic("country", "BY", "Belarus")
    items = [
        item(1, "AZ old", az, day=1),
        item(2, "AZ action", az, action=True, day=2),
        item(3, "AZ mentioned newest", az_mentioned, day=9),
        item(4, "BY newest", by, day=8),
        item(5, "AZ newer", az, day=5),
    ]
    groups = order_items(items)
    assert [topic.value for topic, _ in groups] == ["AZ", "BY"]
    assert [member.alert_id for member in groups[0][1]] == [2, 5, 1, 3]
    (message,) = compose_digest(items)
    text = message.message.html
    assert text.index("AZ action") < text.index("AZ newer") < text.index("AZ old") < text.index("AZ mentioned") < text.index("BY newest")
    assert "🇦🇿 Azerbaijan" in text and "🇧🇾 Belarus" in text
    assert message.message.buttons == ((message.message.buttons[0][0],),)
    assert message.message.buttons[0][0].url == "https://act.test/p" and "Sign the petition" in message.message.buttons[0][0].label
    assert sorted(message.alert_ids) == [1, 2, 3, 4, 5]


def test_long_digest_is_split_within_telegram_limits():
    az = Topic("country", "AZ", "Azerbaijan")
    long_text = "A long report on a strike that went on for weeks & months <with> many details. " * 5
    items = [item(number, f"Story number {number} " + "x" * 150, az, action=number % 3 == 0, text=long_text) for number in range(1, 61)]
    messages = compose_digest(items, "weekly")
    assert len(messages) > 1
    assert all(len(message.message.html) <= 4096 and len(message.message.plain) <= 4096 for message in messages)
    carried = [alert_id for message in messages for alert_id in message.alert_ids]
    assert sorted(carried) == list(range(1, 61))  # every story once
    assert messages[0].message.html.startswith("<b>🗞 Your weekly digest · 60 stories</b>")
    assert messages[1].message.html.startswith("<i>(continued)</i>")
    assert "&lt;with&gt;" in messages[0].message.html and "<with>" not in messages[0].message.html


async def _digest_setup(sessions, *, chat_id: int, next_at: dt.datetime, timezone: str = "Europe/Berlin", stories: int = 2):
    async with sessions.begin() as session:
        subscriber = await add_subscriber(session, chat_id, mode="daily", timezone=timezone, digest_time="08:00",
                                          next_digest_at=next_at)
        for number in range(stories):
            story = await add_story(session, f"Digest story {number}", "Workers in Baku struck for a week.",
                                    url=f"https://news.test/d{number}")
            await queue(session, subscriber, story, status="digest")
        return subscriber.id


async def _next_digest(sessions, chat_id: int) -> dt.datetime:
    async with sessions() as session:
        return await session.scalar(select(Subscriber.next_digest_at).where(Subscriber.chat_id == chat_id))


async def test_daily_digest_at_local_time_across_dst_change(sessions, bot_api):
    # Europe/Berlin: 08:00 is 07:00 UTC on Saturday 28 March 2026, and 06:00 UTC on Sunday 29 March (CEST).
    subscriber_id = await _digest_setup(sessions, chat_id=1301, next_at=dt.datetime(2026, 3, 28, 7, 0, tzinfo=UTC))
    async with local_bot(bot_api) as bot:
        sender = Sender(bot, RateLimiter.from_config(fast_delivery()))
        stats = await run_digests(sessions, sender, dt.datetime(2026, 3, 28, 6, 59, tzinfo=UTC))
        assert stats.due == 0 and bot_api.sent_messages(1301) == []
        stats = await run_digests(sessions, sender, dt.datetime(2026, 3, 28, 7, 0, 20, tzinfo=UTC))
        assert stats.sent_digests == 1 and stats.alerts == 2
        (digest,) = bot_api.sent_messages(1301)
        assert "Your daily digest · 2 stories" in digest["text"] and "Digest story 0" in digest["text"]
        assert await _next_digest(sessions, 1301) == dt.datetime(2026, 3, 29, 6, 0, tzinfo=UTC)
        assert {alert.status for alert in await alert_rows(sessions)} == {"sent"}
        assert all(alert.message_id == int(digest["_message_id"]) for alert in await alert_rows(sessions))

        # a story routed after that digest waits for the next one (nothing lost) ...
        async with sessions.begin() as session:
            subscriber = await session.get(Subscriber, subscriber_id)
            story = await add_story(session, "After the digest", "More news from Baku.", url="https://news.test/late")
            await queue(session, subscriber, story, status="digest")
        await run_digests(sessions, sender, dt.datetime(2026, 3, 29, 5, 59, tzinfo=UTC))  # 07:59 CEST
        assert len(bot_api.sent_messages(1301)) == 1
        await run_digests(sessions, sender, dt.datetime(2026, 3, 29, 6, 0, 5, tzinfo=UTC))  # 08:00 CEST
        second = bot_api.sent_messages(1301)[1]
        assert "After the digest" in second["text"] and "Digest story 0" not in second["text"]  # ... and nothing twice
        assert await _next_digest(sessions, 1301) == dt.datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
        # the job runs every minute: later runs send nothing more
        await run_digests(sessions, sender, dt.datetime(2026, 3, 29, 6, 1, tzinfo=UTC))
        await run_digests(sessions, sender, dt.datetime(2026, 3, 29, 12, 0, tzinfo=UTC))
    assert len(bot_api.sent_messages(1301)) == 2


async def test_weekly_digest_and_first_schedule(sessions, bot_api):
    # New York, Wednesdays 18:30; the subscriber has no next digest time yet (set by the first run).
    async with sessions.begin() as session:
        subscriber = await add_subscriber(session, 1401, mode="weekly", timezone="America/New_York", digest_time="18:30",
                                          weekday=2)
        story = await add_story(session, "Weekly one", "Workers in Baku struck.", url="https://news.test/w1")
        await queue(session, subscriber, story, status="digest")
    async with local_bot(bot_api) as bot:
        sender = Sender(bot, RateLimiter.from_config(fast_delivery()))
        # Friday 30 October 2026, noon UTC: scheduled for Wednesday 4 November, 18:30 EST (after the DST change) = 23:30 UTC
        stats = await run_digests(sessions, sender, dt.datetime(2026, 10, 30, 12, 0, tzinfo=UTC))
        assert stats.scheduled == 1 and stats.due == 0
        assert await _next_digest(sessions, 1401) == dt.datetime(2026, 11, 4, 23, 30, tzinfo=UTC)
        await run_digests(sessions, sender, dt.datetime(2026, 11, 4, 23, 30, 1, tzinfo=UTC))
    (digest,) = bot_api.sent_messages(1401)
    assert "Your weekly digest" in digest["text"]
    assert await _next_digest(sessions, 1401) == dt.datetime(2026, 11, 11, 23, 30, tzinfo=UTC)


async def test_split_digest_is_sent_as_several_messages_with_action_buttons(sessions, bot_api):
    async with sessions.begin() as session:
        subscriber = await add_subscriber(session, 1501, mode="daily", next_digest_at=dt.datetime(2026, 1, 1, tzinfo=UTC),
                                          topics=[("country", "AZ", "Azerbaijan"), ("country", "BY", "Belarus")])
        for number in range(40):
            links = [{"url": "https://act.test/petition", "text": "Sign the petition"}] if number == 7 else []
            story = await add_story(session, f"Long story {number} " + "y" * 200, "Strike news. " * 60,
                                    url=f"https://news.test/l{number}", links=links)
            await queue(session, subscriber, story, status="digest", matched=[BY if number % 2 else AZ])
    async with local_bot(bot_api) as bot:
        stats = await run_digests(sessions, Sender(bot, RateLimiter.from_config(fast_delivery())),
                                  dt.datetime(2026, 1, 1, 0, 0, 30, tzinfo=UTC))
    messages = bot_api.sent_messages(1501)
    assert len(messages) == stats.messages > 1
    assert all(len(message["text"]) <= 4096 for message in messages)
    assert sum(message["text"].count("Long story") for message in messages) == 40
    first_buttons = [button for row in button_rows(messages[0]) for button in row]
    assert first_buttons and first_buttons[0]["url"] == "https://act.test/petition"  # action-carrying story first
    assert {alert.status for alert in await alert_rows(sessions)} == {"sent"}


async def test_digest_to_a_blocked_chat_deactivates_and_paused_waits(sessions, bot_api):
    due = dt.datetime(2026, 2, 2, 8, 0, tzinfo=UTC)
    await _digest_setup(sessions, chat_id=1601, next_at=due, timezone="UTC")
    await _digest_setup(sessions, chat_id=1602, next_at=due, timezone="UTC")
    async with sessions.begin() as session:
        paused = await session.scalar(select(Subscriber).where(Subscriber.chat_id == 1602))
        paused.paused = True
    bot_api.fail_next("sendMessage", 403, "Forbidden: bot was kicked from the group chat", chat_id=1601)
    async with local_bot(bot_api) as bot:
        stats = await run_digests(sessions, Sender(bot, RateLimiter.from_config(fast_delivery())), due)
    assert stats.gone == 1 and stats.empty == 1
    async with sessions() as session:
        blocked = await session.scalar(select(Subscriber).where(Subscriber.chat_id == 1601))
        assert blocked.active is False
        statuses = dict((await session.execute(select(Alert.subscriber_id, Alert.status))).all())
        paused = await session.scalar(select(Subscriber).where(Subscriber.chat_id == 1602))
    assert statuses[blocked.id] == "skipped"
    assert statuses[paused.id] == "digest"  # kept for the first digest after /resume
    assert paused.next_digest_at == dt.datetime(2026, 2, 3, 8, 0, tzinfo=UTC)
    assert bot_api.sent_messages(1602) == []


async def test_digest_postponed_on_5xx_is_resumed_next_minute(sessions, bot_api):
    due = dt.datetime(2026, 2, 2, 8, 0, tzinfo=UTC)
    await _digest_setup(sessions, chat_id=1701, next_at=due, timezone="UTC")
    bot_api.fail_next("sendMessage", 503, "Service Unavailable", chat_id=1701)
    async with local_bot(bot_api) as bot:
        sender = Sender(bot, RateLimiter.from_config(fast_delivery()))
        stats = await run_digests(sessions, sender, due)
        assert stats.retry == 1 and bot_api.sent_messages(1701) == []
        assert await _next_digest(sessions, 1701) == due  # still due
        await run_digests(sessions, sender, due + dt.timedelta(minutes=1))
    assert len(bot_api.sent_messages(1701)) == 1
    assert {alert.status for alert in await alert_rows(sessions)} == {"sent"}


def test_absurdly_long_links_never_break_the_limit():
    az = Topic("country", "AZ", "Azerbaijan")
    long_url = "https://news.test/" + "a" * 2000
    items = [DigestItem(number, az, AlertStory(number, f"Title {number}", "Text. More.", long_url, "Feed"),
                        Action("petition", long_url + "p", "P"), dt.datetime(2026, 3, 1, tzinfo=UTC)) for number in range(1, 6)]
    messages = compose_digest(items)
    assert all(len(message.message.html) <= 4096 for message in messages)
    assert sorted(alert_id for message in messages for alert_id in message.alert_ids) == [1, 2, 3, 4, 5]
