"""Digest layout: a subscriber's waiting stories as one or more messages, grouped by topic, most important
first (primary before mentioned, action-carrying first, newest first), with action buttons, each message
within Telegram's 4096 characters. Pure functions: no database, no Telegram.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from bot.chats.campaigns import Action
from bot.compose.alert import (
    MAX_MESSAGE_CHARS,
    AlertStory,
    Button,
    RenderedAlert,
    escape,
    escape_attr,
    headline,
    shorten,
    source_line,
    summarize,
)
from bot.i18n import N_, _, current_language, ngettext
from bot.matching.topics import Topic

MAX_BUTTONS_PER_MESSAGE = 8
DIGEST_SUMMARY_CHARS = 220
MESSAGE_BUDGET = MAX_MESSAGE_CHARS - 96  # room for the "(continued)" line
MAX_ITEM_CHARS = 3000  # one story's entry (its links included) always fits a message with its heading
MAX_HEADING_CHARS = 500  # a topic heading, escaped (a keyword can be long)
CONTINUED = N_("(continued)")  # the first line of a digest's later messages (in italics)
UNDATED = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)  # undated stories sort after dated ones (then by id)


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
                continued = _(CONTINUED)
                html_parts, plain_parts, buttons, alert_ids, actions = [f"<i>{escape(continued)}</i>"], [continued], [], [], []
                size = len(html_parts[0])
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
