"""/mode, /digest, /timezone, /pause, /resume, /mentions through the real Application; every one also with
bad or missing arguments, and refused to group members who are not chat admins."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.chats.timezones import next_digest_at
from storage.models import Alert, Source, Story, StoryCluster, Subscriber, utcnow
from tests.telegram_harness import GROUP_ID, USER_ID


async def subscriber(bot, chat_id: int = USER_ID) -> Subscriber | None:
    async with bot.sessions() as session:
        return await session.scalar(select(Subscriber).where(Subscriber.chat_id == chat_id))


async def test_mode_daily_sets_the_next_digest(running_bot) -> None:
    reply = (await running_bot.send("/mode daily"))[0]
    assert "daily digest at 08:00 (UTC)" in reply["text"] and "/digest" in reply["text"]
    stored = await subscriber(running_bot)
    assert stored.delivery_mode == "daily"
    assert stored.next_digest_at == next_digest_at("daily", "08:00", "UTC", 0, utcnow())


async def test_mode_now_clears_the_digest_schedule(running_bot) -> None:
    await running_bot.send("/mode weekly")
    reply = (await running_bot.send("/mode now"))[0]
    assert "at once" in reply["text"]
    assert (await subscriber(running_bot)).next_digest_at is None


@pytest.mark.parametrize("command", ["/mode", "/mode sometimes", "/mode daily weekly"])
async def test_mode_with_bad_arguments_says_what_to_type(running_bot, command: str) -> None:
    reply = (await running_bot.send(command))[0]
    assert "/mode now" in reply["text"] and "/mode daily" in reply["text"]
    assert await subscriber(running_bot) is None


async def test_digest_time_switches_to_a_daily_digest_as_a_weekday_switches_to_weekly(running_bot) -> None:
    reply = (await running_bot.send("/digest 18:45"))[0]
    assert "daily digest at 18:45 (UTC)" in reply["text"] and "/mode now" in reply["text"]
    stored = await subscriber(running_bot)
    assert (stored.delivery_mode, stored.digest_time) == ("daily", "18:45")
    assert stored.next_digest_at == next_digest_at("daily", "18:45", "UTC", 0, utcnow())
    await running_bot.send("/digest monday 08:30")
    assert (await subscriber(running_bot)).delivery_mode == "weekly"
    await running_bot.send("/digest 07:00")
    assert (await subscriber(running_bot)).delivery_mode == "daily"


async def test_digest_with_a_weekday_switches_to_weekly_in_local_time(running_bot) -> None:
    await running_bot.send("/timezone Europe/Berlin")
    reply = (await running_bot.send("/digest friday 7:05"))[0]
    assert "weekly digest on Fridays at 07:05" in reply["text"]
    stored = await subscriber(running_bot)
    assert (stored.delivery_mode, stored.digest_weekday, stored.digest_time) == ("weekly", 4, "07:05")
    local = stored.next_digest_at.astimezone(ZoneInfo("Europe/Berlin"))
    assert (local.weekday(), local.hour, local.minute) == (4, 7, 5)


@pytest.mark.parametrize(
    ("command", "expected"),
    [("/digest", "/digest 08:30"), ("/digest 25:00", "not a time of day"), ("/digest soon", "not a time of day"),
     ("/digest funday 08:00", "not a day of the week"), ("/digest monday 08:00 extra", "/digest monday 08:30")],
)
async def test_digest_with_bad_arguments_says_what_to_type(running_bot, command: str, expected: str) -> None:
    reply = (await running_bot.send(command))[0]
    assert expected in reply["text"]
    assert await subscriber(running_bot) is None


@pytest.mark.parametrize(("typed", "stored", "shown"), [
    ("Europe/Berlin", "Europe/Berlin", "Europe/Berlin (UTC+0"),
    ("Nairobi", "Africa/Nairobi", "Africa/Nairobi (UTC+03:00)"),
    ("UTC+3", "Etc/GMT-3", "UTC+03:00"),
    ("+05:30", "Asia/Kolkata", "Asia/Kolkata (UTC+05:30)"),
])
async def test_timezone_accepts_names_cities_and_offsets(running_bot, typed: str, stored: str, shown: str) -> None:
    reply = (await running_bot.send(f"/timezone {typed}"))[0]
    assert shown in reply["text"]
    assert (await subscriber(running_bot)).timezone == stored


async def test_timezone_change_moves_the_next_digest(running_bot) -> None:
    await running_bot.send("/mode daily")
    before = (await subscriber(running_bot)).next_digest_at
    reply = (await running_bot.send("/timezone Asia/Tokyo"))[0]
    assert "daily digest at 08:00" in reply["text"]
    after = (await subscriber(running_bot)).next_digest_at
    assert after != before
    assert after == next_digest_at("daily", "08:00", "Asia/Tokyo", 0, utcnow())


@pytest.mark.parametrize("command", ["/timezone", "/timezone Narnia Capital", "/timezone UTC+20"])
async def test_timezone_refuses_bad_ones_with_an_example(running_bot, command: str) -> None:
    reply = (await running_bot.send(command))[0]
    assert "/timezone Europe/Berlin" in reply["text"]
    assert await subscriber(running_bot) is None


async def test_pause_and_resume(running_bot) -> None:
    paused = (await running_bot.send("/pause"))[0]
    assert "/resume" in paused["text"]
    assert (await subscriber(running_bot)).paused
    resumed = (await running_bot.send("/resume"))[0]
    assert "on again" in resumed["text"]
    assert not (await subscriber(running_bot)).paused


async def test_mentions_on_and_off(running_bot) -> None:
    on = (await running_bot.send("/mentions on"))[0]
    assert "only mention" in on["text"]
    assert (await subscriber(running_bot)).include_mentioned
    await running_bot.send("/mentions off")
    assert not (await subscriber(running_bot)).include_mentioned


@pytest.mark.parametrize("command", ["/mentions", "/mentions maybe"])
async def test_mentions_with_bad_arguments_says_what_to_type(running_bot, command: str) -> None:
    reply = (await running_bot.send(command))[0]
    assert "/mentions on" in reply["text"] and "/mentions off" in reply["text"]


@pytest.mark.parametrize("command", ["/mode daily", "/digest 09:00", "/timezone Berlin", "/pause", "/resume",
                                     "/mentions on", "/unsubscribe", "/stop"])
async def test_group_members_cannot_change_settings(running_bot, command: str) -> None:
    reply = (await running_bot.send(command, chat_id=GROUP_ID, user_id=7, chat_type="group"))[0]
    assert "only the group's admins" in reply["text"]
    assert await subscriber(running_bot, GROUP_ID) is None


async def test_group_admins_can_change_settings(running_bot) -> None:
    running_bot.api.chat_member_status[(GROUP_ID, 8)] = "administrator"
    await running_bot.send("/mode daily", chat_id=GROUP_ID, user_id=8, chat_type="group")
    assert (await subscriber(running_bot, GROUP_ID)).delivery_mode == "daily"


async def test_changing_mode_moves_alerts_already_queued(running_bot) -> None:
    await running_bot.send("/subscribe Belarus")
    async with running_bot.sessions.begin() as session:
        subscriber_row = await session.scalar(select(Subscriber))
        source = Source(kind="feed", location="https://example.org/feed")
        cluster = StoryCluster()
        session.add_all([source, cluster])
        await session.flush()
        story = Story(source_id=source.id, cluster_id=cluster.id, guid="g", title="t", text="", content_hash="h",
                      fingerprint=0, band0=0, band1=0, band2=0, band3=0)
        session.add(story)
        await session.flush()
        session.add(Alert(subscriber_id=subscriber_row.id, cluster_id=cluster.id, story_id=story.id, status="pending",
                          due_at=utcnow() + dt.timedelta(hours=1)))

    async def status() -> str:
        async with running_bot.sessions() as session:
            return await session.scalar(select(Alert.status))

    await running_bot.send("/mode daily")
    assert await status() == "digest"
    await running_bot.send("/mode now")
    assert await status() in ("pending", "sending", "sent")  # released: the delivery job may already have it
