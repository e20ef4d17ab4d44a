"""`run` and `worker` as long-running services: start-up with retries, one "started" line, graceful stop.

- `run` reads Telegram updates (long polling, or a webhook when `telegram.webhook_url` is set) and
  does the scheduled work; `worker` does only the scheduled work (delivery, digests, follow-ups and,
  when it holds the scheduler leader lock, feed polling and routing). On PostgreSQL any number of
  workers run beside one polling `run` or several webhook `run`s; SQLite serves one process, so a
  second one is refused (`single_process_lock`).
- An unreachable database or Bot API at start is logged (one line per try) and retried with backoff
  until it answers or the process is stopped; a token the Bot API rejects ends the process (exit 1).
- SIGTERM or SIGINT: stop taking updates and claiming alerts, cancel feed fetches and routing, let the
  messages in flight finish, exit 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import gc
import hashlib
import hmac
import logging
import random
import signal
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urlsplit

from telegram import Update
from telegram.error import InvalidToken, NetworkError, TelegramError

from bot.app import build_application, publish_commands
from bot.chats.discovered import merge_discovered_read_anew, merge_discovered_the_directory_knows
from bot.config import Config, ConfigError, TokenRejected
from bot.scheduler import SCHEDULER_KEY, Scheduler
from bot.service.health import Health, health_routes
from bot.service.web import WebServer, campaign_routes
from bot.services import SERVICES_KEY
from storage import sources as source_queries
from storage import subscribers as subscriber_queries
from storage.db import Sessions, backend_of, close, connect, database_unreachable, describe, migrate, sqlite_file

if TYPE_CHECKING:
    from bot.services import BotApplication, Services

logger = logging.getLogger(__name__)

ROLES = ("run", "worker")
RETRY_FIRST, RETRY_MAX = 1.0, 60.0  # seconds between start-up tries: doubling, jittered, capped
STOP_GRACE = 3.0  # seconds the messages in flight get to finish after SIGTERM (Docker allows 10, we aim for 5)
T = TypeVar("T")


def webhook_secret(config: Config) -> str:
    """The `secret_token` Telegram sends with every webhook update: `telegram.webhook_secret`, or one
    derived from the bot token, so every webhook process of the bot agrees on it without extra set-up
    (a random one per process would make each `setWebhook` lock the other processes out)."""
    if config.telegram.webhook_secret:
        return config.telegram.webhook_secret
    return hmac.new(config.require_token().encode(), b"solidarity-bot webhook", hashlib.sha256).hexdigest()


@contextlib.contextmanager
def single_process_lock(database_url: str) -> Iterator[None]:
    """On SQLite, hold an exclusive lock on `<database>.lock` for the life of the process: a second
    `run` or `worker` on the same file is refused (SQLite has one writer; two senders would both
    send). The operating system drops the lock when the process dies, even by kill -9."""
    database = sqlite_file(database_url)
    if database is None:
        yield
        return
    lock_path = Path(f"{database}.lock")
    with open(lock_path, "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ConfigError(
                f"database.url: another solidarity-bot process (run or worker) already uses {database}; "
                "SQLite serves one process: stop the other one, or use PostgreSQL to run several"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


async def retry_until_ready(what: str, attempt: Callable[[], Awaitable[T]], stop: asyncio.Event,
                            retryable: Callable[[BaseException], bool]) -> T | None:
    """`attempt()` until it succeeds (its result) or `stop` is set (None); each `retryable` failure is one
    log line, any other is raised."""
    delay = RETRY_FIRST
    while not stop.is_set():
        try:
            return await attempt()
        except Exception as error:  # noqa: BLE001 - sorted by `retryable`
            if not retryable(error):
                raise
            reason = getattr(error, "orig", None) or error
            logger.warning("%s: %s; retrying in %.0f s", what, str(reason).strip().splitlines()[0] if str(reason).strip()
                           else type(reason).__name__, delay)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), delay)
        delay = min(RETRY_MAX, delay * 2) * random.uniform(0.9, 1.1)
    return None


async def _connect(config: Config, stop: asyncio.Event) -> Sessions | None:
    """Sessions on the migrated database, retried until it answers; None when stopped first."""
    sessions = connect(config.database.url)

    async def migrated() -> Sessions:
        await migrate(sessions)
        return sessions

    ready = await retry_until_ready(f"the database ({describe(sessions)}) cannot be reached", migrated, stop,
                                    database_unreachable)
    if ready is None:
        await close(sessions)
    return ready


async def _reach_bot_api(application: BotApplication, stop: asyncio.Event) -> bool:
    """getMe until the Bot API answers (True) or the process is stopped (False); TokenRejected on 401."""

    async def get_me() -> bool:
        try:
            await application.bot.initialize()
        except InvalidToken:
            raise TokenRejected() from None
        return True

    return bool(await retry_until_ready("the Telegram Bot API cannot be reached", get_me, stop,
                                        lambda error: isinstance(error, NetworkError)))


def _start_web_server(config: Config, sessions: Sessions, health: Health) -> WebServer | None:
    if config.server.port is None:
        return None
    server = WebServer(config.server)
    server.add_routes(campaign_routes(sessions))
    server.add_routes(health_routes(health))
    return server


async def _started_line(application: BotApplication, config: Config, role: str, sessions: Sessions) -> str:
    mode = "" if role == "worker" else (" (webhook)" if config.telegram.webhook_url else " (long polling)")
    database = backend_of(config.database.url)
    try:
        async with sessions() as session:
            stored = {source.location for source in await source_queries.enabled_sources(session, source_queries.FEED)}
            subscribers = await subscriber_queries.subscriber_counts(session)
        counts = f"{len(stored | {feed.url for feed in config.feeds})} feeds, {subscribers.active} subscribers"
    except Exception as error:  # noqa: BLE001 - only an outage is expected here
        if not database_unreachable(error):
            raise
        counts = f"feeds and subscribers not counted (the database did not answer: {type(error).__name__})"
    return f"started: @{application.bot.username}, role {role}{mode}, database {database}, {counts}"


async def serve(config: Config, role: str) -> int:
    """Run `role` ("run" or "worker") until SIGTERM or SIGINT; 0 on a clean stop."""
    config.require_token()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    try:
        with single_process_lock(config.database.url):
            sessions = await _connect(config, stop)
            if sessions is None:
                return 0
            try:
                return await _serve(config, role, sessions, stop)
            finally:
                await close(sessions)
    finally:
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)


async def _serve(config: Config, role: str, sessions: Sessions, stop: asyncio.Event) -> int:
    application = build_application(config, sessions, updates=role == "run")
    health = Health(sessions, role)
    if not await _reach_bot_api(application, stop):
        return 0
    health.bot_username = application.bot.username
    server = _start_web_server(config, sessions, health)
    if server is not None:
        await server.start()  # first: a port in use is reported at once, and /healthz answers while warming up
    try:
        services = application.bot_data[SERVICES_KEY]

        async def prepare() -> bool:
            await build_tagger(services)
            for union, record in await merge_discovered_the_directory_knows(services):
                logger.info("discovered union %s is now the directory's %s: its tags and followers moved there",
                            union.union_id, record.id)
            for union, union_id in await merge_discovered_read_anew(services):
                logger.info("discovered union %s is read as %s by this matcher: its tags, followers and campaigns "
                            "moved there", union.union_id, union_id)
            return True

        if not await _until_stopped(retry_until_ready("the database cannot be read", prepare, stop, database_unreachable),
                                    stop):
            return 0
        await application.initialize()
        await application.start()
        if role == "run":
            await _take_updates(application, config)
        logger.info("%s", await _started_line(application, config, role, sessions))
        await stop.wait()
        logger.info("stopping: finishing the messages in flight")
        await _stop(application)
    finally:
        if server is not None:
            await server.stop()
        await application.shutdown()  # a no-op when it was never initialized
    logger.info("stopped")
    return 0


async def build_tagger(services: Services) -> None:
    """Build the tagger at start (the admins' unions read from the database), then `gc.freeze()` what is alive.

    The tagger's tables are large and live as long as the process; frozen, every later full garbage
    collection skips them instead of walking them again (about 0.1 s each during a poll). A tagger that
    `unions_changed` drops is freed by reference counting (it holds no reference cycles; a test checks),
    so freezing it leaks nothing; the rebuilt one is simply collected as usual.
    """
    await services.prepare_tagger()
    gc.collect()  # first, so that start-up's garbage is not frozen with the tagger
    gc.freeze()


async def _until_stopped(work: Awaitable[T], stop: asyncio.Event) -> T | None:
    """Await `work` unless `stop` is set first (then cancel it and return None)."""
    task, stopped = asyncio.ensure_future(work), asyncio.ensure_future(stop.wait())
    await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
    stopped.cancel()
    if not task.done():
        task.cancel()
        return None
    return task.result()


async def _take_updates(application: BotApplication, config: Config) -> None:
    """Publish the command menus, then long-poll or set the webhook (with its secret token)."""
    try:
        await publish_commands(application)
    except TelegramError as error:
        logger.warning("could not publish the command menu (%s); commands still work when typed", error)
    updater = application.updater
    assert updater is not None, "the run role is built with an updater"
    telegram = config.telegram
    if telegram.webhook_url:
        try:
            await updater.start_webhook(
                listen=telegram.webhook_listen, port=telegram.webhook_port,
                url_path=urlsplit(telegram.webhook_url).path.lstrip("/"), webhook_url=telegram.webhook_url,
                secret_token=webhook_secret(config), allowed_updates=Update.ALL_TYPES,
            )
        except OSError as error:
            raise ConfigError(
                f"telegram.webhook_port: cannot listen on {telegram.webhook_listen}:{telegram.webhook_port} "
                f"({error.strerror}); stop what uses it or set another telegram.webhook_port"
            ) from None
    else:
        await updater.start_polling(allowed_updates=Update.ALL_TYPES)


async def _stop(application: BotApplication) -> None:
    """Stop taking updates, stop the scheduled jobs (fetches cancelled, messages in flight finished)."""
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    scheduler: Scheduler = application.bot_data[SCHEDULER_KEY]
    await scheduler.stop(STOP_GRACE)
    await application.stop()
