"""Subscriber storage (on SQLite and PostgreSQL) and the parsing behind /subscribe, /addfeed, /addunion, OPML."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from bot.chats import admin, subscriptions
from bot.chats.errors import UsageError
from bot.chats.opml import OpmlError, OpmlFeed, build_opml, parse_opml
from bot.chats.settings import Chat, describe_delivery, subscriber_defaults
from bot.config import Config, DigestConfig
from bot.services import Services
from handlers.common import escape_clipped, split_message
from storage import admin as admin_queries
from storage import subscribers as queries
from storage.models import Alert, Source, Story, StoryCluster, Subscriber, Subscription

DEFAULTS = {"delivery_mode": "now", "digest_time": "08:00", "timezone": "UTC", "digest_weekday": 0}


async def add_story(session, source: Source, guid: str) -> Story:
    cluster = StoryCluster()
    session.add(cluster)
    await session.flush()
    story = Story(source_id=source.id, cluster_id=cluster.id, guid=guid, title=guid, text="", content_hash=guid,
                  fingerprint=0, band0=0, band1=0, band2=0, band3=0)
    session.add(story)
    await session.flush()
    return story


# --- storage, on both databases ---


async def test_get_or_create_and_follow_outcomes(sessions) -> None:
    async with sessions.begin() as session:
        subscriber, created = await queries.get_or_create_subscriber(session, 10, "private", DEFAULTS)
        again, created_again = await queries.get_or_create_subscriber(session, 10, "private", DEFAULTS)
        assert created and not created_again and again.id == subscriber.id
        _, first = await queries.add_subscription(session, subscriber.id, "country", "BY", "Belarus")
        _, second = await queries.add_subscription(session, subscriber.id, "country", "BY", "Belarus")
        subscription = await session.scalar(select(Subscription))
        subscription.muted = True
        _, third = await queries.add_subscription(session, subscriber.id, "country", "BY", "Belarus")
    assert (first, second, third) == ("added", "already", "unmuted")


async def test_remove_one_all_and_only_ones_own(sessions) -> None:
    async with sessions.begin() as session:
        mine, _ = await queries.get_or_create_subscriber(session, 10, "private", DEFAULTS)
        theirs, _ = await queries.get_or_create_subscriber(session, 11, "private", DEFAULTS)
        own, _ = await queries.add_subscription(session, mine.id, "country", "BY", "Belarus")
        await queries.add_subscription(session, mine.id, "country", "GE", "Georgia")
        other, _ = await queries.add_subscription(session, theirs.id, "country", "BY", "Belarus")
        assert await queries.remove_subscription(session, mine.id, other.id) is None
        assert (await queries.remove_subscription(session, mine.id, own.id)).value == "BY"
        assert await queries.remove_all_subscriptions(session, mine.id) == 1
        assert [item.id for item in await queries.subscriptions_of(session, theirs.id)] == [other.id]


async def test_delete_subscriber_removes_everything_about_them_only(sessions) -> None:
    async with sessions.begin() as session:
        source = Source(kind="feed", location="https://example.org/feed")
        session.add(source)
        await session.flush()
        story = await add_story(session, source, "s1")
        for chat_id in (10, 11):
            subscriber, _ = await queries.get_or_create_subscriber(session, chat_id, "private", DEFAULTS)
            await queries.add_subscription(session, subscriber.id, "country", "BY", "Belarus")
            session.add(Alert(subscriber_id=subscriber.id, cluster_id=story.cluster_id, story_id=story.id,
                              status="sent", message_id=5))
    async with sessions.begin() as session:
        assert await queries.delete_subscriber(session, 10)
        assert not await queries.delete_subscriber(session, 12)
    async with sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Subscriber)) == 1
        assert await session.scalar(select(func.count()).select_from(Subscription)) == 1
        assert await session.scalar(select(func.count()).select_from(Alert)) == 1
        assert [story.guid for _, story in await queries.alerts_for_message(session, 11, 5)] == ["s1"]
        assert await queries.alerts_for_message(session, 10, 5) == []


async def test_counts_and_top_topics(sessions) -> None:
    async with sessions.begin() as session:
        for chat_id, topics, paused in ((1, ["BY", "GE"], False), (2, ["BY"], True), (3, [], False)):
            subscriber, _ = await queries.get_or_create_subscriber(session, chat_id, "private", DEFAULTS)
            subscriber.paused = paused
            for code in topics:
                await queries.add_subscription(session, subscriber.id, "country", code, code)
    async with sessions() as session:
        assert await queries.subscriber_counts(session) == queries.SubscriberCounts(3, 3, 1)
        assert await queries.subscription_count(session) == 3
        top = await queries.top_topics(session, 1)
    assert top == [queries.TopicCount("country", "BY", "BY", 2)]


async def test_mute_finds_the_subscription_by_the_id_stored_on_the_alert(sessions) -> None:
    """The alert's match names its subscription: of two following the same country in different forum topics,
    only the one the alert came from is muted; an alert stored before ids were is read by its topic."""
    async with sessions.begin() as session:
        source = Source(kind="feed", location="https://m.example/")
        session.add(source)
        await session.flush()
        story = await add_story(session, source, "m1")
        older = await add_story(session, source, "m2")
        subscriber, _ = await queries.get_or_create_subscriber(session, 10, "supergroup", DEFAULTS)
        general, _ = await queries.add_subscription(session, subscriber.id, "country", "AZ", "Azerbaijan")
        topic, _ = await queries.add_subscription(session, subscriber.id, "country", "AZ", "Azerbaijan", message_thread_id=7)
        entry = {"kind": "country", "value": "AZ", "label": "Azerbaijan", "salience": "primary", "evidence": []}
        with_id = Alert(subscriber_id=subscriber.id, cluster_id=story.cluster_id, story_id=story.id, message_thread_id=7,
                        matched=[{**entry, "subscription_id": topic.id}])
        without_id = Alert(subscriber_id=subscriber.id, cluster_id=older.cluster_id, story_id=older.id, matched=[entry])
        session.add_all([with_id, without_id])
        await session.flush()
        general_id, topic_id, with_id_id, without_id_id = general.id, topic.id, with_id.id, without_id.id
    async with sessions.begin() as session:
        muted = await queries.mute_from_alert(session, with_id_id, 0, 10, True)
    assert (muted.status, muted.kind, muted.value, muted.label) == ("muted", "country", "AZ", "Azerbaijan")
    async with sessions() as session:
        states = dict((await session.execute(select(Subscription.id, Subscription.muted))).all())
    assert states == {general_id: False, topic_id: True}
    async with sessions.begin() as session:
        assert (await queries.mute_from_alert(session, without_id_id, 0, 10, True)).status == "muted"
        assert (await queries.mute_from_alert(session, with_id_id, 0, 11, True)).status == "expired"
        assert (await queries.mute_from_alert(session, with_id_id, 3, 10, True)).status == "expired"
    async with sessions() as session:
        assert (await session.get(Subscription, general_id)).muted is True


async def test_removed_source_keeps_its_stories_and_leaves_the_feed_lists(sessions) -> None:
    async with sessions.begin() as session:
        gone, kept = Source(kind="feed", location="https://a.example/"), Source(kind="feed", location="https://b.example/")
        session.add_all([gone, kept])
        await session.flush()
        await add_story(session, gone, "a1")
    async with sessions.begin() as session:
        await admin_queries.remove_source(session, gone.id)
    async with sessions() as session:
        assert [story.guid for story in await session.scalars(select(Story))] == ["a1"]
        assert [feed.location for feed in await admin_queries.feeds(session)] == ["https://b.example/"]
        removed = await admin_queries.feed_by_url(session, "https://a.example/")
        assert (removed.enabled, removed.origin) == (False, "removed")


# --- the services on a database ---


async def test_follow_uses_the_configured_defaults_and_schedules_digests(sessions) -> None:
    config = Config(digest=DigestConfig(mode="daily", time=dt.time(7, 30), timezone="Asia/Baku", weekday="friday"))
    services = Services(config=config, sessions=sessions)
    followed = await subscriptions.follow(services, Chat(10), subscriptions.Topic("country", "AZ", "Azerbaijan"))
    assert followed.outcome == "added"
    subscriber = followed.subscriber
    assert (subscriber.delivery_mode, subscriber.digest_time, subscriber.timezone, subscriber.digest_weekday) == (
        "daily", "07:30", "Asia/Baku", 4)
    assert subscriber.next_digest_at is not None
    assert describe_delivery(subscriber).startswith("in a daily digest at 07:30 (Asia/Baku")
    assert subscriber_defaults(config)["digest_weekday"] == 4


# --- parsing (pure) ---


@pytest.mark.parametrize(("typed", "kind", "query"), [
    ("Belarus", "any", "Belarus"),
    ("union NTUF", "union", "NTUF"),
    ("Country   Georgia", "country", "Georgia"),
    ('keyword "Evolution Gaming"', "keyword", '"Evolution Gaming"'),
    ("keyword “Evolution Gaming”", "keyword", '"Evolution Gaming"'),
    ('"Labour Desk"', "any", "Labour Desk"),
    ("union", "any", "union"),
])
def test_parse_request(typed: str, kind: str, query: str) -> None:
    request = subscriptions.parse_request(typed)
    assert (request.kind, request.query, request.exclude) == (kind, query, ())


def test_keyword_topics_have_one_spelling() -> None:
    assert subscriptions.keyword_topic("Strike  -Football").value == subscriptions.keyword_topic("strike -football").value
    phrase = subscriptions.keyword_topic('"Evolution Gaming" -casino')
    assert (phrase.value, phrase.label) == ('"evolution gaming" -casino', '"Evolution Gaming" -casino')
    with pytest.raises(UsageError, match="at least one word"):
        subscriptions.keyword_topic("-football")


def test_parse_new_feed() -> None:
    assert admin.parse_new_feed(["https://example.org/rss", "Labour", "News", "45"]) == admin.NewFeed(
        "https://example.org/rss", "Labour News", 45)
    assert admin.parse_new_feed(["<https://example.org/rss>", '"2024"']).name == "2024"
    for bad in ([], ["javascript:alert(1)"], ["https://example.org/rss", "99999"]):
        with pytest.raises(UsageError, match="/addfeed"):
            admin.parse_new_feed(bad)


def test_parse_new_union() -> None:
    assert admin.parse_new_union('"Dock Union" DU-1 "Dockers" country=by') == ("Dock Union", "DU-1", ["Dockers"], "BY")
    assert admin.parse_new_union("„Sindicato Único“ SU")[0] == "Sindicato Único"


def test_opml_round_trip_and_refusals() -> None:
    document = build_opml([OpmlFeed("https://example.org/a?x=1&y=2", "A <&> B")], "Feeds")
    assert parse_opml(document) == [OpmlFeed("https://example.org/a?x=1&y=2", "A <&> B")]
    with pytest.raises(OpmlError, match="larger than"):
        parse_opml(b" " * 3_000_000)


def test_split_message_never_cuts_a_tag_or_an_entity() -> None:
    paragraphs = [f"<b>Title {n}</b>\n" + "word &amp; " * 30 for n in range(40)]
    pieces = split_message("\n\n".join(paragraphs), limit=1000)
    assert all(len(piece) <= 1000 for piece in pieces)
    assert all(piece.count("<b>") == piece.count("</b>") for piece in pieces)
    one_long_line = "&amp;" * 500
    pieces = split_message(one_long_line, limit=1002)
    assert "".join(pieces) == one_long_line and all(piece.endswith(";") for piece in pieces)
    assert all(len(piece) <= 50 for piece in split_message('<a href="' + "x" * 200 + '">link</a>', limit=50))


def test_escape_clipped_bounds_the_escaped_length() -> None:
    assert escape_clipped("a & b", 50) == "a &amp; b"
    clipped = escape_clipped("&" * 100, 40)
    assert len(clipped) <= 40 and clipped.endswith("…") and "&amp;" in clipped
