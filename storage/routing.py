"""Queries behind routing: story tags, the subscriptions that match them, and the alerts outbox insert."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import insert_for
from storage.models import Alert, Story, StoryCluster, StoryTag, Subscriber, Subscription, utcnow

INSERT_CHUNK = 5_000  # rows per INSERT; keeps each statement under the drivers' parameter limits


@dataclass(frozen=True)
class TagRow:
    """A tag to store for a cluster."""

    kind: str
    value: str
    label: str
    salience: str
    evidence: list[str]


@dataclass(frozen=True)
class SubscriptionMatch:
    """A subscription that a cluster matches, with what its subscriber needs for the alert decision."""

    subscriber_id: int
    delivery_mode: str
    kind: str
    value: str
    label: str
    salience: str
    evidence: list[str]
    exclude: tuple[str, ...] = ()  # folded words the story must not contain (a country or union subscription's)
    message_thread_id: int = 0  # the forum topic the subscription's alerts go to
    subscription_id: int | None = None  # stored with the alert's match: Mute finds the subscription by it


async def untagged_clusters(session: AsyncSession, limit: int = 1000) -> list[int]:
    """Clusters not yet tagged, oldest first."""
    query = select(StoryCluster.id).where(StoryCluster.tagged_at.is_(None)).order_by(StoryCluster.id).limit(limit)
    return list(await session.scalars(query))


async def unrouted_clusters(session: AsyncSession, limit: int = 1000) -> list[int]:
    """Tagged clusters not yet routed, oldest first."""
    query = (
        select(StoryCluster.id)
        .where(StoryCluster.tagged_at.is_not(None), StoryCluster.routed_at.is_(None))
        .order_by(StoryCluster.id)
        .limit(limit)
    )
    return list(await session.scalars(query))


@dataclass(frozen=True)
class ClusterStory:
    """The first story stored in a cluster: the one it is tagged and routed by, and alerts show."""

    id: int
    title: str | None
    text: str
    detected_language: str | None = None  # ISO 639-1, what the tagger's rules are picked by (None: unsure)


async def first_story(session: AsyncSession, cluster_id: int) -> ClusterStory:
    """The first story stored in a cluster (every cluster has one: it is made for its first story)."""
    query = (select(Story.id, Story.title, Story.text, Story.detected_language)
             .where(Story.cluster_id == cluster_id).order_by(Story.id).limit(1))
    story_id, title, text, language = (await session.execute(query)).one()
    return ClusterStory(story_id, title, text or "", language)


async def replace_tags(session: AsyncSession, cluster_id: int, tags: Iterable[TagRow], now: dt.datetime | None = None) -> None:
    """Store a cluster's tags (replacing earlier ones) and mark it tagged."""
    await session.execute(delete(StoryTag).where(StoryTag.cluster_id == cluster_id))
    session.add_all(
        StoryTag(cluster_id=cluster_id, kind=tag.kind, value=tag.value, label=tag.label, salience=tag.salience, evidence=tag.evidence)
        for tag in tags
    )
    cluster = await session.get_one(StoryCluster, cluster_id)
    cluster.tagged_at = now or utcnow()
    await session.flush()


async def tag_matches(session: AsyncSession, cluster_id: int) -> list[SubscriptionMatch]:
    """Country and union subscriptions matching a cluster's tags, through the (kind, value) indexes:
    primary tags for everyone, mentioned tags only for subscribers who opted in."""
    query = (
        select(
            Subscription.subscriber_id, Subscriber.delivery_mode, Subscription.kind, Subscription.value,
            Subscription.label, StoryTag.salience, StoryTag.evidence, Subscription.exclude,
            Subscription.message_thread_id, Subscription.id,
        )
        .join(Subscription, and_(Subscription.kind == StoryTag.kind, Subscription.value == StoryTag.value))
        .join(Subscriber, Subscriber.id == Subscription.subscriber_id)
        .where(StoryTag.cluster_id == cluster_id)
        .where(Subscription.muted.is_(False), Subscriber.active.is_(True), Subscriber.paused.is_(False))
        .where(or_(StoryTag.salience == "primary", Subscriber.include_mentioned.is_(True)))
    )
    return [
        SubscriptionMatch(subscriber_id, mode, kind, value, label, salience, evidence, tuple(exclude or ()), thread,
                          subscription_id)
        for subscriber_id, mode, kind, value, label, salience, evidence, exclude, thread, subscription_id
        in await session.execute(query)
    ]


async def keyword_queries(session: AsyncSession) -> list[str]:
    """The distinct keyword queries anyone follows."""
    query = select(Subscription.value).where(Subscription.kind == "keyword", Subscription.muted.is_(False)).distinct()
    return list(await session.scalars(query))


async def keyword_matches(session: AsyncSession, queries: Sequence[str], evidence: dict[str, list[str]]) -> list[SubscriptionMatch]:
    """Keyword subscriptions for the given (matching) queries."""
    if not queries:
        return []
    query = (
        select(Subscription.subscriber_id, Subscriber.delivery_mode, Subscription.value, Subscription.label,
               Subscription.message_thread_id, Subscription.id)
        .join(Subscriber, Subscriber.id == Subscription.subscriber_id)
        .where(Subscription.kind == "keyword", Subscription.value.in_(list(queries)))
        .where(Subscription.muted.is_(False), Subscriber.active.is_(True), Subscriber.paused.is_(False))
    )
    return [
        SubscriptionMatch(subscriber_id, mode, "keyword", value, label, "primary", evidence.get(value, []), (), thread, subscription_id)
        for subscriber_id, mode, value, label, thread, subscription_id in await session.execute(query)
    ]


async def reset_clusters(session: AsyncSession, cluster_ids: Sequence[int], *, retag: bool) -> None:
    """Mark clusters as not routed (and, with `retag`, not tagged), so routing takes them again."""
    values = {"routed_at": None, **({"tagged_at": None} if retag else {})}
    await session.execute(update(StoryCluster).where(StoryCluster.id.in_(list(cluster_ids))).values(**values))


async def primary_topics(session: AsyncSession, cluster_ids: Sequence[int]) -> set[tuple[str, str, str]]:
    """The (kind, value, label) of every primary tag of these clusters."""
    rows = await session.execute(
        select(StoryTag.kind, StoryTag.value, StoryTag.label)
        .where(StoryTag.cluster_id.in_(list(cluster_ids)), StoryTag.salience == "primary")
        .distinct()
    )
    return {(kind, value, label) for kind, value, label in rows}


async def queued_alerts(session: AsyncSession, subscriber_id: int, cluster_ids: Sequence[int]) -> list[Alert]:
    """The alerts routing queued for one subscriber about these clusters, by cluster."""
    query = (select(Alert).where(Alert.subscriber_id == subscriber_id, Alert.cluster_id.in_(list(cluster_ids)))
             .order_by(Alert.cluster_id))
    return list(await session.scalars(query))


def _insert_ignoring_duplicates(session: AsyncSession) -> Any:
    return insert_for(session, Alert).on_conflict_do_nothing(
        index_elements=["subscriber_id", "cluster_id", "message_thread_id"]
    )


async def queue_alerts(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> None:
    """Insert outbox rows; a (subscriber, cluster) pair already queued is left as it is."""
    statement = _insert_ignoring_duplicates(session)
    for start in range(0, len(rows), INSERT_CHUNK):
        await session.execute(statement, list(rows[start : start + INSERT_CHUNK]))


async def mark_routed(session: AsyncSession, cluster_id: int, now: dt.datetime | None = None) -> None:
    """Record that a cluster's alerts are queued."""
    cluster = await session.get_one(StoryCluster, cluster_id)
    cluster.routed_at = now or utcnow()
    await session.flush()
