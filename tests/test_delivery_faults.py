"""Delivery under faults (issue 15, defect 7 and "after /stop one already-claimed alert is still
delivered"): 0 lost, and duplicates only where Telegram's answer was lost.

- Telegram: a timeout or a dropped connection before the message is handled (no duplicate) and after
  (the message went out but its answer was lost: one duplicate, the at-least-once case). 429, 5xx, 403
  and 400 are covered in test_delivery.py.
- PostgreSQL cut mid fan-out (a TCP proxy between the deliverer and the server resets every connection):
  CUT_SECONDS instead of the issue's 20 s, to keep the suite short; the lease is 2 s, so a message sent
  but not recorded (the old behaviour) is re-queued and sent again within the test.
- kill -9 of a delivering process at 30 and 200 messages a second: a restart re-sends at most the
  messages in flight (MAX_IN_FLIGHT), loses none.
- /stop while an alert of that chat is claimed and waiting for its rate-limit slot: it is not sent.
- The "sent" record failing for another reason than the database being away (a deadlock, a statement
  timeout, one bad row failing its batch): retried until it holds, never sent again (issue 12).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import multiprocessing
import os
import signal
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.config import DeliveryConfig
from bot.delivery.transport import AiohttpRequest
from bot.delivery.worker import MAX_IN_FLIGHT, Deliverer
from bot.scheduler import SCHEDULER_KEY
from storage import outbox
from storage.db import create_engine, database_unreachable, session_factory
from storage.models import Alert, Subscriber, utcnow
from tests.alerting import (
    AZ,
    add_story,
    add_subscriber,
    alert_rows,
    deliverer_for,
    drain_until_done,
    fast_delivery,
    local_bot,
    queue,
)
from tests.botapi import TOKEN, BotApiServer
from tests.tcpproxy import TcpProxy
from tests.telegram_harness import USER_ID, bot_config, running

CUT_SECONDS = float(os.environ.get("DB_CUT_SECONDS", "3"))  # the issue cut for 20 s: DB_CUT_SECONDS=20
postgres_only = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
sqlite_only = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


async def open_rows(sessions: async_sessionmaker[AsyncSession]) -> int:
    async with sessions() as session:
        return await session.scalar(
            select(func.count()).select_from(Alert).where(Alert.status.in_(("pending", "sending")))) or 0


async def drive(deliverer: Deliverer, sessions: async_sessionmaker[AsyncSession], timeout: float) -> int:
    """Drain until no row is pending or sending, as the scheduler would (a drain that raises is run
    again); returns how many drains raised."""
    raised = 0
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            await deliverer.drain()
        except Exception:  # noqa: BLE001 - counted: the scheduler runs the job again two seconds later
            raised += 1
            await asyncio.sleep(0.2)
            continue
        if not await open_rows(sessions):
            return raised
        await asyncio.sleep(0.05)
    raise AssertionError(f"alerts still open after {timeout} s")


async def fan_out(sessions: async_sessionmaker[AsyncSession], count: int, first_chat: int) -> None:
    """One story queued for `count` private chats (first_chat, first_chat + 1, ...), one row each."""
    async with sessions.begin() as session:
        story = await add_story(session, "Fan-out", "A story about Azerbaijan.")
        now = utcnow()
        await session.execute(insert(Subscriber), [
            {"chat_id": first_chat + number, "chat_type": "private", "timezone": "UTC", "delivery_mode": "now",
             "digest_time": "08:00", "digest_weekday": 0, "include_mentioned": False, "paused": False, "active": True,
             "created_at": now} for number in range(count)])
        ids = list(await session.scalars(select(Subscriber.id).where(Subscriber.chat_id >= first_chat)))
        await session.execute(insert(Alert), [
            {"subscriber_id": subscriber_id, "cluster_id": story.cluster_id, "story_id": story.id, "status": "pending",
             "matched": [AZ], "due_at": now - dt.timedelta(seconds=1), "attempts": 0, "created_at": now}
            for subscriber_id in ids])


def messages_per_chat(api: BotApiServer) -> Counter[int]:
    return Counter(int(message["chat_id"]) for message in api.sent_messages())


@asynccontextmanager
async def impatient_bot(api: BotApiServer, transport: str = "httpx") -> AsyncIterator[Bot]:
    """A Bot that gives up on an answer after two seconds (the faulty server hangs for longer), over
    python-telegram-bot's HTTPXRequest or the AiohttpRequest the scheduler's sender uses."""
    timeouts = {"connect_timeout": 2.0, "read_timeout": 2.0, "write_timeout": 2.0, "pool_timeout": 2.0}
    request = HTTPXRequest(**timeouts) if transport == "httpx" else AiohttpRequest(MAX_IN_FLIGHT, **timeouts)
    async with Bot(TOKEN, base_url=api.base_url, request=request) as bot:
        yield bot


# --- Telegram ---


@sqlite_only
@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
@pytest.mark.parametrize(("after", "hang"), [(False, 4.0), (True, 4.0), (False, 0.0), (True, 0.0)],
                         ids=["timeout-before-delivery", "timeout-after-delivery", "dropped-before", "dropped-after"])
async def test_telegram_connection_faults_lose_nothing_and_duplicate_only_a_lost_answer(
        sessions, bot_api, after: bool, hang: float, transport: str) -> None:
    await fan_out(sessions, 6, 3000)
    bot_api.fault_next("sendMessage", after=after, hang=hang, chat_id=3002)
    async with impatient_bot(bot_api, transport) as bot:
        await drive(deliverer_for(sessions, bot, backoff_base=0.05), sessions, timeout=40)
    expected = {3000 + number: 1 for number in range(6)}
    if after:
        expected[3002] = 2  # Telegram sent it, its answer never came: the one duplicate at-least-once allows
    assert messages_per_chat(bot_api) == expected
    assert {alert.status for alert in await alert_rows(sessions)} == {"sent"}


# --- the database ---


@postgres_only
async def test_database_cut_mid_fan_out_loses_and_duplicates_nothing(sessions, bot_api, database_url) -> None:
    """Every connection to PostgreSQL reset for CUT_SECONDS while 60 alerts go out at 30 a second.
    Before: rows sent during the cut were left `sending` and sent again after the lease."""
    await fan_out(sessions, 60, 4000)
    target = make_url(database_url)
    proxy = await TcpProxy(target.host or "127.0.0.1", target.port or 5432).start()
    engine = create_engine(target.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False))
    try:
        # Telegram answers within its usual timeouts here: an impatient bot timing out on a loaded machine
        # would add the lost-answer duplicate that at-least-once allows, which is not what this test is about.
        async with local_bot(bot_api) as bot:
            deliverer = deliverer_for(session_factory(engine), bot, fast_delivery(messages_per_second=30.0),
                                      lease=dt.timedelta(seconds=2), backoff_base=0.05)
            delivery = asyncio.create_task(drive(deliverer, sessions, timeout=60))
            await bot_api.until(lambda: len(bot_api.sent_messages()) >= 15)
            proxy.cut()
            await asyncio.sleep(CUT_SECONDS)
            proxy.restore()
            await delivery
    finally:
        await proxy.close()
        await engine.dispose()
    assert proxy.connections_reset > 0
    counts = messages_per_chat(bot_api)
    assert len(counts) == 60, "lost alerts"
    assert [chat for chat, count in counts.items() if count > 1] == [], "duplicates"
    assert {alert.status for alert in await alert_rows(sessions)} == {"sent"}


# --- the "sent" record ---


@pytest.mark.parametrize("bad_row", [False, True], ids=["every-batch-fails-twice", "one-bad-row-fails-its-batches"])
async def test_a_failing_sent_record_is_retried_never_the_send(sessions, bot_api, monkeypatch, caplog, bad_row: bool) -> None:
    """The "sent" record raises a non-connectivity error (a statement timeout): twice for whatever it
    carries, or for every batch holding one bad row (its first three attempts). Before, the error re-queued
    the alerts of the failed batch and they went out again after their backoff."""
    await fan_out(sessions, 8, 5000)
    error = DBAPIError("UPDATE alerts ...", {}, Exception("canceling statement due to statement timeout"))
    assert not database_unreachable(error)
    real_mark_sent = outbox.mark_sent
    bad: set[int] = set()
    failed = 0

    async def failing_mark_sent(session, sent, now):  # type: ignore[no-untyped-def]
        nonlocal failed
        if bad_row and not bad:
            bad.add(min(sent))
        if (failed < 3 and bad & set(sent)) if bad_row else failed < 2:
            failed += 1
            raise error
        return await real_mark_sent(session, sent, now)

    monkeypatch.setattr(outbox, "mark_sent", failing_mark_sent)
    async with local_bot(bot_api) as bot:
        deliverer = deliverer_for(sessions, bot, lease=dt.timedelta(seconds=60), backoff_base=0.05)
        assert await drive(deliverer, sessions, timeout=30) == 0
    assert failed == (3 if bad_row else 2)
    if bad_row:  # its batch failed once, then its record alone twice: each logged as an error, then retried
        retries = [r.getMessage() for r in caplog.records if r.levelname == "ERROR" and "as sent" in r.getMessage()]
        assert len(retries) == 2 and all("statement timeout" in message for message in retries), retries
    counts = messages_per_chat(bot_api)
    assert len(counts) == 8, "lost alerts"
    assert [chat for chat, count in counts.items() if count > 1] == [], "duplicates"
    assert {alert.status for alert in await alert_rows(sessions)} == {"sent"}


# --- kill -9 ---


def _child_drain(database_url: str, base_url: str, rate: float) -> None:
    async def run() -> None:
        engine = create_engine(database_url)
        try:
            async with Bot(TOKEN, base_url=base_url) as bot:
                await deliverer_for(session_factory(engine), bot, fast_delivery(messages_per_second=rate)).drain()
        finally:
            await engine.dispose()

    asyncio.run(run())


@postgres_only
@pytest.mark.parametrize("rate", [30.0, 200.0])
async def test_kill_9_mid_fan_out_resends_at_most_the_messages_in_flight(sessions, bot_api, database_url, rate: float) -> None:
    """A delivering process killed with SIGKILL one second into a fan-out; a new one re-queues what
    was left `sending` and finishes. Before: at 200/s, sends ran ahead of recording (marks queued for
    pool connections) and every sent-but-unrecorded row was sent again."""
    count = int(rate * 2)
    await fan_out(sessions, count, 5_000_000)
    bot_api._httpd.handle_error = lambda request, address: None  # noqa: SLF001 - the killed child resets its connections
    child = multiprocessing.get_context("spawn").Process(target=_child_drain, args=(database_url, bot_api.base_url, rate))
    child.start()
    try:
        await bot_api.until(lambda: bot_api.sent_messages(), timeout=60)
        await asyncio.sleep(1.0)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.join()
    sent_before_restart = len(bot_api.sent_messages())
    async with Bot(TOKEN, base_url=bot_api.base_url) as bot:
        deliverer = deliverer_for(sessions, bot, fast_delivery(messages_per_second=1000.0))
        await deliverer.recover(dt.timedelta(0))  # as start-up does: the killed process's claims are stale
        await drain_until_done(deliverer, sessions, timeout=60)
    counts = messages_per_chat(bot_api)
    duplicates = sum(number - 1 for number in counts.values())
    assert 0 < sent_before_restart < count  # the kill came mid fan-out
    assert len(counts) == count, "lost alerts"
    assert duplicates <= MAX_IN_FLIGHT, f"{duplicates} duplicates after the kill"


# --- /stop ---


async def test_stop_is_final_even_for_an_alert_already_claimed(sessions, bot_api) -> None:
    """Two alerts for one chat, claimed together by the bot's own delivery job; the second waits for the
    chat's rate-limit slot (one message every 5 s: /stop and its confirmation must land inside it, and took
    over 2 s on a machine loaded 3.5x its cores) while the chat sends /stop and confirms: it is not
    delivered, and nothing of the chat is left."""
    async with sessions.begin() as session:
        subscriber = await add_subscriber(session, USER_ID)
        for number in range(2):
            await queue(session, subscriber, await add_story(session, f"Claimed {number}", "About Azerbaijan."))
    config = bot_config(delivery=DeliveryConfig(private_chat_messages_per_second=0.2))
    async with running(bot_api, sessions, config) as chat_bot:
        deliverer = chat_bot.application.bot_data[SCHEDULER_KEY].deliverer
        await bot_api.until(lambda: any("Claimed 0" in m["text"] for m in bot_api.sent_messages(USER_ID)))
        question = (await chat_bot.send("/stop"))[0]
        await chat_bot.press(question, "stop:yes")
        chat_bot.application.job_queue.scheduler.pause()  # no new runs: the next check sees the last one end
        await bot_api.until(lambda: not deliverer.running)  # the run that held the claim is over
    assert [m["text"] for m in bot_api.sent_messages(USER_ID) if "Claimed 1" in m["text"]] == []
    assert await alert_rows(sessions) == []


async def test_departures_after_a_check_keep_the_chat_and_overall_intervals() -> None:
    """The claim check runs between the rate-limit slot and the send. Messages the check made late leave
    at the overall rate again (catching up by at most a short burst), and a chat's next slot counts from
    its message's departure."""
    from bot.delivery.sender import DEPARTURE_BURST, RateLimiter

    now = [0.0]

    async def sleep(seconds: float) -> None:
        now[0] += seconds

    limiter = RateLimiter(10.0, 1.0, clock=lambda: now[0], sleep=sleep)  # 0.1 s overall, 1 s per chat
    await limiter.acquire(7, "private")  # slot at 0
    now[0] = 0.3  # its check took 0.3 s
    await limiter.depart(7, "private")
    await limiter.acquire(7, "private")
    assert now[0] >= 1.3  # a second from the departure, not from the slot

    limiter = RateLimiter(10.0, 1.0, clock=lambda: now[0], sleep=sleep)
    start = now[0]  # twenty messages whose checks all ended now
    for chat in range(20):
        await limiter.depart(chat, "private")
    assert now[0] >= start + (20 - 1 - DEPARTURE_BURST) * 0.1 - 1e-9  # paced, after one short burst


async def test_a_batch_of_sent_records_keeps_each_alerts_message_id(sessions) -> None:
    """mark_sent and touch_claims (on PostgreSQL one array statement each, whatever the batch size): each row
    gets its own message id whatever the order given, a row no longer claimed is left as it is."""
    await fan_out(sessions, 5, 9000)
    async with sessions.begin() as session:
        ids = list(await session.scalars(select(Alert.id).order_by(Alert.id)))
        await session.execute(update(Alert).where(Alert.id.in_(ids[:4])).values(status="sending", claimed_at=utcnow()))
        await session.execute(update(Alert).where(Alert.id == ids[3]).values(status="skipped"))
    async with sessions.begin() as session:
        assert await outbox.touch_claims(session, list(reversed(ids)), utcnow()) == set(ids[:3])
        sent = {ids[2]: 30, ids[0]: 10, ids[3]: 40, ids[1]: None}
        assert await outbox.mark_sent(session, sent, utcnow()) == set(ids[:3])
    rows = {row.id: row for row in await alert_rows(sessions)}
    assert [(rows[i].status, rows[i].message_id) for i in ids] == [
        ("sent", 10), ("sent", None), ("sent", 30), ("skipped", None), ("pending", None)]
    assert rows[ids[0]].claimed_at is None and rows[ids[0]].sent_at is not None
