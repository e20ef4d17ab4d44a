"""Channels linked from a private chat: the bot checks (getChatMember) that it and the user are the channel's
admins, then the private chat manages the channel's subscriptions and settings, and alerts go to the channel.
Through the real bot, routing and the outbox worker against the local Bot API server."""

from __future__ import annotations

from sqlalchemy import select

from bot.matching import default_tagger
from bot.routing.route import process_new_clusters
from storage.models import StoryCluster, Subscriber, Subscription
from tests.alerting import add_story, deliverer_for, drain_until_done, local_bot
from tests.botapi import BOT_USER
from tests.telegram_harness import USER_ID

CHANNEL_ID = -1001234


def admins(api, *, bot: bool = True, user: bool = True) -> None:
    api.add_channel(CHANNEL_ID, "dockers")
    api.chat_member_status[(CHANNEL_ID, BOT_USER["id"])] = "administrator" if bot else "member"
    api.chat_member_status[(CHANNEL_ID, USER_ID)] = "creator" if user else "member"


async def followed(bot, chat_id: int) -> set[str]:
    async with bot.sessions() as session:
        rows = await session.scalars(select(Subscription.value).join(Subscriber).where(Subscriber.chat_id == chat_id))
        return set(rows)


async def test_a_channel_linked_from_a_private_chat_gets_its_alerts(running_bot, bot_api) -> None:
    admins(bot_api)
    linked = (await running_bot.send("/channel @dockers"))[0]["text"]
    assert "Linked @dockers" in linked
    await running_bot.send("/subscribe Azerbaijan")
    await running_bot.send("/digest 18:00")
    assert await followed(running_bot, CHANNEL_ID) == {"AZ"} and await followed(running_bot, USER_ID) == set()
    async with running_bot.sessions() as session:
        channel = await session.scalar(select(Subscriber).where(Subscriber.chat_id == CHANNEL_ID))
    assert (channel.chat_type, channel.managed_by, channel.delivery_mode, channel.digest_time) == (
        "channel", USER_ID, "daily", "18:00")
    await running_bot.send("/mode now")
    async with running_bot.sessions.begin() as session:
        story = await add_story(session, "Oil strike in Baku", "Oil workers struck.",
                                tags=[("country", "AZ", "Azerbaijan", "primary")])
        (await session.get_one(StoryCluster, story.cluster_id)).routed_at = None
    await process_new_clusters(running_bot.sessions, default_tagger())
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(running_bot.sessions, bot), running_bot.sessions)
    assert any("Oil strike in Baku" in message["text"] for message in bot_api.sent_messages(CHANNEL_ID))
    assert not any("Oil strike in Baku" in message["text"] for message in bot_api.sent_messages(USER_ID))
    assert "this chat again" in (await running_bot.send("/channel off"))[0]["text"]
    await running_bot.send("/subscribe Belarus")
    assert await followed(running_bot, USER_ID) == {"BY"} and await followed(running_bot, CHANNEL_ID) == {"AZ"}


async def test_a_forwarded_channel_post_links_the_channel(running_bot, bot_api) -> None:
    admins(bot_api)
    chat = bot_api.chats["@dockers"]
    reply = (await running_bot.send("Look at this post", forwarded_from=chat))[0]["text"]
    assert "Linked @dockers" in reply


async def test_a_channel_the_bot_does_not_admin_is_refused_with_what_to_do(running_bot, bot_api) -> None:
    admins(bot_api, bot=False)
    text = (await running_bot.send("/channel @dockers"))[0]["text"]
    assert "I am not an admin of @dockers" in text and "Add me to the channel as an admin" in text
    await running_bot.send("/subscribe Belarus")
    assert await followed(running_bot, USER_ID) == {"BY"} and await followed(running_bot, CHANNEL_ID) == set()


async def test_a_channel_whose_admin_is_someone_else_is_refused(running_bot, bot_api) -> None:
    admins(bot_api, user=False)
    text = (await running_bot.send("/channel @dockers"))[0]["text"]
    assert "Only the admins of @dockers can link it" in text and "Ask one of its admins" in text


async def test_an_unknown_channel_or_a_group_says_what_to_do(running_bot, bot_api) -> None:
    bot_api.fail_next("getChat", 400, "Bad Request: chat not found")
    assert "I can't find the channel @nowhere" in (await running_bot.send("/channel @nowhere"))[0]["text"]
    assert "private chat" in (await running_bot.send("/channel @dockers", chat_id=-100500, chat_type="group",
                                                     user_id=USER_ID))[0]["text"]
