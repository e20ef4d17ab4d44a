"""The rough edges of issue 13, item 7, each with a test that fails on the old behaviour: plurals ("1 items",
"every 1 minutes", "1 sources"), a new feed in /feeds, a "." glued after a URL, preview's button data and
--limit, the admin command menu for an admin who writes after start-up, and untitled stories' headlines."""

from __future__ import annotations

from telegram import BotCommandScopeChat

from bot.cli import main
from bot.compose.alert import AlertStory, headline, sentences, summarize
from storage.models import Source
from tests.telegram_harness import ADMIN_ID, USER_ID

ONE_ITEM_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>One Item Wire</title><link>https://example.org/</link>
<item><title>Dockers strike in Minsk</title><link>https://example.org/1</link><guid>1</guid>
<description>Belarusian dockers walked out.</description></item>
</channel></rss>"""


def story(title: str | None, text: str) -> AlertStory:
    return AlertStory(story_id=1, title=title, text=text, url=None, source="Sample corpus")


async def test_addfeed_says_one_item_and_every_minute(running_bot, feed_server) -> None:
    url = feed_server.route("/one", ONE_ITEM_RSS)
    text = (await running_bot.send(f"/addfeed {url} Wire 1", chat_id=ADMIN_ID))[0]["text"]
    assert "with 1 item right now" in text and "polled every minute;" in text


async def test_feeds_counts_a_new_feed_as_not_polled_yet_with_its_first_poll_coming(running_bot) -> None:
    async with running_bot.sessions.begin() as session:
        session.add(Source(kind="feed", location="https://example.org/new.xml", name="New feed", origin="admin"))
    text = (await running_bot.send("/feeds", chat_id=ADMIN_ID))[0]["text"]
    assert "<b>1 source</b>: 0 fine, 1 not polled yet, 0 failing, 0 paused." in text
    assert "🕓 not polled yet" in text and "next poll: at the next round (within a few minutes)" in text
    assert "never" not in text.split("Last success")[1].split("·")[2]


def test_no_full_stop_is_glued_after_a_closing_url() -> None:
    text = ("Sign the appeal for the jailed dockers of Minsk now\n\nThe full appeal is at https://example.org/appeal\n\n"
            "The union thanks everyone who signed.")
    assert "The full appeal is at https://example.org/appeal" in sentences(text)
    assert "https://example.org/appeal." not in summarize(story("Appeal", text))
    assert sentences("A caption without a full stop at the end")[0].endswith("end.")


def test_preview_hides_button_data_and_limit_counts_the_alerts_shown(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["preview", "--country", "Azerbaijan", "--limit", "2"]) == 0
    output = capsys.readouterr().out
    assert "(2 of " in output and output.count("──── alert ") == 2
    assert "[🔇 Mute Azerbaijan]" in output and "(button:" not in output and "mute:" not in output


async def test_an_admin_who_writes_after_start_up_gets_the_admin_menu_at_once(running_bot) -> None:
    await running_bot.send("/help", chat_id=USER_ID)
    assert running_bot.api.calls("setMyCommands") == []  # not an admin
    await running_bot.send("/help", chat_id=ADMIN_ID)
    [call] = running_bot.api.calls("setMyCommands")
    assert call.params["scope"] == BotCommandScopeChat(ADMIN_ID).to_dict()
    assert "addfeed" in {item["command"] for item in call.params["commands"]}
    await running_bot.send("/help", chat_id=ADMIN_ID)
    assert len(running_bot.api.calls("setMyCommands")) == 1  # once is enough


async def test_a_failed_admin_menu_is_tried_again_when_the_admin_writes(running_bot) -> None:
    running_bot.api.fail_next("setMyCommands", 400, "Bad Request: chat not found")
    await running_bot.send("/start", chat_id=ADMIN_ID)
    await running_bot.send("/help", chat_id=ADMIN_ID)
    assert len(running_bot.api.calls("setMyCommands")) == 2


def test_an_untitled_story_gets_a_headline_like_title_not_a_cut_first_sentence() -> None:
    text = ("BAKU, Azerbaijan, January 19. The delegation of the Azerbaijan Trade Unions Confederation (AHIK), "
            "headed by its Chairman, Sahib Mammadov, held a series of meetings at the International Labour "
            "Organization (ILO) during its visit to Geneva, Switzerland, Trend reports.\n\nMore followed.")
    title = headline(story(None, text))
    assert title.startswith("The delegation of the Azerbaijan Trade Unions Confederation held a series of meetings")
    assert "BAKU" not in title and "(AHIK)" not in title and "Mammadov" not in title and len(title) <= 130
    strike = ("Following a 136-day strike, Montenegro’s telecom workers are celebrating a collective agreement that "
              "reverses a 14-year wage freeze and interrupts more than a decade of alleged union-busting tactics.")
    assert headline(story(None, strike)) == ("Montenegro’s telecom workers are celebrating a collective agreement "
                                             "that reverses a 14-year wage freeze")
