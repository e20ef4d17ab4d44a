"""Queries for stories and their duplicate clusters."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import CompoundSelect, Select, bindparam, func, insert, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Story, StoryCluster, utcnow

GUID_LENGTH: int = Story.__table__.c.guid.type.length
URL_LENGTH: int = Story.__table__.c.url.type.length


def without_nul(text: str) -> str:
    """The text without NUL characters, which PostgreSQL text columns refuse (SQLite would store them)."""
    return text.replace("\x00", "")


def clipped(text: str | None, length: int) -> str | None:
    """NUL-free text cut to fit a column of `length` characters (ending in "…" when cut)."""
    if text is None:
        return None
    text = without_nul(text)
    return text if len(text) <= length else text[: length - 1] + "…"


def storable_guid(guid: str) -> str:
    """A guid as stored: NUL-free, and replaced by its SHA-256 when too long for the column (a cut guid
    could collide with another; the hash is stable, so the entry is still recognised on the next poll)."""
    guid = without_nul(guid)
    if len(guid) <= GUID_LENGTH:
        return guid
    return "sha256:" + hashlib.sha256(guid.encode("utf-8", "surrogatepass")).hexdigest()


def storable_url(url: str | None) -> str | None:
    """A URL as stored: NUL-free, or None when too long for the column (a cut URL leads nowhere)."""
    if url is None:
        return None
    url = without_nul(url)
    return url if len(url) <= URL_LENGTH else None


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
    language: str | None = None  # ISO 639-1


async def story_by_guid(session: AsyncSession, source_id: int, guid: str) -> Story | None:
    """The story a source already published under this guid, if any."""
    return await session.scalar(select(Story).where(Story.source_id == source_id, Story.guid == guid))


async def known_guids(session: AsyncSession, source_id: int, guids: Sequence[str]) -> set[str]:
    """Which of these guids the source already has."""
    found: set[str] = set()
    for start in range(0, len(guids), 500):  # keep each IN list well under the drivers' parameter limits
        chunk = list(guids[start : start + 500])
        query = select(Story.guid).where(Story.source_id == source_id, Story.guid.in_(chunk))
        found.update(await session.scalars(query))
    return found


@dataclass(frozen=True)
class DuplicateCandidate:
    """A stored story that may be the same as a new one: `exact` when its canonical URL or content is equal."""

    cluster_id: int
    fingerprint: int  # signed 64-bit
    exact: bool


def _each_limited(*parts: Select[tuple[int, int]]) -> CompoundSelect:
    """UNION ALL of queries that each keep their own LIMIT (SQLite takes no LIMIT inside a compound
    SELECT, so each part is wrapped as a subquery)."""
    return union_all(*(select(part.subquery()) for part in parts))


_CANDIDATE = (Story.cluster_id, Story.fingerprint)
_SAME_CONTENT = select(*_CANDIDATE).where(Story.content_hash == bindparam("content_hash")).limit(1)
_SAME_URL = select(*_CANDIDATE).where(Story.canonical_url == bindparam("canonical_url")).limit(1)
_SAME_CONTENT_OR_URL = _each_limited(_SAME_CONTENT, _SAME_URL)
NEAR_DUPLICATE_LIMIT = 200
"""Stories read per fingerprint band when looking for near duplicates."""
_SHARING_A_BAND = _each_limited(*(
    select(*_CANDIDATE).where(band == bindparam(f"band{number}")).limit(NEAR_DUPLICATE_LIMIT)
    for number, band in enumerate((Story.band0, Story.band1, Story.band2, Story.band3))
))


async def duplicate_candidates(session: AsyncSession, story: NewStory) -> list[DuplicateCandidate]:
    """A stored story from any source with the same content or canonical URL (one is enough: it names
    the cluster), else up to NEAR_DUPLICATE_LIMIT stories sharing each fingerprint band (the only ones
    that can be near duplicates). Each lookup reads one index and stops at its limit, so a cluster of
    25,000 copies of one item (a feed repeating it under new guids) costs no more to match than one of two."""
    if story.canonical_url:
        exact = _SAME_CONTENT_OR_URL, {"content_hash": story.content_hash, "canonical_url": story.canonical_url}
    else:
        exact = _SAME_CONTENT, {"content_hash": story.content_hash}
    found = (await session.execute(*exact)).first()
    if found is not None:
        return [DuplicateCandidate(found.cluster_id, found.fingerprint, exact=True)]
    bands = {f"band{number}": value for number, value in enumerate(story.bands)}
    return [
        DuplicateCandidate(cluster_id, fingerprint, exact=False)
        for cluster_id, fingerprint in await session.execute(_SHARING_A_BAND, bands)
    ]


STORY_INSERT = insert(Story.__table__)
CLUSTER_INSERT = insert(StoryCluster.__table__).returning(StoryCluster.__table__.c.id)


async def add_story(session: AsyncSession, story: NewStory, cluster_id: int | None) -> int:
    """Store a story, in the given cluster or in a new one; returns its cluster id. (Core inserts:
    ingest stores thousands of stories, and the ORM's unit of work would double their cost.)"""
    now = utcnow()
    if cluster_id is None:
        cluster_id = (await session.execute(CLUSTER_INSERT, {"first_seen_at": now})).scalar_one()
    await session.execute(
        STORY_INSERT,
        {
            "source_id": story.source_id, "cluster_id": cluster_id, "guid": story.guid, "url": story.url,
            "canonical_url": story.canonical_url, "title": story.title, "text": story.text, "links": story.links,
            "published_at": story.published_at, "fetched_at": now, "content_hash": story.content_hash,
            "fingerprint": story.fingerprint, "band0": story.bands[0], "band1": story.bands[1],
            "band2": story.bands[2], "band3": story.bands[3], "language": story.language,
        },
    )
    return cluster_id


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
