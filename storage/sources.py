"""Queries for sources (feeds and corpus paths) and their polling state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import BindParameter, bindparam, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import CorpusFile, Source, column_length, table_of, utcnow
from storage.stories import clipped, without_nul

FEED = "feed"
CORPUS = "corpus"
REMOVED_FROM_CONFIG = "removed from the config file"
REMOVED = "removed"
"""The origin of a feed an admin removed: kept (disabled) so its stories and their alerts stay."""
TITLE_LENGTH = column_length(Source, "title")
ETAG_LENGTH = column_length(Source, "etag")
LAST_MODIFIED_LENGTH = column_length(Source, "last_modified")


def storable_validator(value: str | None, length: int) -> str | None:
    """An HTTP validator (ETag, Last-Modified) as stored, or None when it does not fit the column or
    holds a NUL: a cut validator would never match, so the next poll is simply unconditional."""
    if value is None or len(value) > length or "\x00" in value:
        return None
    return value


@dataclass(frozen=True)
class SourceInfo:
    """A source as the chats see it (a plain copy of its row): what it is, where it comes from, its health."""

    id: int
    kind: str
    location: str
    name: str | None
    title: str | None
    origin: str
    interval_minutes: int
    enabled: bool
    disabled_reason: str | None
    ttl_minutes: int | None
    last_polled_at: dt.datetime | None
    last_success_at: dt.datetime | None
    consecutive_failures: int
    last_error: str | None
    next_poll_at: dt.datetime | None
    item_count: int

    @property
    def label(self) -> str:
        """How the source is named to people: its name, else its title, else its location."""
        return self.name or self.title or self.location


def source_info(row: Source) -> SourceInfo:
    """A plain copy of a source row, usable after its session is closed."""
    return SourceInfo(
        row.id, row.kind, row.location, row.name, row.title, row.origin, row.interval_minutes, row.enabled,
        row.disabled_reason, row.ttl_minutes, row.last_polled_at, row.last_success_at, row.consecutive_failures,
        row.last_error, row.next_poll_at, row.item_count,
    )


@dataclass(frozen=True)
class ConfiguredSource:
    """A source as the config file declares it."""

    kind: str
    location: str
    name: str | None
    interval_minutes: int


async def sync_configured_sources(session: AsyncSession, configured: Iterable[ConfiguredSource]) -> list[Source]:
    """Make the sources table agree with the config: add new ones, update names and intervals, and
    disable config sources that the config no longer lists. Sources added by admins are left alone."""
    wanted = {(item.kind, item.location): item for item in configured}
    existing = {(row.kind, row.location): row for row in await session.scalars(select(Source))}
    for key, item in wanted.items():
        row = existing.get(key)
        if row is None:
            row = Source(kind=item.kind, location=item.location, origin="config", enabled=True)
            session.add(row)
            existing[key] = row
        elif row.origin == REMOVED or (row.origin == "config" and row.disabled_reason == REMOVED_FROM_CONFIG):
            row.origin, row.enabled, row.disabled_reason = "config", True, None
        row.name = item.name or row.name
        row.interval_minutes = item.interval_minutes
    for key, row in existing.items():
        if row.origin == "config" and key not in wanted and row.enabled:
            row.enabled, row.disabled_reason = False, REMOVED_FROM_CONFIG
    await session.flush()
    return [existing[key] for key in wanted]


async def enabled_sources(session: AsyncSession, kind: str | None = None) -> list[Source]:
    """Every enabled source, optionally of one kind, in id order."""
    query = select(Source).where(Source.enabled.is_(True)).order_by(Source.id)
    if kind is not None:
        query = query.where(Source.kind == kind)
    return list(await session.scalars(query))


async def due_feeds(session: AsyncSession, now: dt.datetime | None = None) -> list[Source]:
    """Enabled feeds whose next poll time has come (or that were never polled)."""
    now = now or utcnow()
    query = (
        select(Source)
        .where(Source.kind == FEED, Source.enabled.is_(True))
        .where((Source.next_poll_at.is_(None)) | (Source.next_poll_at <= now))
        .order_by(Source.id)
    )
    return list(await session.scalars(query))


async def all_sources(session: AsyncSession) -> list[SourceInfo]:
    """Every source, enabled or not, in id order (feeds an admin removed are left out)."""
    return [source_info(row) for row in await session.scalars(select(Source).where(Source.origin != REMOVED).order_by(Source.id))]


async def corpus_file(session: AsyncSession, source_id: int, path: str) -> CorpusFile | None:
    """What was recorded when this corpus document was last read."""
    return await session.scalar(select(CorpusFile).where(CorpusFile.source_id == source_id, CorpusFile.path == path))


async def record_corpus_file(
    session: AsyncSession, source_id: int, path: str, *, size: int, mtime_ns: int, content_hash: str,
    story_count: int | None,
) -> None:
    """Remember a document as read, so an unchanged file is not split again (`story_count` None: the
    content is unchanged, only its size or time moved)."""
    row = await corpus_file(session, source_id, path)
    if row is None:
        row = CorpusFile(source_id=source_id, path=path)
        session.add(row)
    row.size, row.mtime_ns, row.content_hash = size, mtime_ns, content_hash
    if story_count is not None:
        row.story_count = story_count
    row.scanned_at = utcnow()
    await session.flush()


async def source_by_id(session: AsyncSession, source_id: int) -> Source:
    """The source with this id (NoResultFound when there is none)."""
    return await session.get_one(Source, source_id)


@dataclass(frozen=True)
class FetchedFeed:
    """What a feed's full answer (not a 304) tells about the feed: its validators, title, size and TTL."""

    etag: str | None
    last_modified: str | None
    title: str | None
    item_count: int
    ttl_seconds: int | None = None


def ttl_minutes(ttl_seconds: int | None) -> int | None:
    """A feed's declared TTL as stored (whole minutes, at least one), or None when it declares none."""
    return max(1, ttl_seconds // 60) if ttl_seconds else None


_SOURCES = table_of(Source)


def _value(column: str, name: str | None = None) -> BindParameter[object]:
    """A parameter typed as the sources column it is written to."""
    return bindparam(name or column, type_=_SOURCES.c[column].type)


_FETCHED_POLL = (
    update(_SOURCES)
    .where(_SOURCES.c.id == bindparam("source_id"))
    .values(
        last_polled_at=_value("last_polled_at", "now"), last_success_at=_value("last_success_at", "now"),
        consecutive_failures=0, last_error=None, failure_reported_at=None,
        etag=_value("etag"), last_modified=_value("last_modified"),
        title=func.coalesce(_value("title"), _SOURCES.c.title),
        ttl_minutes=func.coalesce(_value("ttl_minutes"), _SOURCES.c.ttl_minutes),
        item_count=_value("item_count"), next_poll_at=_value("next_poll_at"),
    )
)


class FetchedPoll(NamedTuple):
    """A poll that got a feed's full answer: when it ran, what it got, and when to poll the feed next."""

    source_id: int
    polled_at: dt.datetime
    fetched: FetchedFeed
    next_poll_at: dt.datetime


async def record_fetched_polls(session: AsyncSession, polls: Sequence[FetchedPoll]) -> None:
    """Record polls that got their feeds' full answers, and their next poll times: what record_poll and
    set_next_poll write for a success, in one prepared UPDATE run for every feed and no read (the hot
    path of every poll)."""
    if not polls:
        return
    await session.execute(_FETCHED_POLL, [
        {
            "source_id": poll.source_id, "now": poll.polled_at,
            "etag": storable_validator(poll.fetched.etag, ETAG_LENGTH),
            "last_modified": storable_validator(poll.fetched.last_modified, LAST_MODIFIED_LENGTH),
            "title": clipped(poll.fetched.title, TITLE_LENGTH) or None, "ttl_minutes": ttl_minutes(poll.fetched.ttl_seconds),
            "item_count": poll.fetched.item_count, "next_poll_at": poll.next_poll_at,
        }
        for poll in polls
    ])


async def record_poll(
    session: AsyncSession, source_id: int, now: dt.datetime, error: str | None, *, item_count: int | None = None,
) -> Source:
    """Record one poll of a source: a failure (`error`) lengthens its failure streak; a success (a 304, or
    a corpus scan with its `item_count`) ends the streak and its report, so the next streak is reported
    again. A full feed answer is recorded by `record_fetched_polls`. Returns the source, to plan its next poll."""
    source = await source_by_id(session, source_id)
    source.last_polled_at = now
    if error is not None:
        source.consecutive_failures += 1
        source.last_error = without_nul(error)
        return source
    source.consecutive_failures = 0
    source.last_error = None
    source.failure_reported_at = None
    source.last_success_at = now
    if item_count is not None:
        source.item_count = item_count
    return source


async def set_next_poll(session: AsyncSession, source: Source, when: dt.datetime) -> None:
    """When to poll a feed next."""
    source.next_poll_at = when
    await session.flush()
