"""The sender: one message through python-telegram-bot, within Telegram's limits, its result classified.

- Rate limits (from `[delivery]`): about 30 messages a second overall, 1 a second per private chat,
  20 a minute per group. python-telegram-bot's AIORateLimiter limits overall and per group but not
  per private chat, so `RateLimiter` here keeps its own reservations for all three (the application
  uses AIORateLimiter on top for everything the bot sends, replies included; the stricter of the two wins).
- Several processes on one PostgreSQL database (`pacing`, bot/delivery/pacing.py): just before each send
  a token of the lane's fleet-wide rate and the chat's slot are taken in the database too, so the
  processes together keep the overall limit and each chat's, and a 429 pauses every process, not only
  the one that saw it.
- The paid-broadcast lane (`paid=True`, bot/delivery/paid.py): sent with allow_paid_broadcast, paced at
  `delivery.paid_messages_per_second` on its own, each chat's spacing shared with the free lane.
- 429 is handled here and only here: the limiter pauses every send for `retry_after`, then the same
  message is retried (at most `max_retry_after_waits` times, and only for pauses up to
  MAX_INLINE_RETRY_AFTER; longer ones come back as a retry, and the row goes back to its queue). The
  application's AIORateLimiter is built without retries (bot/app.py), so a 429 reaches this loop at once
  instead of being waited out a second time inside the library while the row's claim and its place
  among the messages in flight are held; one owner also means one place that counts and logs it.
- 400 "can't parse entities": the same message is resent as plain text rather than lost.
- Each message goes out as `sendMessage` through `Bot.do_api_request`, its parameters in Bot API form (the
  keyboard as JSON, `keyboard_json`), its answer's message id read from the JSON: no telegram.Message is
  built per alert. python-telegram-bot's request stack still turns every error answer into its exceptions;
  the scheduler's sender sends over aiohttp (bot/delivery/transport.py).
- Everything else is classified (`SendOutcome`) and recorded by bot/delivery/outcomes.py.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import time
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.warnings import PTBUserWarning

from bot import metrics
from bot.compose.alert import RenderedAlert
from bot.config import DeliveryConfig
from storage.fleet import SendSlot

logger = logging.getLogger(__name__)

PARSE_ERROR_MARKERS = ("can't parse entities", "can't find end", "unsupported start tag", "can't parse")
GONE_MARKERS = ("chat not found", "user not found", "peer_id_invalid", "have no rights to send", "not enough rights",
                "need administrator rights", "chat_write_forbidden", "group chat was deactivated")
# A forum topic that was deleted or closed: only the subscriptions bound to it stop, not the whole chat.
THREAD_GONE_MARKERS = ("message thread not found", "topic_closed", "topic_deleted", "topic closed")
MAX_INLINE_RETRY_AFTER = 120.0  # seconds: a longer 429 puts the row back in the queue instead of waiting
DEPARTURE_BURST = 3  # overall intervals a late departure may catch up on (see RateLimiter.depart)
SEND_MESSAGE = "sendMessage"
NO_LINK_PREVIEW = json.dumps({"is_disabled": True})  # link_preview_options, as the Bot API takes it

# The sender calls sendMessage through Bot.do_api_request on purpose: the answer stays the Bot API's JSON (no
# telegram.Message is built for each alert) and the parameters go as they are; python-telegram-bot warns on
# every such call of a method it has a function for.
warnings.filterwarnings("ignore", message=r"Please use 'Bot\.sendMessage'", category=PTBUserWarning)


def retry_after_seconds(error: RetryAfter) -> float:
    """A RetryAfter's delay in seconds (python-telegram-bot gives an int or a timedelta; its private
    attribute is read first, as reading `retry_after` warns of the coming change of type)."""
    value: object = getattr(error, "_retry_after", None)
    if value is None:
        value = getattr(error, "retry_after", 1)
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    return float(value) if isinstance(value, (int, float)) else 1.0


class RateLimiter:
    """Telegram's limits as reservations: each send takes the next free slot overall and in its chat.

    Overall: one message every 1/messages_per_second, or, for the paid lane (allow_paid_broadcast), every
    1/paid_messages_per_second on its own; private chats: one every 1/private_chat_messages_per_second;
    groups and channels: one every 60/group_messages_per_minute (both lanes share each chat's spacing).
    `pause` (after a 429) holds every send until the pause ends.
    """

    def __init__(
        self,
        messages_per_second: float = 30.0,
        private_chat_messages_per_second: float = 1.0,
        group_messages_per_minute: float = 20.0,
        paid_messages_per_second: float = 1000.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self.overall_interval = 1.0 / messages_per_second
        self.paid_interval = 1.0 / paid_messages_per_second
        self.private_interval = 1.0 / private_chat_messages_per_second
        self.group_interval = 60.0 / group_messages_per_minute
        self._clock, self._sleep = clock, sleep
        self._next_overall = {False: 0.0, True: 0.0}  # by lane: paid or not
        self._next_chat: dict[int, float] = {}
        self._paused_until = 0.0
        self._departure_due = {False: float("-inf"), True: float("-inf")}

    @classmethod
    def from_config(cls, delivery: DeliveryConfig) -> RateLimiter:
        return cls(delivery.messages_per_second, delivery.private_chat_messages_per_second, delivery.group_messages_per_minute,
                   delivery.paid_messages_per_second)

    def chat_interval(self, chat_id: int, chat_type: str | None) -> float:
        private = chat_type == "private" if chat_type else chat_id > 0
        return self.private_interval if private else self.group_interval

    def _interval(self, paid: bool) -> float:
        return self.paid_interval if paid else self.overall_interval

    async def acquire(self, chat_id: int, chat_type: str | None = None, paid: bool = False) -> None:
        """Wait for this chat's next slot, then take the lane's next overall slot."""
        while True:
            now = self._clock()
            ready = max(self._next_chat.get(chat_id, 0.0), self._paused_until)
            if ready <= now:
                break
            await self._sleep(ready - now)
        slot = max(now, self._next_overall[paid])
        self._next_overall[paid] = slot + self._interval(paid)
        self._next_chat[chat_id] = slot + self.chat_interval(chat_id, chat_type)
        if slot > now:
            await self._sleep(slot - now)
        while self._paused_until > self._clock():
            await self._sleep(self._paused_until - self._clock())
        if len(self._next_chat) > 50_000:
            self._forget_idle_chats()

    async def depart(self, chat_id: int, chat_type: str | None = None, paid: bool = False) -> None:
        """A message that got its slot but had a check to pass first leaves now, paced again at the overall
        rate (late messages may catch up by at most DEPARTURE_BURST back to back, so a slow check neither
        bunches many messages up nor costs throughput), and its chat's next slot counts from now."""
        while (wait := self._departure_due[paid] - DEPARTURE_BURST * self._interval(paid) - self._clock()) > 0:
            await self._sleep(wait)
        now = self._clock()
        self._departure_due[paid] = max(self._departure_due[paid], now) + self._interval(paid)
        self._next_chat[chat_id] = max(self._next_chat.get(chat_id, 0.0), now + self.chat_interval(chat_id, chat_type))

    def set_overall_rate(self, messages_per_second: float, paid_messages_per_second: float | None = None) -> None:
        """Change the overall limit (and the paid lane's) from the next reservation on (this process's share
        of the fleet's)."""
        self.overall_interval = 1.0 / messages_per_second
        if paid_messages_per_second is not None:
            self.paid_interval = 1.0 / paid_messages_per_second

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


def keyboard_json(message: RenderedAlert) -> str | None:
    """A composed message's buttons as the Bot API's reply_markup (an inline keyboard, JSON), None without
    any: what python-telegram-bot's InlineKeyboardMarkup would send, without building its objects."""
    if not message.buttons:
        return None
    rows = [[{"text": button.label, "url": button.url} if button.url is not None
             else {"text": button.label, "callback_data": button.callback_data} for button in row]
            for row in message.buttons]
    return json.dumps({"inline_keyboard": rows}, separators=(",", ":"), ensure_ascii=False)


class SharedPacing(Protocol):
    """Chat slots and the 429 pause shared with the other processes of the fleet (bot/delivery/pacing.py)."""

    async def take_slot(self, chat_id: int, interval: float, paid: bool = False) -> SendSlot:
        """Take a token of the lane's overall rate and the chat's send slot now, or learn how long to wait."""

    async def pause(self, seconds: float, chat_id: int) -> None:
        """Pause every process's sends for `seconds`."""


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

    def __init__(self, bot: Bot, limiter: RateLimiter, *, concurrency: int = 64, max_retry_after_waits: int = 5,
                 pacing: SharedPacing | None = None) -> None:
        self.bot = bot
        self.limiter = limiter
        self.pacing = pacing
        self._in_flight = asyncio.Semaphore(concurrency)
        self.max_retry_after_waits = max_retry_after_waits

    async def _call(self, chat_id: int, chat_type: str | None, parameters: dict[str, object],
                    ready: Callable[[], Awaitable[bool]] | None, paid: bool = False) -> int | None:
        """Send one message (its Bot API parameters but the chat) once the limits allow; its message id, None
        when `ready` dropped it."""
        await self.limiter.acquire(chat_id, chat_type, paid)
        if ready is not None:
            if not await ready():
                return None
            await self.limiter.depart(chat_id, chat_type, paid)
        async with self._in_flight:
            if self.pacing is not None:
                await self._take_fleet_slot(self.pacing, chat_id, chat_type, paid)
            with metrics.timed("send"):
                sent = await self.bot.do_api_request(SEND_MESSAGE, api_kwargs={"chat_id": chat_id, **parameters})
            metrics.TELEGRAM_LAST_SUCCESS.set_to_current_time()
            return int(sent["message_id"])

    async def _take_fleet_slot(self, pacing: SharedPacing, chat_id: int, chat_type: str | None, paid: bool) -> None:
        """Take a token of the lane's fleet-wide rate and the chat's slot in the fleet's pacing, waiting while
        the fleet used its rate, another process sent to the chat too recently or the fleet is paused (then
        this process's other sends wait too)."""
        interval = self.limiter.chat_interval(chat_id, chat_type)
        while not (slot := await pacing.take_slot(chat_id, interval, paid)).taken:
            if slot.fleet_paused:
                self.limiter.pause(slot.wait)
            await asyncio.sleep(slot.wait)
            await self.limiter.depart(chat_id, chat_type, paid)

    async def send(self, chat_id: int, chat_type: str | None, message: RenderedAlert,
                   ready: Callable[[], Awaitable[bool]] | None = None, *, silent: bool = False,
                   thread: int = 0, paid: bool = False) -> SendOutcome:
        """Send `message` (HTML; as plain text if Telegram cannot parse it), waiting out 429s. `ready` is
        asked once the rate limiter grants the slot, just before each attempt: False drops the message;
        `silent` sends it without a notification sound (/silent on), `thread` into that forum topic; `paid`
        in the paid-broadcast lane (allow_paid_broadcast: beyond the free overall limit, for a fee)."""
        parameters: dict[str, object] = {"text": message.html, "parse_mode": ParseMode.HTML.value,
                                         "link_preview_options": NO_LINK_PREVIEW}
        markup = keyboard_json(message)
        if markup is not None:
            parameters["reply_markup"] = markup
        if silent:
            parameters["disable_notification"] = True
        if thread:
            parameters["message_thread_id"] = thread
        if paid:
            parameters["allow_paid_broadcast"] = True
        plain_fallback = False
        waits = 0
        while True:
            try:
                message_id = await self._call(chat_id, chat_type, parameters, ready, paid)
                if message_id is None:
                    return SendOutcome(DROPPED)
                return SendOutcome(SENT, message_id=message_id, plain_fallback=plain_fallback)
            except RetryAfter as error:
                metrics.RATE_LIMITED.inc()
                delay = retry_after_seconds(error)
                waits += 1
                if delay > MAX_INLINE_RETRY_AFTER or waits > self.max_retry_after_waits:
                    return SendOutcome(RETRY, error=str(error), retry_after=delay)
                logger.info("429 from Telegram for chat %s: waiting %.1f s", chat_id, delay)
                self.limiter.pause(delay, chat_id)
                if self.pacing is not None:
                    await self.pacing.pause(delay, chat_id)
            except ChatMigrated as error:
                return SendOutcome(MIGRATED, error=str(error), migrated_to=int(error.new_chat_id))
            except Forbidden as error:
                return SendOutcome(GONE, error=f"Forbidden: {error.message}")
            except BadRequest as error:
                reason = error.message.lower()
                if not plain_fallback and any(marker in reason for marker in PARSE_ERROR_MARKERS):
                    logger.warning("Telegram could not parse an alert's HTML (%s); resending as plain text", error.message)
                    parameters["text"], plain_fallback = message.plain, True
                    del parameters["parse_mode"]
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
