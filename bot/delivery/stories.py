"""What a message about a story needs, read from storage: the story as alerts show it and the action it
carries (shared by the outbox worker, the digests and `solidarity-bot preview`, so the preview shows
exactly what a subscriber gets), the campaigns stories can carry, and a new subscriber's "latest on" list.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from bot.chats.campaigns import Action, CampaignInfo, campaign_info, choose_action
from bot.compose.alert import AlertStory, compose_latest
from bot.delivery.outcomes import in_transaction
from bot.matching import keyword_matches
from bot.matching.topics import Topic
from storage import alert_stories, outbox
from storage import campaigns as campaign_queries
from storage.alert_stories import StoryRecord
from storage.db import Session, Sessions

SAMPLE_SOURCE_NAME = "Sample corpus"
CACHED_STORIES = 2048  # story contexts the outbox worker keeps (a fan-out sends one story to many chats)


@dataclass(frozen=True)
class StoryContext:
    """A story as alerts show it and its chosen action, shared by every alert for it."""

    story: AlertStory
    action: Action | None = None


def display_source(story: StoryRecord) -> str:
    """How a story's source is named in alerts."""
    if story.source_kind is None:
        return ""
    if story.source_kind == "corpus" and story.source_location == "@sample" and not story.source_name:
        return SAMPLE_SOURCE_NAME
    return story.source_name or story.source_title or story.source_location or ""


def alert_story(story: StoryRecord) -> AlertStory:
    """A stored story as an AlertStory."""
    published = story.published_at.date() if story.published_at else None
    return AlertStory(story_id=story.id, title=story.title, text=story.text, url=story.url,
                      source=display_source(story), published=published, links=story.links)


async def active_campaigns(session: Session, today: dt.date) -> list[CampaignInfo]:
    """The campaigns stories can carry on `today`."""
    return [campaign_info(row) for row in await campaign_queries.active_campaigns(session, today)]


async def load_story_contexts(
    session: Session, story_ids: Iterable[int], campaigns: Sequence[CampaignInfo], today: dt.date | None = None
) -> dict[int, StoryContext]:
    """The contexts of these stories (those still stored), by id."""
    found = await alert_stories.stories_with_tags(session, story_ids)
    return {story_id: StoryContext(alert_story(story), choose_action(story, story.tags, campaigns, today))
            for story_id, story in found.items()}


async def load_story_context(
    session: Session, story_id: int, campaigns: Sequence[CampaignInfo], today: dt.date | None = None
) -> StoryContext | None:
    """One story's context (None if it is gone)."""
    return (await load_story_contexts(session, [story_id], campaigns, today)).get(story_id)


async def latest_on_topic(session: Session, kind: str, value: str, limit: int = 3, label: str | None = None) -> str | None:
    """A short HTML "Latest on <topic>" list (the newest `limit` stories) for a new subscriber, or None
    when nothing about the topic is stored yet. Never queues alerts: a new subscriber is not flooded."""
    if kind in ("country", "union"):
        stories = await alert_stories.newest_tagged_stories(session, kind, value, limit)
        if not stories:
            return None
        label = label or await alert_stories.tag_label(session, kind, value)
    elif kind == "keyword":
        stories, seen_clusters = [], set()
        for story in await alert_stories.recent_stories(session):
            if story.cluster_id not in seen_clusters and keyword_matches(value, story.title, story.text):
                seen_clusters.add(story.cluster_id)
                stories.append(story)
                if len(stories) >= limit:
                    break
        if not stories:
            return None
    else:
        return None
    stories.sort(key=lambda story: (story.published_at or story.fetched_at, story.id), reverse=True)
    return compose_latest(Topic(kind, value, label or value), [alert_story(story) for story in stories[:limit]])


class StoryCache:
    """The outbox worker's story contexts: each loaded once however many chats wait for it at the same time
    (a fan-out starts hundreds of workers on one story: one query, not hundreds queueing for the pool),
    the least recently used dropped past CACHED_STORIES. `refresh` (at the start of each run) re-reads the
    campaigns and forgets the stories, whose actions may have changed with them. `urgent_stories` says
    which stories of due alerts carry an urgent campaign (their alerts are claimed first)."""

    def __init__(self, sessions: Sessions, clock: Callable[[], dt.datetime]) -> None:
        self.sessions = sessions
        self.clock = clock
        self.campaigns: list[CampaignInfo] = []
        self.urgent_campaigns: frozenset[int] = frozenset()  # ids of the campaigns whose alerts take the paid lane
        self._contexts: OrderedDict[int, asyncio.Future[StoryContext | None]] = OrderedDict()
        self._urgent: dict[int, bool] = {}  # story id -> whether it carries an urgent campaign, for this run

    async def refresh(self) -> None:
        """Re-read the campaigns stories can carry and forget every loaded story."""
        self.campaigns = await in_transaction(self.sessions, "read the campaigns",
                                              lambda session: active_campaigns(session, self.clock().date()))
        self.urgent_campaigns = frozenset(campaign.id for campaign in self.campaigns if campaign.urgent and campaign.id is not None)
        self._contexts.clear()
        self._urgent.clear()

    async def urgent_stories(self) -> frozenset[int]:
        """The stories of due pending alerts whose action is an urgent campaign's (none without urgent
        campaigns); each story is sorted once a run."""
        if not self.urgent_campaigns:
            return frozenset()

        async def sort(session: Session) -> frozenset[int]:
            due = await outbox.due_story_ids(session, self.clock())
            unsorted = due - self._urgent.keys()
            if unsorted:
                contexts = await load_story_contexts(session, unsorted, self.campaigns, self.clock().date())
                for story_id in unsorted:
                    context = contexts.get(story_id)
                    action = context.action if context else None
                    self._urgent[story_id] = action is not None and action.campaign_id in self.urgent_campaigns
            return frozenset(story_id for story_id in due if self._urgent[story_id])

        return await in_transaction(self.sessions, "find the alerts of urgent campaigns", sort)

    async def context(self, story_id: int) -> StoryContext | None:
        """The story's context (None when it is no longer stored)."""
        loading = self._contexts.get(story_id)
        if loading is None:

            async def load(session: Session) -> StoryContext | None:
                return await load_story_context(session, story_id, self.campaigns, self.clock().date())

            loading = asyncio.ensure_future(in_transaction(self.sessions, "load a story", load))
            self._contexts[story_id] = loading
            if len(self._contexts) > CACHED_STORIES:
                self._contexts.popitem(last=False)
        else:
            self._contexts.move_to_end(story_id)
            if loading.done() and not loading.cancelled() and loading.exception() is None:
                return loading.result()  # loaded: no shield (and no future of its own) for each alert
        try:
            return await asyncio.shield(loading)
        except Exception:
            if self._contexts.get(story_id) is loading:
                del self._contexts[story_id]  # the next worker tries again
            raise
