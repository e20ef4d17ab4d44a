"""Discovered unions on SQLite and PostgreSQL: recorded as stories are tagged, routed to their followers,
merged into a directory union (tags and followers move) or rejected (never tagged again); and story languages."""

from __future__ import annotations

import argparse
import datetime as dt

from sqlalchemy import select

from bot.chats.discovered import followable_directory, followable_unions, merge_discovered_the_directory_knows, settle
from bot.config import parse_config
from bot.ingest.feeds import parse_feed
from bot.ingest.pipeline import feed_entry_story, new_story, store_new_stories
from bot.matching import (
    Evidence,
    StoryTags,
    UnionTag,
    default_directory,
    default_tagger,
    detect_language,
    discovered_union_id,
    resolve,
)
from bot.preview import resolve_interests
from bot.routing.route import process_new_clusters
from bot.services import Services
from storage import discovered as queries
from storage.discovered import FoundUnion
from storage.models import Alert, DiscoveredUnion, Source, Story, StoryTag, Subscriber, Subscription
from storage.stories import known_guids_of_sources

GARMENT_ID = discovered_union_id("Sylhet Tea Garden Sramik Federation", "BD")
GARMENT = FoundUnion(GARMENT_ID, "Sylhet Tea Garden Sramik Federation", "SYLTEA", "BD")
DOCKERS_ID = "found:xx:dock-workers-syndicate"
DOCKERS = FoundUnion(DOCKERS_ID, "Dock Workers Syndicate", None, None)


def found_tag(union: FoundUnion, salience: str = "primary") -> UnionTag:
    return UnionTag(union.union_id, union.name, union.acronym, union.country, salience,
                    (Evidence(union.name, 0, len(union.name), "text"),))


class TaggerFinding:
    """The bundled tagger, plus the found unions a story names by their full names (what the union
    recogniser of issue 9 reports; built elsewhere, so the tags are constructed here)."""

    def __init__(self, *unions: FoundUnion) -> None:
        self.unions = unions

    def tag(self, title: str | None, text: str, language: str | None = None) -> StoryTags:
        tags = default_tagger().tag(title, text, language)
        story = f"{title or ''}\n{text}"
        found = tuple(found_tag(union) for union in self.unions if union.name in story)
        return StoryTags(tags.countries, tags.unions + found)


async def ingest(sessions, *stories: tuple[str, str], language: str | None = None) -> list[int]:
    """Store stories from one feed as ingest does; the ids of all the feed's stories so far."""
    async with sessions.begin() as session:
        source = await session.scalar(select(Source).where(Source.location == "https://news.test/rss"))
        if source is None:
            source = Source(kind="feed", location="https://news.test/rss", name="News")
            session.add(source)
            await session.flush()
        for index, (title, text) in enumerate(stories):
            guid = f"{title}-{index}"
            if (source.id, guid) not in await known_guids_of_sources(session, {source.id: [guid]}):  # stored earlier
                await store_new_stories(session, [new_story(source.id, guid, title, text, declared_language=language)])
        return list(await session.scalars(select(Story.id).where(Story.source_id == source.id).order_by(Story.id)))


async def follow(sessions, chat_id: int, *topics: tuple[str, str, str]) -> None:
    async with sessions.begin() as session:
        subscriber = Subscriber(chat_id=chat_id)
        subscriber.subscriptions = [Subscription(kind=kind, value=value, label=label) for kind, value, label in topics]
        session.add(subscriber)


async def alerted(sessions) -> list[tuple[int, str, list[str]]]:
    """(chat, story title, matched labels) for every queued alert."""
    async with sessions() as session:
        rows = await session.execute(select(Subscriber.chat_id, Story.title, Alert.matched)
                                     .join(Alert, Alert.subscriber_id == Subscriber.id)
                                     .join(Story, Story.id == Alert.story_id).order_by(Alert.id))
        return [(chat_id, title, [entry["label"] for entry in matched]) for chat_id, title, matched in rows]


async def union_tags(sessions) -> set[tuple[str, str]]:
    async with sessions() as session:
        rows = await session.execute(select(Story.title, StoryTag.value).join(StoryTag, StoryTag.cluster_id == Story.cluster_id)
                                     .where(StoryTag.kind == "union"))
        return {(title, value) for title, value in rows}


async def subscriptions(sessions) -> set[tuple[int, str, str]]:
    async with sessions() as session:
        rows = await session.execute(select(Subscriber.chat_id, Subscription.value, Subscription.label)
                                     .join(Subscription, Subscription.subscriber_id == Subscriber.id))
        return set(rows)


# --- storage ---


async def test_record_found_counts_stories_and_keeps_the_first_example(sessions) -> None:
    first, second = await ingest(sessions, ("Garment strike", "text one"), ("Garment march", "text two"))
    async with sessions.begin() as session:
        await queries.record_found(session, [GARMENT, FoundUnion(DOCKERS_ID, DOCKERS.name, None, None)], first)
    later = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    async with sessions.begin() as session:
        await queries.record_found(session, [FoundUnion(DOCKERS_ID, "Dockworkers Syndicate", "DWS", None)], second, later)
    async with sessions() as session:
        found = await queries.by_union_ids(session, [GARMENT_ID, DOCKERS_ID, "found:xx:nothing"])
        assert set(found) == {GARMENT_ID, DOCKERS_ID}
        dockers = found[DOCKERS_ID]
        assert (dockers.name, dockers.acronym, dockers.story_count, dockers.example_story_id, dockers.status) == (
            "Dock Workers Syndicate", "DWS", 2, first, "new")
        assert dockers.last_seen_at == later and dockers.first_seen_at < later
        assert (found[GARMENT_ID].country, found[GARMENT_ID].story_count) == ("BD", 1)
        assert await queries.count_new(session) == 2
        page = await queries.new_page(session, 0, 10)
        assert [(item.union.union_id, item.example_title) for item in page] == [
            (DOCKERS_ID, "Garment strike"), (GARMENT_ID, "Garment strike")]  # most stories first
        assert [item.union.union_id for item in await queries.new_page(session, 1, 10)] == [GARMENT_ID]
        assert (await queries.find(session, str(found[GARMENT_ID].id))).union_id == GARMENT_ID
        assert (await queries.find(session, GARMENT_ID)).id == found[GARMENT_ID].id
        assert await queries.find(session, "999") is None
        assert await queries.find(session, "99999999999999999999") is None  # beyond PostgreSQL's integer


async def test_merge_moves_tags_and_followers_to_the_directory_union(sessions) -> None:
    both, only_found = await ingest(sessions, ("Both named", "x"), ("Only the found name", "y"))
    async with sessions.begin() as session:
        await queries.record_found(session, [GARMENT], both)
        for story_id, values in ((both, [GARMENT_ID, "ituc"]), (only_found, [GARMENT_ID])):
            cluster_id = (await session.get(Story, story_id)).cluster_id
            session.add_all(StoryTag(cluster_id=cluster_id, kind="union", value=value, label=value, salience="primary",
                                     evidence=[]) for value in values)
    await follow(sessions, 1, ("union", GARMENT_ID, "SYLTEA"))
    await follow(sessions, 2, ("union", GARMENT_ID, "SYLTEA"), ("union", "ituc", "ITUC"))
    await follow(sessions, 3, ("union", "ituc", "ITUC"))
    async with sessions.begin() as session:
        union = await queries.find(session, GARMENT_ID)
        moved = await queries.merge(session, union, "ituc", "International Trade Union Confederation", "ITUC label", 42)
    assert moved == 1  # chat 2 already followed the ITUC: its second subscription is dropped
    assert await subscriptions(sessions) == {(1, "ituc", "ITUC label"), (2, "ituc", "ITUC"), (3, "ituc", "ITUC")}
    assert await union_tags(sessions) == {("Both named", "ituc"), ("Only the found name", "ituc")}
    async with sessions() as session:
        union = await queries.find(session, GARMENT_ID)
        assert (union.status, union.merged_into, union.decided_by) == ("merged", "ituc", 42)
        assert await queries.count_new(session) == 0
        assert [row.union_id for row in await queries.followable(session)] == [GARMENT_ID]


async def test_reject_unfollows_and_untags_and_names_the_followers(sessions) -> None:
    [story] = await ingest(sessions, ("Named", "x"))
    async with sessions.begin() as session:
        await queries.record_found(session, [DOCKERS], story)
        cluster_id = (await session.get(Story, story)).cluster_id
        session.add(StoryTag(cluster_id=cluster_id, kind="union", value=DOCKERS_ID, label="DWS", salience="primary", evidence=[]))
    await follow(sessions, 5, ("union", DOCKERS_ID, "DWS"), ("country", "AZ", "Azerbaijan"))
    await follow(sessions, -100, ("union", DOCKERS_ID, "DWS"))
    async with sessions.begin() as session:
        session.add(Subscriber(chat_id=6, active=False, subscriptions=[Subscription(kind="union", value=DOCKERS_ID, label="DWS")]))
    async with sessions.begin() as session:
        followers = await queries.reject(session, await queries.find(session, DOCKERS_ID), 42)
    assert [(follower.chat_id, follower.chat_type) for follower in followers] == [(5, "private"), (-100, "private")]
    assert await subscriptions(sessions) == {(5, "AZ", "Azerbaijan")}
    assert await union_tags(sessions) == set()
    async with sessions() as session:
        assert (await queries.find(session, DOCKERS_ID)).status == "rejected"
        assert await queries.followable(session) == []


# --- tagging and routing ---


async def test_a_found_union_is_recorded_and_its_stories_reach_its_followers(sessions) -> None:
    await follow(sessions, 1, ("union", GARMENT_ID, "Sylhet Tea Garden Sramik Federation"))
    await follow(sessions, 2, ("union", "ituc", "ITUC"))
    tagger = TaggerFinding(GARMENT, DOCKERS)
    await ingest(sessions, ("Garment workers rally in Dhaka", "The Sylhet Tea Garden Sramik Federation marched."),
                 ("Port news", "The Dock Workers Syndicate met."))
    await process_new_clusters(sessions, tagger)
    assert await alerted(sessions) == [(1, "Garment workers rally in Dhaka", ["Sylhet Tea Garden Sramik Federation"])]
    async with sessions() as session:
        recorded = {row.union_id: row.story_count for row in await queries.followable(session)}
    assert recorded == {GARMENT_ID: 1, DOCKERS_ID: 1}

    # merged: later stories are tagged with the directory union, and reach its followers (the moved one too)
    async with sessions.begin() as session:
        await queries.merge(session, await queries.find(session, GARMENT_ID), "ituc", "ITUC name", "ITUC label", None)
    await ingest(sessions, ("Garment union joins ITUC", "The Sylhet Tea Garden Sramik Federation joined."))
    await process_new_clusters(sessions, tagger)
    assert sorted(await alerted(sessions)) == [(1, "Garment union joins ITUC", ["ITUC label"]),
                                               (1, "Garment workers rally in Dhaka", ["Sylhet Tea Garden Sramik Federation"]),
                                               (2, "Garment union joins ITUC", ["ITUC"])]
    assert ("Garment union joins ITUC", "ituc") in await union_tags(sessions)

    # rejected: never tagged again
    async with sessions.begin() as session:
        await queries.reject(session, await queries.find(session, DOCKERS_ID), None)
    await ingest(sessions, ("Port strike", "The Dock Workers Syndicate struck."))
    await process_new_clusters(sessions, tagger)
    assert not any(value == DOCKERS_ID for _, value in await union_tags(sessions))
    async with sessions() as session:
        dockers = await queries.find(session, DOCKERS_ID)
    assert (dockers.status, dockers.story_count) == ("rejected", 2)


def test_settle_joins_a_merged_union_with_its_directory_tag_and_drops_rejected_ones() -> None:
    merged = DiscoveredUnion(union_id=GARMENT_ID, name=GARMENT.name, country="BD", status="merged",
                             merged_into="ituc", merged_name="ITUC name")
    rejected = DiscoveredUnion(union_id=DOCKERS_ID, name=DOCKERS.name, status="rejected")
    directory_tag = UnionTag("ituc", "ITUC name", "ITUC", None, "mentioned", (Evidence("ITUC", 0, 4, "text"),))
    tags = StoryTags((), (found_tag(GARMENT), found_tag(DOCKERS), directory_tag))
    [union] = settle(tags, {GARMENT_ID: merged, DOCKERS_ID: rejected}).unions
    assert (union.union_id, union.name, union.acronym, union.salience) == ("ituc", "ITUC name", "ITUC", "primary")
    assert [item.text for item in union.evidence] == [GARMENT.name, "ITUC"]
    assert settle(tags, {}).unions == tags.unions


def test_discovered_unions_can_be_resolved_with_typos_beside_the_directory() -> None:
    new = DiscoveredUnion(id=7, union_id=GARMENT_ID, name=GARMENT.name, acronym="SYLTEA", country="BD", status="new")
    merged = DiscoveredUnion(id=8, union_id=DOCKERS_ID, name="Azerbaijan Dockers Syndicate", status="merged",
                             merged_into="ituc")
    unions = followable_directory(default_directory(), [new, merged])
    assert unions.numbers == {GARMENT_ID: 7}
    exact = resolve("SYLTEA", "union", unions.directory)
    assert (exact.value, exact.label) == (GARMENT_ID, "Sylhet Tea Garden Sramik Federation (SYLTEA), Bangladesh")
    typo = resolve("Sylhet Tea Gardn Sramik Federaton", "union", unions.directory)
    assert typo.value == GARMENT_ID or GARMENT_ID in [item.value for item in typo.suggestions]
    assert resolve("Azerbaijan Dockers Syndicate", "union", unions.directory).value == "ituc"
    assert resolve("SYLTEA", "union", default_directory()).value != GARMENT_ID


# --- story language ---


async def test_stories_store_the_declared_language_else_the_detected_one(sessions) -> None:
    await ingest(sessions, ("Huelga general", "Los trabajadores de la fábrica pararon hoy en defensa de sus salarios."),
                 language="es-ES")
    await ingest(sessions, ("Strike", "Workers at the plant stopped work today to defend their wages and jobs."),
                 language="klingon")
    await ingest(sessions, ("Grève", "Les ouvriers de l'usine ont arrêté le travail pour défendre leurs salaires."),
                 language="en-US")
    await ingest(sessions, ("qzxv", "bnmq wrtp zxcv " * 3), language="de")
    async with sessions() as session:
        rows = await session.execute(select(Story.language, Story.detected_language).order_by(Story.id))
        assert [tuple(row) for row in rows] == [("es", "es"), ("en", "en"), ("en", "fr"), ("de", None)]


class TaggerTold:
    """The bundled tagger, noting the language routing gives it for each story."""

    def __init__(self) -> None:
        self.languages: dict[str | None, str | None] = {}

    def tag(self, title: str | None, text: str, language: str | None = None) -> StoryTags:
        self.languages[title] = language
        return default_tagger().tag(title, text, language)


async def test_routing_gives_the_tagger_the_detected_language_not_the_declared_one(sessions) -> None:
    await ingest(sessions, ("Grève", "Les ouvriers de l'usine ont arrêté le travail pour défendre leurs salaires."),
                 ("qzxv", "bnmq wrtp zxcv " * 3), language="en-US")
    tagger = TaggerTold()
    await process_new_clusters(sessions, tagger)
    assert tagger.languages == {"Grève": "fr", "qzxv": None}


def test_the_declared_language_wins_and_the_detector_fills_in() -> None:
    assert detect_language("T", "Los trabajadores pararon hoy en defensa de sus salarios.", "sv") == "sv"
    assert detect_language("Huelga", "Los trabajadores pararon hoy en defensa de sus salarios.", None) == "es"
    assert detect_language("Huelga", "Los trabajadores pararon hoy en defensa de sus salarios.", "xx-yy") == "es"


def test_a_feed_s_declared_language_reaches_its_stories() -> None:
    rss = ("<rss version='2.0'><channel><title>Notícias</title><language>pt-BR</language><item><title>Greve</title>"
           "<guid>1</guid><description>Os trabalhadores pararam.</description></item></channel></rss>")
    _, (entry,), _ = parse_feed("https://example.org/rss", rss.encode(), {})
    assert entry.language == "pt-BR"
    assert feed_entry_story(1, entry).language == "pt"
    _, (undeclared,), _ = parse_feed("https://example.org/rss", rss.replace("<language>pt-BR</language>", "").encode(), {})
    assert undeclared.language is None


async def test_preview_takes_a_discovered_union(sessions) -> None:
    [story] = await ingest(sessions, ("Garment strike", "text"))
    async with sessions.begin() as session:
        await queries.record_found(session, [GARMENT], story)
    services = Services(config=parse_config({}, environ={}), sessions=sessions)
    args = argparse.Namespace(country=None, union=["SYLTEA"], keyword=None)
    [interest] = await resolve_interests(args, services)
    assert (interest.kind, interest.value, interest.label) == ("union", GARMENT_ID, GARMENT.name)


async def test_followable_unions_are_kept_until_a_union_is_discovered_or_decided(sessions) -> None:
    first, second = await ingest(sessions, ("One", "x"), ("Two", "y"))
    async with sessions.begin() as session:
        await queries.record_found(session, [GARMENT], first)
    services = Services(config=parse_config({}, environ={}), sessions=sessions)
    kept = await followable_unions(services)
    assert set(kept.numbers) == {GARMENT_ID}
    assert await followable_unions(services) is kept
    async with sessions.begin() as session:
        await queries.record_found(session, [GARMENT], second)  # one more story: nothing to rebuild
    assert await followable_unions(services) is kept
    async with sessions.begin() as session:
        await queries.record_found(session, [DOCKERS], second)
    assert set((await followable_unions(services)).numbers) == {GARMENT_ID, DOCKERS_ID}
    async with sessions.begin() as session:
        await queries.reject(session, await queries.find(session, DOCKERS_ID), None)
    assert set((await followable_unions(services)).numbers) == {GARMENT_ID}
    async with sessions.begin() as session:
        await queries.merge(session, await queries.find(session, GARMENT_ID), "ituc", "ITUC", "ITUC", None)
    merged = await followable_unions(services)
    assert merged.numbers == {} and GARMENT.name in merged.directory.get("ituc").aliases


async def test_discovered_unions_the_directory_now_holds_are_merged_with_their_followers(sessions) -> None:
    # A union discovered in stories before a directory update added it: its followers must keep its alerts,
    # which now carry the directory's id. The same name found for another country stays a discovered union.
    mtuc_id = default_directory().id_for_name("Malaysian Trades Union Congress")
    assert mtuc_id is not None
    earlier = FoundUnion(discovered_union_id("Malaysian Trades Union Congress", "MY"), "Malaysian Trades Union Congress",
                         None, "MY")
    elsewhere = FoundUnion(discovered_union_id("Malaysian Trades Union Congress", "GB"),
                           "Malaysian Trades Union Congress", None, "GB")
    [story] = await ingest(sessions, ("Congress", "x"))
    async with sessions.begin() as session:
        await queries.record_found(session, [earlier, elsewhere, GARMENT], story)
        cluster_id = (await session.get(Story, story)).cluster_id
        session.add(StoryTag(cluster_id=cluster_id, kind="union", value=earlier.union_id, label=earlier.name,
                             salience="primary", evidence=[]))
    await follow(sessions, 1, ("union", earlier.union_id, earlier.name))
    services = Services(config=parse_config({}, environ={}), sessions=sessions)

    merged = await merge_discovered_the_directory_knows(services)

    assert [(union.union_id, record.id) for union, record in merged] == [(earlier.union_id, mtuc_id)]
    assert {value for _, value, _ in await subscriptions(sessions)} == {mtuc_id}
    assert await union_tags(sessions) == {("Congress", mtuc_id)}
    async with sessions() as session:
        found = await queries.by_union_ids(session, [earlier.union_id, elsewhere.union_id, GARMENT_ID])
    assert {union_id: union.status for union_id, union in found.items()} == {
        earlier.union_id: "merged", elsewhere.union_id: "new", GARMENT_ID: "new"}
    assert await merge_discovered_the_directory_knows(services) == []  # nothing left to merge
