"""Stories -> matcher -> routing -> outbox: tag new clusters, find the subscriptions they match, queue alerts.

A cluster's tags are stored once; routing joins them to subscriptions through the (kind, value)
indexes, so its cost grows with the subscribers who match, not with all subscriptions. The outbox rows
are written in the same transaction that marks the cluster routed: a crash leaves either both or neither.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.chats import discovered
from bot.matching import KeywordIndex, StoryTags, Tagger, mentions_any
from storage import routing as queries
from storage.db import Session, Sessions
from storage.models import utcnow
from storage.outbox import AlertStatus
from storage.routing import SubscriptionMatch, TagRow

MAX_EVIDENCE = 5
STATUS_FOR_MODE = {"now": AlertStatus.PENDING, "daily": AlertStatus.DIGEST, "weekly": AlertStatus.DIGEST}


def tag_rows(tags: StoryTags) -> list[TagRow]:
    """The tagger's result as rows to store: one per country and union, with distinct evidence strings."""
    rows = [TagRow("country", tag.code, tag.name, tag.salience, _evidence(tag.evidence)) for tag in tags.countries]
    rows += [TagRow("union", tag.union_id, tag.name, tag.salience, _evidence(tag.evidence)) for tag in tags.unions]
    return rows


def _evidence(evidence: Iterable[Any]) -> list[str]:
    seen: list[str] = []
    for item in evidence:
        if item.text not in seen:
            seen.append(item.text)
    return seen[:MAX_EVIDENCE]


def alert_rows(cluster_id: int, story_id: int, matches: Iterable[SubscriptionMatch], now: dt.datetime) -> list[dict[str, Any]]:
    """One outbox row per subscriber (and forum topic), listing every subscription of theirs the story matched
    (for /why)."""
    by_subscriber: dict[tuple[int, int], dict[str, Any]] = {}
    for match in matches:
        row = by_subscriber.setdefault(
            (match.subscriber_id, match.message_thread_id),
            {
                "subscriber_id": match.subscriber_id,
                "message_thread_id": match.message_thread_id,
                "cluster_id": cluster_id,
                "story_id": story_id,
                "status": STATUS_FOR_MODE.get(match.delivery_mode, AlertStatus.PENDING),
                "matched": [],
                "due_at": now,
                "attempts": 0,
                "created_at": now,
            },
        )
        entry: dict[str, object] = {"kind": match.kind, "value": match.value, "label": match.label, "salience": match.salience, "evidence": match.evidence}
        if match.subscription_id is not None:
            entry["subscription_id"] = match.subscription_id
        if entry not in row["matched"]:
            row["matched"].append(entry)
    return list(by_subscriber.values())


def matching_keyword_queries(keywords: KeywordIndex, title: str | None, text: str) -> dict[str, list[str]]:
    """The followed keyword queries a story matches, each with its include terms as evidence."""
    return {query: list(parsed.include)[:MAX_EVIDENCE] for query, parsed in keywords.matches(title, text).items()}


@dataclass
class RoutingSummary:
    """How many clusters were tagged and routed, and how many alerts were queued."""

    tagged: int = 0
    routed: int = 0
    alerts: int = 0


async def tag_cluster(session: Session, tagger: Tagger, cluster_id: int) -> StoryTags:
    """Tag a cluster by its first story and store the tags, with its discovered unions recorded and
    settled (merged ones under their directory id, rejected ones dropped). The tagger runs in a worker thread: a
    long story takes it seconds, which on the event loop would hold up every chat update and send meanwhile."""
    story = await queries.first_story(session, cluster_id)
    tagged = await asyncio.to_thread(tagger.tag, story.title, story.text, story.detected_language)
    tags = await discovered.record_and_settle(session, tagged, story.id)
    await queries.replace_tags(session, cluster_id, tag_rows(tags))
    return tags


async def route_cluster(session: Session, cluster_id: int, keywords: KeywordIndex, now: dt.datetime) -> int:
    """Queue the alerts for one tagged cluster and mark it routed; returns how many rows were written."""
    story = await queries.first_story(session, cluster_id)
    matches = [match for match in await queries.tag_matches(session, cluster_id)
               if not (match.exclude and mentions_any(match.exclude, story.title, story.text))]
    keyword_evidence = matching_keyword_queries(keywords, story.title, story.text)
    matches += await queries.keyword_matches(session, list(keyword_evidence), keyword_evidence)
    rows = alert_rows(cluster_id, story.id, matches, now)
    await queries.queue_alerts(session, rows)
    await queries.mark_routed(session, cluster_id, now)
    return len(rows)


async def process_new_clusters(
    sessions: Sessions, tagger: Tagger, keywords: KeywordIndex | None = None
) -> RoutingSummary:
    """Tag every untagged cluster, then route every unrouted one (each cluster in its own transaction).

    `keywords` is the process's index of followed keyword queries, kept between calls so that only
    the queries added or removed since the last call are re-indexed; without it one is built here.
    """
    keywords = keywords if keywords is not None else KeywordIndex()
    summary = RoutingSummary()
    while True:
        async with sessions() as session:
            untagged = await queries.untagged_clusters(session)
        if not untagged:
            break
        for cluster_id in untagged:
            async with sessions.begin() as session:
                await tag_cluster(session, tagger, cluster_id)
            summary.tagged += 1
    while True:
        async with sessions() as session:
            unrouted = await queries.unrouted_clusters(session)
            if unrouted:
                keywords.update(await queries.keyword_queries(session))
        if not unrouted:
            break
        for cluster_id in unrouted:
            async with sessions.begin() as session:
                summary.alerts += await route_cluster(session, cluster_id, keywords, utcnow())
            summary.routed += 1
    return summary
