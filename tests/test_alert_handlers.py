"""The Mute button under an alert and the admins' campaign commands, through the real Application."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.models import Campaign, Subscription
from tests.alerting import add_story, add_subscriber, deliverer_for, queue
from tests.telegram_harness import ADMIN_ID, USER_ID, buttons


@pytest.fixture
async def running_bot(bot_api, sqlite_sessions, monkeypatch):
    """The harness's running bot, with this issue's handlers (Mute, campaigns) registered ahead of the
    unknown-command fallback if bot/app.py does not wire them yet."""
    import tests.telegram_harness as harness
    from handlers import alerts, campaigns

    original = harness.build_application

    def build(config, sessions):
        application = original(config, sessions)
        handlers = [handler for group in application.handlers.values() for handler in group]
        if not any(getattr(handler, "callback", None) is alerts.mute_button for handler in handlers):
            before = list(application.handlers.get(0, []))
            campaigns.register(application)
            alerts.register(application)
            added = [handler for handler in application.handlers[0] if handler not in before]
            application.handlers[0][:] = added + before
        return application

    monkeypatch.setattr(harness, "build_application", build)
    async with harness.running(bot_api, sqlite_sessions) as bot:
        yield bot


async def _sent_alert(running_bot):
    async with running_bot.sessions.begin() as session:
        subscriber = await add_subscriber(session, USER_ID,
                                          topics=[("country", "AZ", "Azerbaijan"), ("union", "labor-desk", "Labor Desk")])
        story = await add_story(session, "Labor Desk activists sentenced", "Four activists were sentenced in Baku.",
                                url="https://news.test/ld")
        await queue(session, subscriber, story, matched=[
            {"kind": "country", "value": "AZ", "label": "Azerbaijan", "salience": "primary", "evidence": ["Baku"]},
            {"kind": "union", "value": "labor-desk", "label": "Labor Desk", "salience": "primary", "evidence": ["Labor Desk"]},
        ])
    await deliverer_for(running_bot.sessions, running_bot.application.bot).drain()
    return (await running_bot.api.until(lambda: running_bot.api.sent_messages(USER_ID)))[0]


async def _muted(running_bot, value: str) -> bool:
    async with running_bot.sessions() as session:
        return await session.scalar(select(Subscription.muted).where(Subscription.value == value))


async def test_mute_button_mutes_the_topic_and_offers_undo(running_bot):
    alert = await _sent_alert(running_bot)
    mute_label, mute_data = next((label, data) for label, data in buttons(alert) if label.startswith("🔇"))
    assert mute_label == "🔇 Mute Azerbaijan"
    before = len(running_bot.api.calls("editMessageReplyMarkup"))
    result = await running_bot.press(alert, mute_data)
    assert "Muted Azerbaijan" in result["answer"]["text"]
    assert await _muted(running_bot, "AZ") is True and await _muted(running_bot, "labor-desk") is False
    edit = running_bot.api.calls("editMessageReplyMarkup")[before].params
    labels = [button["text"] for row in edit["reply_markup"]["inline_keyboard"] for button in row]
    assert labels == ["📰 Read the story", "↩️ Undo: unmute Azerbaijan", "↗️ Share"]
    undo = next(button["callback_data"] for row in edit["reply_markup"]["inline_keyboard"] for button in row
                if button["text"].startswith("↩️"))
    result = await running_bot.press(alert, undo)
    assert "Unmuted Azerbaijan" in result["answer"]["text"]
    assert await _muted(running_bot, "AZ") is False
    edit = running_bot.api.calls("editMessageReplyMarkup")[-1].params
    assert [button["text"] for row in edit["reply_markup"]["inline_keyboard"] for button in row][1] == "🔇 Mute Azerbaijan"


async def test_mute_button_from_another_chat_or_stale_does_nothing(running_bot):
    alert = await _sent_alert(running_bot)
    mute_data = next(data for label, data in buttons(alert) if label.startswith("🔇"))
    forged = dict(alert, chat_id=USER_ID + 1)
    result = await running_bot.press(forged, mute_data)
    assert "no longer works" in result["answer"]["text"]
    result = await running_bot.press(alert, "mute:999999:0")
    assert "no longer works" in result["answer"]["text"]
    assert await _muted(running_bot, "AZ") is False


async def test_addcampaign_is_for_admins_only(running_bot):
    replies = await running_bot.send('/addcampaign https://x.test/p "Free them" AZ')
    assert "admins only" in replies[0]["text"]
    async with running_bot.sessions() as session:
        assert list(await session.scalars(select(Campaign))) == []


async def test_addcampaign_campaigns_and_endcampaign(running_bot):
    replies = await running_bot.send(
        '/addcampaign https://www.labourstart.org/campaigns/ "Free the Labor Desk 4" AZ "Labour Desk" kind=petition ends=2099-12-31 '
        'names="Afiaddin Mammadov, Elvin Mustafayev"',
        chat_id=ADMIN_ID,
    )
    text = replies[0]["text"]
    assert "Campaign added" in text and "✍️ Sign the petition" in text and "Kind inferred" not in text
    assert "Afiaddin Mammadov" in text
    async with running_bot.sessions() as session:
        (campaign,) = list(await session.scalars(select(Campaign)))
    assert (campaign.title, campaign.countries, campaign.unions, campaign.keywords, campaign.origin, campaign.added_by) == (
        "Free the Labor Desk 4", ["AZ"], ["labor-desk"], ["Afiaddin Mammadov", "Elvin Mustafayev"], "admin", ADMIN_ID)
    assert campaign.ends_on.isoformat() == "2099-12-31" and campaign.status == "open"

    listing = (await running_bot.send("/campaigns", chat_id=ADMIN_ID))[0]["text"]
    assert "Free the Labor Desk 4" in listing and "Confederation of Trade Unions Labor Desk" in listing
    assert "reach: 0 alerts to 0 chats" in listing and "taps not counted" in listing

    menu = (await running_bot.send("/endcampaign", chat_id=ADMIN_ID))[0]
    data = next(data for label, data in buttons(menu) if "Free the Labor Desk 4" in label)
    result = await running_bot.press(menu, data)
    assert "Ended" in result["edits"][-1]["text"]
    listing = (await running_bot.send("/campaigns", chat_id=ADMIN_ID))[0]["text"]
    assert "There are no campaigns" in listing


async def test_addcampaign_unquoted_and_kind_inference(running_bot):
    replies = await running_bot.send("/addcampaign https://example.org/donate Strike fund for Orujov AZ names=\"Mohyaddin Orujov\"",
                                     chat_id=ADMIN_ID)
    assert "💶 Donate" in replies[0]["text"] and "Kind inferred: donation" in replies[0]["text"]
    async with running_bot.sessions() as session:
        (campaign,) = list(await session.scalars(select(Campaign)))
    assert (campaign.title, campaign.kind, campaign.countries, campaign.keywords) == (
        "Strike fund for Orujov", "donation", ["AZ"], ["Mohyaddin Orujov"])


async def test_addcampaign_bad_input_gets_a_clear_answer(running_bot):
    async def answer(text: str) -> str:
        return (await running_bot.send(text, chat_id=ADMIN_ID))[0]["text"]

    assert "Usage: /addcampaign" in await answer("/addcampaign")
    unknown = await answer('/addcampaign https://x.test/p "T" "Unionof Nowhere Whatsoever"')
    assert "I don't know the union or country" in unknown and "names=" in unknown and "Nothing was added" in unknown
    past = await answer('/addcampaign https://x.test/p "T" AZ names="Mohyaddin Orujov" ends=2001-01-01')
    assert "already past" in past and "Nothing was added" in past
    assert "http(s) link" in await answer('/addcampaign ftp://x.test/p "T" "Labor Desk"')
    no_cause = await answer('/addcampaign https://x.test/p "Free them" AZ')
    assert "no cause" in no_cause and "country alone is never enough" in no_cause and "Nothing was added" in no_cause
    long_title = await answer('/addcampaign https://x.test/p "' + "T" * 500 + '" "Labor Desk"')
    assert "500 characters long; keep it to 200" in long_title and "Nothing was added" in long_title
    assert "no campaign number 999" in await answer("/endcampaign 999")
    assert "no campaign number 999" in await answer("/campaignupdate 999 won")
    assert "Usage: /campaignupdate" in await answer("/campaignupdate")
    assert "Usage: /campaignupdate" in await answer("/campaignupdate two won")
    async with running_bot.sessions() as session:
        assert list(await session.scalars(select(Campaign))) == []


async def test_campaign_button_why_counts_and_won_follow_up_to_the_chats_that_got_it(running_bot):
    """The loop closed from the chat: the admin's campaign rides on the alert of its cause, /why says why,
    /campaigns counts it, and marking it won tells exactly the chat that got it, once."""
    await running_bot.send('/addcampaign https://act.test/free-ld "Free the Labor Desk 4" AZ "Labor Desk" '
                           'names="Afiaddin Mammadov" kind=petition', chat_id=ADMIN_ID)
    other_chat = USER_ID + 7
    async with running_bot.sessions.begin() as session:
        subscriber = await add_subscriber(session, USER_ID, topics=[("country", "AZ", "Azerbaijan")])
        bystander = await add_subscriber(session, other_chat, topics=[("country", "AZ", "Azerbaijan")])
        about = await add_story(session, "Labor Desk activists sentenced", "Afiaddin Mammadov was sentenced in Baku.",
                                url="https://news.test/ld", tags=[("country", "AZ", "Azerbaijan", "primary"),
                                                                  ("union", "labor-desk", "Labor Desk", "primary")])
        metro = await add_story(session, "Metro strike in Baku", "Metro drivers in Baku walked out over pay.",
                                url="https://news.test/metro", tags=[("country", "AZ", "Azerbaijan", "primary")])
        await queue(session, subscriber, about)
        await queue(session, bystander, metro)
    await deliverer_for(running_bot.sessions, running_bot.application.bot).drain()
    (alert,) = await running_bot.api.until(lambda: running_bot.api.sent_messages(USER_ID))
    assert buttons(alert)[0] == ("✍️ Sign the petition", "https://act.test/free-ld")
    assert "✍️ Free the Labor Desk 4" in alert["text"]
    (metro_alert,) = await running_bot.api.until(lambda: running_bot.api.sent_messages(other_chat))
    assert [label for label, _ in buttons(metro_alert)] == ["📰 Read the story", "🔇 Mute Azerbaijan", "↗️ Share"]

    why = (await running_bot.send("/why", reply_to=alert["_message_id"]))[-1]["text"]
    assert "The button" in why and "Free the Labor Desk 4" in why and "the story is about Labor Desk" in why
    listing = (await running_bot.send("/campaigns", chat_id=ADMIN_ID))[0]["text"]
    assert "reach: 1 alerts to 1 chats" in listing

    async with running_bot.sessions() as session:
        (campaign,) = list(await session.scalars(select(Campaign)))
    told = (await running_bot.send(f'/campaignupdate {campaign.id} won "All four are free."', chat_id=ADMIN_ID))[0]["text"]
    assert "won" in told and "1 chats that got an alert with it will get a short follow-up" in told
    from bot.delivery.followups import send_followups
    from bot.delivery.sender import RateLimiter, Sender
    from tests.alerting import fast_delivery

    sender = Sender(running_bot.application.bot, RateLimiter.from_config(fast_delivery()))
    assert (await send_followups(running_bot.sessions, sender)).sent == 1
    messages = running_bot.api.sent_messages(USER_ID)
    assert "🎉 Won: Free the Labor Desk 4" in messages[-1]["text"] and "All four are free." in messages[-1]["text"]
    assert len(running_bot.api.sent_messages(other_chat)) == 1  # the metro alert only
    again = (await running_bot.send(f"/campaignupdate {campaign.id} closed", chat_id=ADMIN_ID))[0]["text"]
    assert "already marked won" in again
    assert (await send_followups(running_bot.sessions, sender)).sent == 0


async def test_campaigns_flags_a_campaign_from_before_causes(running_bot):
    from storage.models import utcnow

    async with running_bot.sessions.begin() as session:
        session.add(Campaign(title="Old country-wide petition", url="https://old.test/p", kind="petition", countries=["AZ"],
                             unions=[], keywords=[], translations={}, status="open", taps=0, origin="admin", created_at=utcnow()))
    listing = (await running_bot.send("/campaigns", chat_id=ADMIN_ID))[0]["text"]
    assert "no cause, so no story carries it" in listing and "/addcampaign https://old.test/p" in listing
