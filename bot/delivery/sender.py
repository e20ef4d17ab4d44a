"""The outbox sender: claims due alerts, sends them through python-telegram-bot, records what happened.

- Rate limits (from `[delivery]`): about 30 messages a second overall, 1 a second per private chat,
  20 a minute per group. python-telegram-bot's AIORateLimiter limits overall and per group but not
  per private chat, so `RateLimiter` here keeps its own reservations for all three (an application
  may use AIORateLimiter on top; the stricter of the two wins).
- 429: the limiter pauses every send for `retry_after`, then the same message is retried.
- Network errors and 5xx: the row goes back to the queue, due after an exponential backoff; after
  `max_attempts` it is marked failed with the last error.
- 403 (blocked, kicked, deactivated) and 400 "chat not found": the subscriber is marked inactive and
  all their open alerts skipped.
- 400 "can't parse entities": the same alert is resent as plain text rather than lost.
- Each row is `sending` before its message goes out and `sent` (with the message id) right after, so
  a kill -9 can duplicate only a message in flight at that moment; stale `sending` rows are re-queued
  when the next delivery run starts. Recording keeps up with sending: at most `max_in_flight` messages
  (fewer than the connection pool holds) are between "about to go out" and "recorded", so a send never
  waits for a connection that recording needs, and a kill -9 re-sends at most that many.
- The database going away mid fan-out: every database step of a delivery waits for it to come back
  (retried with backoff); a message that went out is recorded then, never sent again.
- Just before a message goes out its row is checked to be still claimed: an alert claimed before the
  chat sent /stop (which deletes its rows), or skipped meanwhile, is dropped, not delivered.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import metrics
from bot.compose.alert import RenderedAlert, StoryContext, campaign_infos, compose_alert, load_story_context, topics_from_matched
from bot.i18n import using_language
from bot.chats.campaigns import Action, CampaignInfo, carried, subscriber_action
from bot.config import DeliveryConfig
from bot.delivery.quiet import quiet_until
from storage import campaigns as campaign_queries
from storage import outbox
from storage.models import utcnow

logger = logging.getLogger(__name__)

PARSE_ERROR_MARKERS = ("can't parse entities", "can't find end", "unsupported start tag", "can't parse")
GONE_MARKERS = ("chat not found", "user not found", "peer_id_invalid", "have no rights to send", "not enough rights",
                "need administrator rights", "chat_write_forbidden", "group chat was deactivated")
# A forum topic that was deleted or closed: only the subscriptions bound to it stop, not the whole chat.
THREAD_GONE_MARKERS = ("message thread not found", "topic_closed", "topic_deleted", "topic closed")
MAX_INLINE_RETRY_AFTER = 120.0  # seconds: a longer 429 puts the row back in the queue instead of waiting
DEPARTURE_BURST = 3  # overall intervals a late departure may catch up on (see RateLimiter.depart)
MAX_IN_FLIGHT = 10  # messages between "about to go out" and "recorded"; below SQLAlchemy's pool of 5 + 10 overflow
DATABASE_RETRY_CAP = 5.0  # seconds between attempts while the database is away

T = TypeVar("T")


def database_unavailable(error: BaseException) -> bool:
    """Whether `error` means the database cannot be reached for now (worth waiting for), rather than a bug."""
    if isinstance(error, (OperationalError, InterfaceError, PoolTimeout, OSError)):
        return True
    return isinstance(error, DBAPIError) and error.connection_invalidated


def retry_after_seconds(error: Any) -> float:
    """A RetryAfter's delay in seconds (python-telegram-bot gives an int or a timedelta)."""
    value = getattr(error, "_retry_after", None)
    if value is None:
        value = getattr(error, "retry_after", 1)
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    return float(value)


class RateLimiter:
    """Telegram's limits as reservations: each send takes the next free slot overall and in its chat.

    Overall: one message every 1/messages_per_second; private chats: one every
    1/private_chat_messages_per_second; groups and channels: one every 60/group_messages_per_minute.
    `pause` (after a 429) holds every send until the pause ends.
    """

    def __init__(
        self,
        messages_per_second: float = 30.0,
        private_chat_messages_per_second: float = 1.0,
        group_messages_per_minute: float = 20.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self.overall_interval = 1.0 / messages_per_second
        self.private_interval = 1.0 / private_chat_messages_per_second
        self.group_interval = 60.0 / group_messages_per_minute
        self._clock, self._sleep = clock, sleep
        self._next_overall = 0.0
        self._next_chat: dict[int, float] = {}
        self._paused_until = 0.0
        self._departure_due = float("-inf")

    @classmethod
    def from_config(cls, delivery: DeliveryConfig) -> RateLimiter:
        return cls(delivery.messages_per_second, delivery.private_chat_messages_per_second, delivery.group_messages_per_minute)

    def chat_interval(self, chat_id: int, chat_type: str | None) -> float:
        private = chat_type == "private" if chat_type else chat_id > 0
        return self.private_interval if private else self.group_interval

    async def acquire(self, chat_id: int, chat_type: str | None = None) -> None:
        """Wait for this chat's next slot, then take the next overall slot."""
        while True:
            now = self._clock()
            ready = max(self._next_chat.get(chat_id, 0.0), self._paused_until)
            if ready <= now:
                break
            await self._sleep(ready - now)
        slot = max(now, self._next_overall)
        self._next_overall = slot + self.overall_interval
        self._next_chat[chat_id] = slot + self.chat_interval(chat_id, chat_type)
        if slot > now:
            await self._sleep(slot - now)
        while self._paused_until > self._clock():
            await self._sleep(self._paused_until - self._clock())
        if len(self._next_chat) > 50_000:
            self._forget_idle_chats()

    async def depart(self, chat_id: int, chat_type: str | None = None) -> None:
        """A message that got its slot but had a check to pass first leaves now, paced again at the overall
        rate (late messages may catch up by at most DEPARTURE_BURST back to back, so a slow check neither
        bunches many messages up nor costs throughput), and its chat's next slot counts from now."""
        while (wait := self._departure_due - DEPARTURE_BURST * self.overall_interval - self._clock()) > 0:
            await self._sleep(wait)
        now = self._clock()
        self._departure_due = max(self._departure_due, now) + self.overall_interval
        self._next_chat[chat_id] = max(self._next_chat.get(chat_id, 0.0), now + self.chat_interval(chat_id, chat_type))

    def set_overall_rate(self, messages_per_second: float) -> None:
        """Change the overall limit from the next reservation on (this process's share of the fleet's)."""
        self.overall_interval = 1.0 / messages_per_second

    def pause(self, seconds: float, chat_id: int | None = None) -> None:
        """Hold every send for `seconds` (Telegram's flood control answered 429)."""
        until = self._clock() + seconds
        self._paused_until = max(self._paused_until, until)
        if chat_id is not None:
            self._next_chat[chat_id] = max(self._next_chat.get(chat_id, 0.0), until)

    def _forget_idle_chats(self) -> None:
        now = self._clock()
        self._next_chat = {chat: at for chat, at in self._next_chat.items() if at > now}


# --- one send, classified ---

SENT, RETRY, GONE, FAILED, MIGRATED, DROPPED, THREAD_GONE = (
    "sent", "retry", "gone", "failed", "migrated", "dropped", "thread_gone")


@dataclass
class SendOutcome:
    """What became of one message: sent (with its id), retry later, gone (chat unreachable), failed,
    dropped (not sent: no longer wanted when its turn came)."""

    status: str
    message_id: int | None = None
    error: str | None = None
    retry_after: float | None = None
    plain_fallback: bool = False
    migrated_to: int | None = None


class Sender:
    """Sends a composed message through the bot, within the rate limits, and classifies the result."""

    def __init__(self, bot: Any, limiter: RateLimiter, *, concurrency: int = 64, max_retry_after_waits: int = 5) -> None:
        self.bot = bot
        self.limiter = limiter
        self._in_flight = asyncio.Semaphore(concurrency)
        self.max_retry_after_waits = max_retry_after_waits

    async def _call(self, chat_id: int, chat_type: str | None, text: str, parse_mode: str | None, markup: Any,
                    ready: Callable[[], Awaitable[bool]] | None, silent: bool = False, thread: int = 0) -> Any:
        from telegram import LinkPreviewOptions

        await self.limiter.acquire(chat_id, chat_type)
        if ready is not None:
            if not await ready():
                return None
            await self.limiter.depart(chat_id, chat_type)
        async with self._in_flight:
            with metrics.timed("send"):
                sent = await self.bot.send_message(
                    chat_id=chat_id, text=text, parse_mode=parse_mode, reply_markup=markup,
                    link_preview_options=LinkPreviewOptions(is_disabled=True), disable_notification=silent,
                    message_thread_id=thread or None,
                )
            metrics.TELEGRAM_LAST_SUCCESS.set_to_current_time()
            return sent

    async def send(self, chat_id: int, chat_type: str | None, message: RenderedAlert,
                   ready: Callable[[], Awaitable[bool]] | None = None, *, silent: bool = False,
                   thread: int = 0) -> SendOutcome:
        """Send `message` (HTML; as plain text if Telegram cannot parse it), waiting out 429s. `ready` is
        asked once the rate limiter grants the slot, just before each attempt: False drops the message;
        `silent` sends it without a notification sound (/silent on), `thread` into that forum topic."""
        from telegram.constants import ParseMode
        from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TelegramError

        markup = message.markup()
        text, parse_mode, plain_fallback = message.html, ParseMode.HTML, False
        waits = 0
        while True:
            try:
                sent = await self._call(chat_id, chat_type, text, parse_mode, markup, ready, silent, thread)
                if sent is None:
                    return SendOutcome(DROPPED)
                return SendOutcome(SENT, message_id=sent.message_id, plain_fallback=plain_fallback)
            except RetryAfter as error:
                metrics.RATE_LIMITED.inc()
                delay = retry_after_seconds(error)
                waits += 1
                if delay > MAX_INLINE_RETRY_AFTER or waits > self.max_retry_after_waits:
                    return SendOutcome(RETRY, error=str(error), retry_after=delay)
                logger.info("429 from Telegram for chat %s: waiting %.1f s", chat_id, delay)
                self.limiter.pause(delay, chat_id)
            except ChatMigrated as error:
                return SendOutcome(MIGRATED, error=str(error), migrated_to=int(error.new_chat_id))
            except Forbidden as error:
                return SendOutcome(GONE, error=f"Forbidden: {error.message}")
            except BadRequest as error:
                reason = error.message.lower()
                if parse_mode is not None and any(marker in reason for marker in PARSE_ERROR_MARKERS):
                    logger.warning("Telegram could not parse an alert's HTML (%s); resending as plain text", error.message)
                    text, parse_mode, plain_fallback = message.plain, None, True
                    continue
                if thread and any(marker in reason for marker in THREAD_GONE_MARKERS):
                    return SendOutcome(THREAD_GONE, error=f"Bad Request: {error.message}")
                if any(marker in reason for marker in GONE_MARKERS):
                    return SendOutcome(GONE, error=f"Bad Request: {error.message}")
                return SendOutcome(FAILED, error=f"Bad Request: {error.message}")
            except NetworkError as error:  # includes TimedOut and every 5xx
                return SendOutcome(RETRY, error=f"{type(error).__name__}: {error.message}")
            except TelegramError as error:  # InvalidToken, Conflict, ...: retried; an admin will see the errors
                return SendOutcome(RETRY, error=f"{type(error).__name__}: {error.message}")


# --- the delivery loop ---


@dataclass
class DeliveryStats:
    """What one delivery run did."""

    sent: int = 0
    plain_fallbacks: int = 0
    retried: int = 0
    failed: int = 0
    gone: int = 0
    skipped: int = 0
    held: int = 0  # put back until the chat's quiet hours end
    recovered: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def handled(self) -> int:
        return self.sent + self.retried + self.failed + self.gone + self.skipped


class Deliverer:
    """Drains the outbox: claims due rows in batches, one worker per chat (in order, within its rate),
    all chats sharing the overall limit; records each outcome as it happens."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        sender: Sender,
        delivery: DeliveryConfig,
        *,
        lease: dt.timedelta = dt.timedelta(minutes=2),
        batch_size: int | None = None,
        per_subscriber: int = 2,
        backoff_base: float = 5.0,
        backoff_cap: float = 900.0,
        max_in_flight: int = MAX_IN_FLIGHT,
        clock: Callable[[], dt.datetime] = utcnow,
        public_url: str | None = None,
    ) -> None:
        self.sessions = sessions
        self.public_url = public_url  # the redirect endpoint that counts campaign taps (server.public_url)
        self.sender = sender
        self.delivery = delivery
        self.lease = lease
        self.batch_size = batch_size or max(20, int(delivery.messages_per_second * 4))
        self.per_subscriber = per_subscriber
        self.backoff_base, self.backoff_cap = backoff_base, backoff_cap
        self.clock = clock
        self._contexts: OrderedDict[int, asyncio.Future[StoryContext | None]] = OrderedDict()
        self._campaigns: list[CampaignInfo] = []
        self._lock = asyncio.Lock()
        self._in_flight = asyncio.Semaphore(max_in_flight)

    def backoff(self, attempts: int) -> float:
        """Seconds before retry number `attempts` (1, 2, ...): exponential, jittered, capped."""
        delay = min(self.backoff_cap, self.backoff_base * (2 ** max(0, attempts - 1)))
        return delay * random.uniform(0.85, 1.15)

    @property
    def running(self) -> bool:
        return self._lock.locked()

    async def _in_transaction(self, what: str, action: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """Run `action` in a transaction, again and again (with backoff) while the database cannot be
        reached: a message already sent is recorded once it is back, never sent a second time."""
        failures = 0
        while True:
            try:
                async with self.sessions.begin() as session:
                    return await action(session)
            except Exception as error:  # noqa: BLE001 - sorted just below: only an unreachable database is waited for
                if not database_unavailable(error):
                    raise
                failures += 1
                delay = min(DATABASE_RETRY_CAP, 0.2 * 2 ** min(failures, 5))
                logger.warning("database unavailable while trying to %s (%s: attempt %d); retrying in %.1f s",
                               what, type(error).__name__, failures, delay)
                await asyncio.sleep(delay)

    async def recover(self, lease: dt.timedelta | None = None) -> int:
        """Re-queue `sending` rows whose claim is older than the lease (left by a killed process)."""
        async with self.sessions.begin() as session:
            count = await outbox.recover_stale(session, self.clock(), self.lease if lease is None else lease)
        if count:
            logger.warning("re-queued %d alerts left in flight by an earlier run", count)
        return count

    async def _refresh(self) -> None:
        async with self.sessions.begin() as session:
            await outbox.skip_unreachable(session, self.clock())
            self._campaigns = campaign_infos(await campaign_queries.active_campaigns(session, self.clock().date()))
        self._contexts.clear()

    async def _context(self, story_id: int) -> StoryContext | None:
        """The story's context, loaded once however many chats wait for it at the same time (a fan-out
        starts hundreds of workers on one story: one query, not hundreds queueing for the pool)."""
        loading = self._contexts.get(story_id)
        if loading is None:

            async def load(session: AsyncSession) -> StoryContext | None:
                return await load_story_context(session, story_id, self._campaigns, self.clock().date())

            loading = asyncio.ensure_future(self._in_transaction("load a story", load))
            self._contexts[story_id] = loading
            if len(self._contexts) > 2048:
                self._contexts.popitem(last=False)
        else:
            self._contexts.move_to_end(story_id)
        try:
            return await asyncio.shield(loading)
        except Exception:
            if self._contexts.get(story_id) is loading:
                del self._contexts[story_id]  # the next worker tries again
            raise

    async def drain(self, should_stop: Callable[[], bool] | None = None) -> DeliveryStats:
        """Send every alert that is due, then return (one run at a time; a second call waits)."""
        async with self._lock:
            return await self._drain(should_stop or (lambda: False))

    async def _drain(self, should_stop: Callable[[], bool]) -> DeliveryStats:
        stats = DeliveryStats()
        stats.recovered = await self.recover()
        await self._refresh()
        queues: dict[int, deque[outbox.ClaimedAlert]] = {}
        workers: dict[int, asyncio.Task[None]] = {}
        progress = asyncio.Event()
        renewed = time.monotonic()

        async def work(subscriber_id: int) -> None:
            queue = queues[subscriber_id]
            try:
                while queue:
                    gone = await self._deliver_safely(queue[0], stats)
                    queue.popleft()
                    if gone:
                        queue.clear()
                    progress.set()
            finally:
                queues.pop(subscriber_id, None)
                workers.pop(subscriber_id, None)
                progress.set()

        while True:
            stopping = should_stop()
            held = sum(len(queue) for queue in queues.values())
            claimed: list[outbox.ClaimedAlert] = []
            if not stopping and held <= self.batch_size // 2:
                limit, busy = self.batch_size - held, set(queues)
                claimed = await self._in_transaction("claim alerts", lambda session: outbox.claim_due(
                    session, self.clock(), limit, per_subscriber=self.per_subscriber, exclude_subscribers=busy))
                for item in claimed:
                    queues.setdefault(item.subscriber_id, deque()).append(item)
                for subscriber_id in queues:
                    if subscriber_id not in workers:
                        workers[subscriber_id] = asyncio.create_task(work(subscriber_id))
            if not workers:
                if stopping or not claimed:
                    break
            progress.clear()
            if workers:
                try:
                    await asyncio.wait_for(progress.wait(), timeout=0.5)
                except TimeoutError:
                    pass
            if time.monotonic() - renewed > self.lease.total_seconds() / 4:
                held_ids = [item.id for queue in queues.values() for item in queue]
                await self._in_transaction("renew claims", lambda session: outbox.renew_claims(session, held_ids, self.clock()))
                renewed = time.monotonic()
        return stats

    async def _deliver_safely(self, item: outbox.ClaimedAlert, stats: DeliveryStats) -> bool:
        """Deliver one row; any unexpected error puts it back in the queue. True when the chat is gone."""
        try:
            return await self._deliver(item, stats)
        except Exception as error:  # noqa: BLE001 - one bad row must not stop the loop
            logger.exception("delivering alert %s failed unexpectedly", item.id)
            stats.errors.append(f"alert {item.id}: {error!r}")
            try:
                await self._record_retry(item, f"internal error: {error!r}", None, stats)
            except Exception:  # noqa: BLE001 - the lease will re-queue it
                logger.exception("could not re-queue alert %s", item.id)
            return False

    async def _deliver(self, item: outbox.ClaimedAlert, stats: DeliveryStats) -> bool:
        held_until = quiet_until(self.clock(), item.timezone, item.quiet_start, item.quiet_end)
        if held_until is not None:
            async with self.sessions.begin() as session:
                await outbox.hold_until(session, item.id, held_until)
            stats.held += 1
            return False
        context = await self._context(item.story_id)
        if context is None:
            await self._in_transaction("skip an alert", lambda session: outbox.mark_failed(
                session, item.id, "the story is no longer stored", outbox.SKIPPED))
            stats.skipped += 1
            return False
        action = await subscriber_action(self.sessions, context.action, item.subscriber_id, self.public_url)
        with using_language(item.language):
            message = compose_alert(context.story, topics_from_matched(item.matched), action, alert_id=item.id)
        holding = False

        async def still_claimed() -> bool:
            # Take a place among the messages in flight, then make sure the row is still ours: /stop
            # deletes a chat's rows, a 403 elsewhere skips them, while this one waited for its turn.
            nonlocal holding
            if not holding:
                await self._in_flight.acquire()
                holding = True
            return await self._in_transaction("check a claim", lambda session: outbox.touch_claim(session, item.id, self.clock()))

        try:
            outcome = await self.sender.send(item.chat_id, item.chat_type, message, ready=still_claimed,
                                             silent=item.silent, thread=item.message_thread_id)
            if outcome.status == MIGRATED and outcome.migrated_to is not None:
                new_chat = outcome.migrated_to
                moved = await self._in_transaction("follow a migrated group", lambda session: outbox.move_chat(
                    session, item.subscriber_id, new_chat))
                if moved:
                    outcome = await self.sender.send(new_chat, "supergroup", message, ready=still_claimed,
                                             silent=item.silent, thread=item.message_thread_id)
                else:
                    outcome = SendOutcome(GONE, error=f"the group moved to {new_chat}, which another subscriber has")
            return await self._record(item, outcome, stats, context.action)
        finally:
            if holding:
                self._in_flight.release()

    async def _record(self, item: outbox.ClaimedAlert, outcome: SendOutcome, stats: DeliveryStats,
                      action: Action | None) -> bool:
        """Record what became of one message (waiting for the database if need be), and which campaign it
        carried; True when the chat is gone."""
        now = self.clock()
        if outcome.status == SENT:
            metrics.ALERTS_SENT.inc()

            async def record_sent(session: AsyncSession) -> None:
                if await outbox.mark_sent(session, item.id, outcome.message_id, now):
                    await campaign_queries.record_actions(session, carried(item.id, item.subscriber_id, action), now)

            with metrics.timed("record"):
                await self._in_transaction("record a sent alert", record_sent)
            stats.sent += 1
            stats.plain_fallbacks += int(outcome.plain_fallback)
            return False
        if outcome.status == DROPPED:
            logger.info("alert %s was no longer claimed when its turn came (the chat sent /stop?): not sent", item.id)
            stats.skipped += 1
            return False
        if outcome.status == THREAD_GONE:
            reason = outcome.error or "topic gone"
            await self._in_transaction("close a forum topic", lambda session: outbox.close_thread(
                session, item.subscriber_id, item.message_thread_id, reason))
            logger.info("topic %s of chat %s is gone (%s): its subscriptions are muted", item.message_thread_id,
                        item.chat_id, reason)
            stats.skipped += 1
            return False
        if outcome.status == GONE:
            reason = outcome.error or "unreachable"
            await self._in_transaction("mark a chat unreachable", lambda session: outbox.deactivate_subscriber(
                session, item.subscriber_id, reason))
            logger.info("chat %s is unreachable (%s): subscriber marked inactive", item.chat_id, reason)
            metrics.ALERTS_FAILED.inc()
            stats.gone += 1
            return True
        if outcome.status == RETRY:
            await self._record_retry(item, outcome.error or "retry", outcome.retry_after, stats)
            return False
        await self._in_transaction("record a refused alert", lambda session: outbox.mark_failed(
            session, item.id, outcome.error or "refused by Telegram"))
        logger.warning("alert %s to chat %s failed for good: %s", item.id, item.chat_id, outcome.error)
        metrics.ALERTS_FAILED.inc()
        stats.failed += 1
        return False

    async def _record_retry(self, item: outbox.ClaimedAlert, error: str, retry_after: float | None, stats: DeliveryStats) -> None:
        if item.attempts >= self.delivery.max_attempts:
            await self._in_transaction("give up on an alert", lambda session: outbox.mark_failed(
                session, item.id, f"gave up after {item.attempts} attempts: {error}"))
            metrics.ALERTS_FAILED.inc()
            stats.failed += 1
            logger.warning("alert %s failed after %d attempts: %s", item.id, item.attempts, error)
            return
        due = self.clock() + dt.timedelta(seconds=max(retry_after or 0.0, self.backoff(item.attempts)))
        await self._in_transaction("re-queue an alert", lambda session: outbox.mark_retry(session, item.id, due, error))
        metrics.SEND_RETRIES.inc()
        stats.retried += 1
