"""Queries on the unions admins added from the chat (the `union_records` table)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import UnionRecord

__all__ = ["admin_added"]


async def admin_added(session: AsyncSession) -> list[UnionRecord]:
    """Every union an admin added, oldest first."""
    return list(await session.scalars(select(UnionRecord).order_by(UnionRecord.id)))
