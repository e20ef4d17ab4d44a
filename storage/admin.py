"""Queries behind the admin commands: feeds added, paused and removed from the chat, and the numbers /stats shows."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Alert, Source, Story
from storage.sources import FEED, REMOVED, SourceInfo, source_info

REMOVED_BY_ADMIN = "removed by an admin"


async def _feed_row(session: AsyncSession, url: str) -> Source | None:
    return await session.scalar(select(Source).where(Source.kind == FEED, Source.location == url))


async def feed_by_url(session: AsyncSession, url: str) -> SourceInfo | None:
    """The feed source with this URL, if any (an admin-removed one included)."""
    row = await _feed_row(session, url)
    return source_info(row) if row is not None else None


async def feed_by_id(session: AsyncSession, source_id: int) -> SourceInfo | None:
    """The feed source with this number, if any (an admin-removed one included)."""
    row = await session.get(Source, source_id)
    return source_info(row) if row is not None and row.kind == FEED else None


async def add_feed(
    session: AsyncSession, url: str, *, name: str | None, title: str | None, interval_minutes: int,
    item_count: int, added_by: int | None,
) -> SourceInfo:
    """Store a feed added by an admin (bringing back one removed earlier); it is due for polling at once."""
    source = await _feed_row(session, url)
    if source is None:
        source = Source(kind=FEED, location=url)
        session.add(source)
    source.name, source.title, source.origin, source.interval_minutes = name, title, "admin", interval_minutes
    source.enabled, source.disabled_reason, source.next_poll_at = True, None, None
    source.item_count, source.added_by = item_count, added_by
    await session.flush()
    return source_info(source)


async def feeds(session: AsyncSession) -> list[SourceInfo]:
    """Every feed source (not corpus paths), enabled or not, in id order; removed ones left out."""
    query = select(Source).where(Source.kind == FEED, Source.origin != REMOVED).order_by(Source.id)
    return [source_info(row) for row in await session.scalars(query)]


async def remove_source(session: AsyncSession, source_id: int) -> SourceInfo | None:
    """Stop polling a source and hide it from the feed lists; the source as it is now (None when unknown).
    Its stories stay, so alerts already queued for them are still delivered and /why still explains the ones sent."""
    source = await session.get(Source, source_id)
    if source is None:
        return None
    source.origin, source.enabled, source.disabled_reason = REMOVED, False, REMOVED_BY_ADMIN
    await session.flush()
    return source_info(source)


async def set_enabled(session: AsyncSession, source_id: int, enabled: bool, reason: str | None) -> SourceInfo | None:
    """Resume (polled at the next round) or pause a source, with the reason it is paused; None when unknown."""
    source = await session.get(Source, source_id)
    if source is None:
        return None
    source.enabled, source.disabled_reason = enabled, reason
    if enabled:
        source.next_poll_at = None
    await session.flush()
    return source_info(source)


async def stories_since(session: AsyncSession, since: dt.datetime) -> int:
    """How many stories were stored since `since`."""
    return await session.scalar(select(func.count(Story.id)).where(Story.fetched_at >= since)) or 0


async def alert_counts(session: AsyncSession) -> dict[str, int]:
    """How many outbox rows are in each status."""
    rows = await session.execute(select(Alert.status, func.count(Alert.id)).group_by(Alert.status))
    return {status: count for status, count in rows}


async def failing_sources(session: AsyncSession) -> list[SourceInfo]:
    """Enabled sources whose last poll failed, most consecutive failures first."""
    query = (
        select(Source)
        .where(Source.enabled.is_(True), Source.consecutive_failures > 0)
        .order_by(Source.consecutive_failures.desc(), Source.id)
    )
    return [source_info(row) for row in await session.scalars(query)]
