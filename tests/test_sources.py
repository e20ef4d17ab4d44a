"""Sources for everyone: /sources (paged) and /suggest (trial fetch with the private-address protection, the
admins' Accept / Decline buttons, the suggester told the outcome), through the local Bot API server."""

from __future__ import annotations

from sqlalchemy import select

from bot.config import FetchConfig
from storage.models import Source, SourceSuggestion
from tests.telegram_harness import ADMIN_ID, USER_ID, bot_config, button_data, buttons, running

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Dockers &lt;Wire&gt;</title><link>https://example.org/</link>
<item><title>Dockers strike in Minsk</title><link>https://example.org/1</link><guid>1</guid>
<description>Belarusian dockers walked out.</description></item>
</channel></rss>"""


async def test_sources_lists_what_the_bot_reads_a_page_at_a_time(running_bot) -> None:
    async with running_bot.sessions.begin() as session:
        session.add_all(Source(kind="feed", location=f"https://example.org/{n:02}.xml", name=f"Feed {n:02}")
                        for n in range(20))
        session.add(Source(kind="feed", location="https://example.org/off.xml", name="Paused feed", enabled=False))
    first = (await running_bot.send("/sources"))[0]
    assert "I read 20 sources</b> (page 1 of 2)" in first["text"] and "/suggest" in first["text"]
    assert "• Feed 00 — https://example.org/00.xml" in first["text"] and "Paused feed" not in first["text"]
    assert buttons(first) == [("Next ›", "src:1")]
    second = (await running_bot.press(first, "src:1"))["edits"][-1]
    assert "page 2 of 2" in second["text"] and "Feed 19" in second["text"]


async def test_a_suggested_feed_goes_to_the_admins_and_accept_adds_it(running_bot, feed_server) -> None:
    url = feed_server.route("/rss", RSS)
    thanks = (await running_bot.send(f"/suggest {url}"))[0]
    assert "Dockers &lt;Wire&gt;" in thanks["text"] and "(1 item now)" in thanks["text"]
    [offer] = running_bot.api.sent_messages(ADMIN_ID)
    assert "Feed suggested" in offer["text"] and url in offer["text"]
    result = await running_bot.press(offer, button_data(offer, "Accept"), user_id=ADMIN_ID)
    assert "Accepted" in result["edits"][-1]["text"]
    async with running_bot.sessions() as session:
        source = await session.scalar(select(Source).where(Source.location == url))
        assert (source.origin, source.added_by, source.enabled) == ("admin", ADMIN_ID, True)
        assert (await session.scalar(select(SourceSuggestion))).status == "accepted"
    assert "was accepted" in running_bot.api.sent_messages(USER_ID)[-1]["text"]
    again = await running_bot.press(offer, button_data(offer, "Decline"), user_id=ADMIN_ID)
    assert again["answer"]["show_alert"] and "accepted already" in again["answer"]["text"]
    assert "I read that feed already" in (await running_bot.send(f"/suggest {url}"))[0]["text"]


async def test_a_declined_suggestion_is_not_added_and_the_suggester_is_told(running_bot, feed_server) -> None:
    url = feed_server.route("/rss", RSS)
    await running_bot.send(f"/suggest {url}")
    assert "waits for the admins" in (await running_bot.send(f"/suggest {url}"))[0]["text"]
    [offer] = running_bot.api.sent_messages(ADMIN_ID)
    refused = await running_bot.press(offer, button_data(offer, "Accept"), user_id=USER_ID)
    assert refused["answer"]["show_alert"] and "admins only" in refused["answer"]["text"]
    await running_bot.press(offer, button_data(offer, "Decline"), user_id=ADMIN_ID)
    assert "was declined" in running_bot.api.sent_messages(USER_ID)[-1]["text"]
    async with running_bot.sessions() as session:
        assert await session.scalar(select(Source).where(Source.location == url)) is None


async def test_suggest_with_bad_input_says_what_to_do(running_bot, feed_server) -> None:
    assert "/suggest https://" in (await running_bot.send("/suggest"))[0]["text"]
    assert "not a web address" in (await running_bot.send("/suggest example.org/feed"))[0]["text"]
    missing = (await running_bot.send(f"/suggest {feed_server.url('/nothing')}"))[0]["text"]
    assert "could not read that feed" in missing and "404" in missing
    assert running_bot.api.sent_messages(ADMIN_ID) == []


async def test_suggest_keeps_the_private_address_protection(bot_api, sqlite_sessions, feed_server) -> None:
    url = feed_server.route("/rss", RSS)  # served on 127.0.0.1
    config = bot_config()
    config = config.__class__(**{**config.__dict__, "fetch": FetchConfig(timeout_seconds=5)})
    async with running(bot_api, sqlite_sessions, config) as bot:
        text = (await bot.send(f"/suggest {url}"))[0]["text"]
    assert "private address" in text and bot_api.sent_messages(ADMIN_ID) == []
