"""Helpers for the alert, delivery and digest tests: rows in the database, a bot on the local Bot API."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot

from bot.config import DeliveryConfig
from bot.delivery.sender import RateLimiter, Sender
from bot.delivery.worker import Deliverer
from storage.models import Alert, Source, Story, StoryCluster, StoryTag, Subscriber, Subscription, utcnow
from tests.botapi import TOKEN, BotApiServer

AZ = {"kind": "country", "value": "AZ", "label": "Azerbaijan", "salience": "primary", "evidence": ["Azerbaijan"]}


def fast_delivery(max_attempts: int = 8, **overrides: Any) -> DeliveryConfig:
    """Delivery limits high enough that a test not about rates is not slowed by them."""
    values = {"messages_per_second": 1000.0, "private_chat_messages_per_second": 1000.0,
              "group_messages_per_minute": 60000.0, "max_attempts": max_attempts}
    values.update(overrides)
    return DeliveryConfig(**values)


@asynccontextmanager
async def local_bot(api: BotApiServer) -> AsyncIterator[Bot]:
    """A python-telegram-bot Bot talking to the local Bot API server."""
    bot = Bot(TOKEN, base_url=api.base_url, base_file_url=api.base_file_url)
    async with bot:
        yield bot


def deliverer_for(sessions: async_sessionmaker[AsyncSession], bot: Bot, delivery: DeliveryConfig | None = None,
                  **options: Any) -> Deliverer:
    delivery = delivery or fast_delivery()
    return Deliverer(sessions, Sender(bot, RateLimiter.from_config(delivery)), delivery, **options)


async def drain_until_done(deliverer: Deliverer, sessions: async_sessionmaker[AsyncSession], timeout: float = 15.0) -> None:
    """Run delivery until no alert is pending or sending (retries due later are waited for)."""
    import asyncio
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        await deliverer.drain()
        async with sessions() as session:
            open_rows = await session.scalar(select(func.count()).select_from(Alert).where(Alert.status.in_(("pending", "sending"))))
        if not open_rows:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("alerts still pending after the timeout")


async def add_source(session: AsyncSession, location: str = "http://feeds.test/rss", name: str | None = "Test Feed") -> Source:
    source = await session.scalar(select(Source).where(Source.location == location))
    if source is None:
        source = Source(kind="feed", location=location, name=name, interval_minutes=30, origin="config", created_at=utcnow())
        session.add(source)
        await session.flush()
    return source


async def add_story(
    session: AsyncSession, title: str | None, text: str, *, url: str | None = None, links: Iterable[dict[str, str]] = (),
    published: dt.datetime | None = None, tags: Iterable[tuple[str, str, str, str]] = (), guid: str | None = None,
) -> Story:
    """A stored story in a new, tagged and routed cluster (tags: (kind, value, label, salience))."""
    source = await add_source(session)
    now = utcnow()
    cluster = StoryCluster(first_seen_at=now, tagged_at=now, routed_at=now)
    session.add(cluster)
    await session.flush()
    count = await session.scalar(select(func.count()).select_from(Story))
    story = Story(
        source_id=source.id, cluster_id=cluster.id, guid=guid or f"guid-{count}", url=url, canonical_url=url,
        title=title, text=text, links=list(links), published_at=published, fetched_at=now,
        content_hash=hashlib.sha256(f"{count}-{title}-{text}".encode()).hexdigest(), fingerprint=count or 0, band0=0, band1=0, band2=0, band3=0,
    )
    session.add(story)
    for kind, value, label, salience in tags:
        session.add(StoryTag(cluster_id=cluster.id, kind=kind, value=value, label=label, salience=salience, evidence=[label]))
    await session.flush()
    return story


async def add_subscriber(
    session: AsyncSession, chat_id: int, *, mode: str = "now", chat_type: str = "private", timezone: str = "UTC",
    digest_time: str = "08:00", weekday: int = 0, topics: Iterable[tuple[str, str, str]] = (("country", "AZ", "Azerbaijan"),),
    next_digest_at: dt.datetime | None = None,
) -> Subscriber:
    subscriber = Subscriber(chat_id=chat_id, chat_type=chat_type, delivery_mode=mode, timezone=timezone,
                            digest_time=digest_time, digest_weekday=weekday, next_digest_at=next_digest_at, created_at=utcnow())
    session.add(subscriber)
    await session.flush()
    for kind, value, label in topics:
        session.add(Subscription(subscriber_id=subscriber.id, kind=kind, value=value, label=label, created_at=utcnow()))
    await session.flush()
    return subscriber


async def queue(
    session: AsyncSession, subscriber: Subscriber, story: Story, *, status: str = "pending",
    matched: list[dict[str, Any]] | None = None, claimed_at: dt.datetime | None = None, due_at: dt.datetime | None = None,
    created_at: dt.datetime | None = None,
) -> Alert:
    alert = Alert(subscriber_id=subscriber.id, cluster_id=story.cluster_id, story_id=story.id, status=status,
                  matched=matched if matched is not None else [AZ], due_at=due_at or utcnow() - dt.timedelta(seconds=1),
                  claimed_at=claimed_at, attempts=0, created_at=created_at or utcnow())
    session.add(alert)
    await session.flush()
    return alert


async def alert_rows(sessions: async_sessionmaker[AsyncSession]) -> list[Alert]:
    async with sessions() as session:
        return list(await session.scalars(select(Alert).order_by(Alert.id)))


def button_rows(params: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """The inline keyboard rows of a sendMessage call."""
    return (params.get("reply_markup") or {}).get("inline_keyboard", [])


def labels(params: dict[str, Any]) -> list[str]:
    return [button["text"] for row in button_rows(params) for button in row]
