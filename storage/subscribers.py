"""Queries for subscribers (Telegram chats), their subscriptions and settings, and the numbers /stats shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Alert, Story, Subscriber, Subscription

FollowOutcome = Literal["added", "already", "unmuted", "updated", "limit"]


@dataclass(frozen=True)
class TopicCount:
    """How many subscribers follow one topic."""

    kind: str
    value: str
    label: str
    subscribers: int


@dataclass(frozen=True)
class SubscriberCounts:
    """Subscribers in total, those still reachable, and those who paused."""

    total: int
    active: int
    paused: int


async def subscriber_by_chat(session: AsyncSession, chat_id: int) -> Subscriber | None:
    """The subscriber for a Telegram chat, if the chat ever used the bot."""
    return await session.scalar(select(Subscriber).where(Subscriber.chat_id == chat_id))


async def language_of_chat(session: AsyncSession, chat_id: int) -> str | None:
    """The language stored for a Telegram chat (None: not known, or the chat never used the bot)."""
    return await session.scalar(select(Subscriber.language).where(Subscriber.chat_id == chat_id))


async def managed_chat_of(session: AsyncSession, chat_id: int) -> Subscriber | None:
    """The channel a private chat manages now (its subscriber), if any."""
    managing = select(Subscriber.managing_chat_id).where(Subscriber.chat_id == chat_id).scalar_subquery()
    return await session.scalar(select(Subscriber).where(Subscriber.chat_id == managing))


async def get_or_create_subscriber(
    session: AsyncSession, chat_id: int, chat_type: str, defaults: dict[str, Any]
) -> tuple[Subscriber, bool]:
    """The chat's subscriber, created with `defaults` (column -> value) when new; (subscriber, created)."""
    subscriber = await subscriber_by_chat(session, chat_id)
    if subscriber is not None:
        return subscriber, False
    subscriber = Subscriber(chat_id=chat_id, chat_type=chat_type, **defaults)
    session.add(subscriber)
    await session.flush()
    return subscriber, True


async def subscriptions_of(session: AsyncSession, subscriber_id: int) -> list[Subscription]:
    """A subscriber's subscriptions, in the order they were added."""
    query = select(Subscription).where(Subscription.subscriber_id == subscriber_id).order_by(Subscription.id)
    return list(await session.scalars(query))


async def add_subscription(
    session: AsyncSession, subscriber_id: int, kind: str, value: str, label: str,
    exclude: Sequence[str] = (), limit: int | None = None, message_thread_id: int = 0,
) -> tuple[Subscription | None, FollowOutcome]:
    """Follow a topic: "added", "already" (followed before), "unmuted" (followed but muted until now),
    "updated" (followed before, now with the words to leave out given in `exclude`), or "limit" (a new
    topic, but the subscriber already follows `limit` topics: nothing stored, no subscription returned).
    `message_thread_id` binds it to a forum topic (0: the chat itself)."""
    existing = await session.scalar(
        select(Subscription).where(
            Subscription.subscriber_id == subscriber_id, Subscription.kind == kind, Subscription.value == value,
            Subscription.message_thread_id == message_thread_id,
        )
    )
    if existing is not None:
        outcome: FollowOutcome = "already"
        if exclude and list(exclude) != list(existing.exclude or []):
            existing.exclude = list(exclude)
            outcome = "updated"
        if existing.muted:
            existing.muted = False
            outcome = "unmuted"
        await session.flush()
        return existing, outcome
    if limit is not None and await subscription_count_of(session, subscriber_id) >= limit:
        return None, "limit"
    subscription = Subscription(subscriber_id=subscriber_id, kind=kind, value=value, label=label, exclude=list(exclude),
                                message_thread_id=message_thread_id)
    session.add(subscription)
    await session.flush()
    return subscription, "added"


async def subscription_count_of(session: AsyncSession, subscriber_id: int) -> int:
    """How many topics one subscriber follows (muted ones included)."""
    query = select(func.count(Subscription.id)).where(Subscription.subscriber_id == subscriber_id)
    return await session.scalar(query) or 0


async def remove_subscription(session: AsyncSession, subscriber_id: int, subscription_id: int) -> Subscription | None:
    """Stop following one topic; the removed subscription, or None when it was not theirs or is gone."""
    subscription = await session.scalar(
        select(Subscription).where(Subscription.id == subscription_id, Subscription.subscriber_id == subscriber_id)
    )
    if subscription is not None:
        await session.delete(subscription)
        await session.flush()
    return subscription


async def remove_all_subscriptions(session: AsyncSession, subscriber_id: int) -> int:
    """Stop following everything; how many subscriptions were removed."""
    result = await session.execute(delete(Subscription).where(Subscription.subscriber_id == subscriber_id))
    return result.rowcount or 0


async def delete_subscriber(session: AsyncSession, chat_id: int) -> bool:
    """Forget a chat: the subscriber, its subscriptions and its alerts. False when there was nothing to forget."""
    subscriber = await subscriber_by_chat(session, chat_id)
    if subscriber is None:
        return False
    await session.execute(delete(Alert).where(Alert.subscriber_id == subscriber.id))
    await session.execute(delete(Subscription).where(Subscription.subscriber_id == subscriber.id))
    await session.execute(delete(Subscriber).where(Subscriber.id == subscriber.id))
    return True


async def alerts_for_message(session: AsyncSession, chat_id: int, message_id: int) -> list[tuple[Alert, Story]]:
    """The alerts sent to a chat as one Telegram message (one alert, or the stories of a digest message)."""
    query = (
        select(Alert, Story)
        .join(Subscriber, Subscriber.id == Alert.subscriber_id)
        .join(Story, Story.id == Alert.story_id)
        .where(Subscriber.chat_id == chat_id, Alert.message_id == message_id)
        .order_by(Alert.id)
    )
    return [(alert, story) for alert, story in await session.execute(query)]


async def subscriber_counts(session: AsyncSession) -> SubscriberCounts:
    """How many subscribers there are, how many are reachable, how many paused."""
    total, active, paused = (
        await session.execute(
            select(
                func.count(Subscriber.id),
                func.count(Subscriber.id).filter(Subscriber.active.is_(True)),
                func.count(Subscriber.id).filter(Subscriber.paused.is_(True)),
            )
        )
    ).one()
    return SubscriberCounts(total, active, paused)


async def top_topics(session: AsyncSession, limit: int) -> list[TopicCount]:
    """The most followed topics, most subscribers first."""
    subscribers = func.count(Subscription.id)
    query = (
        select(Subscription.kind, Subscription.value, func.min(Subscription.label), subscribers)
        .group_by(Subscription.kind, Subscription.value)
        .order_by(subscribers.desc(), Subscription.kind, Subscription.value)
        .limit(limit)
    )
    return [TopicCount(*row) for row in await session.execute(query)]


async def subscription_count(session: AsyncSession) -> int:
    """How many subscriptions there are over all subscribers."""
    return await session.scalar(select(func.count(Subscription.id))) or 0
