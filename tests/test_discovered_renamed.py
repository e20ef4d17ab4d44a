"""Followers of a discovered union keep it when a changed matcher reads its name another way (SQLite and PostgreSQL).

A discovered union's id is its name as the matcher read it: a fix that reads "Members of the Mombasa Dock Cargo
Handlers Workers Union" as "Mombasa Dock Cargo Handlers Workers Union", or "働く首都圏青年ユニオン" as
"首都圏青年ユニオン", gives the union a new id, and its followers would hear nothing more. At start-up the bot
tags each followed discovered union's example story again and merges it into the tag that took its place.
"""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from bot.chats.discovered import merge_discovered_read_anew
from bot.config import parse_config
from bot.matching import Evidence, StoryTags, UnionTag, default_directory, default_tagger, renamed_union
from bot.routing.route import process_new_clusters
from bot.services import Services
from storage import discovered as queries
from storage.discovered import FoundUnion
from storage.models import Campaign, Story, StoryTag, Subscriber, Subscription
from tests.test_discovered import alerted, ingest, subscriptions, union_tags

DOCK_TITLE = "Dock strike in Mombasa"
DOCK_TEXT = ("The Mombasa Dock Cargo Handlers Workers Union said its members in Mombasa would strike from Monday "
             "over unpaid wages.")
DOCK_ID = "found:KE:mombasa-dock-cargo-handlers-workers-union"  # as today's matcher reads it
OLD_DOCK = FoundUnion("found:KE:the-mombasa-dock-cargo-handlers-workers-union-said",
                      "The Mombasa Dock Cargo Handlers Workers Union said", None, "KE")


def tag(union_id: str, name: str, country: str | None, *written: str, acronym: str | None = None) -> UnionTag:
    return UnionTag(union_id, name, acronym, country, "primary",
                    tuple(Evidence(text, 0, len(text), "text") for text in written or (name,)))


# --- which tag took a discovered union's place (pure) ---


def test_a_name_read_with_a_shorter_or_longer_span_is_the_same_union() -> None:
    today = StoryTags((), (tag("found:JP:首都圏青年ユニオン", "首都圏青年ユニオン", "JP"),
                           tag("rengo", "Japanese Trade Union Confederation", "JP", "連合")))
    assert renamed_union("found:JP:働く首都圏青年ユニオン", "働く首都圏青年ユニオン", None, "JP", {"rengo"}, today) == today.unions[0]
    longer = StoryTags((), (tag("found:KE:kenya-metal-workers-union", "Kenya Metal Workers Union", "KE"),))
    assert renamed_union("found:xx:metal-workers-union", "Metal Workers Union", None, None, set(), longer) == longer.unions[0]


def test_a_directory_union_read_from_the_old_name_takes_its_place() -> None:
    # the directory now holds it: its tag's name is the directory's, the story's words are its evidence
    today = StoryTags((), (tag("tum-bel-sen", "Tüm Belediye ve Yerel Yönetim Hizmetleri Emekçileri Sendikası", "TR",
                               "Tüm Bel-Sen", acronym="Tüm Bel-Sen"),))
    assert renamed_union("found:TR:tum-bel-sen-uyeleri", "Tüm Bel-Sen üyeleri", None, "TR", set(), today) == today.unions[0]


def test_no_successor_when_unsure() -> None:
    union_id, name = "found:KE:members-of-the-dock-workers-union", "Members of the Dock Workers Union"
    dock = tag("found:KE:dock-workers-union", "Dock Workers Union", "KE")
    # still carried: nothing changed
    assert renamed_union(union_id, name, None, "KE", set(), StoryTags((), (tag(union_id, name, "KE"), dock))) is None
    # already tagged before: another union the story names, not this one read anew
    assert renamed_union(union_id, name, None, "KE", {dock.union_id}, StoryTags((), (dock,))) is None
    # another country's union of that name
    assert renamed_union(union_id, name, None, "KE", set(),
                         StoryTags((), (tag("found:TZ:dock-workers-union", "Dock Workers Union", "TZ"),))) is None
    # the same words read as another country's union: the matcher corrected the country
    chile = StoryTags((), (tag("found:CL:frente-de-trabajadores-portuarios-de-san-antonio",
                               "Frente de Trabajadores Portuarios de San Antonio", "CL"),))
    assert renamed_union("found:US:frente-de-trabajadores-portuarios-de-san-antonio",
                         "Frente de Trabajadores Portuarios de San Antonio", None, "US", set(), chile) == chile.unions[0]
    # two candidates
    two = StoryTags((), (dock, tag("found:KE:the-dock-workers-union", "The Dock Workers Union", "KE")))
    assert renamed_union(union_id, name, None, "KE", set(), two) is None
    # a single common word, or a short run of Japanese letters, is no name
    assert renamed_union("found:xx:union-of-bakers", "Union of Bakers", None, None, set(),
                         StoryTags((), (tag("found:xx:union", "Union", None),))) is None
    assert renamed_union("found:JP:東京労組", "東京労組", None, "JP", set(),
                         StoryTags((), (tag("found:JP:労組", "労組", "JP"),))) is None


# --- the start-up merge, on the database ---


async def test_followers_tags_and_campaigns_move_to_the_name_this_matcher_reads(sessions) -> None:
    [story_id] = await ingest(sessions, (DOCK_TITLE, DOCK_TEXT))
    async with sessions.begin() as session:  # what an older matcher stored for the story
        cluster_id = (await session.get(Story, story_id)).cluster_id
        await queries.record_found(session, [OLD_DOCK], story_id)
        session.add(StoryTag(cluster_id=cluster_id, kind="union", value=OLD_DOCK.union_id, label=OLD_DOCK.name,
                             salience="primary", evidence=[OLD_DOCK.name]))
        session.add(Subscriber(chat_id=1, subscriptions=[
            Subscription(kind="union", value=OLD_DOCK.union_id, label=OLD_DOCK.name),
            Subscription(kind="union", value=OLD_DOCK.union_id, label=OLD_DOCK.name, message_thread_id=7)]))
        session.add(Subscriber(chat_id=2, subscriptions=[  # follows both in its topic 7: keeps one subscription
            Subscription(kind="union", value=OLD_DOCK.union_id, label=OLD_DOCK.name, message_thread_id=7),
            Subscription(kind="union", value=DOCK_ID, label="Dockers", message_thread_id=7)]))
        session.add(Campaign(title="Pay the dockers", url="https://example.org/dockers", unions=[OLD_DOCK.union_id, "ituc"]))
        session.add(Campaign(title="Other", url="https://example.org/other", unions=["ituc"]))
    services = Services(config=parse_config({}, environ={}), sessions=sessions)

    merged = await merge_discovered_read_anew(services)

    assert [(union.union_id, union_id) for union, union_id in merged] == [(OLD_DOCK.union_id, DOCK_ID)]
    label = "Mombasa Dock Cargo Handlers Workers Union, Kenya"
    async with sessions() as session:
        rows = await session.execute(select(Subscriber.chat_id, Subscription.value, Subscription.label,
                                            Subscription.message_thread_id)
                                     .join(Subscription, Subscription.subscriber_id == Subscriber.id))
        assert sorted(rows) == [(1, DOCK_ID, label, 0), (1, DOCK_ID, label, 7), (2, DOCK_ID, "Dockers", 7)]
        assert sorted(await session.scalars(select(Campaign.unions).order_by(Campaign.id))) == [
            [DOCK_ID, "ituc"], ["ituc"]]
        found = await queries.by_union_ids(session, [OLD_DOCK.union_id, DOCK_ID])
    assert (found[OLD_DOCK.union_id].status, found[OLD_DOCK.union_id].merged_into) == ("merged", DOCK_ID)
    assert (found[DOCK_ID].status, found[DOCK_ID].example_story_id, found[DOCK_ID].country) == ("new", story_id, "KE")
    assert await union_tags(sessions) == {(DOCK_TITLE, DOCK_ID)}
    assert await merge_discovered_read_anew(services) == []  # nothing left to move

    # the next story naming the union reaches both chats
    await ingest(sessions, ("Dockers march", DOCK_TEXT.replace("would strike", "marched")))
    await process_new_clusters(sessions, default_tagger())
    assert sorted(chat for chat, title, _ in await alerted(sessions) if title == "Dockers march") == [1, 1, 2]  # chat 1: both topics


async def test_a_directory_union_takes_the_followers_and_a_rejected_one_takes_nobody(sessions) -> None:
    mtuc = default_directory().get(default_directory().id_for_name("Malaysian Trades Union Congress") or "")
    assert mtuc is not None
    old_mtuc = FoundUnion("found:MY:malaysian-trades-union-congress-president", "Malaysian Trades Union Congress president",
                          None, "MY")
    [mtuc_story, dock_story] = await ingest(sessions, (
        "Pay rise demanded", "Malaysian Trades Union Congress president Mohd Effendy said workers in Kuala Lumpur need more."),
        (DOCK_TITLE, DOCK_TEXT))
    async with sessions.begin() as session:
        await queries.record_found(session, [old_mtuc], mtuc_story)
        await queries.record_found(session, [OLD_DOCK], dock_story)
        await queries.record_found(session, [FoundUnion(DOCK_ID, "Mombasa Dock Cargo Handlers Workers Union", None, "KE")],
                                   dock_story)
        await queries.reject(session, await queries.find(session, DOCK_ID), 42)
        session.add(Subscriber(chat_id=1, subscriptions=[
            Subscription(kind="union", value=old_mtuc.union_id, label=old_mtuc.name),
            Subscription(kind="union", value=OLD_DOCK.union_id, label=OLD_DOCK.name)]))
    services = Services(config=parse_config({}, environ={}), sessions=sessions)

    merged = await merge_discovered_read_anew(services)

    assert [(union.union_id, union_id) for union, union_id in merged] == [(old_mtuc.union_id, mtuc.id)]
    assert {value for _, value, _ in await subscriptions(sessions)} == {mtuc.id, OLD_DOCK.union_id}
    async with sessions() as session:
        found = await queries.by_union_ids(session, [OLD_DOCK.union_id, DOCK_ID])
    assert (found[OLD_DOCK.union_id].status, found[DOCK_ID].status) == ("new", "rejected")


async def test_two_processes_starting_together_merge_a_union_once(sessions) -> None:
    # a fleet's processes run the start-up pass at once: the second finds the union merged and counts nothing twice
    [story_id] = await ingest(sessions, (DOCK_TITLE, DOCK_TEXT))
    async with sessions.begin() as session:
        await queries.record_found(session, [OLD_DOCK], story_id)
        session.add(Subscriber(chat_id=1, subscriptions=[
            Subscription(kind="union", value=OLD_DOCK.union_id, label=OLD_DOCK.name)]))
    first, second = (Services(config=parse_config({}, environ={}), sessions=sessions) for _ in range(2))

    merged = await asyncio.gather(merge_discovered_read_anew(first), merge_discovered_read_anew(second))

    assert sorted(len(each) for each in merged) == [0, 1]
    async with sessions() as session:
        found = await queries.by_union_ids(session, [DOCK_ID])
    assert found[DOCK_ID].story_count == 1
    assert {value for _, value, _ in await subscriptions(sessions)} == {DOCK_ID}
