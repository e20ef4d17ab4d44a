"""Daily and weekly digests at each subscriber's local time.

One job a minute calls `run_digests`: it finds the subscribers whose `next_digest_at` has come (an
indexed query: 100,000 subscribers cost the same one job as ten), builds each digest from their
waiting `digest` alerts — grouped by topic, most important first (primary before mentioned,
action-carrying first, newest first), with action buttons — splits it over several messages when it
is longer than Telegram allows, and sends it. Each message's alerts are marked sent right after it
goes out, and the last message's marking advances `next_digest_at` in the same transaction: an alert
routed meanwhile waits for the next digest (nothing lost), and one already marked is never included
again (nothing sent twice). Local times are DST-correct (`bot.chats.timezones.next_digest_at`).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.i18n import _, current_language, ngettext, using_language
from bot.compose.alert import (
    MAX_MESSAGE_CHARS,
    AlertStory,
    Button,
    RenderedAlert,
    StoryContext,
    Topic,
    campaign_infos,
    escape,
    escape_attr,
    headline,
    load_story_contexts,
    shorten,
    source_line,
    summarize,
    topics_from_matched,
)
from bot.chats.campaigns import Action, CampaignInfo, action_for_subscriber, carried
from bot.delivery.quiet import quiet_until
from bot.delivery.sender import FAILED, GONE, MIGRATED, SENT, Sender
from bot.chats.timezones import next_digest_at
from storage import campaigns as campaign_queries
from storage import outbox
from storage.models import Subscriber, utcnow

logger = logging.getLogger(__name__)

MAX_BUTTONS_PER_MESSAGE = 8
DIGEST_SUMMARY_CHARS = 220
MESSAGE_BUDGET = MAX_MESSAGE_CHARS - 96  # room for the "(continued)" line
MAX_ITEM_CHARS = 3000  # one story's entry (its links included) always fits a message with its heading
MAX_HEADING_CHARS = 500  # a topic heading, escaped (a keyword can be long)
CONTINUED_HTML, CONTINUED_PLAIN = "<i>(continued)</i>", "(continued)"  # the first line of a digest's later messages
UNDATED = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)  # undated stories sort after dated ones (then by id)


class DigestItem(NamedTuple):
    """One story in a digest (a named tuple: a run builds one per waiting alert, half a million for
    100,000 subscribers, and a tuple is the cheapest immutable record to build)."""

    alert_id: int
    topic: Topic
    story: AlertStory
    action: Action | None
    when: dt.datetime

    @property
    def primary(self) -> bool:
        return self.topic.salience == "primary"

    @property
    def has_action(self) -> bool:
        return self.action is not None and bool(self.action.url)

    def importance(self) -> tuple[bool, bool, dt.datetime, int, int]:
        """Sort key, higher first: primary before mentioned, then action-carrying, then newest."""
        return (self.primary, self.has_action, self.when, self.story.story_id, self.alert_id)


@dataclass(frozen=True, slots=True)
class DigestMessage:
    """One Telegram message of a digest and the alerts it carries."""

    message: RenderedAlert
    alert_ids: tuple[int, ...]
    actions: tuple[tuple[int, Action], ...] = ()  # (alert id, the action its entry carries)


def digest_topic(topics: Sequence[Topic]) -> Topic:
    """The topic a story is filed under: its first primary match, else its first match."""
    for topic in topics:
        if topic.salience == "primary":
            return topic
    return topics[0] if topics else Topic("keyword", "", _("Other stories"))


def order_items(items: Sequence[DigestItem]) -> list[tuple[Topic, list[DigestItem]]]:
    """Items grouped by topic; groups ordered by their most important story, items within by importance."""
    groups: dict[tuple[str, str], list[DigestItem]] = {}
    for item in sorted(items, key=DigestItem.importance, reverse=True):  # a group is met first at its best item
        groups.setdefault((item.topic.kind, item.topic.value), []).append(item)
    return [(members[0].topic, members) for members in groups.values()]


BlockKey = tuple[int, str | None, str]  # a story, its action's link (differs by language and redirect), the language


def _item_body(item: DigestItem, cache: dict[BlockKey, tuple[str, str]] | None) -> tuple[str, str]:
    """A story's line in a digest without its number, as (HTML, plain); composed once per story, action
    link and run."""
    key = (item.story.story_id, item.action.url if item.action is not None else None, current_language())
    if cache is not None and key in cache:
        return cache[key]
    title, meta = headline(item.story), source_line(item.story)
    summary = summarize(item.story, max_sentences=1, max_chars=DIGEST_SUMMARY_CHARS)
    html_line = f'<a href="{escape_attr(item.story.url)}">{escape(title)}</a>' if item.story.url else f"<b>{escape(title)}</b>"
    plain_line = title
    if meta:
        html_line += f" — <i>{escape(meta)}</i>"
        plain_line += f" — {meta}"
    if item.has_action:
        assert item.action is not None and item.action.url is not None
        html_line += f' · <a href="{escape_attr(item.action.url)}">{escape(item.action.label)}</a>'
        plain_line += f" · {item.action.label}: {item.action.url}"
    elif item.story.url:
        plain_line += f" {item.story.url}"
    if summary:
        html_line += f"\n{escape(summary)}"
        plain_line += f"\n{summary}"
    if len(html_line) > MAX_ITEM_CHARS or len(plain_line) > MAX_ITEM_CHARS:  # absurdly long links: keep the words
        title = shorten(title, MAX_ITEM_CHARS - len("<b></b>"), escaped=True)
        html_line, plain_line = f"<b>{escape(title)}</b>", title
    if cache is not None:
        cache[key] = (html_line, plain_line)
    return html_line, plain_line


@lru_cache(maxsize=256)
def _digest_header(mode: str, count: int, language: str) -> tuple[str, str]:
    """A digest's first line in `language` (the current one: part of the cache key), as (HTML, plain)."""
    if mode == "weekly":
        header = ngettext("🗞 Your weekly digest · {count} story", "🗞 Your weekly digest · {count} stories", count)
    else:
        header = ngettext("🗞 Your daily digest · {count} story", "🗞 Your daily digest · {count} stories", count)
    header = header.format(count=count)
    return f"<b>{escape(header)}</b>", header


@lru_cache(maxsize=1024)
def _topic_heading(topic: Topic, language: str) -> tuple[str, str]:
    """A topic's heading line in a digest in `language` (the current one: part of the cache key), as (HTML, plain)."""
    shown = shorten(topic.display(), MAX_HEADING_CHARS, escaped=True)
    return f"\n<b>{escape(shown)}</b>", f"\n{shown}"


def _digest_message(html_parts: list[str], plain_parts: list[str], buttons: list[Button], alert_ids: list[int],
                    actions: list[tuple[int, Action]]) -> DigestMessage:
    """One message of a digest from its lines, its action buttons (at most 8 shown), its alerts and their actions."""
    rows = tuple((button,) for button in buttons[:MAX_BUTTONS_PER_MESSAGE])
    return DigestMessage(RenderedAlert("\n".join(html_parts), "\n".join(plain_parts), rows), tuple(alert_ids), tuple(actions))


def compose_digest(
    items: Sequence[DigestItem], mode: str = "daily", cache: dict[BlockKey, tuple[str, str]] | None = None
) -> list[DigestMessage]:
    """A digest as one or more messages, each within Telegram's 4096 characters (`cache` keeps each
    story's composed parts across the digests of one run)."""
    if not items:
        return []
    header_html, header_plain = _digest_header(mode, len(items), current_language())
    messages: list[DigestMessage] = []
    html_parts: list[str] = [header_html]
    plain_parts: list[str] = [header_plain]
    buttons: list[Button] = []
    alert_ids: list[int] = []
    actions: list[tuple[int, Action]] = []
    size = len(header_html)
    number = 0
    for topic, members in order_items(items):
        heading_html, heading_plain = _topic_heading(topic, current_language())
        heading_size = len(heading_html) + 1
        pending_heading = True
        for item in members:
            number += 1
            prefix = f"{number}. "
            body_html, body_plain = _item_body(item, cache)
            block_html = prefix + body_html
            needed = len(block_html) + 1 + (heading_size if pending_heading else 0)
            if alert_ids and size + needed > MESSAGE_BUDGET:
                messages.append(_digest_message(html_parts, plain_parts, buttons, alert_ids, actions))
                html_parts, plain_parts, buttons, alert_ids, actions = [CONTINUED_HTML], [CONTINUED_PLAIN], [], [], []
                size = len(CONTINUED_HTML)
                pending_heading = True
                needed = len(block_html) + 1 + heading_size
            if pending_heading:
                html_parts.append(heading_html)
                plain_parts.append(heading_plain)
                pending_heading = False
            html_parts.append(block_html)
            plain_parts.append(prefix + body_plain)
            size += needed
            alert_ids.append(item.alert_id)
            if item.has_action:
                assert item.action is not None
                buttons.append(Button(prefix + item.action.label, url=item.action.url))
                actions.append((item.alert_id, item.action))
    messages.append(_digest_message(html_parts, plain_parts, buttons, alert_ids, actions))
    return messages


# --- building from the database ---


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


def digest_schedule(subscriber: Subscriber | outbox.DueSubscriber) -> DigestSchedule:
    """What decides when a subscriber's digests fall (many subscribers share one)."""
    return (subscriber.delivery_mode, subscriber.digest_time, subscriber.timezone, subscriber.digest_weekday)


def subscriber_next_digest(subscriber: Subscriber, now: dt.datetime) -> dt.datetime | None:
    """When this subscriber's next digest is due after `now` (None in "now" mode)."""
    return next_digest_at(*digest_schedule(subscriber), now)


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

    async def load(self, session: AsyncSession, story_ids: Collection[int]) -> None:
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
                dt.datetime.combine(context.story.published, dt.time(), dt.timezone.utc) if context.story.published else UNDATED,
            )
        return self.item_parts[key]

    def next_digest(self, subscriber: outbox.DueSubscriber) -> dt.datetime | None:
        """When this subscriber's next digest is due after the run's `now`."""
        schedule = digest_schedule(subscriber)
        if schedule not in self.next_times:
            self.next_times[schedule] = next_digest_at(*schedule, self.now)
        return self.next_times[schedule]


async def build_digests(session: AsyncSession, subscribers: Sequence[outbox.DueSubscriber], cache: ContextCache) -> list[Digest]:
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


async def schedule_unscheduled(sessions: async_sessionmaker[AsyncSession], now: dt.datetime) -> int:
    """Give digest subscribers without a next digest time one (e.g. set up before digests existed)."""
    count = 0
    while True:
        async with sessions.begin() as session:
            pending = await outbox.unscheduled_digest_subscribers(session)
            for subscriber in pending:
                subscriber.next_digest_at = subscriber_next_digest(subscriber, now)
            count += len(pending)
        if len(pending) < 1000:
            return count


async def send_digest(sessions: async_sessionmaker[AsyncSession], sender: Sender, digest: Digest, now: dt.datetime, stats: DigestStats) -> None:
    """Send one digest's messages; each message's alerts are marked sent as it goes out, and the last
    marking advances next_digest_at in the same transaction."""
    if not digest.messages:
        async with sessions.begin() as session:
            await outbox.set_next_digest(session, digest.subscriber_id, digest.next_at)
        stats.empty += 1
        return
    chat_id = digest.chat_id
    for index, part in enumerate(digest.messages):
        last = index == len(digest.messages) - 1
        outcome = await sender.send(chat_id, digest.chat_type, part.message, silent=digest.silent)
        if outcome.status == MIGRATED and outcome.migrated_to is not None:
            async with sessions.begin() as session:
                moved = await outbox.move_chat(session, digest.subscriber_id, outcome.migrated_to)
            if moved:
                chat_id = outcome.migrated_to
                outcome = await sender.send(chat_id, "supergroup", part.message, silent=digest.silent)
        if outcome.status == SENT:
            async with sessions.begin() as session:
                await outbox.mark_digest_sent(session, part.alert_ids, outcome.message_id, now)
                await campaign_queries.record_actions(
                    session, [record for alert_id, action in part.actions for record in carried(alert_id, digest.subscriber_id, action)], now)
                if last:
                    await outbox.set_next_digest(session, digest.subscriber_id, digest.next_at)
            stats.messages += 1
            stats.alerts += len(part.alert_ids)
            continue
        if outcome.status == GONE:
            async with sessions.begin() as session:
                await outbox.deactivate_subscriber(session, digest.subscriber_id, outcome.error or "unreachable")
            stats.gone += 1
            return
        if outcome.status == FAILED:
            logger.warning("digest message to %s refused: %s", chat_id, outcome.error)
            async with sessions.begin() as session:
                await outbox.mark_digest_failed(session, part.alert_ids, outcome.error or "refused")
                if last:
                    await outbox.set_next_digest(session, digest.subscriber_id, digest.next_at)
            stats.failed += 1
            continue
        # retry (network error, 5xx, long 429): leave the rest waiting; the next minute's run resumes it
        logger.info("digest to %s postponed: %s", chat_id, outcome.error)
        stats.retry += 1
        return
    stats.sent_digests += 1


async def run_digests(
    sessions: async_sessionmaker[AsyncSession],
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
        campaigns = campaign_infos(await campaign_queries.active_campaigns(session, now.date()))
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
