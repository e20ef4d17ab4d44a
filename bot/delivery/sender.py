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
  when the next delivery run starts.
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
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.compose.alert import RenderedAlert, StoryContext, campaign_infos, compose_alert, load_story_context, topics_from_matched
from bot.chats.campaigns import CampaignInfo, carried, subscriber_action
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

SENT, RETRY, GONE, FAILED, MIGRATED, THREAD_GONE = "sent", "retry", "gone", "failed", "migrated", "thread_gone"


@dataclass
class SendOutcome:
    """What became of one message: sent (with its id), retry later, gone (chat unreachable), failed."""

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
                    silent: bool = False, thread: int = 0) -> Any:
        from telegram import LinkPreviewOptions

        await self.limiter.acquire(chat_id, chat_type)
        async with self._in_flight:
            return await self.bot.send_message(
                chat_id=chat_id, text=text, parse_mode=parse_mode, reply_markup=markup,
                link_preview_options=LinkPreviewOptions(is_disabled=True), disable_notification=silent,
                message_thread_id=thread or None,
            )

    async def send(self, chat_id: int, chat_type: str | None, message: RenderedAlert, *, silent: bool = False,
                   thread: int = 0) -> SendOutcome:
        """Send `message` (HTML; as plain text if Telegram cannot parse it), waiting out 429s; `silent`
        sends it without a notification sound (/silent on), `thread` into that forum topic."""
        from telegram.constants import ParseMode
        from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TelegramError

        markup = message.markup()
        text, parse_mode, plain_fallback = message.html, ParseMode.HTML, False
        waits = 0
        while True:
            try:
                sent = await self._call(chat_id, chat_type, text, parse_mode, markup, silent, thread)
                return SendOutcome(SENT, message_id=sent.message_id, plain_fallback=plain_fallback)
            except RetryAfter as error:
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
        self._contexts: OrderedDict[int, StoryContext | None] = OrderedDict()
        self._campaigns: list[CampaignInfo] = []
        self._lock = asyncio.Lock()

    def backoff(self, attempts: int) -> float:
        """Seconds before retry number `attempts` (1, 2, ...): exponential, jittered, capped."""
        delay = min(self.backoff_cap, self.backoff_base * (2 ** max(0, attempts - 1)))
        return delay * random.uniform(0.85, 1.15)

    @property
    def running(self) -> bool:
        return self._lock.locked()

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
        if story_id in self._contexts:
            self._contexts.move_to_end(story_id)
            return self._contexts[story_id]
        async with self.sessions() as session:
            context = await load_story_context(session, story_id, self._campaigns, self.clock().date())
        self._contexts[story_id] = context
        if len(self._contexts) > 2048:
            self._contexts.popitem(last=False)
        return context

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
                async with self.sessions.begin() as session:
                    claimed = await outbox.claim_due(
                        session, self.clock(), self.batch_size - held,
                        per_subscriber=self.per_subscriber, exclude_subscribers=set(queues),
                    )
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
                async with self.sessions.begin() as session:
                    await outbox.renew_claims(session, held_ids, self.clock())
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
            async with self.sessions.begin() as session:
                await outbox.mark_failed(session, item.id, "the story is no longer stored", outbox.SKIPPED)
            stats.skipped += 1
            return False
        action = await subscriber_action(self.sessions, context.action, item.subscriber_id, self.public_url)
        message = compose_alert(context.story, topics_from_matched(item.matched), action, alert_id=item.id)
        chat_id = item.chat_id
        outcome = await self.sender.send(chat_id, item.chat_type, message, silent=item.silent, thread=item.message_thread_id)
        if outcome.status == MIGRATED and outcome.migrated_to is not None:
            async with self.sessions.begin() as session:
                moved = await outbox.move_chat(session, item.subscriber_id, outcome.migrated_to)
            if moved:
                outcome = await self.sender.send(outcome.migrated_to, "supergroup", message, silent=item.silent,
                                                 thread=item.message_thread_id)
            else:
                outcome = SendOutcome(GONE, error=f"the group moved to {outcome.migrated_to}, which another subscriber has")
        now = self.clock()
        if outcome.status == SENT:
            async with self.sessions.begin() as session:
                if await outbox.mark_sent(session, item.id, outcome.message_id, now):
                    await campaign_queries.record_actions(session, carried(item.id, item.subscriber_id, context.action), now)
            stats.sent += 1
            stats.plain_fallbacks += int(outcome.plain_fallback)
            return False
        if outcome.status == THREAD_GONE:
            reason = outcome.error or "topic gone"
            async with self.sessions.begin() as session:
                await outbox.close_thread(session, item.subscriber_id, item.message_thread_id, reason)
            logger.info("topic %s of chat %s is gone (%s): its subscriptions are muted", item.message_thread_id,
                        chat_id, reason)
            stats.skipped += 1
            return False
        if outcome.status == GONE:
            reason = outcome.error or "unreachable"
            async with self.sessions.begin() as session:
                await outbox.deactivate_subscriber(session, item.subscriber_id, reason)
            logger.info("chat %s is unreachable (%s): subscriber marked inactive", chat_id, reason)
            stats.gone += 1
            return True
        if outcome.status == RETRY:
            await self._record_retry(item, outcome.error or "retry", outcome.retry_after, stats)
            return False
        async with self.sessions.begin() as session:
            await outbox.mark_failed(session, item.id, outcome.error or "refused by Telegram")
        logger.warning("alert %s to chat %s failed for good: %s", item.id, chat_id, outcome.error)
        stats.failed += 1
        return False

    async def _record_retry(self, item: outbox.ClaimedAlert, error: str, retry_after: float | None, stats: DeliveryStats) -> None:
        now = self.clock()
        async with self.sessions.begin() as session:
            if item.attempts >= self.delivery.max_attempts:
                await outbox.mark_failed(session, item.id, f"gave up after {item.attempts} attempts: {error}")
                stats.failed += 1
                logger.warning("alert %s failed after %d attempts: %s", item.id, item.attempts, error)
                return
            delay = max(retry_after or 0.0, self.backoff(item.attempts))
            await outbox.mark_retry(session, item.id, now + dt.timedelta(seconds=delay), error)
        stats.retried += 1
