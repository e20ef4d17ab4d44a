"""Forum topics: /subscribe in a topic of a forum supergroup binds that subscription to the topic; its alerts
go there and to no other topic; a topic that was closed or deleted stops only its own subscriptions. Through
the real bot, routing and the outbox worker against the local Bot API server."""

from __future__ import annotations

from sqlalchemy import select

from bot.matching import default_tagger
from bot.routing.route import process_new_clusters
from storage.models import Alert, StoryCluster, Subscriber, Subscription
from tests.alerting import add_story, deliverer_for, drain_until_done, local_bot
from tests.telegram_harness import GROUP_ID

ADMIN = 8
STRIKES, RIGHTS = 11, 22  # two topics of the forum


async def subscribe_in(bot, thread: int, text: str) -> dict:
    bot.api.chat_member_status[(GROUP_ID, ADMIN)] = "administrator"
    [answer] = await bot.send(text, chat_id=GROUP_ID, user_id=ADMIN, chat_type="supergroup", thread=thread)
    return answer


async def route_story(bot, title: str, tags: list[tuple[str, str, str, str]]) -> None:
    async with bot.sessions.begin() as session:
        story = await add_story(session, title, f"{title}. Workers walked out.", tags=tags)
        (await session.get_one(StoryCluster, story.cluster_id)).routed_at = None
    await process_new_clusters(bot.sessions, default_tagger())


def in_thread(api, thread: int) -> list[str]:
    return [message["text"] for message in api.sent_messages(GROUP_ID)
            if int(message.get("message_thread_id") or 0) == thread]


async def test_each_topic_gets_its_own_subscriptions_alerts_only(running_bot, bot_api) -> None:
    answer = await subscribe_in(running_bot, STRIKES, "/subscribe Azerbaijan")
    assert "You now follow <b>Azerbaijan</b>" in answer["text"] and int(answer["message_thread_id"]) == STRIKES
    await subscribe_in(running_bot, RIGHTS, "/subscribe Belarus, Georgia")
    async with running_bot.sessions() as session:
        bound = set(await session.execute(select(Subscription.value, Subscription.message_thread_id)))
    assert bound == {("AZ", STRIKES), ("BY", RIGHTS), ("GE", RIGHTS)}
    await route_story(running_bot, "Oil strike in Baku", [("country", "AZ", "Azerbaijan", "primary")])
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(running_bot.sessions, bot), running_bot.sessions)
    assert any("Oil strike in Baku" in text for text in in_thread(bot_api, STRIKES))
    assert not any("Oil strike in Baku" in text for text in in_thread(bot_api, RIGHTS) + in_thread(bot_api, 0))


async def test_one_topic_followed_in_two_forum_topics_reaches_both(running_bot, bot_api) -> None:
    await subscribe_in(running_bot, STRIKES, "/subscribe Azerbaijan")
    await subscribe_in(running_bot, RIGHTS, "/subscribe Azerbaijan")
    await route_story(running_bot, "Oil strike in Baku", [("country", "AZ", "Azerbaijan", "primary")])
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(running_bot.sessions, bot), running_bot.sessions)
    for thread in (STRIKES, RIGHTS):
        assert sum("Oil strike in Baku" in text for text in in_thread(bot_api, thread)) == 1


async def test_a_topic_that_no_longer_exists_stops_only_its_own_subscriptions(running_bot, bot_api) -> None:
    await subscribe_in(running_bot, STRIKES, "/subscribe Azerbaijan")
    await subscribe_in(running_bot, RIGHTS, "/subscribe Azerbaijan")
    bot_api.fail_next("sendMessage", 400, "Bad Request: message thread not found", chat_id=GROUP_ID,
                      matching=lambda params: int(params.get("message_thread_id") or 0) == STRIKES)
    await route_story(running_bot, "Oil strike in Baku", [("country", "AZ", "Azerbaijan", "primary")])
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(running_bot.sessions, bot), running_bot.sessions)
        assert sum("Oil strike in Baku" in text for text in in_thread(bot_api, RIGHTS)) == 1
        async with running_bot.sessions() as session:
            subscriber = await session.scalar(select(Subscriber))
            muted = dict((await session.execute(select(Subscription.message_thread_id, Subscription.muted))).all())
            statuses = dict((await session.execute(select(Alert.message_thread_id, Alert.status))).all())
        assert subscriber.active and muted == {STRIKES: True, RIGHTS: False}
        assert statuses == {STRIKES: "skipped", RIGHTS: "sent"}
        # later stories reach the topic that still exists only
        await route_story(running_bot, "Teachers march in Baku", [("country", "AZ", "Azerbaijan", "primary")])
        await drain_until_done(deliverer_for(running_bot.sessions, bot), running_bot.sessions)
    assert sum("Teachers march" in text for text in in_thread(bot_api, RIGHTS)) == 1
    assert not any("Teachers march" in text for text in in_thread(bot_api, STRIKES))
