"""Sources -> stored stories, on SQLite and PostgreSQL: corpus scans, feed polls, duplicate clusters."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import sqlalchemy.exc
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import SAMPLE_CORPUS, parse_config
from bot.ingest import dedup, pipeline
from bot.ingest.feeds import FeedEntry, FetchResult
from bot.ingest.pipeline import (
    STORE_BATCH_SIZE,
    ClusterRef,
    FetchedFeedResult,
    IngestSummary,
    _take_waiting,
    choose_clusters,
    ingest_all,
    new_story,
    record_feed_results,
    sync_sources,
)
from storage.db import dialect_of
from storage.models import Source, Story, StoryCluster
from storage.stories import NewStory, StoredCandidate, commit_without_waiting_for_disk
from tests.feedserver import FeedServer

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Labour news</title><link>https://news.example/</link><ttl>45</ttl>
<item><title>Dockers strike in &lt;b&gt;Rotterdam&lt;/b&gt;</title><link>https://news.example/a?utm_source=rss</link>
<guid>a</guid><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Port workers walked out on Monday over safety. &lt;a href="https://act.example/petition"&gt;Sign the petition&lt;/a&gt;&lt;/p&gt;</description></item>
<item><title>Teachers win pay deal</title><link>https://news.example/b</link><guid>b</guid>
<description>Teachers in the capital won a new agreement after a two-week strike.</description></item>
</channel></rss>"""

SAME_STORY_ELSEWHERE = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Mirror</title>
<item><title>Dockers strike in Rotterdam</title><link>https://mirror.example/x</link><guid>mirror-1</guid>
<description>Port workers walked out on Monday over safety. Sign the petition</description></item>
</channel></rss>"""


def config_for(corpus: list[str], feeds: list[str] = ()) -> object:  # type: ignore[assignment]
    return parse_config(
        {
            "corpus": {"paths": corpus},
            "feeds": [{"url": url, "interval": 30} for url in feeds],
            "fetch": {"allow_private_addresses": True, "timeout_seconds": 2},
        },
        environ={},
    )


async def count(sessions: async_sessionmaker[AsyncSession], model: type) -> int:
    async with sessions() as session:
        return await session.scalar(select(func.count()).select_from(model))


async def test_sample_corpus_stores_eleven_stories_in_ten_clusters(sessions, eval_stories) -> None:
    config = config_for([SAMPLE_CORPUS])
    await sync_sources(sessions, config)
    summary = await ingest_all(sessions, config)
    assert summary.new == 10 and summary.duplicates == 1 and not summary.failed
    assert await count(sessions, Story) == 11
    assert await count(sessions, StoryCluster) == 10
    async with sessions() as session:
        stories = {story.guid.split("#")[0] + f"#{story.title}": story for story in await session.scalars(select(Story))}
        copies = [story for story in await session.scalars(select(Story)) if story.title and story.title.startswith("Azerbaijan Cracks")]
        assert len(copies) == 2 and copies[0].cluster_id == copies[1].cluster_id
        dated = await session.scalar(select(Story).where(Story.title == "Appeal to free Labor Desk activists"))
        assert dated.published_at == dt.datetime(2025, 4, 24, tzinfo=dt.UTC)
    assert stories

    again = await ingest_all(sessions, config)
    assert again.new == 0 and again.duplicates == 0 and again.unchanged == 1
    assert await count(sessions, Story) == 11


async def test_changed_corpus_file_is_rescanned(sessions, tmp_path: Path) -> None:
    document = tmp_path / "news.txt"
    document.write_text("Strike at the port\n\n" + "Dock workers in Antwerp stopped work over safety. " * 10, encoding="utf-8")
    config = config_for([str(tmp_path)])
    await sync_sources(sessions, config)
    assert (await ingest_all(sessions, config)).new == 1
    document.write_text(
        document.read_text(encoding="utf-8") + "\n\nBus drivers in Lagos\n\n" + "Nigeria's transport union called a strike over unpaid wages. " * 10,
        encoding="utf-8",
    )
    summary = await ingest_all(sessions, config)
    assert summary.new == 1 and summary.reports[0].known == 1


async def test_bad_corpus_files_are_reported_and_the_rest_stored(sessions, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("A headline here\n\n" + "Miners in Zambia marched for safety. " * 12, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes(("Grève à Niamey\n\n" + "Les enseignants du Niger sont en grève. " * 12).encode("cp1252"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff")
    config = config_for([str(tmp_path), str(tmp_path / "missing-folder")])
    await sync_sources(sessions, config)
    summary = await ingest_all(sessions, config)
    assert summary.new == 2
    text = "\n".join(summary.lines())
    assert "empty.txt: empty document" in text
    assert "latin1.txt: not UTF-8" in text
    assert "binary.txt: binary file" in text
    assert "missing-folder: no such file or folder" in text
    assert len(summary.failed) == 1


UNTITLED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<item><title>Nurses strike in Lagos</title><link>https://news.example/c</link><guid>c</guid>
<description>Nurses in Lagos stopped work over unpaid wages.</description></item>
</channel></rss>"""


async def test_full_answer_ends_a_failure_streak_and_keeps_a_title_and_ttl_it_does_not_repeat(
    sessions, feed_server: FeedServer,
) -> None:
    url = feed_server.route("/rss", RSS, etag='"v1"')
    config = config_for([], [url])
    await sync_sources(sessions, config)
    await ingest_all(sessions, config)
    reported = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    async with sessions.begin() as session:
        source = await session.scalar(select(Source).where(Source.location == url))
        source.consecutive_failures, source.last_error, source.failure_reported_at = 3, "timed out", reported
    feed_server.route("/rss", UNTITLED, etag='"v2"')
    before = dt.datetime.now(dt.UTC)
    summary = await ingest_all(sessions, config)
    assert summary.new == 1
    async with sessions() as session:
        source = await session.scalar(select(Source).where(Source.location == url))
        assert (source.consecutive_failures, source.last_error, source.failure_reported_at) == (0, None, None)
        assert source.etag == '"v2"' and source.item_count == 1
        assert source.title == "Labour news" and source.ttl_minutes == 45
        assert source.last_success_at == source.last_polled_at and source.last_polled_at >= before
        assert source.next_poll_at > before + dt.timedelta(minutes=40)  # the TTL (45), longer than the interval (30)


async def test_feed_poll_then_conditional_get_then_duplicate_from_another_feed(sessions, feed_server: FeedServer) -> None:
    first = feed_server.route("/rss", RSS, etag='"v1"', gzip=True)
    mirror = feed_server.route("/mirror", SAME_STORY_ELSEWHERE)
    broken = feed_server.route("/broken", "<html><body><p>Page moved</p></body></html>", content_type="text/html")
    config = config_for([], [first, broken])
    await sync_sources(sessions, config)
    summary = await ingest_all(sessions, config)
    assert summary.new == 2
    assert [report.label for report in summary.failed] == [broken]

    async with sessions() as session:
        story = await session.scalar(select(Story).where(Story.guid == "a"))
        assert story.title == "Dockers strike in Rotterdam"
        assert story.canonical_url == "https://news.example/a"
        assert {"url": "https://act.example/petition", "text": "Sign the petition"} in story.links
        source = await session.scalar(select(Source).where(Source.location == first))
        assert source.etag == '"v1"' and source.title == "Labour news" and source.ttl_minutes == 45
        assert source.next_poll_at > dt.datetime.now(dt.UTC) + dt.timedelta(minutes=40)
        failing = await session.scalar(select(Source).where(Source.location == broken))
        assert failing.consecutive_failures == 1 and failing.last_error

    second = await ingest_all(sessions, config)
    assert feed_server.requests("/rss")[-1].status == 304
    assert second.new == 0 and second.unchanged == 1
    assert await count(sessions, Story) == 2

    config = config_for([], [first, mirror])
    await sync_sources(sessions, config)
    third = await ingest_all(sessions, config)
    assert third.duplicates == 1 and third.new == 0
    async with sessions() as session:
        original = await session.scalar(select(Story).where(Story.guid == "a"))
        copy = await session.scalar(select(Story).where(Story.guid == "mirror-1"))
        assert original.cluster_id == copy.cluster_id
        removed = await session.scalar(select(Source).where(Source.location == broken))
        assert not removed.enabled and removed.disabled_reason == "removed from the config file"


TOPICS = "wages safety hours pensions bonuses contracts overtime holidays canteens uniforms".split()
PLACES = "Rotterdam Antwerp Hamburg Genoa Piraeus Valencia Gdansk Lisbon Marseille Bremen".split()


def _items(count: int, prefix: str) -> str:
    """Distinct stories (different words, not just numbers, so not near duplicates of each other)."""
    return "".join(
        f"<item><title>{prefix} report</title><link>https://news.example/{prefix}/{n}</link><guid>{prefix}-{n}</guid>"
        f"<description>The {prefix} committee reports on {TOPICS[n % 10]} and {TOPICS[(n + 3) % 10]} at the "
        f"{PLACES[n // 10 % 10]} plant, where {PLACES[n % 10]} workers met {TOPICS[n * 7 % 10]} officials.</description></item>"
        for n in range(count)
    )


async def test_a_feeds_new_items_are_stored_in_a_few_statements(sessions, feed_server: FeedServer) -> None:
    """20 new items: candidates looked up, clusters and stories inserted per batch, not a round of
    statements per story (which made storing cost ten times the parse)."""
    url = feed_server.route("/many", f'<?xml version="1.0"?><rss version="2.0"><channel>{_items(20, "dock")}</channel></rss>')
    config = config_for([], feeds=[url])
    await sync_sources(sessions, config)
    statements: list[str] = []
    engine = sessions.kw["bind"].sync_engine

    def record(_conn, _cursor, statement: str, *_args: object) -> None:  # type: ignore[no-untyped-def]
        statements.append(" ".join(statement.split()).upper())

    event.listen(engine, "before_cursor_execute", record)
    try:
        summary = await ingest_all(sessions, config)
    finally:
        event.remove(engine, "before_cursor_execute", record)

    assert summary.new == 20 and not summary.failed
    assert sum(statement.startswith("INSERT INTO STORY_CLUSTERS") for statement in statements) == 1
    assert sum(statement.startswith("INSERT INTO STORIES") for statement in statements) == 1
    assert sum(statement.startswith("SELECT") and "FROM STORIES" in statement for statement in statements) <= 3
    async with sessions() as session:
        assert len(set(await session.scalars(select(Story.cluster_id)))) == 20
        on_postgresql = dialect_of(session) == "postgresql"
    assert ("SET LOCAL SYNCHRONOUS_COMMIT TO OFF" in statements) == on_postgresql


async def test_commits_skip_the_wait_for_the_disk_only_in_their_own_transaction(sessions) -> None:
    async with sessions.begin() as session:
        await commit_without_waiting_for_disk(session)  # on SQLite: nothing to do (synchronous=NORMAL)
        if dialect_of(session) != "postgresql":
            return
        assert await session.scalar(text("SHOW synchronous_commit")) == "off"
    async with sessions.begin() as session:
        assert await session.scalar(text("SHOW synchronous_commit")) != "off"


async def test_copies_within_one_batch_join_the_first_ones_cluster(sessions, feed_server: FeedServer) -> None:
    """A batch is matched against itself too: an exact copy (same text, new guid), a copy under the same
    URL and a near copy (one more sentence) of an item earlier in the same feed join its cluster."""
    text = "Dockers strike over safety at the port. " + " ".join(
        f"word{chr(97 + n % 26)}{chr(97 + n * 7 % 26)} strike" for n in range(80)
    )
    items = (
        f"<item><title>Port strike</title><link>https://news.example/port</link><guid>first</guid><description>{text}</description></item>"
        f"<item><title>Port strike</title><guid>exact</guid><description>{text}</description></item>"
        f"<item><title>Port strike, updated</title><link>https://news.example/port?utm_source=x</link><guid>same-url</guid>"
        f"<description>Other words entirely.</description></item>"
        f"<item><title>Port strike</title><guid>near</guid><description>{text} Updated.</description></item>"
        f"{_items(2, 'school')}"
    )
    url = feed_server.route("/copies", f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>')
    config = config_for([], feeds=[url])
    await sync_sources(sessions, config)

    summary = await ingest_all(sessions, config)

    assert (summary.new, summary.duplicates) == (3, 3)
    async with sessions() as session:
        cluster_of = dict((await session.execute(select(Story.guid, Story.cluster_id))).all())
    assert cluster_of["exact"] == cluster_of["same-url"] == cluster_of["near"] == cluster_of["first"]
    assert len({cluster_of["first"], cluster_of["school-0"], cluster_of["school-1"]}) == 3


# --- feeds stored together ---------------------------------------------------------------------


def _fetched(feed: Source, *entries: tuple[str, str, str]) -> FetchedFeedResult:
    """A full answer of `feed` holding (guid, title, text) entries."""
    items = tuple(FeedEntry(guid, None, title, text, None, ()) for guid, title, text in entries)
    return FetchedFeedResult(feed, FetchResult(feed.location, "ok", 200, f'"{feed.id}"', None, f"Feed {feed.id}", items, None, None))


STRIKE = ("strike", "Dockers strike in Rotterdam", "Port workers walked out on Monday over safety and staffing at the terminals.")
PAY = ("pay", "Teachers win pay deal", "Teachers in the capital won a new agreement after a two-week strike over pay.")
NURSES = ("nurses", "Nurses strike in Lagos", "Nurses in Lagos stopped work over unpaid wages and the closure of two wards.")


async def _three_feeds(sessions: async_sessionmaker[AsyncSession]) -> list[Source]:
    config = config_for([], [f"https://feeds.example/{name}" for name in ("one", "two", "three")])
    await sync_sources(sessions, config)
    async with sessions() as session:
        return list(await session.scalars(select(Source).order_by(Source.id)))


async def test_feeds_stored_together_match_one_by_one_in_a_few_statements(sessions) -> None:
    """Three waiting feeds share one transaction: a guid already stored is known, a copy of an earlier
    feed's story joins its cluster, each feed's poll is recorded; one insert of stories for all."""
    one, two, three = await _three_feeds(sessions)
    await record_feed_results(sessions, [_fetched(one, STRIKE)], IngestSummary())  # stored alone: one feed
    statements: list[str] = []
    engine = sessions.kw["bind"].sync_engine

    def record(_conn, _cursor, statement: str, *_args: object) -> None:  # type: ignore[no-untyped-def]
        statements.append(" ".join(statement.split()).upper())

    summary = IngestSummary()
    event.listen(engine, "before_cursor_execute", record)
    try:
        reports = await record_feed_results(sessions, [
            _fetched(one, STRIKE, PAY), _fetched(two, ("copy", *PAY[1:]), NURSES, ("nurses", "Again", "Twice in one feed.")),
            _fetched(three),
        ], summary)
    finally:
        event.remove(engine, "before_cursor_execute", record)

    assert summary.reports == reports
    assert [(r.source_id, r.new, r.duplicates, r.known, r.unchanged, r.error) for r in reports] == [
        (one.id, 1, 0, 1, False, None), (two.id, 1, 1, 1, False, None), (three.id, 0, 0, 0, True, None),
    ]
    assert sum(statement.startswith("INSERT INTO STORIES") for statement in statements) == 1
    assert sum(statement.startswith("UPDATE SOURCES") for statement in statements) == 1
    assert sum(statement.startswith("SELECT") and "FROM STORIES" in statement for statement in statements) <= 3
    async with sessions() as session:
        cluster_of = dict((await session.execute(select(Story.guid, Story.cluster_id))).all())
        assert set(cluster_of) == {"strike", "pay", "copy", "nurses"}
        assert cluster_of["copy"] == cluster_of["pay"] and len(set(cluster_of.values())) == 3
        polled = list(await session.scalars(select(Source).order_by(Source.id)))
    assert [(source.etag, source.title, source.consecutive_failures) for source in polled] == [
        (f'"{source.id}"', f"Feed {source.id}", 0) for source in (one, two, three)
    ]
    assert all(source.next_poll_at > dt.datetime.now(dt.UTC) + dt.timedelta(minutes=25) for source in polled)


async def test_a_feed_the_database_refuses_fails_alone_when_stored_together(sessions, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    one, two, three = await _three_feeds(sessions)
    add_stories = pipeline.story_queries.add_stories

    async def refuse_nurses(session: AsyncSession, stories: list[tuple[object, int]]) -> None:
        if any(story.guid == "nurses" for story, _ in stories):  # type: ignore[attr-defined]
            raise sqlalchemy.exc.DataError("INSERT INTO stories", {}, Exception("value too long for type character varying(1024)"))
        await add_stories(session, stories)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline.story_queries, "add_stories", refuse_nurses)
    summary = IngestSummary()
    reports = await record_feed_results(sessions, [_fetched(one, STRIKE), _fetched(two, NURSES), _fetched(three, PAY)], summary)

    assert [(r.source_id, r.new, r.error) for r in reports] == [
        (one.id, 1, None), (two.id, 0, "could not store the items: value too long for type character varying(1024)"),
        (three.id, 1, None),
    ]
    assert summary.reports == reports and [r.label for r in summary.failed] == [two.location]
    async with sessions() as session:
        assert set(await session.scalars(select(Story.guid))) == {"strike", "pay"}
        polled = list(await session.scalars(select(Source).order_by(Source.id)))
    assert [(source.consecutive_failures, source.etag) for source in polled] == [(0, f'"{one.id}"'), (1, None), (0, f'"{three.id}"')]


def test_waiting_feeds_are_taken_oldest_first_up_to_a_batch_of_entries() -> None:
    feed = Source(id=1, location="https://feeds.example/one")

    def sized(count: int) -> FetchedFeedResult:
        return _fetched(feed, *((f"g{n}", "t", "x") for n in range(count)))

    waiting = [sized(150), sized(50), sized(1), sized(250), sized(3)]
    sizes = []
    while waiting:
        sizes.append([len(item.result.entries) for item in _take_waiting(waiting)])
    assert sizes == [[150, 50], [1], [250], [3]]  # a feed over the batch size goes alone
    assert STORE_BATCH_SIZE == 200


def clusters_one_by_one(stories: list[NewStory], stored: list[StoredCandidate]) -> list[tuple[ClusterRef, bool]]:
    """choose_clusters spelt out: each story against every stored and earlier story, in the order a lookup
    finds them (same content, same canonical URL, then per band the stories sharing it, oldest first)."""
    known: list[tuple[ClusterRef, str, str | None, int, tuple[int, ...]]] = [
        (ClusterRef(False, c.cluster_id), c.content_hash, c.canonical_url, c.fingerprint, tuple(c.bands)) for c in stored
    ]
    choices: list[tuple[ClusterRef, bool]] = []
    opened = 0
    for story in stories:
        found = next((ref for ref, content, _, _, _ in known if content == story.content_hash), None)
        if found is None and story.canonical_url:
            found = next((ref for ref, _, url, _, _ in known if url == story.canonical_url), None)
        if found is None:
            found = next((ref for band in range(4) for ref, _, _, fingerprint, bands in known
                          if bands[band] == story.bands[band] and dedup.is_near_duplicate(
                              dedup.to_unsigned64(story.fingerprint), dedup.to_unsigned64(fingerprint))), None)
        ref = found if found is not None else ClusterRef(True, opened)
        opened += found is None
        choices.append((ref, found is None))
        known.append((ref, story.content_hash, story.canonical_url, story.fingerprint, tuple(story.bands)))
    return choices


FINGERPRINT_ROOTS = (0, (1 << 64) - 1, 0x0123_4567_89AB_CDEF, 0xF0F0_0000_FFFF_1234)


@st.composite
def story_facts(draw: st.DrawFn) -> tuple[str, str | None, int]:
    """A content hash, a canonical URL and a fingerprint a few bits away from one of a few roots."""
    fingerprint = draw(st.sampled_from(FINGERPRINT_ROOTS))
    for bit in draw(st.lists(st.integers(0, 63), max_size=6)):
        fingerprint ^= 1 << bit
    return draw(st.sampled_from("abcdefgh")), draw(st.sampled_from([None, "u1", "u2", "u3"])), fingerprint


def story_with(facts: tuple[str, str | None, int]) -> NewStory:
    content_hash, url, fingerprint = facts
    return replace(new_story(1, "guid", None, "text"), content_hash=content_hash, canonical_url=url,
                   fingerprint=dedup.to_signed64(fingerprint), bands=dedup.fingerprint_bands(fingerprint))


@settings(max_examples=300)
@given(st.lists(story_facts(), max_size=12), st.lists(story_facts(), max_size=12), st.lists(st.integers(1, 5), max_size=12))
def test_clusters_are_chosen_as_one_by_one(stored_facts: list[tuple[str, str | None, int]],
                                           new_facts: list[tuple[str, str | None, int]], cluster_ids: list[int]) -> None:
    stored = [
        StoredCandidate(cluster_ids[number % len(cluster_ids)] if cluster_ids else number, dedup.to_signed64(fingerprint),
                        content_hash, url, dedup.fingerprint_bands(fingerprint))
        for number, (content_hash, url, fingerprint) in enumerate(stored_facts)
    ]
    stories = [story_with(facts) for facts in new_facts]
    assert choose_clusters(stories, stored) == clusters_one_by_one(stories, stored)
