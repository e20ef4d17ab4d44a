"""Admin commands through the real Application: feeds (with a trial fetch from the local feed server),
/feeds health, pause/resume/remove with buttons, /addunion, /stats, OPML import and /export; and every admin
command refused to non-admins with nothing changed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from bot.chats.opml import parse_opml
from storage.models import Alert, Source, Story, StoryCluster, Subscriber, UnionRecord, utcnow
from tests.telegram_harness import ADMIN_ID, USER_ID, button_data, buttons

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Labour &lt;News&gt; Wire</title><link>https://example.org/</link>
<item><title>Dockers strike in Minsk</title><link>https://example.org/1</link><guid>1</guid>
<description>Belarusian dockers walked out.</description></item>
<item><title>Teachers march</title><link>https://example.org/2</link><guid>2</guid>
<description>Teachers in Baku marched.</description></item>
</channel></rss>"""

OPML = b"""<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0"><head><title>Labour feeds</title></head><body>
<outline text="Labour">
  <outline type="rss" text="Union news" title="Union news" xmlUrl="https://example.org/union.xml"/>
  <outline type="rss" text="Rights" xmlUrl="https://example.org/rights.xml"/>
</outline>
<outline type="rss" text="Broken" xmlUrl="ftp://example.org/feed"/>
<outline type="rss" text="Twice" xmlUrl="https://example.org/union.xml"/>
</body></opml>"""


async def feeds(bot) -> list[Source]:
    async with bot.sessions() as session:
        return list(await session.scalars(select(Source).where(Source.kind == "feed").order_by(Source.id)))


async def add_source(bot, location: str, **fields) -> Source:
    async with bot.sessions.begin() as session:
        source = Source(kind="feed", location=location, origin=fields.pop("origin", "admin"), **fields)
        session.add(source)
    return source


async def admin(bot, text: str | None = None, **kwargs) -> list[dict]:
    return await bot.send(text, chat_id=ADMIN_ID, **kwargs)


# --- non-admins ---


@pytest.mark.parametrize("command", ["/addfeed https://example.org/feed.xml", "/feeds", "/removefeed 1",
                                     "/pausefeed 1", "/resumefeed", '/addunion "Dock Workers Union" DWU',
                                     "/stats", "/export"])
async def test_admin_commands_are_refused_to_others_and_change_nothing(running_bot, command: str) -> None:
    await add_source(running_bot, "https://example.org/existing.xml")
    reply = (await running_bot.send(command))[0]
    assert "for the bot's admins only" in reply["text"] and "nothing was changed" in reply["text"]
    assert [(feed.location, feed.enabled) for feed in await feeds(running_bot)] == [("https://example.org/existing.xml", True)]
    async with running_bot.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(UnionRecord)) == 0
    assert not running_bot.api.calls("sendDocument")


async def test_an_opml_file_from_a_non_admin_is_refused(running_bot) -> None:
    reply = (await running_bot.send(document=("feeds.opml", OPML)))[0]
    assert "for the bot's admins only" in reply["text"]
    assert await feeds(running_bot) == []


async def test_feed_buttons_pressed_by_a_non_admin_are_refused(running_bot) -> None:
    source = await add_source(running_bot, "https://example.org/a.xml")
    menu = (await admin(running_bot, "/pausefeed"))[0]
    result = await running_bot.press(menu, f"fd:pa:{source.id}", user_id=USER_ID)
    assert "admins only" in result["answer"]["text"]
    assert (await feeds(running_bot))[0].enabled


# --- /addfeed ---


async def test_addfeed_fetches_once_then_stores_the_feed(running_bot, feed_server) -> None:
    url = feed_server.route("/rss", RSS)
    reply = (await admin(running_bot, f"/addfeed {url} Labour Wire 60"))[0]
    assert "Added feed" in reply["text"] and "Labour Wire" in reply["text"] and "with 2 items" in reply["text"]
    assert "every 60 minutes" in reply["text"]
    assert feed_server.hits("/rss") == 1
    [stored] = await feeds(running_bot)
    assert (stored.location, stored.name, stored.title, stored.interval_minutes, stored.origin, stored.added_by) == (
        url, "Labour Wire", "Labour <News> Wire", 60, "admin", ADMIN_ID)
    assert stored.next_poll_at is None and stored.etag is None  # due for its first real poll


async def test_a_removed_feed_can_be_added_again(running_bot, feed_server) -> None:
    url = feed_server.route("/rss", RSS)
    await admin(running_bot, f"/addfeed {url}")
    [stored] = await feeds(running_bot)
    await admin(running_bot, f"/removefeed {stored.id}")
    reply = (await admin(running_bot, f"/addfeed {url} Back again"))[0]
    assert "Added feed" in reply["text"]
    [revived] = await feeds(running_bot)
    assert (revived.id, revived.enabled, revived.origin, revived.name) == (stored.id, True, "admin", "Back again")


async def test_addfeed_escapes_the_feed_title(running_bot, feed_server) -> None:
    reply = (await admin(running_bot, f"/addfeed {feed_server.route('/rss', RSS)}"))[0]
    assert "<b>Labour &lt;News&gt; Wire</b>" in reply["text"]


async def test_addfeed_reports_why_a_feed_cannot_be_used(running_bot, feed_server) -> None:
    missing = (await admin(running_bot, f"/addfeed {feed_server.url('/nothing-here')}"))[0]
    assert "could not use that feed" in missing["text"] and "404" in missing["text"]
    page = feed_server.route("/page", "<html><body>not a feed</body></html>", content_type="text/html")
    broken = (await admin(running_bot, f"/addfeed {page}"))[0]
    assert "nothing was added" in broken["text"]
    assert await feeds(running_bot) == []


@pytest.mark.parametrize(("command", "expected"), [
    ("/addfeed", "/addfeed https://example.org/feed.xml"),
    ("/addfeed example.org/feed", "not a web address"),
    ("/addfeed ftp://example.org/feed", "not a web address"),
    ("/addfeed https://example.org/feed.xml Name 0", "interval is in minutes"),
])
async def test_addfeed_with_bad_arguments_says_what_to_type(running_bot, command: str, expected: str) -> None:
    reply = (await admin(running_bot, command))[0]
    assert expected in reply["text"]
    assert await feeds(running_bot) == []


async def test_addfeed_twice_says_it_is_there(running_bot) -> None:
    source = await add_source(running_bot, "https://example.org/a.xml", name="A feed")
    reply = (await admin(running_bot, "/addfeed https://example.org/a.xml"))[0]
    assert f"already there as number {source.id}" in reply["text"]


# --- /feeds ---


async def test_feeds_shows_health_of_every_source(running_bot) -> None:
    now = utcnow()
    await add_source(running_bot, "https://example.org/ok.xml", name="Good feed", item_count=12,
                     last_success_at=now - dt.timedelta(minutes=12), next_poll_at=now + dt.timedelta(minutes=18))
    await add_source(running_bot, "https://example.org/bad.xml", name="Bad <feed>", consecutive_failures=3,
                     last_error="timed out after 20 s", origin="config")
    await add_source(running_bot, "https://example.org/off.xml", enabled=False, disabled_reason="paused by an admin")
    text = (await admin(running_bot, "/feeds"))[0]["text"]
    assert "3 sources</b>: 1 fine, 1 failing, 1 paused" in text
    assert "Good feed</b> — ✅ healthy" in text and "12 min ago" in text and "items: 12" in text and "in 1" in text
    assert "Bad &lt;feed&gt;</b> — ⚠️ failing" in text and "3 failure(s) in a row — last error: timed out after 20 s" in text
    assert "from the config file" in text
    assert "⏸ paused by an admin" in text


async def test_feeds_with_none_says_how_to_add_one(running_bot) -> None:
    reply = (await admin(running_bot, "/feeds"))[0]
    assert "/addfeed" in reply["text"]


async def test_many_feeds_are_shown_a_page_at_a_time_within_the_limit(running_bot) -> None:
    async with running_bot.sessions.begin() as session:
        session.add_all(Source(kind="feed", location=f"https://example.org/{n}/" + "&" * 300, name=f"Feed <{n}>" * 20,
                               consecutive_failures=1, last_error="&" * 500) for n in range(12))
    first = (await admin(running_bot, "/feeds"))[0]
    assert "12 sources</b> (page 1 of 3): 0 fine, 12 failing, 0 paused" in first["text"]
    assert len(first["text"]) <= 4096 and first["text"].count("⚠️ failing") == 5
    assert buttons(first) == [("Next ›", "fp:1")]
    last = (await running_bot.press(first, "fp:2"))["edits"][-1]
    assert "page 3 of 3" in last["text"] and last["text"].count("⚠️ failing") == 2
    assert buttons(last) == [("‹ Previous", "fp:1")]


# --- pause, resume, remove ---


async def test_pause_and_resume_with_buttons(running_bot) -> None:
    source = await add_source(running_bot, "https://example.org/a.xml", name="A feed")
    menu = (await admin(running_bot, "/pausefeed"))[0]
    assert buttons(menu) == [(f"{source.id}. A feed", f"fd:pa:{source.id}")]
    paused = (await running_bot.press(menu, f"fd:pa:{source.id}"))["edits"][-1]
    assert "Paused <b>A feed</b>" in paused["text"]
    assert not (await feeds(running_bot))[0].enabled
    nothing = (await admin(running_bot, "/pausefeed"))[0]
    assert "already paused" in nothing["text"]
    resume_menu = (await admin(running_bot, "/resumefeed"))[0]
    resumed = (await running_bot.press(resume_menu, button_data(resume_menu, "A feed")))["edits"][-1]
    assert "Resumed" in resumed["text"]
    assert (await feeds(running_bot))[0].enabled


async def test_pause_and_resume_by_number_and_address(running_bot) -> None:
    source = await add_source(running_bot, "https://example.org/a.xml", name="A feed")
    assert "Paused" in (await admin(running_bot, f"/pausefeed {source.id}"))[0]["text"]
    assert "already paused" in (await admin(running_bot, "/pausefeed https://example.org/a.xml"))[0]["text"]
    assert "Resumed" in (await admin(running_bot, f"/resumefeed {source.id}"))[0]["text"]


async def test_feed_actions_on_a_missing_feed_say_how_to_find_it(running_bot) -> None:
    reply = (await admin(running_bot, "/removefeed 999"))[0]
    assert "no feed “999”" in reply["text"] and "/feeds" in reply["text"]


async def test_removed_feed_stops_polling_and_keeps_its_stories(running_bot) -> None:
    source = await add_source(running_bot, "https://example.org/a.xml", name="A feed")
    async with running_bot.sessions.begin() as session:
        cluster = StoryCluster()
        session.add(cluster)
        await session.flush()
        session.add(Story(source_id=source.id, cluster_id=cluster.id, guid="g", title="t", text="", content_hash="h",
                          fingerprint=0, band0=0, band1=0, band2=0, band3=0))
    menu = (await admin(running_bot, "/removefeed"))[0]
    removed = (await running_bot.press(menu, button_data(menu, "A feed")))["edits"][-1]
    assert "Removed feed <b>A feed</b>" in removed["text"]
    [kept] = await feeds(running_bot)
    assert not kept.enabled and kept.disabled_reason == "removed by an admin"
    async with running_bot.sessions() as session:
        # alerts queued for its stories must still go out, and /why must still explain them
        assert await session.scalar(select(func.count()).select_from(Story)) == 1
    listing = "\n".join(message["text"] for message in await admin(running_bot, "/feeds"))
    assert "A feed" not in listing
    assert "There is no feed" in (await admin(running_bot, f"/removefeed {source.id}"))[0]["text"]


async def test_config_feeds_are_not_removed_from_the_chat(running_bot) -> None:
    source = await add_source(running_bot, "https://example.org/c.xml", name="Config feed", origin="config")
    reply = (await admin(running_bot, f"/removefeed {source.id}"))[0]
    assert "comes from the config file" in reply["text"] and f"/pausefeed {source.id}" in reply["text"]
    assert len(await feeds(running_bot)) == 1
    assert "feeds from the config file are removed there" in (await admin(running_bot, "/removefeed"))[0]["text"]


async def test_feed_buttons_are_paged(running_bot) -> None:
    async with running_bot.sessions.begin() as session:
        session.add_all(Source(kind="feed", location=f"https://example.org/{n}.xml") for n in range(45))
    menu = (await admin(running_bot, "/pausefeed"))[0]
    assert "page 1 of 3" in menu["text"] and len(buttons(menu)) == 21
    second = (await running_bot.press(menu, button_data(menu, "Next")))["edits"][-1]
    assert "page 2 of 3" in second["text"] and len(buttons(second)) == 22


# --- /addunion ---


async def test_addunion_extends_the_directory_at_once(running_bot) -> None:
    reply = (await admin(running_bot, '/addunion "Dock Workers’ Union of Narnia" DWUN “Narnia Dockers” country=BY'))[0]
    assert "Added <b>Dock Workers' Union of Narnia</b> (DWUN)" in reply["text"]
    async with running_bot.sessions() as session:
        record = await session.scalar(select(UnionRecord))
    assert (record.union_id, record.acronyms, record.aliases, record.country, record.added_by) == (
        "dwun-by", ["DWUN"], ["Narnia Dockers"], "BY", ADMIN_ID)
    followed = (await running_bot.send("/subscribe union DWUN"))[0]
    assert "You now follow <b>Dock Workers' Union of Narnia (DWUN), Belarus</b>" in followed["text"]
    tagger = await running_bot.application.bot_data["services"].tagger()
    assert [tag.union_id for tag in tagger.tag("Narnia Dockers strike in Minsk", "The DWUN called it.").unions] == ["dwun-by"]


@pytest.mark.parametrize(("command", "expected"), [
    ("/addunion", '/addunion "Full name" ACRONYM'),
    ('/addunion "Only a name"', '/addunion "Full name" ACRONYM'),
    ('/addunion "Dock Workers Union" dwu', "does not look like an acronym"),
    ('/addunion "Dock Workers Union DWU', "quote is not closed"),
    ('/addunion "Dock Workers Union" DWU country=XX', "not a two-letter country code"),
    ('/addunion "Azerbaijan Trade Unions Confederation" ATUC', "already has Azerbaijan Trade Unions Confederation"),
])
async def test_addunion_with_bad_input_says_what_to_type(running_bot, command: str, expected: str) -> None:
    reply = (await admin(running_bot, command))[0]
    assert expected in reply["text"]
    async with running_bot.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(UnionRecord)) == 0


# --- /stats ---


async def test_stats_counts_everything(running_bot) -> None:
    for topic in ("Belarus", "Georgia"):
        await running_bot.send(f"/subscribe {topic}")
    await running_bot.send("/subscribe Belarus", chat_id=2002)
    await running_bot.send("/pause", chat_id=2002)
    source = await add_source(running_bot, "https://example.org/bad.xml", name="Bad feed", consecutive_failures=4,
                              last_error="HTTP 500")
    async with running_bot.sessions.begin() as session:
        cluster = StoryCluster()
        session.add(cluster)
        await session.flush()
        story = Story(source_id=source.id, cluster_id=cluster.id, guid="g", title="t", text="", content_hash="h",
                      fingerprint=0, band0=0, band1=0, band2=0, band3=0)
        session.add(story)
        await session.flush()
        subscribers = list(await session.scalars(select(Subscriber).order_by(Subscriber.id)))
        session.add_all([Alert(subscriber_id=subscribers[0].id, cluster_id=cluster.id, story_id=story.id, status="sent"),
                         Alert(subscriber_id=subscribers[1].id, cluster_id=cluster.id, story_id=story.id, status="pending")])
    text = (await admin(running_bot, "/stats"))[0]["text"]
    assert "Subscribers: 2 (2 reachable, 1 paused)" in text
    assert "Subscriptions: 3" in text
    assert "1. Belarus (country) — 2" in text and "2. Georgia (country) — 1" in text
    assert "Stories today (UTC): 1" in text
    assert "Alerts: 1 queued, 0 waiting for digests, 1 sent, 0 failed" in text
    assert "Failing feeds: 1" in text and "Bad feed — 4 in a row: HTTP 500" in text


# --- OPML ---


async def test_opml_import_reports_added_skipped_and_invalid(running_bot) -> None:
    await add_source(running_bot, "https://example.org/rights.xml")
    text = (await admin(running_bot, document=("feeds.opml", OPML)))[0]["text"]
    assert "1 added, 2 skipped, 1 invalid" in text
    assert "➕ Union news" in text
    assert "ftp://example.org/feed — “ftp://example.org/feed” is not a web address" in text
    locations = [feed.location for feed in await feeds(running_bot)]
    assert locations == ["https://example.org/rights.xml", "https://example.org/union.xml"]


@pytest.mark.parametrize(("content", "expected"), [
    (b"<opml><body", "not well-formed XML"),
    (b"<rss version='2.0'></rss>", "not OPML"),
    (b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'>]><opml>&a;</opml>", "declares XML entities"),
    (b"<opml version='2.0'><body><outline text='folder'/></body></opml>", "lists no feeds"),
])
async def test_opml_import_of_a_bad_file_says_why(running_bot, content: bytes, expected: str) -> None:
    reply = (await admin(running_bot, document=("feeds.xml", content)))[0]
    assert expected in reply["text"]
    assert await feeds(running_bot) == []


async def test_export_sends_every_feed_as_opml(running_bot) -> None:
    await add_source(running_bot, "https://example.org/a.xml", name="A & B feed")
    await add_source(running_bot, "https://example.org/b.xml", enabled=False)
    await admin(running_bot, "/export")
    [call] = running_bot.api.calls("sendDocument")
    assert int(call.params["chat_id"]) == ADMIN_ID
    listed = parse_opml(call.files["document"])
    assert [(feed.url, feed.title) for feed in listed] == [
        ("https://example.org/a.xml", "A & B feed"), ("https://example.org/b.xml", "https://example.org/b.xml")]
