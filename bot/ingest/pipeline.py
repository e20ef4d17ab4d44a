"""Sources -> stories: poll feeds and scan corpus paths, store each story once per source, cluster duplicates.

Stories are stored in transactions of at most STORE_BATCH_SIZE items, so a 25,000-item feed or a
10 MB document never holds SQLite's write lock for long, and a source's polling state is written
last, so a poll cut short is simply repeated. Feeds fetched while another is being stored wait, then
share one transaction (up to STORE_BATCH_SIZE items in all). A source that cannot be stored (any
database error) counts as a failure with its reason, like a feed that cannot be fetched; one bad
corpus document is a warning that names it, and the other documents and the feeds go on.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
import random
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import NamedTuple, Protocol, TypeVar

from bot.config import SAMPLE_CORPUS, Config, FetchConfig
from bot.ingest import dedup
from bot.ingest.corpus import (
    CorpusReadError,
    bundled_sample_corpus,
    list_corpus_files,
    read_document,
    split_document,
)
from bot.ingest.feeds import FeedEntry, FeedRequest, FetchResult, backoff_delay, stream_feeds
from bot.matching import declared_language as declared_code
from bot.matching import detected_language
from storage import sources as source_queries
from storage import stories as story_queries
from storage.db import Session, Sessions
from storage.models import Source, utcnow
from storage.stories import NewStory, StoredCandidate, clipped, storable_guid, storable_url, without_nul

logger = logging.getLogger(__name__)

NEW, DUPLICATE = "new", "duplicate"
Item = TypeVar("Item")
SAMPLE_CORPUS_NAME = "Sample corpus"
POLL_JITTER = 0.1  # +-10% on each feed's next poll, so feeds added together do not stay in step
STORE_BATCH_SIZE = 200
"""Stories stored per transaction: SQLite's write lock is released between batches, so a concurrent
write (a /subscribe) waits for one batch, not for a whole 25,000-item feed."""
BATCH_PAUSE_SECONDS = 0.1
"""A pause before each further batch: SQLite's busy handler retries a waiting writer every 100 ms at
most, so a shorter gap between two batches could starve it (bench/bench_large_feed.py)."""
MAX_ERROR_CHARS = 300  # a database error quoted to admins is cut here


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
    """Totals over every source polled."""

    reports: list[SourceReport] = field(default_factory=list)

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


class NamedSource(Protocol):
    """What naming a source needs: a sources row or its plain copy (storage.sources.SourceInfo)."""

    @property
    def name(self) -> str | None: ...
    @property
    def title(self) -> str | None: ...
    @property
    def location(self) -> str: ...


def source_label(source: NamedSource) -> str:
    """How a source is named to people: its name, else its title, else its location."""
    return source.name or source.title or source.location


async def sync_sources(sessions: Sessions, config: Config) -> None:
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


_UNSIGNED_64 = (1 << 64) - 1


class ClusterRef(NamedTuple):
    """Where a new story goes: a stored cluster (`new` False, `number` its id) or the `number`-th cluster
    the batch opens (`new` True)."""

    new: bool
    number: int


def choose_clusters(stories: Sequence[NewStory], stored: Iterable[StoredCandidate]) -> list[tuple[ClusterRef, bool]]:
    """For each new story, in order: its cluster, and whether the story opens it. A story joins the cluster
    of a stored or earlier story with the same content, else with the same canonical URL, else of a near
    duplicate (fingerprints at most NEAR_DUPLICATE_BITS apart); otherwise it opens a new cluster. Pure:
    the candidates were read in one lookup for the whole batch."""
    by_content: dict[str, ClusterRef] = {}
    by_url: dict[str, ClusterRef] = {}
    # Per band position, the first (cluster, unsigned fingerprint) with each band value; the few later ones
    # sharing it go to `later` (most values are met once: no list per band value, so far fewer objects).
    first_by_band: tuple[dict[int, tuple[ClusterRef, int]], ...] = ({}, {}, {}, {})
    later: dict[tuple[int, int], list[tuple[ClusterRef, int]]] = {}

    def remember(ref: ClusterRef, content_hash: str, url: str | None, fingerprint: int, bands: Sequence[int]) -> None:
        by_content.setdefault(content_hash, ref)
        if url is not None:
            by_url.setdefault(url, ref)
        known = (ref, fingerprint & _UNSIGNED_64)  # dedup.to_unsigned64 of a signed 64-bit fingerprint
        for position, band in enumerate(bands):
            if first_by_band[position].setdefault(band, known) is not known:
                later.setdefault((position, band), []).append(known)

    def near_duplicate(fingerprint: int, bands: Sequence[int]) -> ClusterRef | None:
        """The cluster of the first remembered story sharing a band whose fingerprint is at most
        NEAR_DUPLICATE_BITS away (dedup.is_near_duplicate, on unsigned values), by band, oldest first."""
        unsigned = fingerprint & _UNSIGNED_64
        for position, band in enumerate(bands):
            oldest = first_by_band[position].get(band)
            if oldest is None:
                continue
            for candidate_ref, candidate in chain((oldest,), later.get((position, band), ())):
                if (unsigned ^ candidate).bit_count() <= dedup.NEAR_DUPLICATE_BITS:
                    return candidate_ref
        return None

    for candidate in stored:
        remember(ClusterRef(False, candidate.cluster_id), candidate.content_hash, candidate.canonical_url,
                 candidate.fingerprint, candidate.bands)
    opened = 0
    choices: list[tuple[ClusterRef, bool]] = []
    for story in stories:
        found = by_content.get(story.content_hash) or (by_url.get(story.canonical_url) if story.canonical_url else None)
        if found is None:
            found = near_duplicate(story.fingerprint, story.bands)
        opens = found is None
        if found is None:
            ref, opened = ClusterRef(True, opened), opened + 1
        else:
            ref = found
        choices.append((ref, opens))
        remember(ref, story.content_hash, story.canonical_url, story.fingerprint, story.bands)
    return choices


async def store_new_stories(session: Session, stories: Sequence[NewStory]) -> list[tuple[str, int]]:
    """Store stories their sources do not have yet, each in the cluster of a duplicate (stored, or earlier
    in `stories`) if there is one; returns (new | duplicate, cluster id) for each. A few statements for
    the whole batch: the candidate lookups, one insert of the new clusters (RETURNING their ids) and one
    of the stories."""
    choices = choose_clusters(stories, await story_queries.duplicate_candidates(session, stories))
    opened = await story_queries.add_clusters(session, sum(opens for _, opens in choices))
    cluster_ids = [opened[ref.number] if ref.new else ref.number for ref, _ in choices]
    await story_queries.add_stories(session, list(zip(stories, cluster_ids, strict=True)))
    return [(NEW if opens else DUPLICATE, cluster_id) for (_, opens), cluster_id in zip(choices, cluster_ids, strict=True)]


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
    now: dt.datetime | None = None,
) -> NewStory:
    """A story ready to store, with its canonical URL, fingerprints and languages computed: the one detected
    from its words (which picks the tagger's rules) and the one shown (the declared one when it names a
    language, else the detected one). Values are made to fit the columns (no NULs, over-long guids
    hashed, over-long URLs dropped), and a date in the future is taken as now: a story dated 9999-12-31
    must not stay on top of every "latest" list."""
    title = without_nul(title) if title is not None else None
    text = without_nul(text)
    url = storable_url(url)
    now = now or utcnow()
    content_hash, fingerprint = dedup.story_fingerprints(title, text)
    detected = detected_language(title, text)
    return NewStory(
        source_id=source_id,
        guid=storable_guid(guid),
        url=url,
        canonical_url=storable_url(dedup.canonical_url(url)),
        title=title,
        text=text,
        links=[{key: without_nul(value) for key, value in link.items()} for link in links],
        published_at=min(published_at, now) if published_at is not None else None,
        content_hash=content_hash,
        fingerprint=dedup.to_signed64(fingerprint),
        bands=dedup.fingerprint_bands(fingerprint),
        language=declared_code(declared_language) or detected,
        detected_language=detected,
    )


async def _store_all(
    sessions: Sessions,
    source_id: int,
    items: Sequence[Item],
    guid_of: Callable[[Item], str],
    to_story: Callable[[Item], NewStory],
    report: SourceReport,
    finish: Callable[[Session], Awaitable[None]] | None = None,
) -> None:
    """Store a source's items in transactions of at most STORE_BATCH_SIZE: per batch, the guids the
    source already has are looked up in one query, and only the others are fingerprinted (in a worker
    thread, before the batch's first write, so SQLite's write lock is not held meanwhile) and stored
    with store_new_stories. `finish` runs in the last batch's transaction (one transaction for a
    feed's whole poll when it fits one batch). Commits do not wait for the disk (storage.stories.
    commit_without_waiting_for_disk): what a crash loses is stored again by the next poll."""
    starts = range(0, len(items), STORE_BATCH_SIZE) if items else range(1)
    for start in starts:
        batch = items[start : start + STORE_BATCH_SIZE]
        guids = [storable_guid(guid_of(item)) for item in batch]
        if start:
            await asyncio.sleep(BATCH_PAUSE_SECONDS)
        async with sessions.begin() as session:
            await story_queries.commit_without_waiting_for_disk(session)
            known = await story_queries.known_guids_of_sources(session, {source_id: guids}) if guids else set()
            unknown = _unknown_items(source_id, guids, batch, known, report)
            outcomes: list[tuple[str, int]] = []
            if unknown:
                fresh: list[NewStory] = await asyncio.to_thread(list, map(to_story, unknown))
                outcomes = await store_new_stories(session, fresh)
            if finish is not None and start == starts[-1]:
                await finish(session)
        for outcome, _ in outcomes:
            _count(report, outcome)


def _unknown_items(
    source_id: int, guids: Sequence[str], items: Sequence[Item], known: set[tuple[int, str]], report: SourceReport,
) -> list[Item]:
    """The items whose (storable) guids the source does not have yet, each guid once: the others are
    counted as known, and the new guids join `known` (a feed repeating a guid stores its first item)."""
    unknown: list[Item] = []
    for guid, item in zip(guids, items, strict=True):
        if (source_id, guid) in known:
            report.known += 1
            continue
        known.add((source_id, guid))
        unknown.append(item)
    return unknown


def _count(report: SourceReport, outcome: str) -> None:
    """Count a stored story in its source's report, as new or as a duplicate."""
    if outcome == NEW:
        report.new += 1
    else:
        report.duplicates += 1


def _storage_failure(error: Exception) -> str:
    """The reason shown to admins when a source's stories could not be stored."""
    detail = " ".join(str(getattr(error, "orig", None) or error).split()) or type(error).__name__
    return f"could not store the items: {clipped(detail, MAX_ERROR_CHARS)}"


# --- feeds ---


def feed_entry_story(source_id: int, entry: FeedEntry, now: dt.datetime | None = None) -> NewStory:
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
        now=now,
    )


def next_poll_time(source: Source, now: dt.datetime, failed: bool) -> dt.datetime:
    """When to poll a feed next: its interval (or its TTL when longer), with jitter; backing off after failures."""
    if failed:
        return now + dt.timedelta(seconds=backoff_delay(source.consecutive_failures, _poll_interval(source.interval_minutes, source.ttl_minutes)))
    return _steady_next_poll(source.interval_minutes, source.ttl_minutes, now)


def _poll_interval(interval_minutes: int, ttl_minutes: int | None) -> float:
    """A feed's polling interval in seconds: its own, or its TTL when longer."""
    return max(interval_minutes, ttl_minutes or 0) * 60.0


def _steady_next_poll(interval_minutes: int, ttl_minutes: int | None, now: dt.datetime) -> dt.datetime:
    """The next poll after a success: one interval on, with jitter."""
    return now + dt.timedelta(seconds=_poll_interval(interval_minutes, ttl_minutes) * random.uniform(1 - POLL_JITTER, 1 + POLL_JITTER))


def _fetched_poll(feed: Source, result: FetchResult) -> source_queries.FetchedPoll:
    """A full feed answer as recorded: its validators, title, size and TTL, polled now, next poll one
    interval on (the feed's TTL when it declares a longer one)."""
    fetched = source_queries.FetchedFeed(result.etag, result.last_modified, result.feed_title, len(result.entries),
                                         result.ttl_seconds)
    polled = utcnow()
    when = _steady_next_poll(feed.interval_minutes, source_queries.ttl_minutes(fetched.ttl_seconds) or feed.ttl_minutes, polled)
    return source_queries.FetchedPoll(feed.id, polled, fetched, when)


async def record_feed_result(sessions: Sessions, feed: Source, result: FetchResult, summary: IngestSummary) -> SourceReport:
    """Store a fetched feed's new entries (in batches) and update its polling state in the last batch's
    transaction. A database error while storing makes the poll a failure whose reason the admins see,
    recorded on its own, never a silent loss."""
    source_id = feed.id
    report = SourceReport(source_id, source_label(feed))
    summary.reports.append(report)
    report.error = result.error
    if result.status == "ok":
        now = utcnow()

        async def record_success(session: Session) -> None:
            await source_queries.record_fetched_polls(session, [_fetched_poll(feed, result)])

        try:
            await _store_all(
                sessions, source_id, result.entries, lambda entry: entry.guid,
                lambda entry: feed_entry_story(source_id, entry, now), report, finish=record_success,
            )
        except Exception as storage_error:  # noqa: BLE001 - whatever the database says, the feed failed
            logger.warning("storing feed %s failed", report.label, exc_info=True)
            report.error = _storage_failure(storage_error)
    if report.error is not None or result.status != "ok":
        # a 304 or a failure: the failure streak is read to plan the next poll (a success was recorded above)
        async with sessions.begin() as session:
            polled = utcnow()
            source = await source_queries.record_poll(session, source_id, polled, report.error)
            await source_queries.set_next_poll(session, source, next_poll_time(source, polled, failed=report.error is not None))
    report.unchanged = result.status == "not_modified" or (
        result.status == "ok" and report.error is None and report.new == 0 and report.duplicates == 0
    )
    return report


class FetchedFeedResult(NamedTuple):
    """A feed and what its poll fetched, waiting to be stored."""

    feed: Source
    result: FetchResult


def _storable_together(result: FetchResult) -> bool:
    """Whether a fetched feed can share a transaction with others: a full answer that fits one batch."""
    return result.status == "ok" and result.error is None and len(result.entries) <= STORE_BATCH_SIZE


async def record_feed_results(sessions: Sessions, fetched: Sequence[FetchedFeedResult], summary: IngestSummary) -> list[SourceReport]:
    """Store several fetched feeds, reported in their order: those with a full answer that fits one batch
    together, in one transaction (one known-guid lookup, shared duplicate lookups, one insert of their
    stories, their poll records in one statement), the others with record_feed_result. Should the
    shared transaction fail, nothing of it is kept and each of its feeds is stored again alone, so a
    feed the database refuses fails alone, with its reason, and the others are stored."""
    together = [item for item in fetched if _storable_together(item.result)]
    stored: dict[int, SourceReport] = {}
    if len(together) > 1:
        try:
            stored = dict(zip(map(id, together), await _store_together(sessions, together), strict=True))
        except Exception:  # noqa: BLE001 - each feed is stored again alone, and a failure is reported there
            logger.warning("storing %d feeds together failed; storing each alone", len(together), exc_info=True)
    reports: list[SourceReport] = []
    for item in fetched:
        report = stored.get(id(item))
        if report is not None:
            summary.reports.append(report)
        else:
            try:
                report = await record_feed_result(sessions, item.feed, item.result, summary)
            except Exception:  # the database went away while recording a failure: the next feeds still try
                logger.exception("recording the poll of feed %s failed", item.result.url)
                continue
        reports.append(report)
    return reports


async def _store_together(sessions: Sessions, fetched: Sequence[FetchedFeedResult]) -> list[SourceReport]:
    """Store full answers of several feeds in one transaction, as record_feed_result would one after the
    other (a copy of an earlier feed's story joins its cluster); their reports, or the error that
    rolled the whole transaction back."""
    reports = [SourceReport(item.feed.id, source_label(item.feed)) for item in fetched]
    guids = [[storable_guid(entry.guid) for entry in item.result.entries] for item in fetched]
    now = utcnow()
    async with sessions.begin() as session:
        await story_queries.commit_without_waiting_for_disk(session)
        known = await story_queries.known_guids_of_sources(
            session, {item.feed.id: feed_guids for item, feed_guids in zip(fetched, guids, strict=True)}
        )
        unknown = [
            (report, entry)
            for item, feed_guids, report in zip(fetched, guids, reports, strict=True)
            for entry in _unknown_items(item.feed.id, feed_guids, item.result.entries, known, report)
        ]
        fresh: list[NewStory] = await asyncio.to_thread(
            lambda: [feed_entry_story(report.source_id, entry, now) for report, entry in unknown]
        )
        outcomes = await store_new_stories(session, fresh) if fresh else []
        await source_queries.record_fetched_polls(session, [_fetched_poll(item.feed, item.result) for item in fetched])
    for (report, _), (outcome, _) in zip(unknown, outcomes, strict=True):
        _count(report, outcome)
    for report in reports:
        report.unchanged = report.new == 0 and report.duplicates == 0
    return reports


def _take_waiting(waiting: list[FetchedFeedResult]) -> list[FetchedFeedResult]:
    """The longest run of the oldest waiting feeds with at most STORE_BATCH_SIZE entries in all (at least
    one feed), taken off `waiting`."""
    taken, entries = 0, 0
    while taken < len(waiting) and (taken == 0 or entries + len(waiting[taken].result.entries) <= STORE_BATCH_SIZE):
        entries += len(waiting[taken].result.entries)
        taken += 1
    batch = waiting[:taken]
    del waiting[:taken]
    return batch


async def poll_feeds(
    sessions: Sessions,
    feeds: list[Source],
    settings: FetchConfig,
    summary: IngestSummary,
    progress: Progress | None = None,
) -> None:
    """Fetch the given feeds concurrently; results are stored as soon as they arrive, then dropped: the
    ones that arrived while an earlier store ran are stored together (record_feed_results). A feed's
    fetch slot is given back once its result is stored, so at most `settings.concurrency` results wait."""
    store_lock = asyncio.Lock()
    waiting: list[FetchedFeedResult] = []

    async def on_result(position: int, result: FetchResult) -> None:
        arrived = FetchedFeedResult(feeds[position], result)
        waiting.append(arrived)
        reports: list[SourceReport] = []
        async with store_lock:
            while any(item is arrived for item in waiting):  # stored by now, unless batches ahead were full
                reports += await record_feed_results(sessions, _take_waiting(waiting), summary)
        if progress:
            for report in reports:
                progress.step(report.label)

    requests = [FeedRequest(url=feed.location, etag=feed.etag, last_modified=feed.last_modified) for feed in feeds]
    await stream_feeds(requests, settings, on_result)


# --- the corpus ---


def corpus_location(source: Source) -> Path:
    """The folder or file a corpus source reads (the bundled sample for `@sample`)."""
    return bundled_sample_corpus() if source.location == SAMPLE_CORPUS else Path(source.location).expanduser()


def corpus_story_guid(relative_path: str, title: str | None, text: str) -> str:
    """A corpus story's guid: its document and a hash of its content, stable across rescans."""
    digest = hashlib.sha256(f"{title or ''}\n{text}".encode()).hexdigest()[:16]
    return f"{relative_path}#{digest}"


def _midnight_utc(day: dt.date | None) -> dt.datetime | None:
    return dt.datetime.combine(day, dt.time(), dt.UTC) if day else None


async def scan_corpus(sessions: Sessions, source_id: int, summary: IngestSummary) -> None:
    """Read the corpus documents that changed since the last scan and store their stories. Reading,
    decoding and splitting run in a worker thread; a document that cannot be read, decoded or stored
    is a warning naming it, and the scan goes on with the next."""
    async with sessions() as session:
        source = await source_queries.source_by_id(session, source_id)
    report = SourceReport(source_id, source_label(source))
    summary.reports.append(report)
    location = corpus_location(source)
    paths: list[Path] = []
    try:
        paths = list_corpus_files(location)
    except CorpusReadError as error:
        report.error = str(error)
    else:
        changed = 0
        for path in paths:
            relative = path.name if path == location else str(path.relative_to(location))
            try:
                changed += await _scan_document(sessions, source_id, path, relative, report)
            except Exception as error:  # noqa: BLE001 - one document must not stop the others
                logger.warning("storing corpus document %s failed", path, exc_info=True)
                report.warnings.append(f"{relative}: {_storage_failure(error)}")
        report.unchanged = changed == 0
    async with sessions.begin() as session:
        await source_queries.record_poll(session, source_id, utcnow(), report.error,
                                         item_count=len(paths) if report.error is None else None)


async def _scan_document(sessions: Sessions, source_id: int, path: Path, relative: str, report: SourceReport) -> int:
    """Store the stories of one document if it changed; returns 1 when it did, else 0."""
    try:
        stat = path.stat()
    except OSError as error:
        report.warnings.append(f"{relative}: cannot read: {error.strerror}")
        return 0
    async with sessions() as session:
        recorded = await source_queries.corpus_file(session, source_id, relative)
        if recorded and (recorded.size, recorded.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            return 0
        recorded_hash = recorded.content_hash if recorded else None
    try:
        document = await asyncio.to_thread(read_document, path)
    except CorpusReadError as error:
        report.warnings.append(str(error))
        return 0
    if recorded_hash == document.content_hash:
        async with sessions.begin() as session:
            await source_queries.record_corpus_file(
                session, source_id, relative, size=document.size, mtime_ns=document.mtime_ns,
                content_hash=document.content_hash, story_count=None,
            )
        return 0
    if document.warning:
        report.warnings.append(f"{relative}: {document.warning}")
    stories = await asyncio.to_thread(split_document, document.text)
    if not stories:
        report.warnings.append(f"{relative}: empty document, no stories in it")
    now = utcnow()
    with_guids = [(corpus_story_guid(relative, story.title, story.text), story) for story in stories]
    await _store_all(
        sessions, source_id, with_guids, lambda pair: pair[0],
        lambda pair: new_story(source_id, pair[0], pair[1].title, pair[1].text,
                               published_at=_midnight_utc(pair[1].published), now=now),
        report,
    )
    async with sessions.begin() as session:
        await source_queries.record_corpus_file(
            session, source_id, relative, size=document.size, mtime_ns=document.mtime_ns,
            content_hash=document.content_hash, story_count=len(stories),
        )
    return 1


async def ingest_sources(
    sessions: Sessions,
    fetch: FetchConfig,
    *,
    corpus_sources: Sequence[Source] = (),
    feeds: Sequence[Source] = (),
    progress: Progress | None = None,
) -> IngestSummary:
    """Scan the given corpus sources, then poll the given feeds, storing what is new: the one ingest loop,
    whichever sources a caller picked (every enabled one, or the feeds that are due)."""
    summary = IngestSummary()
    if progress:
        progress.start(len(corpus_sources) + len(feeds))
    for source in corpus_sources:
        await scan_corpus(sessions, source.id, summary)
        if progress:
            progress.step(source_label(source))
    if feeds:
        await poll_feeds(sessions, list(feeds), fetch, summary, progress)
    return summary


async def ingest_all(sessions: Sessions, config: Config, *, progress: Progress | None = None) -> IngestSummary:
    """Poll every enabled source once and store what is new."""
    async with sessions() as session:
        corpus_sources = await source_queries.enabled_sources(session, source_queries.CORPUS)
        feeds = await source_queries.enabled_sources(session, source_queries.FEED)
    return await ingest_sources(sessions, config.fetch, corpus_sources=corpus_sources, feeds=feeds, progress=progress)
