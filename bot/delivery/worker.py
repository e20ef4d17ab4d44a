"""The outbox worker: claims due alerts, one worker per chat, and sends them through the sender.

- Each row is `sending` before its message goes out and `sent` (with the message id) right after, so
  a kill -9 can duplicate only a message in flight at that moment; stale `sending` rows are re-queued
  when the next delivery run starts, and a live run renews its claims. Recording keeps up with sending:
  at most `max_in_flight` messages are between "about to go out" and "recorded" (their checks and records
  are group commits, a few connections whatever their number), and a kill -9 re-sends at most that many.
- Just before a message goes out its row is checked to be still claimed: an alert claimed before the
  chat sent /stop (which deletes its rows), or skipped meanwhile, is dropped, not delivered.
- Claims top the batch up when half of it went out; once a claim finds fewer due rows than it asked for,
  the next waits RECLAIM_WHEN_DRY while messages are still going out (not a claim, with every busy chat
  excluded, after each message of a drained outbox's last batch).
- That check and the "sent" record are group commits (bot/delivery/batch.py): the messages going out
  meanwhile share one transaction, so the database round trips do not grow with each message; the check,
  one statement, commits on its own (storage.db.one_statement_sessions: no BEGIN and COMMIT round trips).
- An alert is composed once for every chat of the same story, language, topics and action; each chat's
  copy differs only in its Mute button (`for_alert`).
- Stopping (SIGTERM): the messages whose check has begun finish; every other claimed row goes back to
  the queue at once, for another process or the next start, instead of waiting for the lease.
- An alert whose campaign an admin marked urgent is claimed ahead of every other due alert (a campaign
  marked urgent counts from the next run) and goes out in the paid-broadcast lane while its Stars
  budget lasts (bot/delivery/paid.py), in the free lane after.
- A batch of "sent" records that fails for another reason than the database being away (a deadlock,
  a timeout, one bad row) is recorded row by row, each retried until it holds: never sent again.
- A chat in its quiet hours gets its alert when they end; what became of each send is recorded by
  bot/delivery/outcomes.py (retries with backoff, unreachable chats, the database going away).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from bot import metrics
from bot.chats.campaigns import Action, action_for_subscriber, carried
from bot.compose.alert import Button, RenderedAlert, compose_alert, mute_callback, parse_mute_callback, topics_from_matched
from bot.config import DeliveryConfig
from bot.delivery.batch import Batcher
from bot.delivery.outcomes import Backoff, Verdict, in_transaction, record_outcome, send_following_migration
from bot.delivery.paid import PaidLane
from bot.delivery.quiet import quiet_until
from bot.delivery.sender import RETRY, SENT, Sender, SendOutcome
from bot.delivery.stories import StoryCache, StoryContext
from bot.i18n import using_language
from bot.matching.topics import Topic
from storage import campaigns as campaign_queries
from storage import outbox
from storage.db import Session, Sessions, one_statement_sessions
from storage.models import utcnow
from storage.outbox import AlertStatus, ClaimedAlert

logger = logging.getLogger(__name__)

RECLAIM_WHEN_DRY = 0.5  # seconds between claims while the outbox has no more due rows and messages are still going out
MAX_IN_FLIGHT = 40  # messages between "about to go out" and "recorded" (their database steps are group commits)
CACHED_COMPOSITIONS = 1024  # composed alerts kept (one per story, language, topics and action)


def for_alert(message: RenderedAlert, alert_id: int) -> RenderedAlert:
    """`message`, composed once for many alerts, with its Mute button bound to alert `alert_id` (the only
    part of an alert that is its own)."""

    def bound(button: Button) -> Button:
        mute = parse_mute_callback(button.callback_data) if button.callback_data else None
        if mute is None:
            return button
        undo, _, index = mute
        return replace(button, callback_data=mute_callback(alert_id, index, undo=undo))

    return replace(message, buttons=tuple(tuple(bound(button) for button in row) for row in message.buttons))


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


@dataclass(frozen=True)
class AlertEntry:
    """A claimed alert as recording sees it: sent marks it (and the action it carried), retry re-queues it."""

    alert: ClaimedAlert
    action: Action | None = None

    @property
    def subscriber_id(self) -> int:
        return self.alert.subscriber_id

    @property
    def attempts(self) -> int:
        return self.alert.attempts

    @property
    def message_thread_id(self) -> int:
        return self.alert.message_thread_id

    async def sent(self, session: Session, message_id: int | None, now: dt.datetime) -> None:
        await record_sent(session, [(self, message_id)], now)

    async def retry(self, session: Session, due: dt.datetime, error: str) -> None:
        await outbox.mark_retry(session, self.alert.id, due, error)

    async def give_up(self, session: Session, error: str, status: AlertStatus) -> None:
        await outbox.mark_failed(session, self.alert.id, error, status)


async def record_sent(session: Session, sent: list[tuple[AlertEntry, int | None]], now: dt.datetime) -> list[bool]:
    """Mark these alerts sent (each with its message id) and record the actions they carried, in one
    statement each; says for each whether its row was still ours (not skipped meanwhile)."""
    ours = await outbox.mark_sent(session, {entry.alert.id: message_id for entry, message_id in sent}, now)
    await campaign_queries.record_actions(session, [
        action for entry, _ in sent if entry.alert.id in ours
        for action in carried(entry.alert.id, entry.alert.subscriber_id, entry.action)], now)
    return [entry.alert.id in ours for entry, _ in sent]


class Deliverer:
    """Drains the outbox: claims due rows in batches, one worker per chat (in order, within its rate),
    all chats sharing the overall limit; records each outcome as it happens."""

    def __init__(
        self,
        sessions: Sessions,
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
        paid: PaidLane | None = None,
    ) -> None:
        self.sessions = sessions
        self._one_statement = one_statement_sessions(sessions)  # claim checks, most sent records: one statement each
        self.public_url = public_url  # the redirect endpoint that counts campaign taps (server.public_url)
        self.sender = sender
        self.delivery = delivery
        self.lease = lease
        self.paid = paid  # the paid-broadcast lane for urgent campaigns' alerts (bot/delivery/paid.py); None: off
        fastest = max(delivery.messages_per_second, delivery.paid_messages_per_second if paid is not None else 0.0)
        self.batch_size = batch_size or max(20, int(fastest * 4))
        self.per_subscriber = per_subscriber
        self.backoff = Backoff(backoff_base, backoff_cap)
        self.clock = clock
        self.stories = StoryCache(sessions, clock)
        self._compositions: OrderedDict[tuple[int, str | None, tuple[Topic, ...], Action | None], RenderedAlert] = OrderedDict()
        self._lock = asyncio.Lock()
        self._in_flight = asyncio.Semaphore(max_in_flight)
        self._busy = False  # a run is going and has claimed alerts (see `busy`)
        # The two database steps of every message, each shared by the messages going out meanwhile.
        self._claim_checks: Batcher[int, bool] = Batcher(self._check_claims)
        self._sent_records: Batcher[tuple[AlertEntry, int | None], bool] = Batcher(self._record_sent)

    @property
    def running(self) -> bool:
        """Whether a run is in progress."""
        return self._lock.locked()

    @property
    def busy(self) -> bool:
        """Whether this deliverer has alerts to send: a run is going and has claimed some. A run ends as soon as
        it holds no claimed alert and a claim finds no more, and the deliverer is idle from then on (it then
        holds no share of the fleet's limit: bot/scheduler.py)."""
        return self._busy

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
        await self.stories.refresh()
        self._compositions.clear()

    async def drain(self, should_stop: Callable[[], bool] | None = None) -> DeliveryStats:
        """Send every alert that is due, then return (one run at a time; a second call waits)."""
        async with self._lock:
            try:
                return await self._drain(should_stop or (lambda: False))
            finally:
                self._busy = False

    async def _drain(self, should_stop: Callable[[], bool]) -> DeliveryStats:
        stats = DeliveryStats()
        stats.recovered = await self.recover()
        await self._refresh()
        queues: dict[int, deque[outbox.ClaimedAlert]] = {}
        workers: dict[int, asyncio.Task[None]] = {}
        departed: set[int] = set()  # alerts whose claim check has begun: they go out (or are dropped) as usual
        progress = asyncio.Event()
        renewed = time.monotonic()
        held = 0  # claimed rows still in the queues (kept as a count: summing the queues costs a pass over every chat)

        async def work(subscriber_id: int) -> None:
            nonlocal held
            queue = queues[subscriber_id]
            try:
                while queue:
                    gone = await self._deliver_safely(queue[0], stats, departed)
                    queue.popleft()
                    held -= 1
                    if gone:
                        held -= len(queue)
                        queue.clear()
                    progress.set()
            finally:
                queues.pop(subscriber_id, None)
                workers.pop(subscriber_id, None)
                progress.set()

        released = False
        dry_until = 0.0  # after a claim found fewer due rows than it asked for: no claim before this (monotonic)
        while True:
            stopping = should_stop()
            if stopping and not released:
                released = True
                await self._release_unsent(queues, workers, departed)
                held = sum(len(queue) for queue in queues.values())
            claimed: list[outbox.ClaimedAlert] = []
            if not stopping and held <= self.batch_size // 2 and (not workers or time.monotonic() >= dry_until):
                limit, busy, first = self.batch_size - held, set(queues), await self.stories.urgent_stories()

                async def claim(session: Session, limit: int = limit, busy: set[int] = busy,
                                first: frozenset[int] = first) -> list[ClaimedAlert]:
                    return await outbox.claim_due(session, self.clock(), limit, per_subscriber=self.per_subscriber,
                                                  exclude_subscribers=busy, first_stories=first)

                claimed = await in_transaction(self.sessions, "claim alerts", claim)
                if len(claimed) < limit:
                    dry_until = time.monotonic() + RECLAIM_WHEN_DRY
                if claimed:
                    self._busy = True
                for item in claimed:
                    queues.setdefault(item.subscriber_id, deque()).append(item)
                held += len(claimed)
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

                async def renew(session: Session, held_ids: list[int] = held_ids) -> None:
                    await outbox.renew_claims(session, held_ids, self.clock())

                await in_transaction(self.sessions, "renew claims", renew)
                renewed = time.monotonic()
        return stats

    async def _release_unsent(self, queues: dict[int, deque[ClaimedAlert]], workers: dict[int, asyncio.Task[None]],
                              departed: set[int]) -> None:
        """Stopping: every claimed alert whose claim check has not begun goes back to the queue at once (not
        after the lease), its chat's worker cancelled; the messages already on their way finish."""
        unsent = [item.id for queue in queues.values() for item in queue if item.id not in departed]
        for subscriber_id, queue in list(queues.items()):
            if queue and queue[0].id not in departed and subscriber_id in workers:
                workers[subscriber_id].cancel()
            kept = [item for item in queue if item.id in departed]
            queue.clear()
            queue.extend(kept)
        if unsent:
            count = await in_transaction(self.sessions, "give back unsent alerts", lambda session: outbox.release_claims(session, unsent))
            logger.info("stopping: %d claimed alerts not yet sent are back in the queue", count)

    async def _deliver_safely(self, item: ClaimedAlert, stats: DeliveryStats, departed: set[int]) -> bool:
        """Deliver one row; any unexpected error puts it back in the queue. True when the chat is gone."""
        try:
            return await self._deliver(item, stats, departed)
        except Exception as error:  # noqa: BLE001 - one bad row must not stop the loop
            logger.exception("delivering alert %s failed unexpectedly", item.id)
            stats.errors.append(f"alert {item.id}: {error!r}")
            try:
                await self._record(AlertEntry(item), SendOutcome(RETRY, error=f"internal error: {error!r}"), stats)
            except Exception:  # noqa: BLE001 - the lease will re-queue it
                logger.exception("could not re-queue alert %s", item.id)
            return False

    async def _deliver(self, item: ClaimedAlert, stats: DeliveryStats, departed: set[int]) -> bool:
        held_until = quiet_until(self.clock(), item.timezone, item.quiet_start, item.quiet_end)
        if held_until is not None:
            async with self.sessions.begin() as session:
                await outbox.hold_until(session, item.id, held_until)
            stats.held += 1
            return False
        context = await self.stories.context(item.story_id)
        if context is None:
            await in_transaction(self.sessions, "skip an alert", lambda session: outbox.mark_failed(
                session, item.id, "the story is no longer stored", AlertStatus.SKIPPED))
            stats.skipped += 1
            return False
        action = action_for_subscriber(context.action, item.language, self.public_url)
        message = for_alert(self._composed(context, item.language, tuple(topics_from_matched(item.matched)), action), item.id)
        entry = AlertEntry(item, context.action)
        paid = await self._paid_lane(context.action)
        holding = False

        async def still_claimed() -> bool:
            # Take a place among the messages in flight, then make sure the row is still ours: /stop
            # deletes a chat's rows, a 403 elsewhere skips them, while this one waited for its turn.
            nonlocal holding
            departed.add(item.id)
            if not holding:
                await self._in_flight.acquire()
                holding = True
            return await self._claim_checks.submit(item.id)

        try:
            outcome, _ = await send_following_migration(self.sessions, self.sender, entry, item.chat_id, item.chat_type, message,
                                                        still_claimed, silent=item.silent, paid=paid)
            if paid:
                await self._paid_outcome(outcome)
            return await self._record(entry, outcome, stats)
        finally:
            if holding:
                self._in_flight.release()

    def _composed(self, context: StoryContext, language: str | None, topics: tuple[Topic, ...], action: Action | None) -> RenderedAlert:
        """The alert composed for every chat of one story, language, topics and action (a fan-out sends the
        same alert to thousands), its Mute button bound to no alert yet; the least recently used dropped past
        CACHED_COMPOSITIONS, all of them at the start of each run (as the stories)."""
        key = (context.story.story_id, language, topics, action)
        message = self._compositions.get(key)
        if message is None:
            with using_language(language):
                message = compose_alert(context.story, topics, action)
            self._compositions[key] = message
            if len(self._compositions) > CACHED_COMPOSITIONS:
                self._compositions.popitem(last=False)
        else:
            self._compositions.move_to_end(key)
        return message

    async def _paid_lane(self, action: Action | None) -> bool:
        """Whether this alert goes out in the paid lane: its campaign is urgent and the budget pays for it
        (when the budget is spent it goes out in the free lane, and the admins are told once)."""
        if self.paid is None or action is None or action.campaign_id not in self.stories.urgent_campaigns:
            return False
        if await self.paid.reserve():
            return True
        await self.paid.spent(self.sender)
        return False

    async def _paid_outcome(self, outcome: SendOutcome) -> None:
        """Count a paid message that went out; give back the reservation of one that did not."""
        if outcome.status == SENT:
            metrics.PAID_BROADCASTS.inc()
        elif self.paid is not None:
            await self.paid.refund()

    async def _check_claims(self, alert_ids: list[int]) -> list[bool]:
        still = await in_transaction(self._one_statement, "check claims",
                                     lambda session: outbox.touch_claims(session, alert_ids, self.clock()))
        return [alert_id in still for alert_id in alert_ids]

    async def _record_sent(self, sent: list[tuple[AlertEntry, int | None]]) -> list[bool]:
        """Record a batch of sent alerts: one statement, committing on its own, when none carried a campaign's
        action (whose record goes with it in one transaction)."""
        now = self.clock()
        carrying = any(carried(entry.alert.id, entry.alert.subscriber_id, entry.action) for entry, _ in sent)
        return await in_transaction(self.sessions if carrying else self._one_statement, "record sent alerts",
                                    lambda session: record_sent(session, sent, now))

    async def _sent_in_batch(self, entry: AlertEntry, message_id: int | None) -> bool:
        """Record a sent alert in the next batch; False when that batch failed for another reason than the
        database being away (a deadlock, a timeout, one bad row failing the others): nothing of it is kept."""
        try:
            await self._sent_records.submit((entry, message_id))
        except Exception as error:  # noqa: BLE001 - the caller records the alert on its own, whatever the error
            logger.warning("recording a batch of sent alerts failed (%s): recording alert %s on its own",
                           type(error).__name__, entry.alert.id)
            return False
        return True

    async def _record(self, entry: AlertEntry, outcome: SendOutcome, stats: DeliveryStats) -> bool:
        """Record what became of one alert and count it; True when the chat is gone. A sent alert joins the
        next batch of sent records; if that batch fails, record_outcome records it on its own (the same
        way, retried whatever the error: a message that went out is never sent again)."""
        with metrics.timed("record"):
            if outcome.status == SENT and await self._sent_in_batch(entry, outcome.message_id):
                verdict = Verdict.SENT
            else:
                verdict = await record_outcome(self.sessions, entry, outcome, self.clock(), what=f"alert {entry.alert.id}",
                                               max_attempts=self.delivery.max_attempts, backoff=self.backoff)
        if verdict == Verdict.SENT:
            metrics.ALERTS_SENT.inc()
            stats.sent += 1
            stats.plain_fallbacks += int(outcome.plain_fallback)
        elif verdict == Verdict.RETRIED:
            metrics.SEND_RETRIES.inc()
            stats.retried += 1
        elif verdict == Verdict.SKIPPED:
            stats.skipped += 1
        else:
            metrics.ALERTS_FAILED.inc()
            if verdict == Verdict.GONE:
                stats.gone += 1
            else:
                stats.failed += 1
        return verdict == Verdict.GONE
