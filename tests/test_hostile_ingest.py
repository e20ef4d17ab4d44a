"""Hostile feeds and corpus documents through ingest into SQLite and PostgreSQL (issue 15): each is
stored, in bounded transactions, or counted as a failure with a reason the admins see."""

from __future__ import annotations

import codecs
import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy.exc
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

import bot.ingest.pipeline
from bot.config import parse_config
from bot.ingest.pipeline import ingest_all, sync_sources
from storage.models import Source, Story
from tests.feedserver import FeedServer

GOOD_TEXT = "Miners in Zambia marched to the copper company's offices to demand safety equipment. " * 5


def config_for(corpus: list[str] = (), feeds: list[str] = ()) -> object:  # type: ignore[assignment]
    return parse_config(
        {
            "corpus": {"paths": list(corpus)},
            "feeds": [{"url": url, "interval": 30} for url in feeds],
            "fetch": {"allow_private_addresses": True, "timeout_seconds": 5},
        },
        environ={},
    )


def rss(items: str, title: str = "Labour news") -> str:
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>{items}</channel></rss>'


async def ingest(sessions: async_sessionmaker[AsyncSession], config: object):  # type: ignore[no-untyped-def]
    await sync_sources(sessions, config)  # type: ignore[arg-type]
    return await ingest_all(sessions, config)  # type: ignore[arg-type]


async def stories(sessions: async_sessionmaker[AsyncSession]) -> list[Story]:
    async with sessions() as session:
        return list(await session.scalars(select(Story).order_by(Story.id)))


async def feed_source(sessions: async_sessionmaker[AsyncSession], url: str) -> Source:
    async with sessions() as session:
        return await session.scalar(select(Source).where(Source.location == url))


# --- values PostgreSQL refuses ------------------------------------------------------------------


async def test_over_long_values_and_nuls_are_stored_not_dropped(sessions, feed_server: FeedServer) -> None:
    long_guid = "urn:guid:" + "g" * 2_000
    long_link = "https://news.example/" + "p" * 3_000
    items = (
        f"<item><title>Dockers strike</title><guid>{long_guid}</guid><link>{long_link}</link>"
        "<description>Port workers walked out over safety.</description></item>"
        "<item><title>Teachers&#0; win</title><guid>nul-&#0;-guid</guid>"
        "<description>Teachers won a pay deal&#0; after a strike.</description></item>"
    )
    url = feed_server.route(
        "/rss", rss(items, title="F" * 600), etag='"' + "e" * 600 + '"', last_modified="Mon, " + "x" * 200
    )

    summary = await ingest(sessions, config_for(feeds=[url]))

    assert not summary.failed and summary.new == 2
    stored = await stories(sessions)
    assert [story.title for story in stored] == ["Dockers strike", "Teachers win"]
    assert stored[0].guid.startswith("sha256:") and stored[0].url is None
    assert "\x00" not in stored[1].guid + stored[1].text
    source = await feed_source(sessions, url)
    assert (source.consecutive_failures, source.etag, source.last_modified) == (0, None, None)
    assert len(source.title) == 512 and source.title.endswith("…")

    again = await ingest_all(sessions, config_for(feeds=[url]))  # type: ignore[arg-type]
    assert not again.failed and again.new == 0 and again.reports[0].known == 2


async def test_a_database_error_while_storing_is_a_feed_failure_admins_see(
    sessions, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = feed_server.route("/rss", rss("<item><title>Dockers strike</title><guid>a</guid></item>"))

    async def refuse(*_args: object, **_kwargs: object) -> int:
        raise sqlalchemy.exc.DataError("INSERT INTO stories", {}, Exception("value too long for type character varying(1024)"))

    monkeypatch.setattr(bot.ingest.pipeline.story_queries, "add_stories", refuse)
    summary = await ingest(sessions, config_for(feeds=[url]))

    assert [report.error for report in summary.failed] == [
        "could not store the items: value too long for type character varying(1024)"
    ]
    source = await feed_source(sessions, url)
    assert source.consecutive_failures == 1
    assert source.last_error == "could not store the items: value too long for type character varying(1024)"
    assert source.etag is None and await stories(sessions) == []


# --- dates, identities, rewrites -----------------------------------------------------------------


async def test_a_date_in_the_future_is_stored_as_the_fetch_time(sessions, feed_server: FeedServer) -> None:
    items = (
        "<item><title>From the future</title><guid>f</guid><pubDate>Fri, 31 Dec 9999 23:59:59 GMT</pubDate></item>"
        "<item><title>From the past</title><guid>p</guid><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item>"
    )
    url = feed_server.route("/rss", rss(items))
    before = dt.datetime.now(dt.UTC)

    await ingest(sessions, config_for(feeds=[url]))

    future, past = await stories(sessions)
    assert before - dt.timedelta(seconds=1) <= future.published_at <= dt.datetime.now(dt.UTC)
    assert past.published_at == dt.datetime(2026, 11, 2, 10, tzinfo=dt.UTC)


async def test_ten_items_with_only_a_description_are_ten_stories(sessions, feed_server: FeedServer) -> None:
    places = ["Lusaka", "Lagos", "Dhaka", "Lima", "Manila", "Seoul", "Tunis", "Quito", "Accra", "Hanoi"]
    items = "".join(
        f"<item><description>Transport workers in {place} held a meeting about {trade} wages and a strike ballot.</description></item>"
        for place, trade in zip(places, ["bus", "rail", "port", "taxi", "ferry", "truck", "metro", "airport", "tram", "cargo"], strict=True)
    )
    url = feed_server.route("/rss", rss(items))

    summary = await ingest(sessions, config_for(feeds=[url]))

    assert summary.new == 10 and len(await stories(sessions)) == 10


async def test_a_feed_rewriting_guids_and_stamps_every_poll_alerts_once(sessions, feed_server: FeedServer) -> None:
    texts = [
        ("Dockers strike in Rotterdam", "Port workers walked out on Monday over safety rules, their union said."),
        ("Teachers win pay deal", "Teachers in the capital won a new agreement after a two-week strike."),
        ("Miners march in Kitwe", "Copper miners marched to the company offices demanding protective equipment."),
    ]

    def poll_body(poll: int) -> str:
        return rss("".join(
            f"<item><title>{title}</title><guid>{poll}-{n}-{hash((poll, n)) & 0xFFFFFFFF:08x}</guid>"
            f"<description>{text} Updated 10:{poll:02d}:{n:02d}, ref {(poll * 7919 + n) * 104729:x}.</description></item>"
            for n, (title, text) in enumerate(texts)
        ))

    async def cluster_ids() -> set[int]:
        async with sessions() as session:
            return set(await session.scalars(select(Story.cluster_id)))

    url = feed_server.route("/rss", poll_body(1))
    first = await ingest(sessions, config_for(feeds=[url]))
    clusters_after_first = await cluster_ids()
    feed_server.route("/rss", poll_body(2))
    second = await ingest_all(sessions, config_for(feeds=[url]))  # type: ignore[arg-type]

    assert first.new == 3
    assert (second.new, second.duplicates, await cluster_ids()) == (0, 3, clusters_after_first)


# --- bounded transactions ------------------------------------------------------------------------


@pytest.fixture
def transaction_sizes(sessions: async_sessionmaker[AsyncSession]) -> Iterator[list[int]]:
    """The number of stories inserted by each committed transaction on the test database."""
    engine = sessions.kw["bind"].sync_engine
    sizes: list[int] = []
    pending = {"stories": 0}

    def count_insert(_conn, cursor, statement: str, parameters, _context, executemany: bool) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("INSERT INTO STORIES"):  # several rows per statement
            pending["stories"] += len(parameters) if executemany else cursor.rowcount

    def on_commit(_conn) -> None:  # type: ignore[no-untyped-def]
        if pending["stories"]:
            sizes.append(pending["stories"])
        pending["stories"] = 0

    event.listen(engine, "after_cursor_execute", count_insert)
    event.listen(engine, "commit", on_commit)
    yield sizes
    event.remove(engine, "after_cursor_execute", count_insert)
    event.remove(engine, "commit", on_commit)


async def test_a_large_feed_is_stored_in_bounded_transactions(
    sessions, feed_server: FeedServer, transaction_sizes: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bot.ingest.pipeline, "STORE_BATCH_SIZE", 40)
    monkeypatch.setattr(bot.ingest.pipeline, "BATCH_PAUSE_SECONDS", 0)
    items = "".join(
        f"<item><title>Report {n}</title><guid>r-{n}</guid><description>Committee report number {n} "
        f"on {['wages', 'safety', 'hours', 'pensions'][n % 4]} at plant {n}.</description></item>"
        for n in range(400)
    )
    url = feed_server.route("/big", rss(items))

    summary = await ingest(sessions, config_for(feeds=[url]))

    assert not summary.failed and summary.new + summary.duplicates == 400
    assert sum(transaction_sizes) == 400 and max(transaction_sizes) <= 40


async def test_a_large_corpus_document_is_stored_in_bounded_transactions(
    sessions, tmp_path: Path, transaction_sizes: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bot.ingest.pipeline, "STORE_BATCH_SIZE", 30)
    monkeypatch.setattr(bot.ingest.pipeline, "BATCH_PAUSE_SECONDS", 0)
    trades = ["bus", "rail", "port", "taxi", "ferry", "truck", "metro", "airport", "tram", "cargo", "mine", "mill"]
    entries = [
        f"date 2025-01-{1 + n % 28:02d} {trades[n % 12].title()} workers meet in district {n}\n\n"
        f"The {trades[n % 12]} union met {trades[(n * 5 + 3) % 12]} delegates about {trades[(n * 7 + 1) % 12]} safety "
        f"and the {trades[(n * 11 + 2) % 12]} contract, story {n}."
        for n in range(100)
    ]
    (tmp_path / "big.txt").write_text("\n\n".join(entries), encoding="utf-8")

    summary = await ingest(sessions, config_for(corpus=[str(tmp_path)]))

    assert not summary.failed and summary.new + summary.duplicates == 100
    assert sum(transaction_sizes) == 100 and max(transaction_sizes) <= 30


async def test_a_concurrent_write_gets_through_while_a_large_feed_is_stored(
    tmp_path: Path, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite: while ingest stores 600 items, another connection with a 1 s busy timeout writes
    repeatedly; each write must get the lock between two batches."""
    import asyncio

    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    from storage.db import create_engine, session_factory, upgrade_database

    monkeypatch.setattr(bot.ingest.pipeline, "STORE_BATCH_SIZE", 50)
    url_db = f"sqlite+aiosqlite:///{tmp_path / 'lock.db'}"
    engine = create_engine(url_db)
    await upgrade_database(engine)
    other = create_async_engine(url_db, connect_args={"timeout": 1})
    items = "".join(
        f"<item><title>Report {n}</title><guid>r-{n}</guid><description>Committee report {n} on plant {n} and its "
        f"{['wages', 'safety', 'hours', 'pensions', 'leave'][n % 5]} dispute.</description></item>"
        for n in range(600)
    )
    url = feed_server.route("/big", rss(items))
    sessions = session_factory(engine)
    writes = 0
    try:
        await sync_sources(sessions, config_for(feeds=[url]))  # type: ignore[arg-type]
        ingesting = asyncio.create_task(ingest_all(sessions, config_for(feeds=[url])))  # type: ignore[arg-type]
        while not ingesting.done():
            async with other.begin() as connection:  # raises "database is locked" after 1 s of waiting
                await connection.execute(text("UPDATE sources SET name = 'renamed' WHERE id = 1"))
            writes += 1
            await asyncio.sleep(0.05)
        summary = await ingesting
    finally:
        await other.dispose()
        await engine.dispose()
    assert summary.new + summary.duplicates == 600 and writes > 0


# --- the corpus ----------------------------------------------------------------------------------


async def test_one_bad_corpus_file_never_stops_the_others_or_the_feeds(
    sessions, tmp_path: Path, feed_server: FeedServer
) -> None:
    for number, place in enumerate(["Zambia", "Ghana", "Peru", "Chile", "Nepal"]):
        body = f"Strike news from {place}\n\n" + GOOD_TEXT.replace("Zambia", place)
        (tmp_path / f"good{number}.txt").write_text(body, encoding="utf-8")
    odd_utf16 = codecs.BOM_UTF16_LE + ("Dockers strike in Antwerp\n\n" + GOOD_TEXT.replace("Zambia", "Belgium")).encode("utf-16-le") + b"x"
    (tmp_path / "odd-utf16.txt").write_bytes(odd_utf16)
    japanese = "東京の港湾労働者がストライキ\n\n" + "東京の港湾労働者が賃上げを求めてストライキを行った。労働組合は安全対策の改善も要求している。" * 4
    (tmp_path / "shift-jis.txt").write_bytes(japanese.encode("shift_jis"))
    (tmp_path / "nul.txt").write_text("Bakers walk out\n\n" + GOOD_TEXT.replace("Miners", "Bakers\x00", 1), encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    url = feed_server.route("/rss", rss("<item><title>Feed story</title><guid>f1</guid></item>"))

    summary = await ingest(sessions, config_for(corpus=[str(tmp_path)], feeds=[url]))

    assert not summary.failed
    stored = await stories(sessions)
    assert sorted(story.title or "" for story in stored) == sorted(
        [f"Strike news from {place}" for place in ["Zambia", "Ghana", "Peru", "Chile", "Nepal"]]
        + ["Dockers strike in Antwerp", "Bakers walk out", "Feed story", ""]  # a Japanese line has no spaces: no headline
    )
    assert any(story.text.startswith("東京の港湾労働者がストライキ") for story in stored)
    warnings = "\n".join(summary.lines())
    assert "odd-utf16.txt: not valid UTF-16-LE" in warnings
    assert "shift-jis.txt: not UTF-8 (bad byte at position 0); read as Shift-JIS" in warnings
    assert "image.txt: binary file" in warnings
    assert all("\x00" not in story.text for story in stored)


async def test_corpus_documents_are_split_off_the_event_loop(
    sessions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "news.txt").write_text("Strike at the port\n\n" + GOOD_TEXT, encoding="utf-8")
    threads: list[threading.Thread] = []
    real_split = bot.ingest.pipeline.split_document

    def recording_split(text: str):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real_split(text)

    monkeypatch.setattr(bot.ingest.pipeline, "split_document", recording_split)
    summary = await ingest(sessions, config_for(corpus=[str(tmp_path)]))

    assert summary.new == 1
    assert threads and threading.main_thread() not in threads


async def test_matching_a_copy_reads_one_row_however_many_copies_exist(
    sessions, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A feed repeating one item under 300 guids: each copy joins the cluster through a single stored
    row, not by reading the whole (growing) cluster, which made 25,000 copies quadratic."""
    from storage.stories import duplicate_candidates

    monkeypatch.setattr(bot.ingest.pipeline, "BATCH_PAUSE_SECONDS", 0)
    items = "".join(
        f"<item><title>Same story</title><guid>copy-{n}</guid><description>Dockers strike over safety.</description></item>"
        for n in range(300)
    )
    url = feed_server.route("/copies", rss(items))
    summary = await ingest(sessions, config_for(feeds=[url]))
    assert (summary.new, summary.duplicates) == (1, 299)

    copy = bot.ingest.pipeline.new_story(1, "copy-300", "Same story", "Dockers strike over safety.")
    async with sessions() as session:
        candidates = await duplicate_candidates(session, [copy])
    assert len(candidates) == 1 and candidates[0].content_hash == copy.content_hash
