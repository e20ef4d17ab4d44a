"""Queries behind the admins' "this feed keeps failing" reports."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Source


async def failing_unreported(session: AsyncSession, threshold: int) -> list[Source]:
    """Enabled sources with at least `threshold` failures in a row, not yet reported in this streak.

    A success resets `failure_reported_at` (bot/ingest/pipeline.py), so the next streak is reported again."""
    query = (
        select(Source)
        .where(Source.enabled.is_(True), Source.consecutive_failures >= threshold, Source.failure_reported_at.is_(None))
        .order_by(Source.id)
    )
    return list(await session.scalars(query))


async def mark_reported(session: AsyncSession, source_ids: list[int], now: dt.datetime) -> None:
    """Remember that these failure streaks were reported to the admins."""
    if source_ids:
        await session.execute(update(Source).where(Source.id.in_(source_ids)).values(failure_reported_at=now))


async def last_successful_poll(session: AsyncSession) -> dt.datetime | None:
    """When any feed was last polled successfully (None before the first success)."""
    return await session.scalar(select(func.max(Source.last_success_at)))
