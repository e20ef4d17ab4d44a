"""Quiet hours (/quiet 22:00-07:00 in the chat's time zone: alerts and digests wait until the window ends,
nothing dropped) and silent alerts (/silent on: sent with disable_notification), through the real bot,
the outbox worker and the digest runner against the local Bot API server. Time is passed in."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from sqlalchemy import select

from bot.delivery.digests import run_digests
from bot.delivery.quiet import parse_quiet_window, quiet_until
from bot.delivery.sender import RateLimiter, Sender
from storage.models import Alert, Subscriber
from tests.alerting import add_story, deliverer_for, fast_delivery, local_bot, queue
from tests.telegram_harness import USER_ID

UTC = dt.UTC


def test_quiet_window_across_midnight_in_the_chats_time_zone() -> None:
    late = dt.datetime(2026, 11, 30, 22, 30, tzinfo=UTC)  # 23:30 in Berlin (CET)
    assert quiet_until(late, "Europe/Berlin", "22:00", "07:00") == dt.datetime(2026, 12, 1, 6, 0, tzinfo=UTC)
    early = dt.datetime(2026, 11, 30, 5, 0, tzinfo=UTC)  # 06:00 in Berlin
    assert quiet_until(early, "Europe/Berlin", "22:00", "07:00") == dt.datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
    assert quiet_until(dt.datetime(2026, 11, 30, 6, 0, tzinfo=UTC), "Europe/Berlin", "22:00", "07:00") is None
    assert quiet_until(dt.datetime(2026, 11, 30, 12, 0, tzinfo=UTC), "UTC", "12:00", "13:30") == \
        dt.datetime(2026, 11, 30, 13, 30, tzinfo=UTC)
    assert quiet_until(late, "UTC", None, None) is None


@pytest.mark.parametrize("text", ["22:00", "soon-later", "25:00-07:00", "07:00-07:00"])
def test_a_bad_quiet_window_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_quiet_window(text)


async def subscriber(bot) -> Subscriber:
    async with bot.sessions() as session:
        return await session.scalar(select(Subscriber).where(Subscriber.chat_id == USER_ID))


async def settled_alert(bot) -> Alert:
    """The story's one alert once no delivery run holds it. The running bot's own delivery job may have claimed it
    first and still be recording what it did (seen on a loaded machine: "sending"); waits up to 5 s for that, not
    for a send that never comes."""
    for _ in range(250):
        async with bot.sessions() as session:
            alert = await session.scalar(select(Alert))
        if alert.status != "sending":
            break
        await asyncio.sleep(0.02)
    return alert


def window_around(now: dt.datetime) -> tuple[str, str, dt.datetime]:
    """A quiet window (UTC) from an hour before `now` to an hour after it, and its end."""
    start, end = now - dt.timedelta(hours=1), now + dt.timedelta(hours=1)
    end = end.replace(second=0, microsecond=0)
    return start.strftime("%H:%M"), end.strftime("%H:%M"), end


async def test_quiet_hours_hold_alerts_until_they_end_then_release_them(running_bot, bot_api) -> None:
    await running_bot.send("/subscribe Azerbaijan")
    now = dt.datetime.now(UTC)
    start, end, ends_at = window_around(now)
    reply = (await running_bot.send(f"/quiet {start}-{end}"))[0]
    assert f"Quiet hours: {start}–{end}" in reply["text"] and "nothing is dropped" in reply["text"]
    async with running_bot.sessions.begin() as session:
        story = await add_story(session, "Strike in Baku", "Oil workers in Azerbaijan struck.")
        await queue(session, await session.scalar(select(Subscriber)), story, due_at=now - dt.timedelta(minutes=1))
    before = len(bot_api.sent_messages(USER_ID))
    async with local_bot(bot_api) as bot:
        # (the running bot's own outbox job may be the one that holds it: either way it waits)
        stats = await deliverer_for(running_bot.sessions, bot, clock=lambda: now).drain()
        assert stats.sent == 0 and len(bot_api.sent_messages(USER_ID)) == before
        alert = await settled_alert(running_bot)
        assert (alert.status, alert.due_at, alert.attempts) == ("pending", ends_at, 0)
        # still quiet a minute before the end: nothing is due; at the end it goes out
        await deliverer_for(running_bot.sessions, bot, clock=lambda: ends_at - dt.timedelta(minutes=1)).drain()
        assert len(bot_api.sent_messages(USER_ID)) == before
        stats = await deliverer_for(running_bot.sessions, bot, clock=lambda: ends_at + dt.timedelta(seconds=5)).drain()
    assert stats.sent == 1
    [sent] = bot_api.sent_messages(USER_ID)[before:]
    assert "Strike in Baku" in sent["text"]


async def test_quiet_off_releases_held_alerts_at_once(running_bot, bot_api) -> None:
    await running_bot.send("/subscribe Azerbaijan")
    now = dt.datetime.now(UTC)
    start, end, _ = window_around(now)
    await running_bot.send(f"/quiet {start}-{end}")
    async with running_bot.sessions.begin() as session:
        story = await add_story(session, "Strike in Baku", "Oil workers in Azerbaijan struck.")
        await queue(session, await session.scalar(select(Subscriber)), story)
    async with local_bot(bot_api) as bot:
        await deliverer_for(running_bot.sessions, bot).drain()
        assert "Quiet hours are off" in (await running_bot.send("/quiet off"))[0]["text"]
        assert (await subscriber(running_bot)).quiet_start is None
        await deliverer_for(running_bot.sessions, bot).drain()
    assert (await settled_alert(running_bot)).status == "sent"
    assert sum("Strike in Baku" in message["text"] for message in bot_api.sent_messages(USER_ID)) == 1


async def test_a_digest_due_in_quiet_hours_waits_for_their_end(running_bot, bot_api) -> None:
    await running_bot.send("/subscribe Azerbaijan")
    await running_bot.send("/mode daily")
    now = dt.datetime.now(UTC)
    start, end, ends_at = window_around(now)
    await running_bot.send(f"/quiet {start}-{end}")
    async with running_bot.sessions.begin() as session:
        stored = await session.scalar(select(Subscriber))
        stored.next_digest_at = now - dt.timedelta(minutes=1)
        story = await add_story(session, "Strike in Baku", "Oil workers in Azerbaijan struck.")
        await queue(session, stored, story, status="digest")
    before = len(bot_api.sent_messages(USER_ID))
    async with local_bot(bot_api) as bot:
        sender = Sender(bot, RateLimiter.from_config(fast_delivery()))
        stats = await run_digests(running_bot.sessions, sender, now)
        assert stats.held == 1 and stats.sent_digests == 0 and len(bot_api.sent_messages(USER_ID)) == before
        stats = await run_digests(running_bot.sessions, sender, ends_at + dt.timedelta(seconds=20))
    assert stats.sent_digests == 1
    [digest] = bot_api.sent_messages(USER_ID)[before:]
    assert "Strike in Baku" in digest["text"]


async def test_silent_alerts_are_sent_without_notification(running_bot, bot_api) -> None:
    await running_bot.send("/subscribe Azerbaijan")
    assert "without a notification sound" in (await running_bot.send("/silent on"))[0]["text"]
    assert "sound</b>: off" in (await running_bot.send("/list"))[0]["text"]
    before = len(bot_api.sent_messages(USER_ID))
    async with running_bot.sessions.begin() as session:
        story = await add_story(session, "Strike in Baku", "Oil workers in Azerbaijan struck.")
        await queue(session, await session.scalar(select(Subscriber)), story)
    async with local_bot(bot_api) as bot:
        await deliverer_for(running_bot.sessions, bot).drain()
    # the running bot's own delivery job may take the alert first: either way it goes out once
    [sent] = await bot_api.until(lambda: bot_api.sent_messages(USER_ID)[before:])
    assert sent["disable_notification"] in (True, "true")
    await running_bot.send("/silent off")
    assert not (await subscriber(running_bot)).silent


@pytest.mark.parametrize(("command", "expected"), [
    ("/quiet", "/quiet 22:00-07:00"), ("/quiet tonight", "not a window"), ("/quiet 22:00-25:00", "time like 08:30"),
    ("/silent maybe", "/silent on"),
])
async def test_quiet_and_silent_with_bad_input_say_what_to_type(running_bot, command: str, expected: str) -> None:
    assert expected in (await running_bot.send(command))[0]["text"]
