"""Daily and weekly digests at each subscriber's local time.

One job a minute calls `run_digests`: it finds the subscribers whose `next_digest_at` has come (an
indexed query: 100,000 subscribers cost the same one job as ten), builds each digest from their
waiting `digest` alerts (laid out by bot/compose/digest.py: grouped by topic, most important first,
split over several messages when longer than Telegram allows), and sends it. Each message's alerts
are marked sent right after it goes out, and the last message's marking advances `next_digest_at` in
the same transaction: an alert routed meanwhile waits for the next digest (nothing lost), and one
already marked is never included again (nothing sent twice). Local times are DST-correct (`bot.chats.timezones.next_digest_at`).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from bot.chats.campaigns import Action, CampaignInfo, action_for_subscriber, carried
from bot.chats.timezones import next_digest_at
from bot.compose.alert import AlertStory, topics_from_matched
from bot.compose.digest import UNDATED, BlockKey, DigestItem, DigestMessage, compose_digest, digest_topic
from bot.delivery.outcomes import Verdict, record_outcome, send_following_migration
from bot.delivery.quiet import quiet_until
from bot.delivery.sender import Sender
from bot.delivery.stories import StoryContext, active_campaigns, load_story_contexts
from bot.i18n import using_language
from bot.matching.topics import Topic
from storage import campaigns as campaign_queries
from storage import outbox
from storage.db import Session, Sessions
from storage.models import utcnow
from storage.outbox import AlertStatus

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Digest:
    """A subscriber's digest, ready to send."""

    subscriber_id: int
    chat_id: int
    chat_type: str
    messages: list[DigestMessage]
    next_at: dt.datetime | None
    paused: bool = False
    silent: bool = False


DigestSchedule = tuple[str, str, str, int]  # delivery mode, local "HH:MM", time zone, weekday


def digest_schedule(subscriber: outbox.DueSubscriber) -> DigestSchedule:
    """What decides when a subscriber's digests fall (many subscribers share one)."""
    return (subscriber.delivery_mode, subscriber.digest_time, subscriber.timezone, subscriber.digest_weekday)


ItemParts = tuple[Topic, AlertStory, Action | None, dt.datetime]  # a DigestItem without its alert id


class ContextCache:
    """What every digest of one run shares, each worked out once: story contexts (story, tags, action),
    each story's composed entry, each outbox row's topic and story date, and each schedule's next time."""

    def __init__(self, campaigns: Sequence[CampaignInfo], now: dt.datetime, public_url: str | None = None) -> None:
        self.campaigns = list(campaigns)
        self.now = now
        self.public_url = public_url  # campaign buttons go through the tap counter when set
        self.translated = any(campaign.translations for campaign in self.campaigns)
        self.contexts: dict[int, StoryContext] = {}
        self.blocks: dict[BlockKey, tuple[str, str]] = {}
        self.item_parts: dict[tuple[int, str, str | None], ItemParts | None] = {}
        self.next_times: dict[DigestSchedule, dt.datetime | None] = {}

    async def load(self, session: Session, story_ids: Collection[int]) -> None:
        """Read the contexts of the stories not loaded yet."""
        missing = [story_id for story_id in story_ids if story_id not in self.contexts]
        if missing:
            self.contexts.update(await load_story_contexts(session, missing, self.campaigns, self.now.date()))

    def digest_items(self, rows: Iterable[outbox.DigestRow], language: str | None = None) -> list[DigestItem]:
        """The digest items of these outbox rows (of loaded stories; a story gone meanwhile is left out),
        their actions as a subscriber of `language` sees them."""
        items = []
        for alert_id, _subscriber_id, story_id, matched in rows:
            parts = self._parts(story_id, matched, language)
            if parts is not None:
                items.append(DigestItem(alert_id, *parts))
        return items

    def _parts(self, story_id: int, matched: str, language: str | None) -> ItemParts | None:
        key = (story_id, matched, language)
        if key not in self.item_parts:
            context = self.contexts.get(story_id)
            self.item_parts[key] = None if context is None else (
                digest_topic(topics_from_matched(json.loads(matched or "[]"))),
                context.story,
                action_for_subscriber(context.action, language, self.public_url),
                dt.datetime.combine(context.story.published, dt.time(), dt.UTC) if context.story.published else UNDATED,
            )
        return self.item_parts[key]

    def next_digest(self, subscriber: outbox.DueSubscriber) -> dt.datetime | None:
        """When this subscriber's next digest is due after the run's `now`."""
        schedule = digest_schedule(subscriber)
        if schedule not in self.next_times:
            self.next_times[schedule] = next_digest_at(*schedule, self.now)
        return self.next_times[schedule]


async def build_digests(session: Session, subscribers: Sequence[outbox.DueSubscriber], cache: ContextCache) -> list[Digest]:
    """The digests of these (due) subscribers, from their waiting digest alerts (a paused subscriber's
    digest is empty: their alerts wait for /resume). Each digest's items are made just before it is
    composed, so that they die young instead of keeping the garbage collector busy with a whole page."""
    rows_of: dict[int, list[outbox.DigestRow]] = {subscriber.id: [] for subscriber in subscribers if not subscriber.paused}
    rows = await outbox.digest_alerts(session, list(rows_of))
    await cache.load(session, {story_id for _, _, story_id, _ in rows})
    languages = await campaign_queries.subscriber_languages(session, list(rows_of)) if cache.translated else {}
    for row in rows:
        subscriber_id = row[1]
        rows_of[subscriber_id].append(row)
    digests = []
    for subscriber in subscribers:
        items = [] if subscriber.paused else cache.digest_items(rows_of[subscriber.id], languages.get(subscriber.id))
        with using_language(subscriber.language):
            messages = compose_digest(items, subscriber.delivery_mode, cache.blocks)
        digests.append(Digest(subscriber.id, subscriber.chat_id, subscriber.chat_type, messages, cache.next_digest(subscriber),
                              paused=subscriber.paused, silent=subscriber.silent))
    return digests


@dataclass
class DigestStats:
    """What one digest run did."""

    due: int = 0
    sent_digests: int = 0
    messages: int = 0
    alerts: int = 0
    empty: int = 0
    retry: int = 0
    gone: int = 0
    failed: int = 0
    scheduled: int = 0
    held: int = 0  # due in the chat's quiet hours: sent when they end
    build_seconds: float = 0.0
    errors: list[str] = field(default_factory=list)


async def schedule_unscheduled(sessions: Sessions, now: dt.datetime) -> int:
    """Give digest subscribers without a next digest time one (e.g. set up before digests existed)."""
    count = 0
    while True:
        async with sessions.begin() as session:
            pending = await outbox.unscheduled_digest_subscribers(session)
            await outbox.set_next_digests(session, {subscriber.id: next_digest_at(*digest_schedule(subscriber), now)
                                                    for subscriber in pending})
            count += len(pending)
        if len(pending) < 1000:
            return count


@dataclass(frozen=True)
class DigestPart:
    """One message of a digest as recording sees it: sent marks its alerts (and their actions), and the last
    message's recording, sent or refused, advances the subscriber's next digest time in the same transaction;
    a retry leaves its alerts waiting (the next minute's run resumes the digest)."""

    digest: Digest
    part: DigestMessage
    last: bool
    attempts: int = 0
    message_thread_id: int = 0

    @property
    def subscriber_id(self) -> int:
        return self.digest.subscriber_id

    async def sent(self, session: Session, message_id: int | None, now: dt.datetime) -> None:
        await outbox.mark_digest_sent(session, self.part.alert_ids, message_id, now)
        await campaign_queries.record_actions(
            session, [record for alert_id, action in self.part.actions for record in carried(alert_id, self.subscriber_id, action)], now)
        if self.last:
            await outbox.set_next_digest(session, self.subscriber_id, self.digest.next_at)

    async def retry(self, session: Session, due: dt.datetime, error: str) -> None:
        """Nothing to write: the alerts still wait as `digest` rows, and the subscriber's digest stays due."""

    async def give_up(self, session: Session, error: str, status: AlertStatus) -> None:
        await outbox.mark_digest_failed(session, self.part.alert_ids, error, status)
        if self.last and status == AlertStatus.FAILED:
            await outbox.set_next_digest(session, self.subscriber_id, self.digest.next_at)


async def send_digest(sessions: Sessions, sender: Sender, digest: Digest, now: dt.datetime, stats: DigestStats) -> None:
    """Send one digest's messages; each message's alerts are marked sent as it goes out, and the last
    marking advances next_digest_at in the same transaction."""
    if not digest.messages:
        async with sessions.begin() as session:
            await outbox.set_next_digest(session, digest.subscriber_id, digest.next_at)
        stats.empty += 1
        return
    chat_id, chat_type = digest.chat_id, digest.chat_type
    for index, part in enumerate(digest.messages):
        entry = DigestPart(digest, part, last=index == len(digest.messages) - 1)
        outcome, sent_to = await send_following_migration(sessions, sender, entry, chat_id, chat_type, part.message,
                                                          silent=digest.silent)
        if sent_to != chat_id:
            chat_id, chat_type = sent_to, "supergroup"
        verdict = await record_outcome(sessions, entry, outcome, now, what=f"digest message to chat {chat_id}")
        if verdict == Verdict.SENT:
            stats.messages += 1
            stats.alerts += len(part.alert_ids)
        elif verdict == Verdict.FAILED:
            stats.failed += 1
        elif verdict == Verdict.GONE:
            stats.gone += 1
            return
        else:  # retry (network error, 5xx, long 429): the rest waits; the next minute's run resumes it
            logger.info("digest to %s postponed: %s", chat_id, outcome.error)
            stats.retry += 1
            return
    stats.sent_digests += 1


async def run_digests(
    sessions: Sessions,
    sender: Sender,
    now: dt.datetime | None = None,
    *,
    page_size: int = 1000,
    concurrency: int = 50,
    public_url: str | None = None,
) -> DigestStats:
    """Send every digest that is due at `now` (default: the current time); with `public_url` (the tap
    counter's address) campaign buttons go through it."""
    import time

    now = now or utcnow()
    stats = DigestStats()
    stats.scheduled = await schedule_unscheduled(sessions, now)
    async with sessions.begin() as session:
        await outbox.release_digests_of_now_subscribers(session, now)
        campaigns = await active_campaigns(session, now.date())
    cache = ContextCache(campaigns, now, public_url)
    gate = asyncio.Semaphore(concurrency)
    after_id = 0

    async def send(digest: Digest) -> None:
        async with gate:
            try:
                await send_digest(sessions, sender, digest, now, stats)
            except Exception as error:  # noqa: BLE001 - one subscriber's digest must not stop the others
                logger.exception("digest for subscriber %s failed", digest.subscriber_id)
                stats.errors.append(f"subscriber {digest.subscriber_id}: {error!r}")

    while True:
        started = time.perf_counter()
        async with sessions() as session:
            subscribers = await outbox.due_digest_subscribers(session, now, page_size, after_id)
            if not subscribers:
                break
            # A digest due in the chat's quiet hours stays due: the first run after they end sends it.
            quiet = {subscriber.id for subscriber in subscribers
                     if quiet_until(now, subscriber.timezone, subscriber.quiet_start, subscriber.quiet_end)}
            digests = await build_digests(session, [item for item in subscribers if item.id not in quiet], cache)
        stats.build_seconds += time.perf_counter() - started
        after_id = subscribers[-1].id
        stats.due += len(subscribers)
        stats.held += len(quiet)
        await asyncio.gather(*(send(digest) for digest in digests))
    return stats
