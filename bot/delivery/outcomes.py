"""What became of a sent message, recorded: one place decides, for alerts, digests and campaign follow-ups
alike, what a send's outcome means for its outbox rows and its chat.

- sent: the rows are marked sent (with what they carried);
- retry (network error, 5xx, a 429 too long to wait out): the rows go back to their queue, due after an
  exponential, jittered backoff (or Telegram's retry_after, if longer); after `max_attempts` they are
  marked failed with the last error;
- gone (blocked, kicked, "chat not found"): the subscriber is marked inactive and every open alert of
  theirs skipped; a forum topic gone: the subscriptions bound to it are muted and its open alerts skipped;
- failed (refused for good): the rows are marked failed with Telegram's reason;
- a group that became a supergroup is followed to its new chat id and the message sent there
  (`send_following_migration`).

Every database step waits for the database to come back (`in_transaction`). Recording that a message went
out is retried on any error, not only a database away (a deadlock, a serialization failure, a statement
timeout): giving up would leave its row `sending`, and after the lease it would go out a second time.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, TypeVar

from bot.compose.alert import RenderedAlert
from bot.delivery.sender import DROPPED, GONE, MIGRATED, RETRY, SENT, THREAD_GONE, Sender, SendOutcome
from storage import outbox
from storage.db import Session, Sessions, database_unreachable
from storage.outbox import AlertStatus

logger = logging.getLogger(__name__)

DATABASE_RETRY_CAP = 5.0  # seconds between attempts while the database is away

T = TypeVar("T")


async def in_transaction(sessions: Sessions, what: str, action: Callable[[Session], Awaitable[T]], *,
                         on_any_error: bool = False) -> T:
    """Run `action` in a transaction, again and again (with backoff) while the database cannot be
    reached; any other error is raised at once, or, with `on_any_error`, logged as an error and retried
    the same way (for a step that must not be given up: the record of a message that went out)."""
    failures = 0
    while True:
        try:
            async with sessions.begin() as session:
                return await action(session)
        except Exception as error:  # noqa: BLE001 - sorted just below: what is not waited for is raised
            unreachable = database_unreachable(error)
            if not unreachable and not on_any_error:
                raise
            failures += 1
            delay = min(DATABASE_RETRY_CAP, 0.2 * 2 ** min(failures, 5))
            if unreachable:
                logger.warning("database unavailable while trying to %s (%s: attempt %d); retrying in %.1f s",
                               what, type(error).__name__, failures, delay)
            else:
                reason = (str(getattr(error, "orig", None) or error).strip().splitlines() or [""])[0][:200]
                logger.error("could not %s (%s: %s; attempt %d); retrying in %.1f s", what, type(error).__name__,
                             reason, failures, delay)
            await asyncio.sleep(delay)


@dataclass(frozen=True)
class Backoff:
    """Seconds before a message is tried again: exponential from `base`, capped, jittered by ±15%."""

    base: float = 5.0
    cap: float = 900.0

    def delay(self, attempts: int, retry_after: float | None = None) -> float:
        """Seconds before retry number `attempts` (1, 2, ...), at least Telegram's `retry_after`."""
        backoff = min(self.cap, self.base * 2.0 ** max(0, attempts - 1)) * random.uniform(0.85, 1.15)
        return max(retry_after or 0.0, backoff)


class Verdict(StrEnum):
    """What a recorded outcome came to, for the caller's counts."""

    SENT = "sent"
    RETRIED = "retried"
    FAILED = "failed"
    GONE = "gone"  # the chat is unreachable: its other messages are skipped too
    SKIPPED = "skipped"  # not sent, and not to be: dropped, or its forum topic is gone


class OutboxEntry(Protocol):
    """One message's rows in an outbox (an alert, a digest message, a follow-up), as recording sees them."""

    @property
    def subscriber_id(self) -> int: ...

    @property
    def attempts(self) -> int: ...

    @property
    def message_thread_id(self) -> int: ...

    async def sent(self, session: Session, message_id: int | None, now: dt.datetime) -> None:
        """Mark the rows sent."""

    async def retry(self, session: Session, due: dt.datetime, error: str) -> None:
        """Put the rows back in their queue, due at `due`."""

    async def give_up(self, session: Session, error: str, status: AlertStatus) -> None:
        """Mark the rows failed (or skipped), keeping the reason."""


async def send_following_migration(sessions: Sessions, sender: Sender, entry: OutboxEntry, chat_id: int, chat_type: str | None,
                                   message: RenderedAlert, ready: Callable[[], Awaitable[bool]] | None = None, *,
                                   silent: bool = False, paid: bool = False) -> tuple[SendOutcome, int]:
    """Send `message`; a group that became a supergroup is followed to its new chat id (the subscriber's
    chat id is updated) and the message sent there. Returns the outcome and the chat it went to."""
    outcome = await sender.send(chat_id, chat_type, message, ready, silent=silent, thread=entry.message_thread_id, paid=paid)
    if outcome.status != MIGRATED or outcome.migrated_to is None:
        return outcome, chat_id
    new_chat = outcome.migrated_to
    moved = await in_transaction(sessions, "follow a migrated group",
                                 lambda session: outbox.move_chat(session, entry.subscriber_id, new_chat))
    if not moved:
        return SendOutcome(GONE, error=f"the group moved to {new_chat}, which another subscriber has"), chat_id
    outcome = await sender.send(new_chat, "supergroup", message, ready, silent=silent, thread=entry.message_thread_id, paid=paid)
    return outcome, new_chat


async def record_outcome(sessions: Sessions, entry: OutboxEntry, outcome: SendOutcome, now: dt.datetime, *,
                         what: str, max_attempts: int | None = None, backoff: Backoff = Backoff()) -> Verdict:
    """Record what became of one message (see the module docstring); `what` names it in the log ("alert 12");
    without `max_attempts` a retry is never given up."""
    if outcome.status == SENT:
        await in_transaction(sessions, f"record {what} as sent", lambda session: entry.sent(session, outcome.message_id, now),
                             on_any_error=True)
        return Verdict.SENT
    if outcome.status == DROPPED:
        logger.info("%s was no longer wanted when its turn came (the chat sent /stop?): not sent", what)
        return Verdict.SKIPPED
    if outcome.status == THREAD_GONE:
        reason = outcome.error or "topic gone"
        await in_transaction(sessions, "close a forum topic", lambda session: outbox.close_thread(
            session, entry.subscriber_id, entry.message_thread_id, reason))
        logger.info("forum topic %s of subscriber %s is gone (%s): its subscriptions are muted",
                    entry.message_thread_id, entry.subscriber_id, reason)
        return Verdict.SKIPPED
    if outcome.status == GONE:
        reason = outcome.error or "unreachable"

        async def deactivate(session: Session) -> None:
            await outbox.deactivate_subscriber(session, entry.subscriber_id, reason)
            await entry.give_up(session, reason, AlertStatus.SKIPPED)

        await in_transaction(sessions, "mark a chat unreachable", deactivate)
        logger.info("subscriber %s is unreachable (%s): marked inactive", entry.subscriber_id, reason)
        return Verdict.GONE
    if outcome.status == RETRY:
        error = outcome.error or "retry"
        if max_attempts is not None and entry.attempts >= max_attempts:
            failure = f"gave up after {entry.attempts} attempts: {error}"
            await in_transaction(sessions, f"give up on {what}", lambda session: entry.give_up(session, failure, AlertStatus.FAILED))
            logger.warning("%s failed after %d attempts: %s", what, entry.attempts, error)
            return Verdict.FAILED
        due = now + dt.timedelta(seconds=backoff.delay(entry.attempts, outcome.retry_after))
        await in_transaction(sessions, f"re-queue {what}", lambda session: entry.retry(session, due, error))
        return Verdict.RETRIED
    error = outcome.error or "refused by Telegram"
    await in_transaction(sessions, f"record {what} as refused", lambda session: entry.give_up(session, error, AlertStatus.FAILED))
    logger.warning("%s to subscriber %s failed for good: %s", what, entry.subscriber_id, error)
    return Verdict.FAILED
