"""Queries for feeds suggested by users (/suggest) and the admins' decisions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import SourceSuggestion

PENDING, ACCEPTED, DECLINED = "pending", "accepted", "declined"


async def pending_for_url(session: AsyncSession, url: str) -> SourceSuggestion | None:
    """A suggestion of this URL still waiting for the admins, if any."""
    query = select(SourceSuggestion).where(SourceSuggestion.url == url, SourceSuggestion.status == PENDING)
    return await session.scalar(query.limit(1))


async def add_suggestion(
    session: AsyncSession, url: str, title: str | None, item_count: int, chat_id: int, user_id: int | None
) -> SourceSuggestion:
    """Store a suggestion that passed its trial fetch, pending."""
    suggestion = SourceSuggestion(url=url, title=title, item_count=item_count, chat_id=chat_id, user_id=user_id)
    session.add(suggestion)
    await session.flush()
    return suggestion


async def decide(
    session: AsyncSession, suggestion_id: int, status: str, admin_id: int | None, now: dt.datetime
) -> SourceSuggestion | None:
    """Record an admin's decision on a pending suggestion; the suggestion (None when unknown). One decided
    before keeps its first decision: check its status."""
    suggestion = await session.get(SourceSuggestion, suggestion_id)
    if suggestion is not None and suggestion.status == PENDING:
        suggestion.status, suggestion.decided_by, suggestion.decided_at = status, admin_id, now
        await session.flush()
    return suggestion
