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
        '/addcampaign https://www.labourstart.org/campaigns/ "Free the Labor Desk 4" AZ "Labour Desk" kind=petition ends=2099-12-31',
        chat_id=ADMIN_ID,
    )
    text = replies[0]["text"]
    assert "Campaign added" in text and "✍️ Sign the petition" in text and "Kind inferred" not in text
    async with running_bot.sessions() as session:
        (campaign,) = list(await session.scalars(select(Campaign)))
    assert (campaign.title, campaign.countries, campaign.unions, campaign.origin, campaign.added_by) == (
        "Free the Labor Desk 4", ["AZ"], ["labor-desk"], "admin", ADMIN_ID)
    assert campaign.ends_on.isoformat() == "2099-12-31"

    listing = (await running_bot.send("/campaigns", chat_id=ADMIN_ID))[0]["text"]
    assert "Free the Labor Desk 4" in listing and "Confederation of Trade Unions Labor Desk" in listing

    menu = (await running_bot.send("/endcampaign", chat_id=ADMIN_ID))[0]
    data = next(data for label, data in buttons(menu) if "Free the Labor Desk 4" in label)
    result = await running_bot.press(menu, data)
    assert "Ended" in result["edits"][-1]["text"]
    listing = (await running_bot.send("/campaigns", chat_id=ADMIN_ID))[0]["text"]
    assert "no active campaigns" in listing


async def test_addcampaign_unquoted_and_kind_inference(running_bot):
    replies = await running_bot.send("/addcampaign https://example.org/donate Strike fund for Orujov AZ", chat_id=ADMIN_ID)
    assert "💶 Donate" in replies[0]["text"] and "Kind inferred: donation" in replies[0]["text"]
    async with running_bot.sessions() as session:
        (campaign,) = list(await session.scalars(select(Campaign)))
    assert (campaign.title, campaign.kind, campaign.countries) == ("Strike fund for Orujov", "donation", ["AZ"])


async def test_addcampaign_bad_input_gets_a_clear_answer(running_bot):
    usage = (await running_bot.send("/addcampaign", chat_id=ADMIN_ID))[0]["text"]
    assert "Usage: /addcampaign" in usage
    unknown = (await running_bot.send('/addcampaign https://x.test/p "T" "Unionof Nowhere Whatsoever"', chat_id=ADMIN_ID))[0]["text"]
    assert "I don't know the union or country" in unknown and "Nothing was added" in unknown
    past = (await running_bot.send('/addcampaign https://x.test/p "T" AZ ends=2001-01-01', chat_id=ADMIN_ID))[0]["text"]
    assert "already past" in past
    missing = (await running_bot.send("/endcampaign 999", chat_id=ADMIN_ID))[0]["text"]
    assert "no campaign number 999" in missing
    async with running_bot.sessions() as session:
        assert list(await session.scalars(select(Campaign))) == []
