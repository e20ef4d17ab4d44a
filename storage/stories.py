"""Queries for stories and their duplicate clusters."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import CompoundSelect, Row, Select, bindparam, func, insert, select, text, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import dialect_of
from storage.models import Story, StoryCluster, column_length, table_of, utcnow

GUID_LENGTH = column_length(Story, "guid")
URL_LENGTH = column_length(Story, "url")


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
    language: str | None = None  # ISO 639-1: the feed's declared language, else the detected one
    detected_language: str | None = None  # ISO 639-1 from the story's words (None: unsure)


_STORIES = table_of(Story)
"""The stories table: the ingest queries below are Core statements on it, built once, so executing one
skips the ORM's per-execution compile state (a cached ORM select still builds it each time)."""
_KNOWN_GUIDS = select(_STORIES.c.source_id, _STORIES.c.guid).where(
    _STORIES.c.source_id.in_(bindparam("source_ids", expanding=True)), _STORIES.c.guid.in_(bindparam("guids", expanding=True))
)
GUIDS_PER_LOOKUP = 500
"""Guids per known-guid statement: each IN list stays well under the drivers' parameter limits."""


async def known_guids_of_sources(session: AsyncSession, guids_by_source: Mapping[int, Sequence[str]]) -> set[tuple[int, str]]:
    """Which of these (source id, guid) pairs are stored: one statement per GUIDS_PER_LOOKUP distinct
    guids, however many sources ask (a guid another of the sources has is read, then left out)."""
    wanted = {(source_id, guid) for source_id, guids in guids_by_source.items() for guid in guids}
    distinct = list(dict.fromkeys(guid for guids in guids_by_source.values() for guid in guids))
    found: set[tuple[int, str]] = set()
    for start in range(0, len(distinct), GUIDS_PER_LOOKUP):
        values = {"source_ids": list(guids_by_source), "guids": distinct[start : start + GUIDS_PER_LOOKUP]}
        found.update(pair for source_id, guid in await session.execute(_KNOWN_GUIDS, values) if (pair := (source_id, guid)) in wanted)
    return found


@dataclass(frozen=True)
class StoredCandidate:
    """A stored story that may be the same as a new one (same content, canonical URL or a fingerprint band)."""

    cluster_id: int
    fingerprint: int  # signed 64-bit
    content_hash: str
    canonical_url: str | None
    bands: tuple[int, int, int, int]


def _each_limited(*parts: Select[_CandidateRow]) -> CompoundSelect[_CandidateRow]:
    """UNION ALL of queries that each keep their own LIMIT (SQLite takes no LIMIT inside a compound
    SELECT, so each part is wrapped as a subquery)."""
    return union_all(*(select(part.subquery()) for part in parts))


_CandidateRow = tuple[int, int, str, str | None, int, int, int, int]  # cluster, fingerprint, hash, URL, 4 bands
_BANDS = (_STORIES.c.band0, _STORIES.c.band1, _STORIES.c.band2, _STORIES.c.band3)
_CANDIDATE = (_STORIES.c.cluster_id, _STORIES.c.fingerprint, _STORIES.c.content_hash, _STORIES.c.canonical_url, *_BANDS)
NEAR_DUPLICATE_LIMIT = 200
"""Stories read per fingerprint band value when looking for near duplicates."""
LOOKUP_SLOTS = 32
"""Stories looked up per statement: 4 band lookups each keeps a statement under SQLite's 500 terms
of a compound SELECT. Statements are built for 1, 2, 4, 8, then every multiple of SLOT_STEP up to
LOOKUP_SLOTS stories (a short batch is padded by repeating its last story), so each size is compiled
once and then served from the cache, and a feed of 20 items pays for 24 lookups, not 32."""
SLOT_STEP = 8


@functools.cache
def _same_content_or_url(slots: int) -> CompoundSelect[_CandidateRow]:
    """Per story slot: one stored story with its content hash, and one with its canonical URL."""
    return _each_limited(*(
        part
        for slot in range(slots)
        for part in (
            select(*_CANDIDATE).where(_STORIES.c.content_hash == bindparam(f"content_hash{slot}")).limit(1),
            select(*_CANDIDATE).where(_STORIES.c.canonical_url == bindparam(f"canonical_url{slot}")).limit(1),
        )
    ))


@functools.cache
def _sharing_a_band(slots: int) -> CompoundSelect[_CandidateRow]:
    """Per story slot: up to NEAR_DUPLICATE_LIMIT stored stories sharing each of its fingerprint bands."""
    return _each_limited(*(
        select(*_CANDIDATE).where(band == bindparam(f"band{number}_{slot}")).limit(NEAR_DUPLICATE_LIMIT)
        for slot in range(slots)
        for number, band in enumerate(_BANDS)
    ))


def _slot_chunks(stories: Sequence[NewStory]) -> list[tuple[int, list[NewStory]]]:
    """The stories in chunks of at most LOOKUP_SLOTS, each padded with its last story to a statement size."""
    chunks = []
    for start in range(0, len(stories), LOOKUP_SLOTS):
        chunk = list(stories[start : start + LOOKUP_SLOTS])
        slots = 1 << (len(chunk) - 1).bit_length() if len(chunk) <= SLOT_STEP else -(-len(chunk) // SLOT_STEP) * SLOT_STEP
        chunks.append((slots, chunk + [chunk[-1]] * (slots - len(chunk))))
    return chunks


def _candidates(rows: Iterable[Row[_CandidateRow]]) -> list[StoredCandidate]:
    return [
        StoredCandidate(row.cluster_id, row.fingerprint, row.content_hash, row.canonical_url,
                        (row.band0, row.band1, row.band2, row.band3))
        for row in rows
    ]


async def duplicate_candidates(session: AsyncSession, stories: Sequence[NewStory]) -> list[StoredCandidate]:
    """Stored stories (from any source) that new stories may duplicate: for each story one with the same
    content and one with the same canonical URL (one is enough: it names the cluster), and for the
    stories that have neither, up to NEAR_DUPLICATE_LIMIT sharing each fingerprint band (the only ones
    that can be near duplicates). A statement per LOOKUP_SLOTS stories and kind, each part reading one
    index up to its limit, so a cluster of 25,000 copies costs no more to match than one of two."""
    found: list[StoredCandidate] = []
    for slots, chunk in _slot_chunks(stories):
        values: dict[str, str | None] = {}
        for slot, story in enumerate(chunk):
            values[f"content_hash{slot}"] = story.content_hash
            values[f"canonical_url{slot}"] = story.canonical_url  # NULL matches nothing
        found += _candidates(await session.execute(_same_content_or_url(slots), values))
    hashes = {candidate.content_hash for candidate in found}
    urls = {candidate.canonical_url for candidate in found}
    unmatched = [
        story for story in stories
        if story.content_hash not in hashes and (story.canonical_url is None or story.canonical_url not in urls)
    ]
    for slots, chunk in _slot_chunks(unmatched):
        bands = {f"band{number}_{slot}": band for slot, story in enumerate(chunk) for number, band in enumerate(story.bands)}
        found += _candidates(await session.execute(_sharing_a_band(slots), bands))
    return found


_COMMIT_WITHOUT_WAITING = text("SET LOCAL synchronous_commit TO OFF")


async def commit_without_waiting_for_disk(session: AsyncSession) -> None:
    """Let this transaction's COMMIT return before PostgreSQL has flushed it to disk (synchronous_commit
    off, for this transaction only), as SQLite's synchronous=NORMAL (storage.db) already does for every
    commit. A crash can then lose the last such transactions, never tear or corrupt one; a feed's stored
    stories and its poll record commit together, so a lost store is simply fetched and stored again on
    the next poll, and any later commit that waits for the disk (routing's, delivery's) flushes it first.
    Ingest commits once per feed, and waiting for the disk each time cost ~8 ms of wall time per feed."""
    if dialect_of(session) == "postgresql":
        await session.execute(_COMMIT_WITHOUT_WAITING)


STORY_INSERT = insert(_STORIES)
# New clusters are alike (only their first_seen_at), so their ids need not come back in parameter order:
# asking for that order makes SQLAlchemy insert them one row per statement on SQLite.
CLUSTER_INSERT = insert(table_of(StoryCluster)).returning(table_of(StoryCluster).c.id)


async def add_clusters(session: AsyncSession, count: int) -> list[int]:
    """Open `count` new clusters in one statement; returns their ids, ascending."""
    if count == 0:
        return []
    now = utcnow()
    result = await session.execute(CLUSTER_INSERT, [{"first_seen_at": now} for _ in range(count)])
    return sorted(result.scalars())


async def add_stories(session: AsyncSession, stories: Sequence[tuple[NewStory, int]]) -> None:
    """Store stories, each in the given cluster, in one statement. (Core inserts: ingest stores
    thousands of stories, and the ORM's unit of work would double their cost.)"""
    now = utcnow()
    await session.execute(
        STORY_INSERT,
        [
            {
                "source_id": story.source_id, "cluster_id": cluster_id, "guid": story.guid, "url": story.url,
                "canonical_url": story.canonical_url, "title": story.title, "text": story.text, "links": story.links,
                "published_at": story.published_at, "fetched_at": now, "content_hash": story.content_hash,
                "fingerprint": story.fingerprint, "band0": story.bands[0], "band1": story.bands[1],
                "band2": story.bands[2], "band3": story.bands[3], "language": story.language,
                "detected_language": story.detected_language,
            }
            for story, cluster_id in stories
        ],
    )


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
