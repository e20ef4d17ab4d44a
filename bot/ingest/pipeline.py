"""Sources -> stories: poll feeds and scan corpus paths, store each story once per source, cluster duplicates.

Each source is stored in its own transaction, so one failing source never loses another's stories.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.ingest import dedup
from bot.config import SAMPLE_CORPUS, Config
from bot.ingest.language import story_language
from bot.ingest.corpus import (
    CorpusReadError,
    bundled_sample_corpus,
    list_corpus_files,
    read_document,
    split_document,
)
from bot.ingest.feeds import FeedEntry, FeedRequest, FetchResult, FetchSettings, backoff_delay, fetch_feeds
from storage import sources as source_queries
from storage import stories as story_queries
from storage.models import Source, utcnow
from storage.stories import NewStory

NEW, DUPLICATE, KNOWN = "new", "duplicate", "known"
Item = TypeVar("Item")
SAMPLE_CORPUS_NAME = "Sample corpus"
POLL_JITTER = 0.1  # +-10% on each feed's next poll, so feeds added together do not stay in step


@dataclass
class SourceReport:
    """What one poll of one source found."""

    source_id: int
    label: str
    new: int = 0
    duplicates: int = 0
    known: int = 0
    unchanged: bool = False
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.error is not None


@dataclass
class IngestSummary:
    """Totals over every source polled, and the clusters that are new (to be tagged and routed)."""

    reports: list[SourceReport] = field(default_factory=list)
    new_cluster_ids: list[int] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(report.new for report in self.reports)

    @property
    def duplicates(self) -> int:
        return sum(report.duplicates for report in self.reports)

    @property
    def unchanged(self) -> int:
        return sum(1 for report in self.reports if report.unchanged)

    @property
    def failed(self) -> list[SourceReport]:
        return [report for report in self.reports if report.failed]

    def lines(self) -> list[str]:
        """A plain-text summary: totals, then each failure and warning with its reason."""
        lines = [
            f"{len(self.reports)} {'source' if len(self.reports) == 1 else 'sources'} polled: {self.new} new "
            f"{'story' if self.new == 1 else 'stories'}, {self.duplicates} {'duplicate' if self.duplicates == 1 else 'duplicates'}, "
            f"{self.unchanged} {'source' if self.unchanged == 1 else 'sources'} unchanged, {len(self.failed)} failed"
        ]
        lines += [f"  failed: {report.label}: {report.error}" for report in self.failed]
        lines += [f"  warning: {report.label}: {warning}" for report in self.reports for warning in report.warnings]
        return lines


class Progress(Protocol):
    """Told how many sources an ingest run polls, then of each one done."""

    def start(self, total: int) -> None: ...

    def step(self, label: str) -> None: ...


def source_label(source: Source) -> str:
    """How a source is named to people: its name, else its title, else its location."""
    return source.name or source.title or source.location


async def sync_sources(sessions: async_sessionmaker[AsyncSession], config: Config) -> None:
    """Bring the sources table in line with the config's feeds and corpus paths."""
    configured = [
        source_queries.ConfiguredSource(source_queries.FEED, feed.url, feed.name, feed.interval_minutes)
        for feed in config.feeds
    ] + [
        source_queries.ConfiguredSource(
            source_queries.CORPUS, path, SAMPLE_CORPUS_NAME if path == SAMPLE_CORPUS else None, config.corpus.interval_minutes
        )
        for path in config.corpus.paths
    ]
    async with sessions.begin() as session:
        await source_queries.sync_configured_sources(session, configured)


async def store_story(session: AsyncSession, story: NewStory) -> tuple[str, int]:
    """Store a story unless its source already has it; returns (new | duplicate | known, cluster id)."""
    existing = await story_queries.story_by_guid(session, story.source_id, story.guid)
    if existing is not None:
        return KNOWN, existing.cluster_id
    return await _store_unknown_story(session, story)


async def _store_unknown_story(session: AsyncSession, story: NewStory) -> tuple[str, int]:
    """Store a story its source does not have yet, in the cluster of a duplicate from any source if there is one."""
    candidates = await story_queries.duplicate_candidates(session, story)
    unsigned = dedup.to_unsigned64(story.fingerprint)
    exact = next((candidate.cluster_id for candidate in candidates if candidate.exact), None)
    cluster_id = exact if exact is not None else next(
        (
            candidate.cluster_id
            for candidate in candidates
            if dedup.is_near_duplicate(unsigned, dedup.to_unsigned64(candidate.fingerprint))
        ),
        None,
    )
    stored_in = await story_queries.add_story(session, story, cluster_id)
    return (NEW if cluster_id is None else DUPLICATE), stored_in


def new_story(
    source_id: int,
    guid: str,
    title: str | None,
    text: str,
    *,
    url: str | None = None,
    links: Iterable[dict[str, str]] = (),
    published_at: dt.datetime | None = None,
    declared_language: str | None = None,
) -> NewStory:
    """A story ready to store, with its canonical URL, fingerprints and language (the declared one when it
    names a language, else detected) computed."""
    content_hash, fingerprint = dedup.story_fingerprints(title, text)
    return NewStory(
        source_id=source_id,
        guid=guid,
        url=url,
        canonical_url=dedup.canonical_url(url),
        title=title,
        text=text,
        links=list(links),
        published_at=published_at,
        content_hash=content_hash,
        fingerprint=dedup.to_signed64(fingerprint),
        bands=dedup.fingerprint_bands(fingerprint),
        language=story_language(title, text, declared_language),
    )


async def _store_all(
    session: AsyncSession,
    source_id: int,
    items: Sequence[Item],
    guid_of: Callable[[Item], str],
    to_story: Callable[[Item], NewStory],
    report: SourceReport,
    new_clusters: list[int],
) -> None:
    """Store a source's items: the guids it already has are looked up in one query, and only the
    others are fingerprinted and checked for duplicates."""
    known = await story_queries.known_guids(session, source_id, [guid_of(item) for item in items])
    for item in items:
        guid = guid_of(item)
        if guid in known:
            report.known += 1
            continue
        outcome, cluster_id = await _store_unknown_story(session, to_story(item))
        known.add(guid)
        if outcome == NEW:
            report.new += 1
            new_clusters.append(cluster_id)
        else:
            report.duplicates += 1


# --- feeds ---


def feed_entry_story(source_id: int, entry: FeedEntry) -> NewStory:
    """A feed entry as a story to store."""
    return new_story(
        source_id,
        entry.guid,
        entry.title or None,
        entry.summary,
        url=entry.link,
        links=[{"url": link.url, "text": link.text} for link in entry.links],
        published_at=entry.published,
        declared_language=entry.language,
    )


def next_poll_time(source: Source, now: dt.datetime, failed: bool) -> dt.datetime:
    """When to poll a feed next: its interval (or its TTL when longer), with jitter; backing off after failures."""
    interval = max(source.interval_minutes, source.ttl_minutes or 0) * 60.0
    if failed:
        delay = backoff_delay(source.consecutive_failures, interval)
    else:
        delay = interval * random.uniform(1 - POLL_JITTER, 1 + POLL_JITTER)
    return now + dt.timedelta(seconds=delay)


async def record_feed_result(session: AsyncSession, source: Source, result: FetchResult, summary: IngestSummary) -> None:
    """Store a fetched feed's new entries and update its polling state."""
    now = utcnow()
    report = SourceReport(source.id, source_label(source))
    source.last_polled_at = now
    if result.status == "error":
        source.consecutive_failures += 1
        source.last_error = result.error
        report.error = result.error
    else:
        source.consecutive_failures = 0
        source.last_error = None
        source.failure_reported_at = None
        source.last_success_at = now
        if result.status == "not_modified":
            report.unchanged = True
        else:
            source.etag, source.last_modified = result.etag, result.last_modified
            source.title = result.feed_title or source.title
            source.item_count = len(result.entries)
            if result.ttl_seconds:
                source.ttl_minutes = max(1, result.ttl_seconds // 60)
            await _store_all(
                session, source.id, result.entries, lambda entry: entry.guid,
                lambda entry: feed_entry_story(source.id, entry), report, summary.new_cluster_ids,
            )
            report.unchanged = report.new == 0 and report.duplicates == 0
    source.next_poll_at = next_poll_time(source, now, failed=report.failed)
    summary.reports.append(report)


def fetch_settings(config: Config) -> FetchSettings:
    """The fetcher's settings from the config's [fetch] table."""
    return FetchSettings(
        timeout_seconds=config.fetch.timeout_seconds,
        max_bytes=config.fetch.max_bytes,
        max_redirects=config.fetch.max_redirects,
        concurrency=config.fetch.concurrency,
        allow_private_addresses=config.fetch.allow_private_addresses,
    )


async def poll_feeds(
    sessions: async_sessionmaker[AsyncSession],
    feeds: list[Source],
    settings: FetchSettings,
    summary: IngestSummary,
    progress: Progress | None = None,
) -> None:
    """Fetch the given feeds concurrently; each result is stored as soon as it arrives."""
    by_url = {feed.location: feed for feed in feeds}
    store_lock = asyncio.Lock()

    async def on_result(result: FetchResult) -> None:
        source = by_url[result.url]
        async with store_lock, sessions.begin() as session:
            source = await session.get_one(Source, source.id)
            await record_feed_result(session, source, result, summary)
        if progress:
            progress.step(source_label(source))

    requests = [FeedRequest(url=feed.location, etag=feed.etag, last_modified=feed.last_modified) for feed in feeds]
    await fetch_feeds(requests, settings, on_result=on_result)


# --- the corpus ---


def corpus_location(source: Source) -> Path:
    """The folder or file a corpus source reads (the bundled sample for `@sample`)."""
    return bundled_sample_corpus() if source.location == SAMPLE_CORPUS else Path(source.location).expanduser()


def corpus_story_guid(relative_path: str, title: str | None, text: str) -> str:
    """A corpus story's guid: its document and a hash of its content, stable across rescans."""
    digest = hashlib.sha256(f"{title or ''}\n{text}".encode()).hexdigest()[:16]
    return f"{relative_path}#{digest}"


def _midnight_utc(day: dt.date | None) -> dt.datetime | None:
    return dt.datetime.combine(day, dt.time(), dt.timezone.utc) if day else None


async def scan_corpus(session: AsyncSession, source: Source, summary: IngestSummary) -> None:
    """Read the corpus documents that changed since the last scan and store their stories."""
    report = SourceReport(source.id, source_label(source))
    summary.reports.append(report)
    source.last_polled_at = utcnow()
    location = corpus_location(source)
    try:
        paths = list_corpus_files(location)
    except CorpusReadError as error:
        report.error = str(error)
        source.consecutive_failures += 1
        source.last_error = report.error
        return
    changed = 0
    for path in paths:
        relative = path.name if path == location else str(path.relative_to(location))
        try:
            stat = path.stat()
        except OSError as error:
            report.warnings.append(f"{relative}: cannot read: {error.strerror}")
            continue
        recorded = await source_queries.corpus_file(session, source.id, relative)
        if recorded and (recorded.size, recorded.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            continue
        try:
            document = read_document(path)
        except CorpusReadError as error:
            report.warnings.append(str(error))
            continue
        if recorded and recorded.content_hash == document.content_hash:
            recorded.mtime_ns = document.mtime_ns
            continue
        changed += 1
        if document.warning:
            report.warnings.append(f"{relative}: {document.warning}")
        stories = split_document(document.text)
        if not stories:
            report.warnings.append(f"{relative}: empty document, no stories in it")
        with_guids = [(corpus_story_guid(relative, story.title, story.text), story) for story in stories]
        await _store_all(
            session, source.id, with_guids, lambda pair: pair[0],
            lambda pair: new_story(source.id, pair[0], pair[1].title, pair[1].text,
                                   published_at=_midnight_utc(pair[1].published)),
            report, summary.new_cluster_ids,
        )
        await source_queries.record_corpus_file(
            session, source.id, relative, size=document.size, mtime_ns=document.mtime_ns,
            content_hash=document.content_hash, story_count=len(stories),
        )
    report.unchanged = changed == 0
    source.consecutive_failures = 0
    source.last_error = None
    source.last_success_at = utcnow()
    source.item_count = len(paths)


async def ingest_all(
    sessions: async_sessionmaker[AsyncSession],
    config: Config,
    *,
    only_due: bool = False,
    progress: Progress | None = None,
) -> IngestSummary:
    """Poll every enabled source once (or only the feeds that are due) and store what is new."""
    summary = IngestSummary()
    async with sessions() as session:
        corpus_sources = await source_queries.enabled_sources(session, source_queries.CORPUS)
        if only_due:
            feeds = await source_queries.due_feeds(session)
        else:
            feeds = await source_queries.enabled_sources(session, source_queries.FEED)
    if progress:
        progress.start(len(corpus_sources) + len(feeds))
    for source in corpus_sources:
        async with sessions.begin() as session:
            await scan_corpus(session, await session.get_one(Source, source.id), summary)
        if progress:
            progress.step(source_label(source))
    if feeds:
        await poll_feeds(sessions, feeds, fetch_settings(config), summary, progress)
    return summary
