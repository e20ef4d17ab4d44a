"""Queries reading stored stories as alerts, digests and "latest on" lists show them: the story, its
source's names and its cluster's tags, as plain records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from storage.db import Session
from storage.models import Story, StoryCluster, StoryTag

CHUNK = 1000  # story ids per query
RECENT_STORIES = 500  # how far back a keyword's "latest on" list looks


@dataclass(slots=True)  # not frozen: the action chooser's TagLike/StoryLike protocols name plain attributes
class StoredTag:
    """One of a cluster's tags: a country or union, primary or mentioned."""

    kind: str
    value: str
    label: str
    salience: str


@dataclass(slots=True)
class StoryRecord:
    """A stored story with its source's names and (when asked for) its cluster's tags, primary first."""

    id: int
    cluster_id: int
    title: str | None
    text: str
    url: str | None
    links: tuple[dict[str, str], ...]
    published_at: dt.datetime | None
    fetched_at: dt.datetime
    source_kind: str | None = None
    source_location: str | None = None
    source_name: str | None = None
    source_title: str | None = None
    tags: tuple[StoredTag, ...] = ()


def _record(story: Story, tags: tuple[StoredTag, ...] = ()) -> StoryRecord:
    source = story.source
    return StoryRecord(
        story.id, story.cluster_id, story.title, story.text or "", story.url, tuple(story.links or ()),
        story.published_at, story.fetched_at,
        source.kind if source else None, source.location if source else None,
        source.name if source else None, source.title if source else None, tags,
    )


async def stories_with_tags(session: Session, story_ids: Iterable[int]) -> dict[int, StoryRecord]:
    """These stories (those still stored) with their clusters' tags, by id: two queries per thousand
    stories and one for their sources."""
    ids = sorted(set(story_ids))
    found: dict[int, StoryRecord] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        stories = list(await session.scalars(select(Story).options(selectinload(Story.source)).where(Story.id.in_(chunk))))
        cluster_ids = {story.cluster_id for story in stories}
        tags: dict[int, list[StoredTag]] = {}
        query = (
            select(StoryTag.cluster_id, StoryTag.kind, StoryTag.value, StoryTag.label, StoryTag.salience)
            .where(StoryTag.cluster_id.in_(cluster_ids))
            .order_by(StoryTag.salience.desc(), StoryTag.id)
        )
        for cluster_id, kind, value, label, salience in await session.execute(query):
            tags.setdefault(cluster_id, []).append(StoredTag(kind, value, label, salience))
        for story in stories:
            found[story.id] = _record(story, tuple(tags.get(story.cluster_id, ())))
    return found


async def newest_tagged_stories(session: Session, kind: str, value: str, limit: int) -> list[StoryRecord]:
    """The first story of each of the `limit` newest clusters tagged (primary) with this country or union."""
    cluster_ids = (
        select(StoryTag.cluster_id)
        .join(StoryCluster, StoryCluster.id == StoryTag.cluster_id)
        .where(StoryTag.kind == kind, StoryTag.value == value, StoryTag.salience == "primary")
        .order_by(StoryCluster.first_seen_at.desc(), StoryCluster.id.desc())
        .limit(limit)
    )
    ids = list(await session.scalars(cluster_ids))
    if not ids:
        return []
    first_ids = select(func.min(Story.id)).where(Story.cluster_id.in_(ids)).group_by(Story.cluster_id)
    stories = await session.scalars(select(Story).options(selectinload(Story.source)).where(Story.id.in_(first_ids)))
    return [_record(story) for story in stories]


async def tag_label(session: Session, kind: str, value: str) -> str | None:
    """The label stories were tagged with for this country or union (None when no story has it)."""
    label: str | None = await session.scalar(select(StoryTag.label).where(StoryTag.kind == kind, StoryTag.value == value).limit(1))
    return label


async def recent_stories(session: Session, limit: int = RECENT_STORIES) -> list[StoryRecord]:
    """The most recently fetched stories, newest first."""
    query = select(Story).options(selectinload(Story.source)).order_by(Story.fetched_at.desc(), Story.id.desc()).limit(limit)
    return [_record(story) for story in await session.scalars(query)]
