"""/subscribe (typed, menus, the "type a name" dialogue), /unsubscribe, /list, /why, /stop, and groups,
through the real Application against the local Bot API server."""

from __future__ import annotations

from sqlalchemy import func, select

from storage.models import Alert, Source, Story, StoryCluster, StoryTag, Subscriber, Subscription
from tests.telegram_harness import GROUP_ID, USER_ID, button_data, buttons


async def followed(bot, chat_id: int = USER_ID) -> set[tuple[str, str]]:
    async with bot.sessions() as session:
        rows = await session.execute(
            select(Subscription.kind, Subscription.value).join(Subscriber).where(Subscriber.chat_id == chat_id)
        )
        return set(rows)


# --- /subscribe typed ---


async def test_subscribe_a_country_confirms_and_says_how_alerts_come(running_bot) -> None:
    reply = (await running_bot.send("/subscribe Belarus"))[0]
    assert "You now follow <b>Belarus</b> (country)" in reply["text"]
    assert "at once" in reply["text"]
    assert await followed(running_bot) == {("country", "BY")}


async def test_subscribe_with_a_typo_still_finds_the_country(running_bot) -> None:
    await running_bot.send("/subscribe Belarussia")
    assert await followed(running_bot) == {("country", "BY")}


async def test_subscribe_union_country_and_keyword_forms(running_bot) -> None:
    union = (await running_bot.send("/subscribe union NTUF"))[0]
    assert "National Trade Union Federation" in union["text"]
    await running_bot.send("/subscribe country Georgia")
    keyword = (await running_bot.send('/subscribe keyword "Evolution Gaming"'))[0]
    assert "“Evolution Gaming”" not in keyword["text"] and "Evolution Gaming" in keyword["text"]
    await running_bot.send("/subscribe keyword strike -football")
    assert await followed(running_bot) == {
        ("union", "ntuf-pk"), ("country", "GE"), ("keyword", '"evolution gaming"'), ("keyword", "strike -football"),
    }


async def test_subscribe_twice_says_already(running_bot) -> None:
    await running_bot.send("/subscribe Belarus")
    again = (await running_bot.send("/subscribe Belarus"))[0]
    assert "already follow" in again["text"]
    assert len(await followed(running_bot)) == 1


async def test_subscribing_to_a_muted_topic_unmutes_it(running_bot) -> None:
    await running_bot.send("/subscribe Belarus")
    async with running_bot.sessions.begin() as session:
        (await session.scalar(select(Subscription))).muted = True
    reply = (await running_bot.send("/subscribe Belarus"))[0]
    assert "back on" in reply["text"]
    async with running_bot.sessions() as session:
        assert not (await session.scalar(select(Subscription))).muted


async def test_ambiguous_input_offers_suggestion_buttons_and_a_keyword(running_bot) -> None:
    reply = (await running_bot.send("/subscribe Congo"))[0]
    assert "more than one" in reply["text"]
    labels = [label for label, _ in buttons(reply)]
    assert any("DR Congo" in label for label in labels)
    assert any("as a keyword" in label for label in labels)
    result = await running_bot.press(reply, button_data(reply, "DR Congo"))
    assert "You now follow <b>DR Congo</b>" in result["edits"][-1]["text"]
    assert await followed(running_bot) == {("country", "CD")}


async def test_unknown_input_can_be_followed_as_a_keyword(running_bot) -> None:
    reply = (await running_bot.send("/subscribe Evolution Gaming"))[0]
    assert "couldn't find" in reply["text"]
    data = button_data(reply, "as a keyword")
    assert data.startswith("sub:k:") and "Evolution" not in data
    result = await running_bot.press(reply, data)
    assert "You now follow <b>Evolution Gaming</b> (keyword)" in result["edits"][-1]["text"]
    assert await followed(running_bot) == {("keyword", "evolution gaming")}


async def test_an_expired_keyword_button_says_what_to_do(running_bot) -> None:
    reply = (await running_bot.send("/subscribe Evolution Gaming"))[0]
    running_bot.application.chat_data[USER_ID].clear()  # as after a restart
    result = await running_bot.press(reply, button_data(reply, "as a keyword"))
    assert result["answer"]["show_alert"] and "expired" in result["answer"]["text"]


async def test_a_keyword_with_nothing_to_look_for_is_refused_with_an_example(running_bot) -> None:
    reply = (await running_bot.send("/subscribe keyword -football"))[0]
    assert "at least one word" in reply["text"] and "/subscribe keyword" in reply["text"]
    assert await followed(running_bot) == set()


async def test_html_in_user_input_is_escaped(running_bot) -> None:
    reply = (await running_bot.send("/subscribe keyword <b>strike</b>"))[0]
    assert "&lt;b&gt;strike&lt;/b&gt;" in reply["text"]


# --- /subscribe menus and the dialogue ---


async def test_subscribe_alone_opens_a_menu_down_to_a_country(running_bot) -> None:
    menu = (await running_bot.send("/subscribe"))[0]
    assert {label for label, _ in buttons(menu)} >= {"🌍 A country", "✊ A union", "🔎 A keyword"}
    regions = (await running_bot.press(menu, button_data(menu, "A country")))["edits"][-1]
    europe = (await running_bot.press(menu, button_data(regions, "Europe")))["edits"][-1]
    assert "Europe" in europe["text"]
    result = await running_bot.press(menu, button_data(europe, "Belarus"))
    assert "You now follow <b>Belarus</b>" in result["edits"][-1]["text"]


async def test_region_pages_have_next_and_previous(running_bot) -> None:
    menu = (await running_bot.send("/subscribe"))[0]
    africa = (await running_bot.press(menu, "m:r:c:AF:0"))["edits"][-1]
    assert "page 1 of 3" in africa["text"]
    labels = [label for label, _ in buttons(africa)]
    assert "Next ›" in labels and "‹ Previous" not in labels and len(labels) <= 24 + 3
    second = (await running_bot.press(menu, button_data(africa, "Next")))["edits"][-1]
    assert "page 2 of 3" in second["text"] and "‹ Previous" in [label for label, _ in buttons(second)]


async def test_union_by_country_menu(running_bot) -> None:
    menu = (await running_bot.send("/subscribe"))[0]
    unions = (await running_bot.press(menu, button_data(menu, "A union")))["edits"][-1]
    regions = (await running_bot.press(menu, button_data(unions, "By country")))["edits"][-1]
    asia = (await running_bot.press(menu, button_data(regions, "Asia")))["edits"][-1]
    azerbaijan = (await running_bot.press(menu, button_data(asia, "Azerbaijan")))["edits"][-1]
    assert "Unions from Azerbaijan" in azerbaijan["text"]
    result = await running_bot.press(menu, button_data(azerbaijan, "AHİK"))
    assert "You now follow <b>Azerbaijan Trade Unions Confederation" in result["edits"][-1]["text"]
    assert await followed(running_bot) == {("union", "ahik")}


async def test_international_unions_and_a_country_without_unions(running_bot) -> None:
    menu = (await running_bot.send("/subscribe"))[0]
    international = (await running_bot.press(menu, "m:ui:0"))["edits"][-1]
    assert "internationally" in international["text"] and "page 1 of" in international["text"]
    assert any("(BWI)" in label for label, _ in buttons(international))
    empty = (await running_bot.press(menu, "m:uk:AQ:0"))["edits"][-1]
    assert "no unions" in empty["text"] and "Type a union name" in [label for label, _ in buttons(empty)][-2]


async def test_type_a_union_name_dialogue(running_bot) -> None:
    menu = (await running_bot.send("/subscribe"))[0]
    prompt = (await running_bot.press(menu, "ask:u"))["sent"][-1]
    assert "union" in prompt["text"] and prompt["reply_markup"]["force_reply"] is True
    reply = (await running_bot.send("AHIK", reply_to=prompt["_message_id"]))[0]
    assert "You now follow <b>Azerbaijan Trade Unions Confederation" in reply["text"]


async def test_type_a_keyword_dialogue_and_cancel(running_bot) -> None:
    menu = (await running_bot.send("/subscribe"))[0]
    await running_bot.press(menu, "ask:k")
    cancelled = (await running_bot.send("/cancel"))[0]
    assert "Cancelled" in cancelled["text"]
    after = (await running_bot.send("/cancel"))[0]
    assert "nothing to cancel" in after["text"]
    await running_bot.press(menu, "ask:k")
    await running_bot.send("strike -football")
    assert await followed(running_bot) == {("keyword", "strike -football")}


async def test_a_typed_country_that_is_unknown_gets_suggestions(running_bot) -> None:
    menu = (await running_bot.send("/subscribe"))[0]
    await running_bot.press(menu, "ask:c")
    reply = (await running_bot.send("Azerbaidjan"))[0]
    assert "Azerbaijan" in reply["text"]


async def test_stale_menu_data_says_the_button_expired(running_bot) -> None:
    menu = (await running_bot.send("/subscribe"))[0]
    for stale in ("m:zz", "m:r:c:EU:x", "m:r:q:EU:0", "m:uk:az:0"):
        assert "expired" in (await running_bot.press(menu, stale))["edits"][-1]["text"]
    result = await running_bot.press(menu, "sub:u:no-such-union")
    assert "expired" in result["answer"]["text"]


# --- /unsubscribe ---


async def test_unsubscribe_with_nothing_followed(running_bot) -> None:
    reply = (await running_bot.send("/unsubscribe"))[0]
    assert "nothing" in reply["text"] and "/subscribe" in reply["text"]


async def test_unsubscribe_buttons_one_then_all(running_bot) -> None:
    for topic in ("Belarus", "Georgia", "union NTUF"):
        await running_bot.send(f"/subscribe {topic}")
    menu = (await running_bot.send("/unsubscribe"))[0]
    labels = [label for label, _ in buttons(menu)]
    assert len(labels) == 4 and labels[-1] == "✕ All of them"
    after_one = (await running_bot.press(menu, button_data(menu, "Belarus")))["edits"][-1]
    assert "no longer follow <b>Belarus</b>" in after_one["text"]
    assert len(buttons(after_one)) == 3
    assert await followed(running_bot) == {("country", "GE"), ("union", "ntuf-pk")}
    done = (await running_bot.press(menu, "uns:all"))["edits"][-1]
    assert "no longer follows anything" in done["text"]
    assert await followed(running_bot) == set()


async def test_unsubscribe_by_name_and_a_name_not_followed(running_bot) -> None:
    await running_bot.send("/subscribe Belarus")
    await running_bot.send("/subscribe Georgia")
    direct = (await running_bot.send("/unsubscribe Belarussia"))[0]
    assert "no longer follow <b>Belarus</b>" in direct["text"]
    missing = (await running_bot.send("/unsubscribe Narnia"))[0]
    assert "doesn't follow" in missing["text"] and buttons(missing) == [("✕ 🌍 Georgia", buttons(missing)[0][1])]


# --- /list ---


async def test_list_when_new_says_how_to_start(running_bot) -> None:
    reply = (await running_bot.send("/list"))[0]
    assert "follows nothing yet" in reply["text"] and "/subscribe" in reply["text"]


async def test_list_shows_topics_and_every_setting(running_bot) -> None:
    await running_bot.send("/subscribe Belarus")
    await running_bot.send("/subscribe keyword strike -football")
    await running_bot.send("/mode weekly")
    await running_bot.send("/timezone Berlin")
    await running_bot.send("/pause")
    text = (await running_bot.send("/list"))[0]["text"]
    assert "🌍 Belarus" in text and "🔎 strike -football (keyword)" in text
    assert "weekly digest on Mondays at 08:00" in text
    assert "Europe/Berlin" in text
    assert "Digest time</b>: Mondays at 08:00" in text
    assert "Paused</b>: yes" in text
    assert "left out (/mentions on)" in text


async def test_a_long_list_is_split_into_messages_within_the_limit(running_bot) -> None:
    await running_bot.send("/subscribe Belarus")
    async with running_bot.sessions.begin() as session:
        subscriber = await session.scalar(select(Subscriber))
        session.add_all(Subscription(subscriber_id=subscriber.id, kind="keyword", value=f"word{n} " + "x" * 60,
                                     label=f"word{n} <{'x' * 60}>") for n in range(150))
    replies = await running_bot.send("/list")
    assert len(replies) >= 3
    assert all(len(reply["text"]) <= 4096 for reply in replies)
    assert sum(reply["text"].count(" &lt;xxx") for reply in replies) == 150


# --- /why ---


async def add_sent_alert(bot, message_id: int, matched: list[dict]) -> None:
    async with bot.sessions.begin() as session:
        subscriber = await session.scalar(select(Subscriber).where(Subscriber.chat_id == USER_ID))
        source = Source(kind="feed", location="https://example.org/feed")
        cluster = StoryCluster()
        session.add_all([source, cluster])
        await session.flush()
        story = Story(source_id=source.id, cluster_id=cluster.id, guid="g1", title="Strike <ends> in Minsk",
                      text="", content_hash="h", fingerprint=0, band0=0, band1=0, band2=0, band3=0)
        session.add(story)
        await session.flush()
        session.add(Alert(subscriber_id=subscriber.id, cluster_id=cluster.id, story_id=story.id, status="sent",
                          matched=matched, message_id=message_id))


async def test_why_explains_the_matched_subscriptions_and_evidence(running_bot) -> None:
    await running_bot.send("/subscribe Belarus")
    await add_sent_alert(running_bot, 77, [
        {"kind": "country", "value": "BY", "label": "Belarus", "salience": "primary", "evidence": ["Minsk", "Belarusian"]},
        {"kind": "keyword", "value": "strike", "label": "strike", "salience": "primary", "evidence": ["strike"]},
    ])
    text = (await running_bot.send("/why", reply_to=77))[0]["text"]
    assert "“Strike &lt;ends&gt; in Minsk”" in text
    assert "<b>Belarus</b> (country): the story is about it" in text and "“Minsk”, “Belarusian”" in text
    assert "<b>strike</b> (keyword)" in text


async def test_why_without_a_reply_or_on_an_unknown_message(running_bot) -> None:
    alone = (await running_bot.send("/why"))[0]
    assert "as a reply" in alone["text"]
    unknown = (await running_bot.send("/why", reply_to=5))[0]
    assert "no record" in unknown["text"]


# --- /stop ---


async def test_stop_asks_then_forgets_everything(running_bot) -> None:
    await running_bot.send("/subscribe Belarus")
    await add_sent_alert(running_bot, 77, [])
    question = (await running_bot.send("/stop"))[0]
    assert "Are you sure" in question["text"]
    done = (await running_bot.press(question, button_data(question, "Yes")))["edits"][-1]
    assert "everything about this chat is deleted" in done["text"] and "/start" in done["text"]
    async with running_bot.sessions() as session:
        for table in (Subscriber, Subscription, Alert):
            assert await session.scalar(select(func.count()).select_from(table)) == 0


async def test_stop_can_be_called_off(running_bot) -> None:
    await running_bot.send("/subscribe Belarus")
    question = (await running_bot.send("/stop"))[0]
    kept = (await running_bot.press(question, button_data(question, "No")))["edits"][-1]
    assert "Nothing was deleted" in kept["text"]
    assert await followed(running_bot) == {("country", "BY")}


async def test_stop_when_nothing_is_stored(running_bot) -> None:
    question = (await running_bot.send("/stop"))[0]
    done = (await running_bot.press(question, "stop:yes"))["edits"][-1]
    assert "nothing stored" in done["text"]


# --- groups ---


async def test_in_groups_only_chat_admins_change_what_is_followed(running_bot) -> None:
    refused = (await running_bot.send("/subscribe Belarus", chat_id=GROUP_ID, user_id=7, chat_type="group"))[0]
    assert "only the group's admins" in refused["text"]
    assert await followed(running_bot, GROUP_ID) == set()
    assert running_bot.api.calls("getChatMember")
    running_bot.api.chat_member_status[(GROUP_ID, 8)] = "administrator"
    accepted = (await running_bot.send("/subscribe@solidarity_test_bot Belarus", chat_id=GROUP_ID, user_id=8,
                                       chat_type="group"))[0]
    assert "You now follow" in accepted["text"]
    assert await followed(running_bot, GROUP_ID) == {("country", "BY")}


async def test_in_groups_anyone_may_list_and_get_help(running_bot) -> None:
    listing = (await running_bot.send("/list", chat_id=GROUP_ID, user_id=7, chat_type="group"))[0]
    assert "follows nothing yet" in listing["text"]
    assert (await running_bot.send("/help", chat_id=GROUP_ID, user_id=7, chat_type="group"))[0]["text"]


async def test_in_groups_a_member_pressing_a_button_is_refused(running_bot) -> None:
    running_bot.api.chat_member_status[(GROUP_ID, 8)] = "creator"
    menu = (await running_bot.send("/subscribe", chat_id=GROUP_ID, user_id=8, chat_type="group"))[0]
    result = await running_bot.press(menu, "sub:c:BY", user_id=7)
    assert result["answer"]["show_alert"] and "only the group's admins" in result["answer"]["text"]
    assert await followed(running_bot, GROUP_ID) == set()


async def test_a_new_topic_comes_with_the_latest_stories_not_a_backlog_of_alerts(running_bot) -> None:
    async with running_bot.sessions.begin() as session:
        source = Source(kind="feed", location="https://example.org/feed", name="Wire")
        cluster = StoryCluster()
        session.add_all([source, cluster])
        await session.flush()
        session.add(Story(source_id=source.id, cluster_id=cluster.id, guid="g1", title="Dockers <strike> in Minsk",
                          url="https://example.org/1", text="", content_hash="h", fingerprint=0,
                          band0=0, band1=0, band2=0, band3=0))
        session.add(StoryTag(cluster_id=cluster.id, kind="country", value="BY", label="Belarus", salience="primary",
                             evidence=["Minsk"]))
    text = (await running_bot.send("/subscribe Belarus"))[0]["text"]
    assert "You now follow <b>Belarus</b>" in text
    assert "Latest on" in text and "Dockers &lt;strike&gt; in Minsk" in text
    async with running_bot.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Alert)) == 0


def test_every_directory_union_gets_a_follow_button_that_fits_and_finds_it_again() -> None:
    from bot.chats.subscriptions import Topic, union_key
    from bot.matching import default_directory
    from handlers.common import MAX_CALLBACK_DATA
    from handlers.subscriptions import topic_data

    directory = default_directory()
    keys = {}
    for record in directory:  # every id, the long ones above all
        union_id = record.id
        data = topic_data(Topic("union", union_id, union_id))
        assert len(data.encode()) <= MAX_CALLBACK_DATA, data
        if data.startswith("sub:h:"):
            keys[data[len("sub:h:"):]] = union_id
    assert keys, "the directory has ids too long for a button: they must go by key"
    assert all(union_key(union_id) == key for key, union_id in keys.items())


async def test_a_union_with_a_long_id_is_followed_from_its_menu_button(running_bot) -> None:
    long_id = "bangladesh-gonotantrik-garment-sramik-karmachari-federation-bd"
    from bot.chats.subscriptions import union_key
    menu = (await running_bot.send("/subscribe"))[0]
    pressed = await running_bot.press(menu, f"sub:h:{union_key(long_id)}")
    assert "You now follow <b>Bangladesh Gonotantrik Garment Sramik Karmachari Federation" in pressed["edits"][-1]["text"]
