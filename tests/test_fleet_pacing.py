"""Two delivery processes on one PostgreSQL outbox keep each chat's limit together, and a 429 seen by one
pauses both: two real Deliverers, each on its own engine, against the local Bot API server, the spacing
measured from the server's arrival times."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from sqlalchemy import func, select

from bot.compose.alert import RenderedAlert
from bot.config import DeliveryConfig
from bot.delivery.pacing import FleetPacing, fleet_pacing
from bot.delivery.sender import RateLimiter, Sender
from bot.delivery.worker import Deliverer
from bot.scheduler import FLEET_HEADROOM, deliver_in_fleet, share_the_limit
from storage.db import Sessions, create_engine, engine_of, session_factory
from storage.fleet import FLEET_PAUSE_CHAT, RACE_WAIT, FleetShare, Lane, prune_pacing
from storage.models import Alert, ChatPacing, SendBucket, utcnow
from tests.alerting import add_story, add_subscriber, fast_delivery, local_bot, queue
from tests.botapi import BotApiServer

postgresql_only = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)

PRIVATE, GROUP = 31_001, -31_002
PRIVATE_SPACING, GROUP_SPACING = 0.4, 0.6  # seconds: 2.5 messages a second per private chat, 100 a minute per group
# Seconds a message may reach the stub early: a slot is taken just before the request leaves, and on a busy
# machine one request can take this much longer than the next to arrive. Unpaced, the gaps are 0.03-0.09 s.
LATENESS = 0.15


def paced_delivery() -> DeliveryConfig:
    return fast_delivery(private_chat_messages_per_second=1 / PRIVATE_SPACING, group_messages_per_minute=60 / GROUP_SPACING)


def fleet_deliverer(sessions: Sessions, bot: object, delivery: DeliveryConfig) -> Deliverer:
    return Deliverer(sessions, Sender(bot, RateLimiter.from_config(delivery), pacing=FleetPacing(sessions, delivery.messages_per_second)), delivery, batch_size=8)


@asynccontextmanager
async def second_process(database_url: str) -> AsyncIterator[Sessions]:
    """Sessions on an engine of their own, as another bot process has."""
    engine = create_engine(database_url)
    try:
        yield session_factory(engine)
    finally:
        await engine.dispose()


async def drain_all(deliverer: Deliverer, sessions: Sessions) -> int:
    """Drain until no alert is open, as a worker's repeated runs do (a claim that lost every row to the
    other process's claim in the same instant ends a run); how many this deliverer sent."""
    sent = 0
    while True:
        sent += (await deliverer.drain()).sent
        async with sessions() as session:
            if not await session.scalar(select(func.count()).select_from(Alert).where(Alert.status.in_(("pending", "sending")))):
                return sent
        await asyncio.sleep(0.02)


def arrivals(bot_api: BotApiServer) -> dict[int, list[float]]:
    """When each chat's messages reached the server, oldest first."""
    times: dict[int, list[float]] = defaultdict(list)
    for call in bot_api.calls("sendMessage"):
        if call.params.get("_ok"):
            times[int(call.params["chat_id"])].append(call.at)
    return times


@postgresql_only
async def test_two_processes_together_keep_each_chats_spacing(sessions, bot_api, database_url):
    """Both deliverers claim rows of the same two chats (two per chat each); each chat still gets one
    message per its interval, as the Bot API server sees them arrive."""
    async with sessions.begin() as session:
        private = await add_subscriber(session, PRIVATE)
        group = await add_subscriber(session, GROUP, chat_type="group")
        for number in range(4):
            story = await add_story(session, f"Story {number}", "About Azerbaijan.")
            await queue(session, private, story)
            await queue(session, group, story)
    delivery = paced_delivery()
    async with second_process(database_url) as other_sessions, local_bot(bot_api) as bot, local_bot(bot_api) as other_bot:
        first, second = fleet_deliverer(sessions, bot, delivery), fleet_deliverer(other_sessions, other_bot, delivery)
        sent = await asyncio.wait_for(asyncio.gather(drain_all(first, sessions), drain_all(second, other_sessions)), timeout=30)
    assert min(sent) >= 2 and sum(sent) == 8, f"both deliverers sent to the same chats: {sent}"
    times = arrivals(bot_api)
    assert len(times[PRIVATE]) == len(times[GROUP]) == 4
    for chat, spacing in ((PRIVATE, PRIVATE_SPACING), (GROUP, GROUP_SPACING)):
        gaps = [later - earlier for earlier, later in zip(times[chat], times[chat][1:], strict=False)]
        assert min(gaps) >= spacing - LATENESS, f"chat {chat}: messages {gaps} s apart, limit {spacing} s"


@postgresql_only
async def test_a_429_seen_by_one_process_pauses_the_other(sessions, bot_api, database_url):
    """One process's message (a digest, say) gets a 429, retry after 1 s; a deliverer in another process,
    sending alerts to other chats meanwhile, sends nothing until the pause has run out, and every message
    still goes out once."""
    bot_api.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", chat_id=32_001, retry_after=1)
    delivery = fast_delivery()
    async with second_process(database_url) as other_sessions, local_bot(bot_api) as bot:
        first = Sender(bot, RateLimiter.from_config(delivery), pacing=FleetPacing(sessions, delivery.messages_per_second))
        flooded = asyncio.create_task(first.send(32_001, "private", RenderedAlert("<b>Digest</b>", "Digest")))
        deadline = time.monotonic() + 10
        while not bot_api.calls("sendMessage") and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.1)  # the 429's answer reaches the first process, which pauses the fleet
        flooded_at = bot_api.calls("sendMessage")[0].at
        async with sessions.begin() as session:
            story = await add_story(session, "Flooded", "About Azerbaijan.")
            for chat in (32_002, 32_003):
                await queue(session, await add_subscriber(session, chat), story)
        stats = await asyncio.wait_for(fleet_deliverer(other_sessions, bot, delivery).drain(), timeout=10)
        outcome = await asyncio.wait_for(flooded, timeout=10)
    assert (outcome.status, stats.sent) == ("sent", 2)
    times = arrivals(bot_api)
    assert sorted(times) == [32_001, 32_002, 32_003] and all(len(at) == 1 for at in times.values())
    for chat in (32_001, 32_002, 32_003):
        assert times[chat][0] >= flooded_at + 1.0, f"chat {chat} got its message during the fleet's pause"


@postgresql_only
async def test_the_fleet_pause_is_one_row_and_a_chat_slot_is_taken_once(sessions):
    """Two takers of one chat's slot at the same instant: exactly one gets it, the other is told how long
    to wait; a pause holds every chat and says so."""
    pacing = fleet_pacing(sessions, fast_delivery())
    assert isinstance(pacing, FleetPacing)
    slots = await asyncio.gather(*(pacing.take_slot(PRIVATE, 5.0) for _ in range(6)))
    assert sum(slot.taken for slot in slots) == 1
    # A loser that raced the first insert cannot see the row yet and is told to ask again at once.
    assert all((4.0 < slot.wait <= 5.0 or slot.wait == RACE_WAIT) and not slot.fleet_paused for slot in slots if not slot.taken)
    again = await pacing.take_slot(PRIVATE, 5.0)
    assert not again.taken and 4.0 < again.wait <= 5.0
    await pacing.pause(3.0, PRIVATE)
    other_chat = await pacing.take_slot(PRIVATE + 1, 0.1)
    assert not other_chat.taken and other_chat.fleet_paused and 2.0 < other_chat.wait <= 3.0
    async with sessions() as session:
        rows = {row.chat_id: row.next_send_at for row in await session.scalars(select(ChatPacing))}
    assert set(rows) == {FLEET_PAUSE_CHAT, PRIVATE}
    assert rows[PRIVATE] >= rows[FLEET_PAUSE_CHAT], "the chat's longer spacing is kept, not shortened by the pause"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_sqlite_paces_in_memory_only(sessions):
    """One process on SQLite: no shared pacing, the in-memory limiter alone (as before)."""
    assert fleet_pacing(sessions, fast_delivery()) is None


@postgresql_only
async def test_the_fleet_rate_is_a_token_bucket_shared_by_every_process(sessions, database_url):
    """One lane's bucket holds at most a tenth of a second of its rate (at least one token): ten chats asked
    for at once by two processes at one message a second get one slot between them (the next token is a
    second away, longer than the asking takes), the others are told to wait about that token's time; the
    paid lane's bucket is its own."""
    assert Lane("free", 30.0).burst == 3.0 and Lane("free", 1.0).burst == 1.0
    async with second_process(database_url) as other_sessions:
        first, second = FleetPacing(sessions, 1.0, 1.0), FleetPacing(other_sessions, 1.0, 1.0)
        slots = await asyncio.gather(*(pacing.take_slot(40_000 + number, 0.0)
                                       for number, pacing in enumerate([first, second] * 5)))
    assert sum(slot.taken for slot in slots) == 1
    assert all(not slot.fleet_paused and 0 < slot.wait <= 1.0 for slot in slots if not slot.taken)
    paid = await first.take_slot(40_100, 0.0, paid=True)
    assert paid.taken, "the paid lane does not draw on the free lane's bucket"
    async with sessions() as session:
        assert {row.name for row in await session.scalars(select(SendBucket))} == {"free", "paid"}


@postgresql_only
async def test_two_processes_together_keep_the_overall_rate(sessions, bot_api, database_url):
    """Two deliverers whose own limiters allow 1,000 messages a second, on one fleet-wide bucket of 20 a
    second: the Bot API server never sees more than the bucket allows over the run (its burst plus the
    rate times the time between the first and last arrival)."""
    async with sessions.begin() as session:
        story = await add_story(session, "Fleet rate", "About Azerbaijan.")
        for number in range(30):
            await queue(session, await add_subscriber(session, 41_000 + number), story)
    delivery, rate = fast_delivery(), 20.0
    async with second_process(database_url) as other_sessions, local_bot(bot_api) as bot, local_bot(bot_api) as other_bot:
        first = Deliverer(sessions, Sender(bot, RateLimiter.from_config(delivery), pacing=FleetPacing(sessions, rate)),
                          delivery, batch_size=8)
        second = Deliverer(other_sessions, Sender(other_bot, RateLimiter.from_config(delivery),
                                                  pacing=FleetPacing(other_sessions, rate)), delivery, batch_size=8)
        sent = await asyncio.wait_for(asyncio.gather(drain_all(first, sessions), drain_all(second, other_sessions)), timeout=30)
    assert sum(sent) == 30
    times = sorted(at for chat_times in arrivals(bot_api).values() for at in chat_times)
    assert len(times) == 30
    burst = Lane("free", rate).burst
    # Sent at most as the bucket allows, the arrivals at least as spread (one request may reach the server
    # a little ahead of the one before it: LATENESS).
    assert len(times) <= burst + rate * (times[-1] - times[0] + LATENESS) + 1


@postgresql_only
async def test_a_process_whose_run_ends_gives_its_share_of_the_limit_back_at_once(sessions, bot_api, database_url):
    """Two processes with alerts to send take half the limit each (times FLEET_HEADROOM); the moment one's
    delivery run ends (nothing left for it), it holds no share: the other's next fleet job takes the whole
    limit, and the idle one counts itself in only for the rate it would start at."""
    async with sessions.begin() as session:
        subscriber = await add_subscriber(session, 43_001)
        for number in range(2):  # one chat's two alerts: the run lasts at least the chat's spacing
            await queue(session, subscriber, await add_story(session, f"Fleet share {number}", "About Azerbaijan."))
    delivery = paced_delivery()
    mine, other = FleetShare(engine_of(sessions)), FleetShare(create_engine(database_url))
    try:
        async with local_bot(bot_api) as bot:
            sender = Sender(bot, RateLimiter.from_config(delivery), pacing=FleetPacing(sessions, delivery.messages_per_second))
            deliverer = Deliverer(sessions, sender, delivery, batch_size=8)
            assert await other.processes(busy=True) == 1  # another process is sending
            run = asyncio.create_task(deliver_in_fleet(deliverer, mine))
            while not deliverer.busy:
                await asyncio.sleep(0.005)
            assert not run.done(), "the second alert waits for its chat's spacing"
            during = await share_the_limit(mine, deliverer, sender, delivery)  # this process's fleet job
            stats = await asyncio.wait_for(run, timeout=10)
            assert stats.sent == 2 and not deliverer.busy
            others_after = await other.processes(busy=True)  # the other process's next fleet job
            mine_after = await share_the_limit(mine, deliverer, sender, delivery)
            others_last = await other.processes(busy=True)
    finally:
        await mine.release()
        await other.release()
        assert other.engine is not None
        await other.engine.dispose()
    limit = delivery.messages_per_second * FLEET_HEADROOM
    assert during == pytest.approx(limit / 2), "both processes busy: half the limit each"
    assert others_after == 1, "the process that ran dry gave its share back when its run ended"
    assert mine_after == pytest.approx(limit / 2) and others_last == 1, "idle, it takes no slot"


@postgresql_only
async def test_chats_whose_pacing_ran_out_long_ago_are_pruned(sessions):
    """Rows whose time passed more than `keep` seconds ago go; a chat still spaced (or just past) stays."""
    pacing = FleetPacing(sessions, 1000.0)
    assert (await pacing.take_slot(42_001, 3600.0)).taken
    async with sessions.begin() as session:
        session.add(ChatPacing(chat_id=42_002, next_send_at=utcnow() - dt.timedelta(hours=2)))
        session.add(ChatPacing(chat_id=42_003, next_send_at=utcnow() - dt.timedelta(seconds=5)))
    async with sessions.begin() as session:
        assert await prune_pacing(session, keep=60) == 1
    async with sessions() as session:
        assert set(await session.scalars(select(ChatPacing.chat_id))) == {42_001, 42_003}
