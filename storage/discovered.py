"""Queries for discovered unions: unions found in stories but not in the directory, recorded as stories are
tagged, listed for admins, and merged into a directory entry (or into the discovered union a changed matcher
reads them as) or rejected (with their followers, tags and campaigns)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import insert_for, rows_changed
from storage.models import Campaign, DiscoveredUnion, Story, StoryTag, Subscriber, Subscription, utcnow

NEW, MERGED, REJECTED = "new", "merged", "rejected"
FOUND_PREFIX = "found:"  # how a discovered union's id begins
MAX_NUMBER = 2**31 - 1  # the id column's range on PostgreSQL
_IDS_PER_QUERY = 1_000  # ids bound in one IN (...): well under SQLite's and asyncpg's limits on parameters


@dataclass(frozen=True)
class FoundUnion:
    """A union the tagger found in one story and the directory lacks."""

    union_id: str
    name: str
    acronym: str | None
    country: str | None


@dataclass(frozen=True)
class DiscoveredInfo:
    """A discovered union as the chats see it (a plain copy of its row)."""

    id: int
    union_id: str
    name: str
    acronym: str | None
    country: str | None
    first_seen_at: dt.datetime
    last_seen_at: dt.datetime
    story_count: int
    status: str
    merged_into: str | None
    merged_name: str | None
    example_story_id: int | None
    decided_by: int | None
    decided_at: dt.datetime | None


def discovered_info(row: DiscoveredUnion) -> DiscoveredInfo:
    """A plain copy of a discovered union's row, usable after its session is closed."""
    return DiscoveredInfo(row.id, row.union_id, row.name, row.acronym, row.country, row.first_seen_at, row.last_seen_at,
                          row.story_count, row.status, row.merged_into, row.merged_name, row.example_story_id,
                          row.decided_by, row.decided_at)


@dataclass(frozen=True)
class DiscoveredListing:
    """A discovered union as /discovered lists it, with the title of a story that names it."""

    union: DiscoveredInfo
    example_title: str | None


@dataclass(frozen=True)
class Follower:
    """A chat that followed a discovered union."""

    chat_id: int
    chat_type: str
    language: str | None = None  # the chat's language: what it is told is written in it


async def record_found(session: AsyncSession, found: Sequence[FoundUnion], story_id: int,
                       now: dt.datetime | None = None) -> None:
    """Count one more story for each of these unions (recording the new ones, with `story_id` as their
    example), in one statement that concurrent workers can run at once."""
    if not found:
        return
    now = now or utcnow()
    statement = insert_for(session, DiscoveredUnion)
    statement = statement.on_conflict_do_update(
        index_elements=[DiscoveredUnion.union_id],
        set_={
            "last_seen_at": statement.excluded.last_seen_at,
            "story_count": DiscoveredUnion.story_count + 1,
            "acronym": func.coalesce(DiscoveredUnion.acronym, statement.excluded.acronym),
        },
    )
    unique = {union.union_id: union for union in found}
    for union in sorted(unique.values(), key=lambda item: item.union_id):  # one lock order for every worker
        await session.execute(statement, {
            "union_id": union.union_id, "name": union.name[:255], "acronym": (union.acronym or None) and union.acronym[:32],
            "country": union.country, "first_seen_at": now, "last_seen_at": now, "story_count": 1, "status": NEW,
            "example_story_id": story_id,
        })


async def by_union_ids(session: AsyncSession, union_ids: Sequence[str]) -> dict[str, DiscoveredInfo]:
    """The discovered unions with these found ids, by found id."""
    if not union_ids:
        return {}
    rows = await session.scalars(select(DiscoveredUnion).where(DiscoveredUnion.union_id.in_(list(set(union_ids)))))
    return {row.union_id: discovered_info(row) for row in rows}


async def find(session: AsyncSession, reference: str) -> DiscoveredInfo | None:
    """A discovered union by its number (as /discovered shows it) or its found id."""
    reference = reference.strip()
    if reference.isascii() and reference.isdigit():
        number = int(reference)
        row = await session.get(DiscoveredUnion, number) if number <= MAX_NUMBER else None
    else:
        row = await session.scalar(select(DiscoveredUnion).where(DiscoveredUnion.union_id == reference))
    return discovered_info(row) if row is not None else None


async def followable(session: AsyncSession) -> list[DiscoveredInfo]:
    """Discovered unions people can follow (new) or whose names now lead to a directory entry (merged)."""
    query = select(DiscoveredUnion).where(DiscoveredUnion.status.in_((NEW, MERGED))).order_by(DiscoveredUnion.id)
    return [discovered_info(row) for row in await session.scalars(query)]


async def version(session: AsyncSession) -> tuple[int, int | None, int, int, dt.datetime | None]:
    """What changes whenever a discovered union is added, merged or rejected: (count, highest number,
    how many are decided, how many merged, latest decision time)."""
    query = select(func.count(DiscoveredUnion.id), func.max(DiscoveredUnion.id), func.count(DiscoveredUnion.decided_at),
                   func.count(DiscoveredUnion.merged_into), func.max(DiscoveredUnion.decided_at))
    count, highest, decided, merged, latest = (await session.execute(query)).one()
    return count, highest, decided, merged, latest


async def count_new(session: AsyncSession) -> int:
    """How many discovered unions wait for an admin's decision."""
    return await session.scalar(select(func.count(DiscoveredUnion.id)).where(DiscoveredUnion.status == NEW)) or 0


async def new_page(session: AsyncSession, offset: int, limit: int) -> list[DiscoveredListing]:
    """One page of the discovered unions waiting for a decision: most stories first, then oldest first."""
    query = (
        select(DiscoveredUnion, Story.title)
        .outerjoin(Story, Story.id == DiscoveredUnion.example_story_id)
        .where(DiscoveredUnion.status == NEW)
        .order_by(DiscoveredUnion.story_count.desc(), DiscoveredUnion.first_seen_at, DiscoveredUnion.id)
        .offset(offset)
        .limit(limit)
    )
    return [DiscoveredListing(discovered_info(union), title) for union, title in await session.execute(query)]


async def take_new(session: AsyncSession, union: DiscoveredInfo) -> bool:
    """Mark a discovered union merged if it is still new, before `merge` says into what: False when another
    transaction decided it first (the processes of a fleet run the start-up merges at the same time; the
    second one's update waits for the first one's commit and then finds nothing to change)."""
    taken = await session.execute(update(DiscoveredUnion).where(
        DiscoveredUnion.id == union.id, DiscoveredUnion.status == NEW).values(status=MERGED))
    return rows_changed(taken) == 1


async def merge(session: AsyncSession, union: DiscoveredInfo, into_id: str, into_name: str, into_label: str,
                decided_by: int | None, now: dt.datetime | None = None) -> int:
    """Merge a discovered union into a directory entry (or into the discovered union that a changed matcher
    reads it as): later tags map to it, and stored tags, followers and campaigns move to it (a follower of
    both in the same topic keeps one subscription, a campaign naming both one entry). Returns how many
    subscriptions moved."""
    await session.execute(update(DiscoveredUnion).where(DiscoveredUnion.id == union.id).values(
        status=MERGED, merged_into=into_id, merged_name=into_name, decided_by=decided_by,
        decided_at=now or utcnow()))
    already_tagged = select(StoryTag.cluster_id).where(StoryTag.kind == "union", StoryTag.value == into_id)
    await session.execute(delete(StoryTag).where(
        StoryTag.kind == "union", StoryTag.value == union.union_id, StoryTag.cluster_id.in_(already_tagged)))
    await session.execute(update(StoryTag).where(StoryTag.kind == "union", StoryTag.value == union.union_id)
                          .values(value=into_id, label=into_name))
    following = Subscription.__table__.alias("following")
    await session.execute(delete(Subscription).where(
        Subscription.kind == "union", Subscription.value == union.union_id,
        select(following.c.id).where(following.c.kind == "union", following.c.value == into_id,
                                     following.c.subscriber_id == Subscription.subscriber_id,
                                     following.c.message_thread_id == Subscription.message_thread_id).exists()))
    moved = await session.execute(update(Subscription).where(
        Subscription.kind == "union", Subscription.value == union.union_id).values(value=into_id, label=into_label))
    for campaign in await session.scalars(select(Campaign)):
        if union.union_id in (campaign.unions or []):
            campaign.unions = list(dict.fromkeys(into_id if listed == union.union_id else listed
                                                 for listed in campaign.unions))
    await session.flush()
    return rows_changed(moved)


@dataclass(frozen=True)
class FollowedExample:
    """A new discovered union that chats follow or a campaign names, with the story it was first found in:
    that story's title, text and detected language, and the union ids stored for its cluster."""

    union: DiscoveredInfo
    story_id: int
    title: str | None
    text: str
    language: str | None
    stored_union_ids: frozenset[str]


async def followed_examples(session: AsyncSession) -> list[FollowedExample]:
    """Every new discovered union that a subscription follows or a campaign names and whose example story is
    still stored, with that story (oldest union first)."""
    campaign_ids = {listed for unions in await session.scalars(select(Campaign.unions))
                    for listed in unions or [] if listed.startswith(FOUND_PREFIX)}
    followed = select(Subscription.value).where(Subscription.kind == "union",
                                                Subscription.value.like(FOUND_PREFIX + "%"))
    query = (
        select(DiscoveredUnion, Story.id.label("story_id"), Story.title, Story.text, Story.detected_language, Story.cluster_id)
        .join(Story, Story.id == DiscoveredUnion.example_story_id)
        .where(DiscoveredUnion.status == NEW,
               or_(DiscoveredUnion.union_id.in_(followed), DiscoveredUnion.union_id.in_(sorted(campaign_ids))))
        .order_by(DiscoveredUnion.id)
    )
    rows = (await session.execute(query)).all()
    stored: dict[int, set[str]] = {}
    clusters = sorted({row.cluster_id for row in rows})
    for start in range(0, len(clusters), _IDS_PER_QUERY):
        for cluster_id, value in await session.execute(select(StoryTag.cluster_id, StoryTag.value).where(
                StoryTag.kind == "union", StoryTag.cluster_id.in_(clusters[start:start + _IDS_PER_QUERY]))):
            stored.setdefault(cluster_id, set()).add(value)
    return [FollowedExample(discovered_info(row.DiscoveredUnion), row.story_id, row.title,
                            row.text, row.detected_language, frozenset(stored.get(row.cluster_id, ())))
            for row in rows]


async def reject(session: AsyncSession, union: DiscoveredInfo, decided_by: int | None,
                 now: dt.datetime | None = None) -> list[Follower]:
    """Reject a discovered union: it is never tagged again, its stored tags go, and its followers stop
    following it. Returns the chats that followed it (and can still be reached), to tell them."""
    await session.execute(update(DiscoveredUnion).where(DiscoveredUnion.id == union.id).values(
        status=REJECTED, decided_by=decided_by, decided_at=now or utcnow()))
    followers = [
        Follower(chat_id, chat_type, language)
        for chat_id, chat_type, language in await session.execute(
            select(Subscriber.chat_id, Subscriber.chat_type, Subscriber.language)
            .join(Subscription, and_(Subscription.subscriber_id == Subscriber.id, Subscription.kind == "union",
                                     Subscription.value == union.union_id))
            .where(Subscriber.active.is_(True))
            .order_by(Subscriber.id)
        )
    ]
    await session.execute(delete(Subscription).where(Subscription.kind == "union", Subscription.value == union.union_id))
    await session.execute(delete(StoryTag).where(StoryTag.kind == "union", StoryTag.value == union.union_id))
    await session.flush()
    return followers
