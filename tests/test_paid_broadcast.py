"""The paid-broadcast lane: alerts of a campaign an admin marked urgent go out with allow_paid_broadcast while
the configured Stars budget lasts, then through the free lane (none dropped, the admins told once); the
budget holds for two processes together; /urgentcampaign marks a campaign; alerts of an urgent campaign are
claimed ahead of an older backlog. Against the local Bot API server."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from bot.config import ConfigError, DeliveryConfig, parse_config
from bot.delivery.pacing import fleet_pacing
from bot.delivery.paid import PaidLane
from bot.delivery.sender import RateLimiter, Sender
from bot.delivery.worker import Deliverer
from storage import outbox
from storage import paid as paid_queries
from storage.db import Sessions
from storage.models import Campaign, utcnow
from tests.alerting import add_story, add_subscriber, alert_rows, deliverer_for, fast_delivery, local_bot, queue
from tests.botapi import BotApiServer
from tests.telegram_harness import ADMIN_ID
from tests.test_fleet_pacing import drain_all, second_process

URGENT_CHATS = range(51_001, 51_006)
ORDINARY_CHAT = 51_100
ADMIN = 50_999


def paid_delivery(budget: float) -> DeliveryConfig:
    return replace(fast_delivery(), paid_broadcast=True, paid_stars_budget=budget)


def paid_deliverer(sessions: Sessions, bot: object, delivery: DeliveryConfig, admins: tuple[int, ...] = (ADMIN,)) -> Deliverer:
    sender = Sender(bot, RateLimiter.from_config(delivery), pacing=fleet_pacing(sessions, delivery))
    return Deliverer(sessions, sender, delivery, batch_size=8, paid=PaidLane(sessions, delivery, admins))


async def urgent_campaign_alerts(sessions: Sessions, chats: range, *, urgent: bool = True) -> None:
    """An urgent campaign for Labor Desk, a story of its cause queued for each of `chats`, and an ordinary
    story (no campaign) for ORDINARY_CHAT."""
    async with sessions.begin() as session:
        session.add(Campaign(title="Free the Labor Desk 4", url="https://act.test/free-ld", kind="petition", countries=[],
                             unions=["labor-desk"], keywords=[], urgent=urgent, created_at=utcnow()))
        story = await add_story(session, "Labor Desk activists sentenced", "Four journalists were sentenced in Baku.",
                                url="https://news.test/ld", tags=[("country", "AZ", "Azerbaijan", "primary"),
                                                                  ("union", "labor-desk", "Labor Desk", "primary")])
        for chat in chats:
            await queue(session, await add_subscriber(session, chat), story)
        metro = await add_story(session, "Metro strike in Baku", "Metro drivers walked out over pay.",
                                url="https://news.test/metro", tags=[("country", "AZ", "Azerbaijan", "primary")])
        await queue(session, await add_subscriber(session, ORDINARY_CHAT), metro)


def sends(bot_api: BotApiServer, chats: range | list[int]) -> list[tuple[int, bool]]:
    """(chat, sent with allow_paid_broadcast) for each accepted sendMessage to `chats`."""
    return [(int(call.params["chat_id"]), bool(call.params.get("allow_paid_broadcast")))
            for call in bot_api.calls("sendMessage") if call.params.get("_ok") and int(call.params["chat_id"]) in chats]


async def spent(sessions: Sessions) -> int:
    async with sessions() as session:
        return await paid_queries.tenths_spent(session)


async def test_urgent_alerts_are_paid_broadcasts_until_the_budget_is_spent(sessions, bot_api):
    """Budget 0.3 Stars: three of the five urgent alerts carry the flag, the other two go out without it,
    the ordinary alert never has it; every alert is sent once; the admin is told once, even when more
    urgent alerts meet the spent budget later."""
    await urgent_campaign_alerts(sessions, URGENT_CHATS)
    delivery = paid_delivery(0.3)
    async with local_bot(bot_api) as bot:
        deliverer = paid_deliverer(sessions, bot, delivery)
        await drain_all(deliverer, sessions)
        urgent = sends(bot_api, URGENT_CHATS)
        assert sorted(chat for chat, _ in urgent) == list(URGENT_CHATS)
        assert sum(flag for _, flag in urgent) == 3
        assert sends(bot_api, [ORDINARY_CHAT]) == [(ORDINARY_CHAT, False)]
        assert await spent(sessions) == 3
        assert all(row.status == "sent" for row in await alert_rows(sessions))
        (notice,) = bot_api.sent_messages(ADMIN)
        assert "budget of 0.3 Telegram Stars is spent" in notice["text"] and "delivery.paid_stars_budget" in notice["text"]

        async with sessions.begin() as session:  # more urgent alerts, in a process started later
            story = await add_story(session, "Labor Desk appeal", "The appeal of the Labor Desk four is heard.",
                                    tags=[("union", "labor-desk", "Labor Desk", "primary")])
            await queue(session, await add_subscriber(session, 51_200), story)
        await drain_all(paid_deliverer(sessions, bot, delivery), sessions)
    assert sends(bot_api, [51_200]) == [(51_200, False)]
    assert len(bot_api.sent_messages(ADMIN)) == 1, "the admins are told once per budget"


@pytest.mark.parametrize("urgent", [True, False], ids=["urgent-first", "not-urgent-waits-its-turn"])
async def test_urgent_campaign_alerts_are_claimed_ahead_of_an_older_backlog(sessions, bot_api, urgent: bool):
    """A backlog of 12 ordinary alerts due an hour ago, then the five alerts of a campaign's story: claims of
    six rows at a time (topped up by three) take the urgent campaign's alerts first, so they are among the first
    nine sent (the paid lane off: the order is the claim's); when the campaign is not urgent, they wait
    behind the backlog."""
    backlog = range(51_300, 51_312)
    async with sessions.begin() as session:
        metro = await add_story(session, "Metro strike in Baku", "Metro drivers walked out over pay.",
                                url="https://news.test/metro", tags=[("country", "AZ", "Azerbaijan", "primary")])
        for chat in backlog:
            await queue(session, await add_subscriber(session, chat), metro, due_at=utcnow() - dt.timedelta(hours=1))
    await urgent_campaign_alerts(sessions, URGENT_CHATS, urgent=urgent)
    async with local_bot(bot_api) as bot:
        await drain_all(deliverer_for(sessions, bot, batch_size=6), sessions)
    order = [int(call.params["chat_id"]) for call in bot_api.calls("sendMessage") if call.params.get("_ok")]
    assert sorted(order) == sorted([*backlog, *URGENT_CHATS, ORDINARY_CHAT]), "each alert sent once"
    first = {chat for chat in order[:9] if chat in URGENT_CHATS}
    assert first == (set(URGENT_CHATS) if urgent else set())


async def test_a_claim_lists_the_first_stories_rows_first_even_within_one_chat(sessions):
    """One chat with an older ordinary alert and a newer one of the urgent story, claimed together: the
    urgent one comes first (its chat's worker sends in this order), the others after, oldest first."""
    async with sessions.begin() as session:
        ordinary = await add_story(session, "Metro strike", "Metro drivers walked out.")
        urgent = await add_story(session, "Labor Desk appeal", "The appeal is heard.")
        chat, other = await add_subscriber(session, 51_400), await add_subscriber(session, 51_401)
        old = utcnow() - dt.timedelta(hours=1)
        for subscriber, story, due in [(chat, ordinary, old), (other, ordinary, old), (chat, urgent, utcnow())]:
            await queue(session, subscriber, story, due_at=due)
    async with sessions.begin() as session:
        claimed = await outbox.claim_due(session, utcnow(), 3, first_stories={urgent.id})
    assert [(item.subscriber_id, item.story_id) for item in claimed] == [
        (chat.id, urgent.id), (chat.id, ordinary.id), (other.id, ordinary.id)]


async def test_a_campaign_not_urgent_or_the_lane_off_sends_no_paid_broadcast(sessions, bot_api):
    """Not urgent: no flag, nothing spent. Urgent but no paid lane configured: no flag either."""
    await urgent_campaign_alerts(sessions, URGENT_CHATS, urgent=False)
    async with local_bot(bot_api) as bot:
        await drain_all(paid_deliverer(sessions, bot, paid_delivery(10)), sessions)
        async with sessions.begin() as session:
            for campaign in await session.scalars(select(Campaign)):
                campaign.urgent = True
            story = await add_story(session, "Labor Desk appeal", "The appeal is heard.",
                                    tags=[("union", "labor-desk", "Labor Desk", "primary")])
            await queue(session, await add_subscriber(session, 51_300), story)
        delivery = fast_delivery()
        await drain_all(Deliverer(sessions, Sender(bot, RateLimiter.from_config(delivery)), delivery), sessions)
    assert len(sends(bot_api, [*URGENT_CHATS, ORDINARY_CHAT, 51_300])) == 7
    assert not any(flag for _, flag in sends(bot_api, [*URGENT_CHATS, ORDINARY_CHAT, 51_300]))
    assert await spent(sessions) == 0


async def test_a_paid_message_that_does_not_go_out_gives_its_stars_back(sessions, bot_api):
    """A chat that blocked the bot (403): its reservation is given back, so only what went out is spent."""
    await urgent_campaign_alerts(sessions, URGENT_CHATS)
    bot_api.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user", chat_id=URGENT_CHATS[0])
    async with local_bot(bot_api) as bot:
        await drain_all(paid_deliverer(sessions, bot, paid_delivery(100)), sessions)
    assert sorted(chat for chat, flag in sends(bot_api, URGENT_CHATS) if flag) == list(URGENT_CHATS[1:])
    assert await spent(sessions) == 4
    assert bot_api.sent_messages(ADMIN) == []


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_two_processes_never_spend_more_than_the_budget_together(sessions, bot_api, database_url):
    """Two deliverers on their own engines, 20 urgent alerts, a budget of 0.7 Stars: exactly seven paid
    broadcasts between them, every alert sent once, the admin told once."""
    chats = range(52_001, 52_021)
    await urgent_campaign_alerts(sessions, chats)
    delivery = paid_delivery(0.7)
    async with second_process(database_url) as other_sessions, local_bot(bot_api) as bot, local_bot(bot_api) as other_bot:
        sent = await asyncio.wait_for(asyncio.gather(
            drain_all(paid_deliverer(sessions, bot, delivery), sessions),
            drain_all(paid_deliverer(other_sessions, other_bot, delivery), other_sessions)), timeout=30)
    assert sum(sent) == 21
    urgent = sends(bot_api, chats)
    assert sorted(chat for chat, _ in urgent) == list(chats)
    assert sum(flag for _, flag in urgent) == 7
    assert await spent(sessions) == 7
    assert len(bot_api.sent_messages(ADMIN)) == 1


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_reservations_never_pass_the_budget(sessions):
    """The storage step on its own: what is asked beyond the budget is refused, a refund makes room again."""
    async with sessions.begin() as session:
        assert await paid_queries.reserve(session, 4, 10) == 4
        assert await paid_queries.reserve(session, 8, 10) == 6
        assert await paid_queries.reserve(session, 1, 10) == 0
        await paid_queries.refund(session, 2)
        assert await paid_queries.reserve(session, 5, 10) == 2
        assert await paid_queries.tenths_spent(session) == 10
        assert await paid_queries.tell_once(session, 10) and not await paid_queries.tell_once(session, 10)
        assert await paid_queries.tell_once(session, 20), "a new budget is reported again"


def test_paid_broadcast_config_keys_are_checked() -> None:
    config = parse_config({"delivery": {"paid_broadcast": True, "paid_stars_budget": 250, "paid_messages_per_second": 500}},
                          environ={})
    assert (config.delivery.paid_broadcast, config.delivery.paid_stars_budget, config.delivery.paid_messages_per_second) == (
        True, 250, 500)
    with pytest.raises(ConfigError, match=r"delivery.paid_stars_budget: paid_broadcast is on but the budget is under 0.1 Star"):
        parse_config({"delivery": {"paid_broadcast": True}}, environ={})
    with pytest.raises(ConfigError, match=r"delivery.paid_messages_per_second.*at most 1000"):
        parse_config({"delivery": {"paid_messages_per_second": 5000}}, environ={})
    with pytest.raises(ConfigError, match=r"SOLIDARITY_DELIVERY_PAID_BROADCAST: expected true or false"):
        parse_config({}, environ={"SOLIDARITY_DELIVERY_PAID_BROADCAST": "maybe"})


async def test_urgentcampaign_marks_and_unmarks_a_campaign(running_bot):
    await running_bot.send('/addcampaign https://act.test/free-ld "Free the Labor Desk 4" AZ "Labor Desk" '
                           'names="Afiaddin Mammadov" kind=petition', chat_id=ADMIN_ID)
    async with running_bot.sessions() as session:
        (campaign,) = list(await session.scalars(select(Campaign)))
    marked = (await running_bot.send(f"/urgentcampaign {campaign.id}", chat_id=ADMIN_ID))[0]["text"]
    assert "marked urgent, but the paid-broadcast lane is off" in marked
    async with running_bot.sessions() as session:
        assert (await session.get(Campaign, campaign.id)).urgent
    unmarked = (await running_bot.send(f"/urgentcampaign {campaign.id} off", chat_id=ADMIN_ID))[0]["text"]
    assert "no longer urgent" in unmarked
    async with running_bot.sessions() as session:
        assert not (await session.get(Campaign, campaign.id)).urgent
    assert "Usage: /urgentcampaign" in (await running_bot.send("/urgentcampaign soon", chat_id=ADMIN_ID))[0]["text"]
    assert "no campaign number 999" in (await running_bot.send("/urgentcampaign 999", chat_id=ADMIN_ID))[0]["text"]
    refused = (await running_bot.send(f"/urgentcampaign {campaign.id}"))[0]["text"]
    assert "admins only" in refused


async def test_urgentcampaign_with_the_lane_on_says_the_rate_and_the_budget(bot_api, sqlite_sessions):
    from tests.telegram_harness import bot_config, running

    config = bot_config(delivery=paid_delivery(50))
    async with running(bot_api, sqlite_sessions, config) as bot:
        await bot.send('/addcampaign https://act.test/free-ld "Free the Labor Desk 4" AZ "Labor Desk" '
                       'names="Afiaddin Mammadov" kind=petition', chat_id=ADMIN_ID)
        async with sqlite_sessions.begin() as session:
            await paid_queries.reserve(session, 25, 500)
        text = (await bot.send("/urgentcampaign 1", chat_id=ADMIN_ID))[0]["text"]
    assert "is urgent" in text and "up to 1000 a second" in text and "Budget: 2.5 of 50 Stars spent" in text
