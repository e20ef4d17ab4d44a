"""Queries for subscribers (Telegram chats), their subscriptions and settings, and the numbers /stats shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import rows_changed
from storage.models import Alert, Story, Subscriber, Subscription

FollowOutcome = Literal["added", "already", "unmuted", "updated", "limit"]


@dataclass(frozen=True)
class SubscriberInfo:
    """A chat's settings as the chats see them (a plain copy of its subscriber row)."""

    id: int
    chat_id: int
    chat_type: str
    language: str | None
    timezone: str
    delivery_mode: str
    digest_time: str
    digest_weekday: int
    next_digest_at: dt.datetime | None
    include_mentioned: bool
    paused: bool
    quiet_start: str | None
    quiet_end: str | None
    silent: bool
    managed_by: int | None
    managing_chat_id: int | None
    active: bool
    inactive_reason: str | None


def subscriber_info(row: Subscriber) -> SubscriberInfo:
    """A plain copy of a subscriber row, usable after its session is closed."""
    return SubscriberInfo(
        row.id, row.chat_id, row.chat_type, row.language, row.timezone, row.delivery_mode, row.digest_time,
        row.digest_weekday, row.next_digest_at, row.include_mentioned, row.paused, row.quiet_start, row.quiet_end,
        row.silent, row.managed_by, row.managing_chat_id, row.active, row.inactive_reason,
    )


@dataclass(frozen=True)
class SubscriptionInfo:
    """One followed topic as the chats see it (a plain copy of its subscription row)."""

    id: int
    kind: str
    value: str
    label: str
    muted: bool
    exclude: tuple[str, ...]
    message_thread_id: int


def subscription_info(row: Subscription) -> SubscriptionInfo:
    """A plain copy of a subscription row, usable after its session is closed."""
    return SubscriptionInfo(row.id, row.kind, row.value, row.label, row.muted, tuple(row.exclude or ()),
                            row.message_thread_id)


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


SETTINGS = (
    "language", "timezone", "delivery_mode", "digest_time", "digest_weekday", "next_digest_at", "include_mentioned",
    "paused", "quiet_start", "quiet_end", "silent", "managed_by", "managing_chat_id", "active", "inactive_reason",
)
"""The columns `save_settings` writes: everything in SubscriberInfo but the chat's identity."""


async def save_settings(session: AsyncSession, settings: SubscriberInfo) -> None:
    """Store a subscriber's settings as `settings` has them."""
    subscriber = await session.get(Subscriber, settings.id)
    if subscriber is None:
        raise LookupError(f"subscriber {settings.id} is not stored")
    for column in SETTINGS:
        setattr(subscriber, column, getattr(settings, column))
    await session.flush()


async def reactivate(session: AsyncSession, chat_id: int, language: str | None = None) -> None:
    """A known chat is reachable again, and gets `language` if it has none yet (nothing happens for an
    unknown one)."""
    subscriber = await subscriber_by_chat(session, chat_id)
    if subscriber is not None:
        subscriber.active, subscriber.inactive_reason = True, None
        subscriber.language = subscriber.language or language
        await session.flush()


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
    return rows_changed(result)


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


@dataclass(frozen=True)
class MuteChange:
    """What pressing Mute (or Undo) changed: `status` is muted | unmuted | gone (the chat no longer follows
    the topic) | expired (no such alert for this chat, or no such match); the topic's kind, value and label."""

    status: Literal["muted", "unmuted", "gone", "expired"]
    kind: str = ""
    value: str = ""
    label: str = ""


async def mute_from_alert(session: AsyncSession, alert_id: int, index: int, chat_id: int, muted: bool) -> MuteChange:
    """Mute (or unmute) the subscription an alert's `index`-th match came from, for this chat only."""
    alert = await session.get(Alert, alert_id)
    subscriber = await session.get(Subscriber, alert.subscriber_id) if alert is not None else None
    if alert is None or subscriber is None or subscriber.chat_id != chat_id:
        return MuteChange("expired")
    matched = alert.matched or []
    if not 0 <= index < len(matched):
        return MuteChange("expired")
    entry = matched[index]
    kind, value = str(entry.get("kind", "")), str(entry.get("value", ""))
    label = str(entry.get("label") or value)
    subscription = await _matched_subscription(session, subscriber.id, alert.message_thread_id, entry)
    if subscription is None:
        return MuteChange("gone", kind, value, label)
    subscription.muted = muted
    await session.flush()
    return MuteChange("muted" if muted else "unmuted", subscription.kind, subscription.value, subscription.label or label)


async def _matched_subscription(
    session: AsyncSession, subscriber_id: int, message_thread_id: int, entry: dict[str, Any]
) -> Subscription | None:
    """The subscription an alert's match names: by the id stored with it; by its topic in the alert's forum
    topic for alerts stored before ids were, or when that subscription was dropped and the topic followed again."""
    subscription_id = entry.get("subscription_id")
    if isinstance(subscription_id, int):
        found = await session.scalar(select(Subscription).where(
            Subscription.id == subscription_id, Subscription.subscriber_id == subscriber_id))
        if found is not None:
            return found
    query = select(Subscription).where(
        Subscription.subscriber_id == subscriber_id, Subscription.kind == entry.get("kind"),
        Subscription.value == entry.get("value"), Subscription.message_thread_id == message_thread_id,
    )
    return await session.scalar(query.limit(1))


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
