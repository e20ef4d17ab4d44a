"""Several delivery processes on one PostgreSQL outbox: does the fleet keep Telegram's limit, and is every
alert sent exactly once?

    python bench/bench_scaleout.py [--alerts 20000] [--workers 1,2,3] [--rate 30] [--lifted] [--share]
                                   [--kill-one-after S] [--lease S] [--baseline] [--urgent-budget STARS]
                                   [--database URL]

For each worker count: a fresh PostgreSQL database (created on the server of `--database`, dropped
after), one story queued for `--alerts` private chats (one pending row each, as bench_delivery.py's
fan-out), the local Bot API stub (`tests.botapi.BotApiServer`) in a process of its own, and N worker
processes each draining the outbox with `bot.delivery.worker.Deliverer` as `solidarity-bot worker`
does (its own rate limiter set to `--rate`, each chat paced across the fleet by bot.delivery.pacing;
`--lifted` sets 1,000/s overall and per chat; on PostgreSQL the fleet's token bucket holds the overall
limit whatever the number of workers). Reports,
from the stub's arrival times, the fleet's rate against the limit, lost and duplicated alerts, and
the workers' CPU seconds per message (start-up included, and without it: from each worker's first drain;
a killed worker's not counted). `--share`: each worker sets its limiter to
its share of the limit (times FLEET_HEADROOM) every 2 s, as the scheduler's fleet job does
(`bot.scheduler.share_the_limit`: only the workers with alerts to send share it, and a worker whose drain
ends gives its share back at once). Each worker drains until no row is pending
or being sent. `--kill-one-after S` SIGKILLs the first worker S seconds in; `--lease` is how long its
claimed rows wait before the others re-queue them. `--baseline`: first, python-telegram-bot alone
(`Bot.send_message` of the same alert, BASELINE_IN_FLIGHT at a time, no database) sends `--alerts`
messages to a stub of its own, for the lifted run to compare with: with its own HTTPXRequest, then with the
AiohttpRequest the workers send through (bot/delivery/transport.py). `--urgent-budget STARS`: the story's
campaign is urgent and the paid-broadcast lane on with that budget (bot/delivery/paid.py): reports how
many messages carried allow_paid_broadcast against what the budget pays for.

No asserts: the numbers are printed. Only loopback traffic.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import multiprocessing
import os
import signal
import sys
import time
import uuid
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select, text, update  # noqa: E402
from sqlalchemy.ext.asyncio import create_async_engine  # noqa: E402

from bench.bench_delivery import queue_fanout  # noqa: E402
from bot.config import DeliveryConfig  # noqa: E402
from storage.db import create_engine, session_factory, upgrade_database  # noqa: E402
from storage.models import Campaign, StoryCluster, StoryTag  # noqa: E402

DEFAULT_SERVER = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
# python-telegram-bot alone sends this many at a time, as it was first measured (the worker then had 10 in
# flight). More gains it nothing: a Bot's own HTTPXRequest holds one connection (40 sends queueing for it cost
# httpcore twice the CPU a message), and 40 connections to the threaded stub were reset under load.
BASELINE_IN_FLIGHT = 10


def _stub(connection: Connection) -> None:
    """The Bot API stub in its own process: sends its base URL, then, when asked, every accepted send."""
    from tests.botapi import BotApiServer

    with BotApiServer() as api:
        connection.send((api.base_url, api.token))
        connection.recv()
        connection.send([(int(call.params["chat_id"]), call.at, bool(call.params.get("allow_paid_broadcast")))
                         for call in api.calls("sendMessage") if call.params.get("_ok")])


def _worker(database_url: str, base_url: str, token: str, delivery: DeliveryConfig, share: bool, lease: float,
            results: Connection) -> None:
    """One worker process: drain the outbox until nothing is left; report its CPU seconds."""
    from telegram import Bot

    from bot.delivery.pacing import fleet_pacing
    from bot.delivery.paid import PaidLane
    from bot.delivery.sender import RateLimiter, Sender
    from bot.delivery.transport import delivery_bot
    from bot.delivery.worker import Deliverer
    from bot.scheduler import FLEET_SECONDS, SEND_CONNECTIONS, deliver_in_fleet, share_the_limit
    from storage import outbox
    from storage.fleet import FleetShare
    from storage.outbox import AlertStatus

    started = 0.0  # CPU seconds when the first drain starts: imports and connections done

    async def drain() -> None:
        """Drain until no row is pending or being sent (rows put back for a retry fall due later)."""
        nonlocal started
        engine = create_engine(database_url)
        sessions = session_factory(engine)
        try:
            async with Bot(token, base_url=base_url) as bot:
                limiter = RateLimiter.from_config(delivery)
                paid = PaidLane(sessions, delivery) if delivery.paid_broadcast else None
                sender = Sender(delivery_bot(bot, SEND_CONNECTIONS), limiter, pacing=fleet_pacing(sessions, delivery))
                deliverer = Deliverer(sessions, sender, delivery, lease=dt.timedelta(seconds=lease), paid=paid)
                fleet = FleetShare(engine)

                async def follow_the_fleet() -> None:  # as the scheduler's fleet job does
                    while True:
                        await share_the_limit(fleet, deliverer, sender, delivery)
                        await asyncio.sleep(FLEET_SECONDS)

                following = asyncio.create_task(follow_the_fleet()) if share else None
                started = time.process_time()
                try:
                    while True:
                        await deliver_in_fleet(deliverer, fleet)  # as the scheduler's delivery job does
                        async with sessions() as session:
                            counts = await outbox.status_counts(session)
                        if not counts.get(AlertStatus.PENDING) and not counts.get(AlertStatus.SENDING):
                            return
                        await asyncio.sleep(0.5)
                finally:
                    if following is not None:
                        following.cancel()
                    await fleet.release()
                    await sender.bot.request.shutdown()
        finally:
            await engine.dispose()

    asyncio.run(drain())
    results.send((started, time.process_time()))


def _ptb_alone(base_url: str, token: str, count: int, aiohttp: bool, results: Connection) -> None:
    """python-telegram-bot alone: `count` sends of one composed alert (its HTML and buttons) to distinct
    chats with `Bot.send_message`, BASELINE_IN_FLIGHT at a time, nothing else (the Bot's own HTTPXRequest, or
    with `aiohttp` the worker's AiohttpRequest); reports its CPU seconds."""
    from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
    from telegram.constants import ParseMode

    from bench.bench_delivery import sample_alert
    from bot.delivery.transport import AiohttpRequest

    message = sample_alert()

    def inline_keyboard() -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup([[InlineKeyboardButton(button.label, url=button.url, callback_data=button.callback_data)
                                      for button in row] for row in message.buttons])

    started = 0.0  # CPU seconds once the bot is ready: imports done

    async def send_all() -> None:
        request = AiohttpRequest(BASELINE_IN_FLIGHT) if aiohttp else None
        nonlocal started
        async with Bot(token, base_url=base_url, request=request) as bot:
            started = time.process_time()
            chats = iter(range(1, count + 1))

            async def sender() -> None:
                for chat_id in chats:
                    await bot.send_message(chat_id=chat_id, text=message.html, parse_mode=ParseMode.HTML,
                                           reply_markup=inline_keyboard(),
                                           link_preview_options=LinkPreviewOptions(is_disabled=True))

            await asyncio.gather(*(sender() for _ in range(BASELINE_IN_FLIGHT)))

    asyncio.run(send_all())
    results.send((started, time.process_time()))


def run_baseline(alerts: int, aiohttp: bool) -> None:
    """python-telegram-bot alone against a stub process of its own: its rate and CPU a message."""
    context = multiprocessing.get_context("spawn")
    stub_end, here = context.Pipe()
    stub = context.Process(target=_stub, args=(stub_end,))
    stub.start()
    base_url, token = here.recv()
    receive, send = context.Pipe(duplex=False)
    started = time.perf_counter()
    process = context.Process(target=_ptb_alone, args=(base_url, token, alerts, aiohttp, send))
    process.start()
    cpu_started, cpu = receive.recv()
    process.join()
    wall = time.perf_counter() - started
    here.send("report")
    sent = here.recv()
    stub.join()
    times = sorted(at for _, at, _ in sent)
    rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0
    transport = "AiohttpRequest" if aiohttp else "HTTPXRequest"
    print(f"  python-telegram-bot alone ({transport}): {len(sent)} messages in {wall:.1f} s wall; rate {rate:.1f}/s; CPU {cpu:.1f} s = "
          f"{1000 * cpu / max(1, len(sent)):.2f} ms a message ({len(sent) / max(cpu, 1e-9):.0f} msg per CPU-second); "
          f"sending only {1000 * (cpu - cpu_started) / max(1, len(sent)):.2f} ms a message", flush=True)


async def _database(server: str, create: bool, name: str) -> str:
    admin = create_async_engine(server, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as connection:
            await connection.execute(text(f'CREATE DATABASE "{name}"' if create else f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        await admin.dispose()
    return f"{server.rpartition('/')[0]}/{name}"


async def _prepare(url: str, alerts: int, urgent: bool) -> None:
    engine = create_engine(url)
    try:
        await upgrade_database(engine)
        sessions = session_factory(engine)
        await queue_fanout(sessions, alerts)
        if urgent:  # the story is about the campaign's union, and the campaign urgent: its alerts take the paid lane
            async with sessions.begin() as session:
                await session.execute(update(Campaign).values(urgent=True))
                cluster_id = await session.scalar(select(StoryCluster.id))
                session.add(StoryTag(cluster_id=cluster_id, kind="union", value="labor-desk", label="Labor Desk",
                                     salience="primary", evidence=["Labor Desk"]))
    finally:
        await engine.dispose()


def run_fleet(server: str, alerts: int, workers: int, delivery: DeliveryConfig, share: bool, lease: float,
              kill_after: float) -> None:
    name = f"bench_scaleout_{uuid.uuid4().hex[:8]}"
    url = asyncio.run(_database(server, True, name))
    try:
        asyncio.run(_prepare(url, alerts, delivery.paid_broadcast))
        context = multiprocessing.get_context("spawn")
        stub_end, here = context.Pipe()
        stub = context.Process(target=_stub, args=(stub_end,))
        stub.start()
        base_url, token = here.recv()
        pipes, processes = [], []
        started = time.perf_counter()
        for _ in range(workers):
            receive, send = context.Pipe(duplex=False)
            process = context.Process(target=_worker, args=(url, base_url, token, delivery, share, lease, send))
            process.start()
            pipes.append(receive)
            processes.append(process)
        if kill_after > 0:
            time.sleep(kill_after)
            os.kill(processes[0].pid, signal.SIGKILL)  # its claims wait for the lease, then the others send them
            pipes = pipes[1:]
            print(f"  worker 1 of {workers} SIGKILLed after {kill_after:g} s", flush=True)
        cpu_marks = [pipe.recv() for pipe in pipes]
        cpu = [end for _, end in cpu_marks]
        sending = sum(end - start for start, end in cpu_marks)
        for process in processes:
            process.join()
        wall = time.perf_counter() - started
        here.send("report")
        sent = here.recv()
        stub.join()
    finally:
        asyncio.run(_database(server, False, name))
    per_chat = Counter(chat for chat, _, _ in sent)
    times = sorted(at for _, at, _ in sent)
    rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0
    lost = alerts - len(per_chat)
    duplicated = sum(count - 1 for count in per_chat.values() if count > 1)
    limit = delivery.messages_per_second
    print(f"  {workers} worker(s): {len(sent)} messages in {wall:.1f} s wall; fleet rate {rate:.1f}/s = "
          f"{rate / limit:.2f} x the {limit:g}/s limit; lost {lost}, duplicated {duplicated}; worker CPU "
          f"{sum(cpu):.1f} s = {1000 * sum(cpu) / max(1, len(sent)):.2f} ms a message "
          f"({len(sent) / max(sum(cpu), 1e-9):.0f} msg per CPU-second); sending only (from the first drain) "
          f"{1000 * sending / max(1, len(sent)):.2f} ms a message", flush=True)
    if delivery.paid_broadcast:
        paid = sum(flag for _, _, flag in sent)
        print(f"  paid broadcasts: {paid} messages carried allow_paid_broadcast; the budget of {delivery.paid_stars_budget:g} "
              f"Stars pays for {round(delivery.paid_stars_budget * 10)} at 0.1 Star", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, default=20_000)
    parser.add_argument("--workers", default="1,2,3", help="worker counts to run, comma-separated")
    parser.add_argument("--rate", type=float, default=30.0, help="each worker's overall limit (messages a second)")
    parser.add_argument("--lifted", action="store_true", help="limits lifted: 1,000/s overall and per chat")
    parser.add_argument("--share", action="store_true", help="each worker takes its share of the limit (storage.fleet.FleetShare)")
    parser.add_argument("--kill-one-after", type=float, default=0.0,
                        help="SIGKILL the first worker this many seconds after the start (the others finish its rows)")
    parser.add_argument("--lease", type=float, default=120.0, help="seconds before a dead worker's claims are re-queued")
    parser.add_argument("--urgent-budget", type=float, default=0.0,
                        help="the story's campaign urgent, the paid lane on with this many Stars")
    parser.add_argument("--baseline", action="store_true", help="first, python-telegram-bot alone against the same stub")
    parser.add_argument("--database", default=DEFAULT_SERVER, help="a PostgreSQL server URL (a database is created on it)")
    args = parser.parse_args()
    rate = 1000.0 if args.lifted else args.rate
    delivery = DeliveryConfig(messages_per_second=rate, private_chat_messages_per_second=1000.0 if args.lifted else 1.0,
                              group_messages_per_minute=20.0, max_attempts=8, paid_broadcast=args.urgent_budget > 0,
                              paid_stars_budget=args.urgent_budget)
    shared = "shared by the fleet" if args.share else "per worker process"
    print(f"{args.alerts} alerts, limit {rate:g}/s {shared}, PostgreSQL at {args.database}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    if args.baseline:
        run_baseline(args.alerts, aiohttp=False)
        run_baseline(args.alerts, aiohttp=True)
    for workers in (int(part) for part in args.workers.split(",")):
        run_fleet(args.database, args.alerts, workers, delivery, args.share, args.lease, args.kill_one_after)


if __name__ == "__main__":
    main()
