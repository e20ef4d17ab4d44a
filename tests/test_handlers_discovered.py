"""Discovered unions in the chat, through the real Application and the local Bot API server: following one
(with typos), its alert and /why, and the admins' /discovered, /mergeunion and /rejectunion."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bot.ingest.pipeline import new_story, store_new_stories
from bot.matching import KeywordIndex
from bot.routing.route import route_cluster, tag_cluster
from storage import discovered as queries
from storage.discovered import FoundUnion
from storage.models import DiscoveredUnion, Source, Story, Subscriber, Subscription, utcnow
from tests.alerting import deliverer_for
from tests.telegram_harness import ADMIN_ID, USER_ID, button_data, buttons
from tests.test_discovered import DOCKERS, DOCKERS_ID, GARMENT, GARMENT_ID, TaggerFinding, ingest

OTHER_CHAT = 2002


async def discover(bot, *unions, stories: int = 1) -> list[DiscoveredUnion]:
    """Record these unions as found in `stories` stories each."""
    story_ids = (await ingest(bot.sessions, *((f"Story {index}", "text") for index in range(stories))))[:stories]
    async with bot.sessions.begin() as session:
        for story_id in story_ids:
            await queries.record_found(session, list(unions), story_id)
    async with bot.sessions() as session:
        found = await queries.by_union_ids(session, [union.union_id for union in unions])
    return [found[union.union_id] for union in unions]


async def ingest_and_route(bot, title: str, text: str, language: str | None) -> None:
    """Store a story, tag it (with the found unions it names) and queue its alerts in one transaction, so
    that the running bot's own scheduled routing never sees it half done."""
    async with bot.sessions.begin() as session:
        source = Source(kind="feed", location="https://other.test/rss", name="Other", enabled=False)
        session.add(source)
        await session.flush()
        ((_, cluster_id),) = await store_new_stories(session, [new_story(source.id, "g1", title, text, declared_language=language)])
        await tag_cluster(session, TaggerFinding(GARMENT), cluster_id)
        await route_cluster(session, cluster_id, KeywordIndex(), utcnow())


async def followed(bot, chat_id: int = USER_ID) -> list[tuple[str, str]]:
    async with bot.sessions() as session:
        rows = await session.execute(select(Subscription.value, Subscription.label).join(Subscriber)
                                     .where(Subscriber.chat_id == chat_id).order_by(Subscription.id))
        return list(rows)


async def status(bot, union_id: str) -> str:
    async with bot.sessions() as session:
        return (await queries.find(session, union_id)).status


async def admin(bot, text: str) -> str:
    return (await bot.send(text, chat_id=ADMIN_ID))[0]["text"]


# --- following ---


async def test_a_discovered_union_is_followed_by_acronym_or_by_a_misspelt_name(running_bot) -> None:
    await discover(running_bot, GARMENT)
    reply = (await running_bot.send("/subscribe union SYLTEA"))[0]
    assert "You now follow <b>Sylhet Tea Garden Sramik Federation (SYLTEA), Bangladesh</b> (union)" in reply["text"]
    assert await followed(running_bot) == [(GARMENT_ID, "Sylhet Tea Garden Sramik Federation (SYLTEA), Bangladesh")]
    reply = (await running_bot.send("/subscribe union Sylhet Tea Gardn Sramik Federaton", chat_id=OTHER_CHAT))[0]
    assert "You now follow <b>Sylhet Tea Garden Sramik Federation" in reply["text"]
    assert [value for value, _ in await followed(running_bot, OTHER_CHAT)] == [GARMENT_ID]


async def test_a_typo_offers_discovered_unions_as_buttons_by_number(running_bot) -> None:
    plantation = FoundUnion("found:ID:serikat-pekerja-nasional-perkebunan-kelapa-sawit-kalimantan-barat",
                            "Serikat Pekerja Nasional Perkebunan Kelapa Sawit Kalimantan Barat", None, "ID")
    garment, plantation_row = await discover(running_bot, GARMENT, plantation)
    reply = (await running_bot.send("/subscribe union SYLTAE"))[0]
    assert "Did you mean: Sylhet Tea Garden Sramik Federation" in reply["text"]
    assert f"sub:d:{garment.id}" in [data for _, data in buttons(reply)]
    reply = (await running_bot.send("/subscribe union Serikat Pekerja Kelapa Sawit"))[0]
    data = button_data(reply, "Serikat Pekerja Nasional Perkebunan")  # not the directory's Serikat Pekerja Nasional
    assert data == f"sub:d:{plantation_row.id}"  # its found id would not fit in a button's 64 bytes
    result = await running_bot.press(reply, data)
    assert "You now follow <b>Serikat Pekerja Nasional Perkebunan Kelapa Sawit Kalimantan Barat, Indonesia" in \
        result["edits"][0]["text"]
    assert [value for value, _ in await followed(running_bot)] == [plantation.union_id]
    async with running_bot.sessions.begin() as session:
        await queries.reject(session, await queries.find(session, plantation.union_id), ADMIN_ID)
    stale = await running_bot.press(reply, data)
    assert "expired" in stale["answer"]["text"]


async def test_a_story_tagged_with_a_found_id_alerts_its_followers_and_why_names_it(running_bot) -> None:
    await discover(running_bot, GARMENT)
    await running_bot.send("/subscribe union Sylhet Tea Garden Sramik Federation")
    await ingest_and_route(running_bot, "Garment workers rally",
                           "The Sylhet Tea Garden Sramik Federation marched in Dhaka.", language="bn")
    before = len(running_bot.api.sent_messages(USER_ID))
    await deliverer_for(running_bot.sessions, running_bot.application.bot).drain()
    [alert] = (await running_bot.api.until(lambda: running_bot.api.sent_messages(USER_ID)[before:]))
    assert "Garment workers rally" in alert["text"]
    assert "✊ Sylhet Tea Garden Sramik Federation (SYLTEA), Bangladesh" in alert["text"]
    assert any(label.startswith("🔇 Mute Sylhet Tea Garden") for label, _ in buttons(alert))

    why = (await running_bot.send("/why", reply_to=int(alert["_message_id"])))[0]["text"]
    assert "<b>Sylhet Tea Garden Sramik Federation (SYLTEA), Bangladesh</b> (union): the story is about it" in why
    assert "“Sylhet Tea Garden Sramik Federation”" in why
    assert "Language: Bangla (bn)" in why


async def test_the_union_menus_list_discovered_unions_of_known_countries(running_bot) -> None:
    garment, _ = await discover(running_bot, GARMENT, DOCKERS)
    menu = (await running_bot.send("/subscribe"))[0]
    wanted = ("Sylhet Tea Garden Sramik Federation (SYLTEA), Bangladesh", f"sub:d:{garment.id}")
    shown: list[tuple[str, str]] = []
    for page in range(40):  # the directory lists many Bangladeshi unions: look through the pages
        bangladesh = await running_bot.press(menu, f"m:uk:BD:{page}")
        assert bangladesh["edits"], bangladesh["sent"]
        shown += buttons(bangladesh["edits"][-1])
        if wanted in shown or not any(data == f"m:uk:BD:{page + 1}" for _, data in shown):
            break
    assert wanted in shown
    international = await running_bot.press(menu, "m:ui:0")
    assert not any("Dock Workers" in label for label, _ in buttons(international["edits"][0]))


# --- admins: /discovered ---


@pytest.mark.parametrize("command", ["/discovered", "/mergeunion 1 ituc", "/rejectunion 1"])
async def test_discovered_union_commands_are_refused_to_others_and_change_nothing(running_bot, command: str) -> None:
    await discover(running_bot, GARMENT)
    await running_bot.send("/subscribe union SYLTEA")
    reply = (await running_bot.send(command))[-1]
    assert "for the bot's admins only" in reply["text"] and "nothing was changed" in reply["text"]
    assert await status(running_bot, GARMENT_ID) == "new"
    assert await followed(running_bot) == [(GARMENT_ID, "Sylhet Tea Garden Sramik Federation (SYLTEA), Bangladesh")]


async def test_discovered_lists_the_waiting_unions_a_page_at_a_time(running_bot) -> None:
    assert "No discovered union is waiting" in await admin(running_bot, "/discovered")
    garment, dockers = await discover(running_bot, GARMENT, DOCKERS, stories=2)
    await discover(running_bot, *(FoundUnion(f"found:KE:union-{index}", f"Union {index}", None, "KE")
                                  for index in range(10)))  # 12 in all: two pages
    first = (await running_bot.send("/discovered", chat_id=ADMIN_ID))[0]
    text = first["text"]
    assert "<b>12 discovered unions</b> (page 1 of 2)" in text and "/mergeunion" in text and "/rejectunion" in text
    assert f"<b>{garment.id}. Sylhet Tea Garden Sramik Federation</b> (SYLTEA) — Bangladesh" in text
    assert f"<b>{dockers.id}. Dock Workers Syndicate</b> — country not known" in text
    today = dt.datetime.now(dt.UTC)
    assert f"2 stories, first seen {today:%d %b %Y}" in text and "e.g. “Story 0”" in text
    assert text.count("1 story,") == 4  # most stories first: the two with two stories, then four of the ten
    result = await running_bot.press(first, button_data(first, "Next"))
    second = result["edits"][0]["text"]
    assert "(page 2 of 2)" in second and second.count("1 story,") == 6
    assert "(page 2 of 2)" in await admin(running_bot, "/discovered 2")
    assert "Send /discovered alone, or with a page number" in await admin(running_bot, "/discovered all")


async def test_a_page_of_the_longest_discovered_unions_fits_in_one_message(running_bot) -> None:
    name = "Sindicato de Trabajadores & Trabajadoras <Unidos> " * 5
    await discover(running_bot, *(FoundUnion(f"found:MX:{'x' * 240}{index}", f"{name[:250]}{index}", "&" * 32, "MX")
                                  for index in range(6)))
    async with running_bot.sessions.begin() as session:
        for story in await session.scalars(select(Story)):
            story.title = "<Huelga> & " * 40
    [page] = await running_bot.send("/discovered", chat_id=ADMIN_ID)
    assert len(page["text"]) <= 4096 and page["text"].count("— Mexico") == 6


# --- admins: /mergeunion ---


async def test_mergeunion_moves_followers_to_the_directory_union(running_bot) -> None:
    [garment] = await discover(running_bot, GARMENT)
    await running_bot.send("/subscribe union SYLTEA")
    await running_bot.send("/subscribe union SYLTEA", chat_id=OTHER_CHAT)
    await running_bot.send("/subscribe union ITUC", chat_id=OTHER_CHAT)
    text = await admin(running_bot, f"/mergeunion {garment.id} International Trade Union Confederation")
    assert "Merged “Sylhet Tea Garden Sramik Federation” into <b>International Trade Union Confederation (ITUC)</b>" in text
    assert "its 1 follower(s) now follow" in text  # the other chat already followed the ITUC
    assert await followed(running_bot) == [("ituc", "International Trade Union Confederation (ITUC)")]
    assert [value for value, _ in await followed(running_bot, OTHER_CHAT)] == ["ituc"]
    assert await status(running_bot, GARMENT_ID) == "merged"
    assert "No discovered union is waiting" in await admin(running_bot, "/discovered")
    # the discovered name now leads to the directory union
    reply = (await running_bot.send("/subscribe union Sylhet Tea Garden Sramik Federation", chat_id=3003))[0]
    assert "You now follow <b>International Trade Union Confederation (ITUC)</b>" in reply["text"]
    again = await admin(running_bot, f"/mergeunion {GARMENT_ID} ituc")
    assert "already merged into International Trade Union Confederation" in again


@pytest.mark.parametrize(("command", "expected"), [
    ("/mergeunion", "/mergeunion 3 ITUC"),
    ("/mergeunion {number}", "/mergeunion 3 ITUC"),
    ("/mergeunion 999 ituc", "There is no discovered union “999”. Send /discovered"),
    ("/mergeunion 99999999999999999999 ituc", "There is no discovered union “99999999999999999999”"),
    ("/mergeunion ²³ ituc", "There is no discovered union “²³”"),
    ("/mergeunion found:xx:nothing ituc", "There is no discovered union “found:xx:nothing”"),
    ("/mergeunion {number} Qwxz Nonunion", "couldn't find a union called “Qwxz Nonunion”"),
    ("/rejectunion", "/rejectunion 3"),
    ("/rejectunion {number} ituc", "/rejectunion 3"),
    ("/rejectunion 999", "There is no discovered union “999”"),
])
async def test_bad_arguments_say_what_to_type_and_change_nothing(running_bot, command: str, expected: str) -> None:
    [garment] = await discover(running_bot, GARMENT)
    text = await admin(running_bot, command.format(number=garment.id))
    assert expected in text
    assert await status(running_bot, GARMENT_ID) == "new"


# --- admins: /rejectunion ---


async def test_rejectunion_unfollows_and_tells_each_follower_once(running_bot) -> None:
    garment, dockers = await discover(running_bot, GARMENT, DOCKERS)
    await running_bot.send("/subscribe union SYLTEA")
    await running_bot.send("/subscribe Azerbaijan")
    before = len(running_bot.api.sent_messages(USER_ID))
    text = await admin(running_bot, f"/rejectunion {garment.id}")
    assert "Rejected “Sylhet Tea Garden Sramik Federation”" in text
    assert "1 chat(s) followed it: they no longer do, and 1 of them were told so." in text
    [notice] = running_bot.api.sent_messages(USER_ID)[before:]
    assert "<b>Sylhet Tea Garden Sramik Federation</b>" in notice["text"] and "no longer follows it" in notice["text"]
    assert [value for value, _ in await followed(running_bot)] == ["AZ"]
    assert await status(running_bot, GARMENT_ID) == "rejected"

    again = await admin(running_bot, f"/rejectunion {garment.id}")
    assert "already rejected, so nothing was changed" in again
    assert len(running_bot.api.sent_messages(USER_ID)) == before + 1  # told once
    reply = (await running_bot.send("/subscribe union SYLTEA"))[0]
    assert "You now follow" not in reply["text"]
    assert "No one followed it." in await admin(running_bot, f"/rejectunion {DOCKERS_ID}")
    assert await status(running_bot, DOCKERS_ID) == "rejected"
