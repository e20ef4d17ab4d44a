"""/subscribe with several names (commas, semicolons, new lines), flag emoji, words to leave out per
subscription (stored, shown, applied at routing), the per-chat limit, and 100 names answered in one reply,
through the real Application against the local Bot API server."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.chats.subscriptions import parse_requests, split_names
from bot.config import SubscriptionsConfig
from bot.matching import default_tagger
from bot.matching.gazetteer import countries
from bot.routing.route import process_new_clusters
from storage.models import Alert, StoryCluster, Subscriber, Subscription
from tests.alerting import add_story, deliverer_for, drain_until_done, local_bot
from tests.telegram_harness import USER_ID, bot_config, button_data, running


async def followed(bot, chat_id: int = USER_ID) -> dict[tuple[str, str], list[str]]:
    async with bot.sessions() as session:
        rows = await session.execute(
            select(Subscription.kind, Subscription.value, Subscription.exclude)
            .join(Subscriber).where(Subscriber.chat_id == chat_id)
        )
        return {(kind, value): exclude for kind, value, exclude in rows}


def test_names_split_on_commas_semicolons_and_new_lines_but_not_inside_quotes() -> None:
    assert split_names('Azerbaijan, Georgia; Belarus\nkeyword "Smith, Jones" -casino') == [
        "Azerbaijan", "Georgia", "Belarus", 'keyword "Smith, Jones" -casino']
    assert split_names(" , ;\n") == []


def test_flags_are_countries_each_keeping_the_words_to_leave_out() -> None:
    turkey, georgia = countries()["TR"].name, countries()["GE"].name
    assert split_names("🇹🇷🇬🇪 -football") == [f"country {turkey} -football", f"country {georgia} -football"]
    assert split_names("🇹🇷 Belarus") == [f"country {turkey}", "Belarus"]


def test_a_kind_word_holds_for_the_names_after_it_and_minus_words_are_left_out() -> None:
    requests = parse_requests('union NTUF, PFTU; country Turkey -football -"world cup", Georgia')
    assert [(item.kind, item.query, item.exclude) for item in requests] == [
        ("union", "NTUF", ()), ("union", "PFTU", ()), ("country", "Turkey", ("football", "world cup")),
        ("country", "Georgia", ())]
    keyword = parse_requests("keyword strike -football")[0]
    assert (keyword.kind, keyword.query, keyword.exclude) == ("keyword", "strike -football", ())
    assert parse_requests("Guinea-Bissau")[0].query == "Guinea-Bissau"


async def test_several_names_in_one_subscribe_are_all_followed_with_one_reply(running_bot) -> None:
    replies = await running_bot.send("/subscribe Azerbaijan, Georgia; Belarus\nunion NTUF")
    assert len(replies) == 1
    text = replies[0]["text"]
    assert "Now following</b> (4): Azerbaijan, Georgia, Belarus, National Trade Union Federation" in text
    assert set(await followed(running_bot)) == {("country", "AZ"), ("country", "GE"), ("country", "BY"),
                                                 ("union", "ntuf-pk")}


async def test_each_outcome_is_listed_already_ambiguous_unknown_and_not_understood(running_bot) -> None:
    await running_bot.send("/subscribe Belarus")
    reply = (await running_bot.send("/subscribe Belarus, Congo, Xqzzyvv, keyword -football, 🇬🇪"))[0]
    text = reply["text"]
    assert "Now following</b> (1): Georgia" in text
    assert "Already followed</b> (1): Belarus" in text
    assert "Not sure which you mean</b>, tap below or type it more fully (1): “Congo”" in text
    assert "Not found</b>, check the spelling" in text and "“Xqzzyvv”" in text
    assert "Not understood</b> (1): “keyword -football”: A keyword search needs at least one word" in text
    result = await running_bot.press(reply, button_data(reply, "DR Congo"))
    assert "You now follow <b>DR Congo</b>" in result["edits"][-1]["text"]
    assert set(await followed(running_bot)) == {("country", "BY"), ("country", "GE"), ("country", "CD")}


async def test_flag_emoji_alone_follows_the_country(running_bot) -> None:
    reply = (await running_bot.send("/subscribe 🇹🇷"))[0]
    assert "You now follow <b>" in reply["text"]
    assert set(await followed(running_bot)) == {("country", "TR")}


async def test_words_to_leave_out_are_stored_shown_and_updated(running_bot) -> None:
    reply = (await running_bot.send('/subscribe Turkey -football -"World Cup"'))[0]
    assert "(leaving out “football”, “world cup”)" in reply["text"]
    assert await followed(running_bot) == {("country", "TR"): ["football", "world cup"]}
    listed = (await running_bot.send("/list"))[0]
    assert "(leaving out “football”, “world cup”)" in listed["text"]
    again = (await running_bot.send("/subscribe Turkey -basketball"))[0]
    assert "You follow <b>" in again["text"] and "“basketball”" in again["text"]
    assert await followed(running_bot) == {("country", "TR"): ["basketball"]}


async def test_words_left_out_keep_matching_stories_from_the_chat_at_routing(running_bot, bot_api) -> None:
    await running_bot.send("/subscribe Azerbaijan -football")
    async with running_bot.sessions.begin() as session:
        strike = await add_story(session, "Oil workers strike in Baku", "Oil workers in Azerbaijan went on strike.",
                                 tags=[("country", "AZ", "Azerbaijan", "primary")])
        match = await add_story(session, "Baku hosts football final", "Azerbaijan's football union plays.",
                                tags=[("country", "AZ", "Azerbaijan", "primary")])
        for cluster_id in (strike.cluster_id, match.cluster_id):
            (await session.get_one(StoryCluster, cluster_id)).routed_at = None
    summary = await process_new_clusters(running_bot.sessions, default_tagger())
    assert summary.routed == 2 and summary.alerts == 1
    async with running_bot.sessions() as session:
        assert [alert.story_id for alert in await session.scalars(select(Alert))] == [strike.id]
    before = len(bot_api.sent_messages(USER_ID))
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(running_bot.sessions, bot), running_bot.sessions)
    sent = bot_api.sent_messages(USER_ID)[before:]
    assert len(sent) == 1 and "Oil workers strike" in sent[0]["text"]


async def test_a_hundred_names_are_answered_in_one_message_within_telegrams_limit(running_bot) -> None:
    names = sorted(info.name for info in countries().values() if "(" not in info.name)[:95] + [f"Nowhereland{index}" for index in range(5)]
    replies = await running_bot.send("/subscribe " + ", ".join(names))
    assert len(replies) == 1
    text = replies[0]["text"]
    assert len(text) <= 4096
    assert "Now following</b> (95)" in text and "(5): “Nowhereland0”, “Nowhereland1”" in text
    assert len(await followed(running_bot)) == 95


async def test_more_names_than_one_subscribe_reads_says_to_send_the_rest(running_bot) -> None:
    names = [f"keyword word{index}" for index in range(130)]
    reply = (await running_bot.send("/subscribe " + ", ".join(names)))[0]
    assert "Now following</b> (100): word0, word1" in reply["text"]
    assert "I read the first 100 names; send the other 30 in another /subscribe." in reply["text"]
    assert len(await followed(running_bot)) == 100


@pytest.mark.parametrize("command", ["/subscribe Georgia", "/subscribe Georgia, Belarus"])
async def test_the_per_chat_limit_is_kept_with_a_clear_message(bot_api, sqlite_sessions, command) -> None:
    config = bot_config(subscriptions=SubscriptionsConfig(max_per_chat=2))
    async with running(bot_api, sqlite_sessions, config) as bot:
        await bot.send("/subscribe Azerbaijan, Turkey")
        text = (await bot.send(command))[0]["text"]
        assert "the most one chat can follow" in text or "as many topics as it may</b> (2)" in text
        assert "/unsubscribe" in text
        assert set(await followed(bot)) == {("country", "AZ"), ("country", "TR")}
        await bot.send("/unsubscribe Turkey")
        assert "You now follow <b>Georgia</b>" in (await bot.send("/subscribe Georgia"))[0]["text"]


def test_a_reply_that_would_be_too_long_ends_each_long_group_with_and_n_more() -> None:
    from bot.chats.subscriptions import Lookup, NameOutcome
    from handlers.subscriptions import several_names_reply

    unknown = [NameOutcome(f"<&> {index} " + "&" * 60, lookup=Lookup(None, (), None, "")) for index in range(100)]
    text, markup = several_names_reply(unknown, 0, 200)
    assert len(text) <= 4096 and markup is None
    assert text.startswith("✖️ <b>Not found</b>") and "(100): “&lt;&amp;&gt; 0 &amp;" in text
    assert text.split("\n")[0].endswith(" more") and "&amp;…”" in text
