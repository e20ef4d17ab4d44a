"""Queries behind the admin commands: feeds added, paused and removed from the chat, and the numbers /stats shows."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Alert, Source, Story, StoryCluster
from storage.sources import FEED


async def feed_by_url(session: AsyncSession, url: str) -> Source | None:
    """The feed source with this URL, if any."""
    return await session.scalar(select(Source).where(Source.kind == FEED, Source.location == url))


async def add_feed(
    session: AsyncSession, url: str, *, name: str | None, title: str | None, interval_minutes: int,
    item_count: int, added_by: int | None,
) -> Source:
    """Store a feed added by an admin; it is due for polling at once."""
    source = Source(
        kind=FEED, location=url, name=name, title=title, origin="admin", interval_minutes=interval_minutes,
        enabled=True, item_count=item_count, added_by=added_by,
    )
    session.add(source)
    await session.flush()
    return source


async def feeds(session: AsyncSession) -> list[Source]:
    """Every feed source (not corpus paths), enabled or not, in id order."""
    return list(await session.scalars(select(Source).where(Source.kind == FEED).order_by(Source.id)))


async def delete_source(session: AsyncSession, source: Source) -> None:
    """Remove a source with its stories, and the story clusters left without any story."""
    await session.execute(delete(Story).where(Story.source_id == source.id))
    await session.delete(source)
    await session.flush()
    await session.execute(delete(StoryCluster).where(~exists().where(Story.cluster_id == StoryCluster.id)))


async def stories_since(session: AsyncSession, since: dt.datetime) -> int:
    """How many stories were stored since `since`."""
    return await session.scalar(select(func.count(Story.id)).where(Story.fetched_at >= since)) or 0


async def alert_counts(session: AsyncSession) -> dict[str, int]:
    """How many outbox rows are in each status."""
    rows = await session.execute(select(Alert.status, func.count(Alert.id)).group_by(Alert.status))
    return {status: count for status, count in rows}


async def failing_sources(session: AsyncSession) -> list[Source]:
    """Enabled sources whose last poll failed, most consecutive failures first."""
    query = (
        select(Source)
        .where(Source.enabled.is_(True), Source.consecutive_failures > 0)
        .order_by(Source.consecutive_failures.desc(), Source.id)
    )
    return list(await session.scalars(query))
