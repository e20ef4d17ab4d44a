"""Queries for the unions admins add to the directory from the chat (/addunion)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import UnionRecord


@dataclass(frozen=True)
class UnionInfo:
    """A union stored from the chat, as a plain copy of its row."""

    union_id: str
    name: str
    acronyms: tuple[str, ...]
    aliases: tuple[str, ...]
    country: str | None


async def union_ids(session: AsyncSession) -> set[str]:
    """The ids of every union stored from the chat."""
    return set(await session.scalars(select(UnionRecord.union_id)))


async def add_union(
    session: AsyncSession, union_id: str, name: str, acronyms: Sequence[str], aliases: Sequence[str],
    country: str | None, added_by: int | None,
) -> UnionInfo:
    """Store a union an admin added; the caller chose a free `union_id`."""
    session.add(UnionRecord(union_id=union_id, name=name, acronyms=list(acronyms), aliases=list(aliases),
                            country=country, added_by=added_by))
    await session.flush()
    return UnionInfo(union_id, name, tuple(acronyms), tuple(aliases), country)


async def admin_added(session: AsyncSession) -> list[UnionInfo]:
    """Every union an admin added, oldest first."""
    records = await session.scalars(select(UnionRecord).order_by(UnionRecord.id))
    return [UnionInfo(record.union_id, record.name, tuple(record.acronyms or ()), tuple(record.aliases or ()), record.country)
            for record in records]
