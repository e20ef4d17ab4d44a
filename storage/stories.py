"""Queries for stories and their duplicate clusters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Story, StoryCluster, utcnow


@dataclass(frozen=True)
class NewStory:
    """What the ingest step knows about a story before it is stored."""

    source_id: int
    guid: str
    url: str | None
    canonical_url: str | None
    title: str | None
    text: str
    links: list[dict[str, str]]
    published_at: dt.datetime | None
    content_hash: str
    fingerprint: int  # signed 64-bit
    bands: tuple[int, int, int, int]


async def story_by_guid(session: AsyncSession, source_id: int, guid: str) -> Story | None:
    """The story a source already published under this guid, if any."""
    return await session.scalar(select(Story).where(Story.source_id == source_id, Story.guid == guid))


async def exact_duplicate(session: AsyncSession, story: NewStory) -> Story | None:
    """A stored story from any source with the same canonical URL or the same content."""
    conditions = [Story.content_hash == story.content_hash]
    if story.canonical_url:
        conditions.append(Story.canonical_url == story.canonical_url)
    return await session.scalar(select(Story).where(or_(*conditions)).order_by(Story.id).limit(1))


async def near_duplicate_candidates(session: AsyncSession, bands: tuple[int, int, int, int], limit: int = 200) -> list[Story]:
    """Stored stories sharing at least one fingerprint band: the only ones that can be near duplicates."""
    query = (
        select(Story)
        .where(or_(Story.band0 == bands[0], Story.band1 == bands[1], Story.band2 == bands[2], Story.band3 == bands[3]))
        .order_by(Story.id.desc())
        .limit(limit)
    )
    return list(await session.scalars(query))


async def add_story(session: AsyncSession, story: NewStory, cluster_id: int | None) -> Story:
    """Store a story, in the given cluster or in a new one."""
    if cluster_id is None:
        cluster = StoryCluster(first_seen_at=utcnow())
        session.add(cluster)
        await session.flush()
        cluster_id = cluster.id
    row = Story(
        source_id=story.source_id,
        cluster_id=cluster_id,
        guid=story.guid,
        url=story.url,
        canonical_url=story.canonical_url,
        title=story.title,
        text=story.text,
        links=story.links,
        published_at=story.published_at,
        fetched_at=utcnow(),
        content_hash=story.content_hash,
        fingerprint=story.fingerprint,
        band0=story.bands[0],
        band1=story.bands[1],
        band2=story.bands[2],
        band3=story.bands[3],
    )
    session.add(row)
    await session.flush()
    return row


async def cluster_representatives(session: AsyncSession, limit: int = 50) -> list[Story]:
    """The first story of each of the `limit` newest clusters, oldest first."""
    first_ids = (
        select(func.min(Story.id).label("first_id"))
        .group_by(Story.cluster_id)
        .order_by(func.min(Story.id).desc())
        .limit(limit)
        .subquery()
    )
    return list(await session.scalars(select(Story).where(Story.id.in_(select(first_ids.c.first_id))).order_by(Story.id)))
