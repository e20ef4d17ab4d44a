"""Queries for feeds suggested by users (/suggest) and the admins' decisions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import SourceSuggestion

PENDING, ACCEPTED, DECLINED = "pending", "accepted", "declined"


@dataclass(frozen=True)
class SuggestionInfo:
    """A suggested feed as the chats see it (a plain copy of its row)."""

    id: int
    url: str
    title: str | None
    item_count: int
    chat_id: int
    user_id: int | None
    status: str


def suggestion_info(row: SourceSuggestion) -> SuggestionInfo:
    """A plain copy of a suggestion's row, usable after its session is closed."""
    return SuggestionInfo(row.id, row.url, row.title, row.item_count, row.chat_id, row.user_id, row.status)


async def suggestion(session: AsyncSession, suggestion_id: int) -> SuggestionInfo | None:
    """One suggestion by its number, whatever its status."""
    row = await session.get(SourceSuggestion, suggestion_id)
    return suggestion_info(row) if row is not None else None


async def pending_for_url(session: AsyncSession, url: str) -> SuggestionInfo | None:
    """A suggestion of this URL still waiting for the admins, if any."""
    query = select(SourceSuggestion).where(SourceSuggestion.url == url, SourceSuggestion.status == PENDING)
    row = await session.scalar(query.limit(1))
    return suggestion_info(row) if row is not None else None


async def add_suggestion(
    session: AsyncSession, url: str, title: str | None, item_count: int, chat_id: int, user_id: int | None
) -> SuggestionInfo:
    """Store a suggestion that passed its trial fetch, pending."""
    row = SourceSuggestion(url=url, title=title, item_count=item_count, chat_id=chat_id, user_id=user_id)
    session.add(row)
    await session.flush()
    return suggestion_info(row)


async def decide(
    session: AsyncSession, suggestion_id: int, status: str, admin_id: int | None, now: dt.datetime
) -> SuggestionInfo | None:
    """Record an admin's decision on a pending suggestion; the suggestion (None when unknown). One decided
    before keeps its first decision: check its status."""
    row = await session.get(SourceSuggestion, suggestion_id)
    if row is not None and row.status == PENDING:
        row.status, row.decided_by, row.decided_at = status, admin_id, now
        await session.flush()
    return suggestion_info(row) if row is not None else None
