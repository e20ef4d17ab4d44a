"""Alert composition: a story, what it matched and its action -> the Telegram message and its buttons.

`compose_alert` is a pure function: HTML text (everything from feeds escaped) within Telegram's 4096
characters — headline, source and date, the matched topics (flag and country name, union name) and
a two- or three-sentence summary — plus a plain-text twin (sent when Telegram refuses the HTML) and
the inline keyboard: the action first ("✍️ Sign the petition", "💶 Donate", "✉️ Send a message",
"📣 Take action"), then "📰 Read the story", then "🔇 Mute <topic>" and "↗️ Share".

Pure functions of plain dataclasses: no database, no Telegram. What they need is read by
bot/delivery/stories.py; delivery, digests and `solidarity-bot preview` all compose through this
module, so the preview shows exactly what a subscriber gets.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from babel.dates import format_date

from bot.chats.campaigns import Action
from bot.chats.numbers import parse_number
from bot.i18n import DEFAULT_LANGUAGE, _, current_language
from bot.matching.topics import Topic

MAX_MESSAGE_CHARS = 4096
MAX_HEADLINE_CHARS = 250
MAX_SUMMARY_CHARS = 480
MAX_TOPIC_LABEL_CHARS = 28  # in the Mute button
MAX_TOPICS_SHOWN = 8
# Escaped-length budgets of an alert's parts: together well within MAX_MESSAGE_CHARS.
MAX_HEADLINE_HTML = 1_000
MAX_SOURCE_LINE_HTML = 300
MAX_TOPIC_LINE_HTML = 1_200
MAX_ACTION_LINE_HTML = 600
MIN_SUMMARY_ROOM = 40
MUTE_PREFIX = "mute"
UNMUTE_PREFIX = "unmute"


def escape(text: object) -> str:
    """Text (or a number) made safe for Telegram's HTML parse mode, outside tag attributes; None is empty."""
    return html.escape("" if text is None else str(text), quote=False)


def escape_attr(text: str) -> str:
    return html.escape(text, quote=True)


def shorten(text: str, limit: int, *, escaped: bool = False) -> str:
    """`text` with runs of white space collapsed, cut at a word boundary to at most `limit` characters,
    with an ellipsis when cut. With `escaped`, the limit holds for the HTML-escaped form (`&` counts 5).

    Always returns within `limit`, in one pass, whatever the text (an empty string when limit < 1).
    """
    text = " ".join(text.split())
    width = (lambda part: len(escape(part))) if escaped else len
    if width(text) <= limit:
        return text
    if limit < 1:
        return ""
    budget, used, kept = limit - 1, 0, 0  # one character for the ellipsis
    for char in text:
        used += width(char)
        if used > budget:
            break
        kept += 1
    cut = text[:kept]
    space = cut.rfind(" ")
    if space > kept * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"


# --- what an alert is made of ---


def topics_from_matched(matched: Iterable[dict[str, Any]] | None) -> list[Topic]:
    """An outbox row's `matched` entries as topics, in their stored order."""
    topics = []
    for entry in matched or ():
        kind, value = str(entry.get("kind", "")), str(entry.get("value", ""))
        topics.append(Topic(kind, value, str(entry.get("label") or value), str(entry.get("salience") or "primary")))
    return topics


@dataclass(frozen=True)
class AlertStory:
    """The parts of a stored story an alert shows."""

    story_id: int
    title: str | None
    text: str
    url: str | None
    source: str
    published: dt.date | None = None
    links: tuple[dict[str, str], ...] = ()


@dataclass(frozen=True)
class Button:
    """An inline keyboard button: a link (url) or a callback (callback_data)."""

    label: str
    url: str | None = None
    callback_data: str | None = None

    def describe(self) -> str:
        """`[label] -> URL` for a link, `[label]` for a button that acts in the chat, for preview (the
        callback data is the bot's own business)."""
        return f"[{self.label}] -> {self.url}" if self.url else f"[{self.label}]"


@dataclass(frozen=True)
class RenderedAlert:
    """A composed message: HTML, its plain-text twin, and the keyboard rows."""

    html: str
    plain: str
    buttons: tuple[tuple[Button, ...], ...] = ()


# --- text pieces ---

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9À-ÖØ-Þ])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|St|Sr|Jr|Gen|Col|Lt|Gov|Sen|Rep|No|Nos|Art|Vol|Inc|Ltd|Co|Corp|vs|etc|approx|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|\b[A-Z]\.|\b(?:[A-Za-z]\.){2,})$"
)
_DATELINE = re.compile(r"^[A-ZÀ-Þ][^.!?]{0,40},[^.!?]{0,30}\d{1,4}\.$")
_BYLINE = re.compile(r"^(?:by\s|photo:|image:|credit:|source:|read more|click here)", re.I)


# What a headline made from an untitled story's first sentence leaves out: its dateline ("BAKU, Azerbaijan,
# January 19. ", "GENEVA (AP) — "), asides in brackets, an opening clause ("Following a 136-day strike, "),
# who leads someone (", headed by its Chairman, Sahib Mammadov,") and the closing attribution (", Trend reports").
_LEADING_DATELINE = re.compile(r"^(?:[A-ZÀ-Þ][^.!?]{0,40},[^.!?]{0,30}\d{1,4}\.|[A-ZÀ-Þ][A-ZÀ-Þ ,()]{2,40}\s[—–-])\s+")
_ASIDE = re.compile(r"\s*\([^()]*\)")
_OPENING_CLAUSE = re.compile(r"^(?:Following|After|In the wake of|Amid|Despite|While|With|As)\b[^,]{0,120},\s+(?=\S)")
_LED_BY = re.compile(r",\s+(?:headed|led|chaired|represented|accompanied)\s+by\s[^,]+(?:,\s[A-ZÀ-Þ][^,]+)?,")
_ATTRIBUTION = re.compile(r",\s+(?:(?:[\w’'-]+\s+){0,3}(?:reports|reported|said|says)|according to\b.*)$")
_CLAUSE_BREAK = re.compile(r",\s|\s(?:and|as|that|which|who|while|after|during)\s")
MADE_HEADLINE_CHARS = 130


def headline(story: AlertStory) -> str:
    """The story's title, or for an untitled entry a headline made from its first sentence."""
    if story.title and story.title.strip():
        return shorten(story.title, MAX_HEADLINE_CHARS)
    first = next((sentence for sentence in sentences(story.text)), "")
    return made_headline(first) if first else "(untitled story)"


def made_headline(sentence: str) -> str:
    """A headline-like line from a story's first sentence: without its dateline, asides, opening clause and
    attribution, cut at a clause boundary (an ellipsis only when none is near) and without the full stop."""
    text = _LEADING_DATELINE.sub("", sentence.strip())
    text = _ASIDE.sub("", text)
    text = _LED_BY.sub("", _OPENING_CLAUSE.sub("", text))
    text = text.rstrip(" .")
    text = _ATTRIBUTION.sub("", text).rstrip(" ,;:")
    text = text[:1].upper() + text[1:]
    if len(text) <= MADE_HEADLINE_CHARS:
        return text
    breaks = [match.start() for match in _CLAUSE_BREAK.finditer(text, 0, MADE_HEADLINE_CHARS)
              if match.start() >= MADE_HEADLINE_CHARS // 2]
    return text[:breaks[-1]].rstrip(" ,;:") if breaks else shorten(text, MADE_HEADLINE_CHARS)


def sentences(text: str) -> list[str]:
    """The text's sentences, paragraph by paragraph, without bylines and list markers."""
    found: list[str] = []
    for paragraph in re.split(r"\n\s*\n|\n", text or ""):
        paragraph = " ".join(paragraph.split()).lstrip("-•* ").strip()
        if len(paragraph) < 25 or _BYLINE.match(paragraph):
            continue
        if not re.search(r"[.!?…:;][\"'”’)]*$|https?://\S+$", paragraph):
            paragraph += "."  # a subheading or caption: its own sentence (never glued to a closing URL)
        pieces: list[str] = []
        for part in _SENTENCE_SPLIT.split(paragraph):
            part = part.strip()
            if not part:
                continue
            if pieces and (_ABBREVIATION.search(pieces[-1]) or (len(pieces) == 1 and _DATELINE.match(pieces[0]))):
                pieces[-1] = f"{pieces[-1]} {part}"  # "Ms. Andrees", or a dateline like "BAKU, January 19."
            else:
                pieces.append(part)
        found.extend(pieces)
    return found


def summarize(story: AlertStory, max_sentences: int = 3, max_chars: int = MAX_SUMMARY_CHARS) -> str:
    """Two or three sentences from the opening of the story (fewer when they are long)."""
    title_key = " ".join((story.title or "").casefold().split())
    found = sentences(story.text)
    if not (story.title and story.title.strip()) and len(found) > 1:
        found = found[1:]  # an untitled story's first sentence is already its headline
    chosen: list[str] = []
    total = 0
    for sentence in found:
        if " ".join(sentence.casefold().split()) == title_key:
            continue
        if chosen and (total + len(sentence) + 1 > max_chars or len(chosen) >= max_sentences):
            break
        chosen.append(sentence)
        total += len(sentence) + 1
        if len(chosen) >= 2 and total > max_chars * 0.6:
            break
    return shorten(" ".join(chosen), max_chars) if chosen else ""


def date_label(day: dt.date | None) -> str:
    if not day:
        return ""
    if current_language() == DEFAULT_LANGUAGE:
        return f"{day.day} {day.strftime('%b %Y')}"
    return format_date(day, "d MMM y", locale=current_language())


def source_line(story: AlertStory) -> str:
    parts = [story.source] + ([date_label(story.published)] if story.published else [])
    return " · ".join(part for part in parts if part)


# --- the keyboard ---


def mute_callback(alert_id: int, index: int, *, undo: bool = False) -> str:
    """Callback data of the Mute button (and of its Undo): 'mute:<alert id>:<matched index>'."""
    return f"{UNMUTE_PREFIX if undo else MUTE_PREFIX}:{alert_id}:{index}"


def parse_mute_callback(data: str) -> tuple[bool, int, int] | None:
    """(undo, alert id, matched index) from mute callback data; None when it is something else."""
    parts = (data or "").split(":")
    if len(parts) != 3 or parts[0] not in (MUTE_PREFIX, UNMUTE_PREFIX):
        return None
    alert_id, index = parse_number(parts[1]), parse_number(parts[2])
    if alert_id is None or index is None:
        return None
    return parts[0] == UNMUTE_PREFIX, alert_id, index


def share_url(url: str, text: str) -> str:
    """A t.me/share/url link that lets the reader forward the story to any chat."""
    return "https://t.me/share/url?" + urlencode({"url": url, "text": shorten(text, 200)})


def mute_label(topic: Topic) -> str:
    return _("🔇 Mute {topic}").format(topic=shorten(topic.name, MAX_TOPIC_LABEL_CHARS))


def alert_buttons(story: AlertStory, topics: Sequence[Topic], action: Action | None, alert_id: int) -> tuple[tuple[Button, ...], ...]:
    """Action first (when it has a link), then the story, then Mute and Share."""
    rows: list[tuple[Button, ...]] = []
    if action is not None and action.url:
        rows.append((Button(action.label, url=action.url),))
    if story.url and not (action is not None and action.url == story.url and action.origin == "link" and not story.title):
        rows.append((Button(_("📰 Read the story"), url=story.url),))
    controls: list[Button] = []
    mute_index = _mute_topic_index(topics)
    if mute_index is not None:
        controls.append(Button(mute_label(topics[mute_index]), callback_data=mute_callback(alert_id, mute_index)))
    shared = story.url or (action.url if action is not None else None)
    if shared:
        controls.append(Button(_("↗️ Share"), url=share_url(shared, headline(story))))
    if controls:
        rows.append(tuple(controls))
    return tuple(rows)


def _mute_topic_index(topics: Sequence[Topic]) -> int | None:
    """The topic the Mute button mutes: the first primary match, else the first match."""
    for index, topic in enumerate(topics):
        if topic.salience == "primary":
            return index
    return 0 if topics else None


# --- the alert ---


def compose_alert(story: AlertStory, topics: Sequence[Topic], action: Action | None, *, alert_id: int = 0) -> RenderedAlert:
    """The alert message for one subscriber: HTML and plain text within 4096 characters, and buttons."""
    title = headline(story)
    meta = source_line(story)
    shown = list(topics)[:MAX_TOPICS_SHOWN]
    topic_line = " · ".join(topic.display() + (_(" (mentioned)") if topic.salience != "primary" else "") for topic in shown)
    if len(topics) > MAX_TOPICS_SHOWN:
        topic_line += " · " + _("+{count} more").format(count=len(topics) - MAX_TOPICS_SHOWN)
    summary = summarize(story)
    action_line = ""
    if action is not None and action.url and action.title and (action.origin == "campaign" or action.campaign_id is not None):
        action_line = f"{action.emoji} {shorten(action.title, 200)}"
    # Each part is cut by its escaped length, so the whole stays within Telegram's limit without
    # cutting through a tag or an entity, whatever the feed or the subscriber's keywords hold.
    parts = [shorten(title, MAX_HEADLINE_HTML, escaped=True)]
    html_parts = [f"<b>{escape(parts[0])}</b>"]
    if meta:
        parts.append(shorten(meta, MAX_SOURCE_LINE_HTML, escaped=True))
        html_parts.append(f"<i>{escape(parts[-1])}</i>")
    if topic_line:
        parts.append(shorten(topic_line, MAX_TOPIC_LINE_HTML, escaped=True))
        html_parts.append(escape(parts[-1]))
    body_html, body_plain = "\n".join(html_parts), "\n".join(parts)
    tail_html = tail_plain = ""
    if action_line:
        action_line = shorten(action_line, MAX_ACTION_LINE_HTML, escaped=True)
        tail_html, tail_plain = f"\n\n{escape(action_line)}", f"\n\n{action_line}"
    room = MAX_MESSAGE_CHARS - len(body_html) - len(tail_html) - 2
    summary = shorten(summary, room, escaped=True) if room >= MIN_SUMMARY_ROOM else ""
    if summary:
        body_html += f"\n\n{escape(summary)}"
        body_plain += f"\n\n{summary}"
    text_html, text_plain = body_html + tail_html, body_plain + tail_plain
    return RenderedAlert(text_html, text_plain, alert_buttons(story, topics, action, alert_id))


# --- the latest stories on a topic ---


def compose_latest(topic: Topic, stories: Sequence[AlertStory]) -> str:
    """A short HTML "Latest on <topic>" list of these stories (in the order given), for a new subscriber."""
    lines = [_("<b>Latest on {topic}</b>").format(topic=escape(topic.display()))]
    for story in stories:
        title = escape(headline(story))
        item = f'<a href="{escape_attr(story.url)}">{title}</a>' if story.url else title
        meta = source_line(story)
        lines.append(f"• {item}" + (f" — <i>{escape(meta)}</i>" if meta else ""))
    return "\n".join(lines)


# --- the Mute button ---


def undo_label(topic: Topic) -> str:
    return _("↩️ Undo: unmute {topic}").format(topic=shorten(topic.name, MAX_TOPIC_LABEL_CHARS))
