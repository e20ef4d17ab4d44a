"""Routing on SQLite and PostgreSQL: the sample corpus, tagged, reaches exactly the subscribers who follow it."""

from __future__ import annotations

import asyncio
import threading

import pytest
from sqlalchemy import select

from bot.config import SAMPLE_CORPUS, parse_config
from bot.ingest.pipeline import ingest_all, sync_sources
from bot.matching import default_tagger, resolve
from bot.routing.route import alert_rows, process_new_clusters
from storage.models import Alert, Story, StoryTag, Subscriber, Subscription, utcnow
from storage.routing import SubscriptionMatch


def follow(chat_id: int, topics: list[tuple[str, str]], **settings: object) -> Subscriber:
    subscriber = Subscriber(chat_id=chat_id, **settings)
    subscriber.subscriptions = [Subscription(kind=kind, value=value, label=value) for kind, value in topics]
    return subscriber


async def alerts_by_chat(sessions) -> dict[int, list[str]]:
    async with sessions() as session:
        rows = await session.execute(
            select(Subscriber.chat_id, Story.title, Story.text, Alert.status)
            .join(Alert, Alert.subscriber_id == Subscriber.id)
            .join(Story, Story.id == Alert.story_id)
            .order_by(Alert.id)
        )
        result: dict[int, list[str]] = {}
        for chat_id, title, text, status in rows:
            result.setdefault(chat_id, []).append(f"{status}:{title or text[:30]}")
        return result


async def test_sample_corpus_routes_to_followers_only(sessions) -> None:
    labor_desk = resolve("Labor Desk", kind="union").value
    async with sessions.begin() as session:
        session.add_all([
            follow(1, [("country", "AZ")]),
            follow(2, [("union", labor_desk)], delivery_mode="daily"),
            follow(3, [("country", "RS")]),  # Serbia is only mentioned in the donation appeal
            follow(4, [("country", "RS")], include_mentioned=True),
            follow(5, [("keyword", '"Evolution Gaming" -football')]),
            follow(6, [("country", "AZ")], paused=True),
            follow(7, [("country", "AZ"), ("union", labor_desk)]),
            follow(8, [("country", "BY")], active=False),
            follow(9, [("keyword", "strike -Tbilisi")]),
        ])
    config = parse_config({"corpus": {"paths": [SAMPLE_CORPUS]}}, environ={})
    await sync_sources(sessions, config)
    await ingest_all(sessions, config)
    summary = await process_new_clusters(sessions, default_tagger())
    assert summary.tagged == summary.routed == 10

    alerts = await alerts_by_chat(sessions)
    azerbaijan = ["Azerbaijan Cracks Down", "Appeal to free Labor Desk", "BAKU, Azerbaijan"]
    assert len(alerts[1]) == 3 and all(any(title in alert for alert in alerts[1]) for title in azerbaijan)
    assert all(alert.startswith("pending:") for alert in alerts[1])
    assert len(alerts[2]) == 2 and all(alert.startswith("digest:") for alert in alerts[2])
    assert 3 not in alerts
    # Serbia is named in passing in the donation appeal and in the Montenegro telecom story
    assert alerts[4] == ["pending:We will never stop fighting for workers’ rights", "pending:Following a 136-day strike, Mo"]
    assert alerts[5] == ["pending:We will never stop fighting for workers’ rights"]
    assert 6 not in alerts and 8 not in alerts
    assert len(alerts[7]) == 3  # one alert per story even when two of its subscriptions match
    assert alerts[9] and not any("We will never stop" in alert for alert in alerts[9])

    async with sessions() as session:
        alert = await session.scalar(
            select(Alert).join(Subscriber).where(Subscriber.chat_id == 7).order_by(Alert.id).limit(1)
        )
        kinds = {entry["kind"] for entry in alert.matched}
        assert kinds == {"country", "union"}
        followed = dict((await session.execute(
            select(Subscription.kind, Subscription.id).join(Subscriber).where(Subscriber.chat_id == 7))).all())
        assert {entry["kind"]: entry["subscription_id"] for entry in alert.matched} == followed
        keyword_alert = await session.scalar(select(Alert).join(Subscriber).where(Subscriber.chat_id == 5).limit(1))
        keyword_id = await session.scalar(select(Subscription.id).join(Subscriber).where(Subscriber.chat_id == 5))
        assert [entry["subscription_id"] for entry in keyword_alert.matched] == [keyword_id]
        assert any("Azerbaijan" in evidence for entry in alert.matched for evidence in entry["evidence"])
        tags = list(await session.scalars(select(StoryTag).where(StoryTag.cluster_id == alert.cluster_id)))
        assert {(tag.kind, tag.value, tag.salience) for tag in tags} >= {("country", "AZ", "primary")}

    again = await process_new_clusters(sessions, default_tagger())
    assert again.tagged == again.routed == again.alerts == 0
    assert await alerts_by_chat(sessions) == alerts


async def test_the_event_loop_goes_on_while_a_story_is_tagged(sessions, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long story keeps the tagger busy for seconds: meanwhile chat updates and sends must still be served."""
    config = parse_config({"corpus": {"paths": [SAMPLE_CORPUS]}}, environ={})
    await sync_sources(sessions, config)
    await ingest_all(sessions, config)
    tagger = default_tagger()
    tagging, loop_served = threading.Event(), threading.Event()
    waits: list[bool] = []
    untimed_tag = tagger.tag

    def tag_once_the_loop_has_served(*args: object) -> object:
        tagging.set()
        waits.append(loop_served.wait(timeout=10))  # on the event loop's own thread it never could be
        return untimed_tag(*args)

    async def other_work() -> None:
        while not tagging.is_set():
            await asyncio.sleep(0.01)
        loop_served.set()

    monkeypatch.setattr(tagger, "tag", tag_once_the_loop_has_served)
    other = asyncio.create_task(other_work())
    summary = await process_new_clusters(sessions, tagger)
    await other
    assert summary.tagged == 10 and waits and all(waits)


def test_alert_rows_group_matches_per_subscriber() -> None:
    now = utcnow()
    matches = [
        SubscriptionMatch(1, "now", "country", "AZ", "Azerbaijan", "primary", ["Azerbaijan"]),
        SubscriptionMatch(1, "now", "union", "az-labor-desk", "Labor Desk", "primary", ["Labor Desk"]),
        SubscriptionMatch(2, "weekly", "country", "AZ", "Azerbaijan", "primary", ["Baku"]),
    ]
    rows = alert_rows(cluster_id=5, story_id=9, matches=matches, now=now)
    assert [(row["subscriber_id"], row["status"], len(row["matched"])) for row in rows] == [(1, "pending", 2), (2, "digest", 1)]
