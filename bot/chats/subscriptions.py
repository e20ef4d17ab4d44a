"""Following topics: what /subscribe text means, following and unfollowing, /list, /why and /stop.

A topic is a country (ISO code), a union (directory id, or a discovered union's "found:..." id) or a keyword
query ("strike -football").
Functions return data or raise UsageError with a plain message; the handlers turn them into replies.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from bot.chats.discovered import discovered_by_number, followable_unions
from bot.chats.errors import UsageError
from bot.chats.settings import Chat, subscriber_for
from bot.delivery.followups import why_actions
from bot.delivery.stories import latest_on_topic
from bot.i18n import N_, _
from bot.matching import KeywordQuery, parse_keyword_query, resolve
from bot.matching.gazetteer import countries
from bot.matching.normalize import straight_quotes
from bot.matching.resolve import union_label
from bot.matching.topics import Topic
from bot.services import Services
from storage import subscribers as queries
from storage.discovered import MERGED
from storage.subscribers import FollowOutcome, SubscriberInfo, SubscriptionInfo, subscriber_info, subscription_info

__all__ = [
    "KEYWORD_USAGE", "KIND_WORDS", "MAX_NAMES", "MAX_QUERY_LENGTH", "NAME_SEPARATORS", "AlertReason", "Followed",
    "Lookup", "NameOutcome", "Request", "RequestKind", "SubscriberInfo", "SubscriptionInfo", "Topic",
    "find_subscription", "follow", "follow_many", "forget", "keyword_topic", "look_up", "parse_request",
    "parse_requests", "split_names", "subscriptions", "topic_for", "unfollow", "unfollow_all", "union_key",
    "unions_of_country", "why",
]

RequestKind = Literal["any", "country", "union", "keyword"]
KIND_WORDS: dict[str, RequestKind] = {
    "country": "country", "countries": "country", "union": "union", "unions": "union",
    "keyword": "keyword", "keywords": "keyword", "word": "keyword", "words": "keyword",
}
MAX_QUERY_LENGTH = 200
MAX_NAMES = 100  # names read from one /subscribe: the reply listing them all still fits one message
NAME_SEPARATORS = ",;\n"
_FLAG = re.compile("[\U0001F1E6-\U0001F1FF]{2}")  # two regional indicator letters: a country's flag
_EXCLUSION_START = re.compile(r'(?:^|\s)-(?=["\w])')
KEYWORD_USAGE = N_('Write the words to look for, like /subscribe keyword "Evolution Gaming" or /subscribe keyword strike -football.')


@dataclass(frozen=True)
class Request:
    """What /subscribe was asked for: a kind ("any" when not said) and the text to look up."""

    kind: RequestKind
    query: str
    exclude: tuple[str, ...] = ()  # folded words to leave out ("Turkey -football"); not for keywords
    typed: str = ""  # the whole text as typed, exclusions included (offered as a keyword when nothing matches)


@dataclass(frozen=True)
class Lookup:
    """The outcome of looking a request up: a topic, or suggestions (and a keyword to offer instead)."""

    topic: Topic | None
    suggestions: tuple[Topic, ...]
    keyword: Topic | None
    message: str
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class Followed:
    """A topic followed: "added", "already" followed, or "unmuted"; the subscriber's settings; and for a
    new topic, a short HTML list of the latest stories already stored about it (instead of a backlog)."""

    topic: Topic
    outcome: FollowOutcome
    subscriber: SubscriberInfo
    latest: str | None = None
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class NameOutcome:
    """What became of one name of a /subscribe with several: followed (or already, or over the limit),
    not resolved (the lookup's suggestions), or not understood (`problem`)."""

    typed: str
    followed: Followed | None = None
    lookup: Lookup | None = None
    problem: str | None = None


def parse_request(text: str) -> Request:
    """"union NTUF" -> (union, NTUF); "Belarus" -> (any, Belarus); quotes around names are dropped,
    and kept in keyword queries, where they mark a phrase. After a country or union name, -words are
    words to leave out ("Turkey -football", "Turkey -\"world cup\"")."""
    text = " ".join(straight_quotes(text).split())[:MAX_QUERY_LENGTH]
    typed = text
    first, _, rest = text.partition(" ")
    kind = KIND_WORDS.get(first.lower())
    if kind is not None and rest:
        text = rest
    else:
        kind = "any"
    exclude: tuple[str, ...] = ()
    start = _EXCLUSION_START.search(text)
    if kind != "keyword" and start is not None and start.start() > 0:
        words = parse_keyword_query(text[start.start():])
        exclude = tuple(dict.fromkeys((*words.exclude, *words.include)))
        text = text[:start.start()].strip()
    if kind != "keyword" and len(text) > 1 and text[0] == text[-1] == '"':
        text = text[1:-1].strip()
    return Request(kind, text, exclude, typed)


def split_names(text: str) -> list[str]:
    """The names in a /subscribe text: separated by commas, semicolons or new lines (not inside "quotes"),
    each flag emoji a country name of its own ("🇹🇷 -football" keeps its words to leave out)."""
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in straight_quotes(text):
        if char == '"':
            quoted = not quoted
        if char in NAME_SEPARATORS and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    names: list[str] = []
    for part in (" ".join(part.split()) for part in parts):
        flags = _FLAG.findall(part)
        rest = _FLAG.sub(" ", part).strip()
        if not flags:
            names += [part] if part else []
            continue
        leave_out = rest if rest.startswith("-") else ""
        names += [f"country {_flag_country(flag)} {leave_out}".strip() for flag in flags]
        names += [rest] if rest and not leave_out else []
    return names


def _flag_country(flag: str) -> str:
    """The country name a flag emoji stands for (the flag itself when it is no country, like 🇪🇺)."""
    code = "".join(chr(ord(letter) - 0x1F1E6 + ord("A")) for letter in flag)
    info = countries().get(code)
    return info.name if info else flag


def parse_requests(text: str) -> list[Request]:
    """Every name of a /subscribe text as a request; a kind word ("union NTUF, PFTU") holds for the names
    after it until another one."""
    requests: list[Request] = []
    kind: RequestKind = "any"
    for name in split_names(text):
        first = name.split(maxsplit=1)[0].lower()
        if first in KIND_WORDS:
            kind = KIND_WORDS[first]
        elif kind != "any":
            name = f"{kind} {name}"
        requests.append(parse_request(name))
    return requests


def keyword_topic(query: str) -> Topic:
    """A keyword query as a topic; UsageError when it has no word to look for."""
    text = " ".join(straight_quotes(query).split())[:MAX_QUERY_LENGTH]
    parsed = parse_keyword_query(text)
    if not parsed.include:
        raise UsageError(_("A keyword search needs at least one word to look for.") + " " + _(KEYWORD_USAGE))
    return Topic("keyword", _canonical_query(parsed), text)


def _canonical_query(parsed: KeywordQuery) -> str:
    """One spelling per query ("Strike  -Football" and "strike -football" are the same subscription)."""
    def term(text: str) -> str:
        return f'"{text}"' if " " in text else text

    return " ".join([*(term(text) for text in parsed.include), *(f"-{term(text)}" for text in parsed.exclude)])


def _keyword_or_none(query: str) -> Topic | None:
    try:
        return keyword_topic(query)
    except UsageError:
        return None


async def look_up(services: Services, request: Request) -> Lookup:
    """Resolve a request to a topic, or to suggestions with a keyword alternative."""
    if not request.query:
        raise UsageError(_("Tell me what to follow, like /subscribe Azerbaijan or /subscribe union NTUF.") + " "
                         + _(KEYWORD_USAGE))
    if request.kind == "keyword":
        return Lookup(keyword_topic(request.query), (), None, "")
    unions = await followable_unions(services)
    resolution = resolve(request.query, request.kind, unions.directory)
    if resolution.kind in ("country", "union") and resolution.value and resolution.label:
        topic = Topic(resolution.kind, resolution.value, resolution.label, discovered_number=unions.numbers.get(resolution.value))
        return Lookup(topic, (), None, resolution.message, request.exclude)
    suggestions = tuple(Topic(item.kind, item.value, item.label, discovered_number=unions.numbers.get(item.value))
                        for item in resolution.suggestions)
    return Lookup(None, suggestions, _keyword_or_none(request.typed or request.query), resolution.message,
                  request.exclude)


def union_key(union_id: str) -> str:
    """A short stable stand-in for a union id too long for a button's 64 bytes of data (kind "union key")."""
    return hashlib.sha256(union_id.encode()).hexdigest()[:16]


async def topic_for(services: Services, kind: str, value: str) -> Topic | None:
    """The country or union topic for a code, a union id, a union key (`union_key`) or a discovered union's
    number (kind "discovered"), from a button; None when it no longer exists (or, for a discovered union,
    was rejected)."""
    if kind == "country":
        info = countries().get(value)
        return Topic("country", info.code, info.name) if info else None
    if kind not in ("union", "union key", "discovered"):
        return None
    unions = await followable_unions(services)
    if kind == "union key":
        value = next((record.id for record in unions.directory if union_key(record.id) == value), "")
    elif kind == "discovered":
        found = await discovered_by_number(services, value)
        if found is None:
            return None
        value = found.merged_into if found.status == MERGED and found.merged_into else found.union_id
    record = unions.directory.get(value)
    return Topic("union", record.id, union_label(record), discovered_number=unions.numbers.get(record.id)) if record else None


async def unions_of_country(services: Services, country: str | None) -> list[Topic]:
    """The unions of one country (None: the international ones), discovered ones included (except those whose
    country is not known: they are not international), by name."""
    unions = await followable_unions(services)
    topics = [Topic("union", record.id, union_label(record), discovered_number=unions.numbers.get(record.id))
              for record in unions.directory
              if record.country == country and not (country is None and record.id in unions.numbers)]
    return sorted(topics, key=lambda topic: topic.label.casefold())


async def follow(services: Services, chat: Chat, topic: Topic, exclude: Sequence[str] = ()) -> Followed:
    """Follow a topic in the chat's forum topic, if any (its alerts go there), leaving out stories with any of
    the words in `exclude` (the chat becomes a subscriber
    with the default settings if new; a new topic past the chat's limit is not followed: outcome "limit").
    Stories stored before are not queued as alerts; a new topic comes with the latest few of them as a short list."""
    async with services.sessions.begin() as session:
        subscriber = await subscriber_for(session, services.config, chat)
        subscription, outcome = await queries.add_subscription(
            session, subscriber.id, topic.kind, topic.value, topic.label, exclude, services.config.subscriptions.max_per_chat,
            chat.thread,
        )
        latest = await latest_on_topic(session, topic.kind, topic.value, label=topic.label) if outcome == "added" else None
    return Followed(topic, outcome, subscriber, latest, tuple(subscription.exclude) if subscription else ())


async def follow_many(services: Services, chat: Chat, requests: Sequence[Request]) -> list[NameOutcome]:
    """/subscribe with several names: look each up and follow what is found, in one transaction; one outcome
    per name, in order (no latest-stories list: the reply lists the names)."""
    found: list[NameOutcome] = []
    for request in requests:
        try:
            found.append(NameOutcome(request.typed, lookup=await look_up(services, request)))
        except UsageError as problem:
            found.append(NameOutcome(request.typed, problem=str(problem)))
    limit = services.config.subscriptions.max_per_chat
    outcomes: list[NameOutcome] = []
    async with services.sessions.begin() as session:
        subscriber = await subscriber_for(session, services.config, chat)
        for item in found:
            topic = item.lookup.topic if item.lookup else None
            if topic is None or item.lookup is None:
                outcomes.append(item)
                continue
            subscription, outcome = await queries.add_subscription(
                session, subscriber.id, topic.kind, topic.value, topic.label, item.lookup.exclude, limit, chat.thread
            )
            followed = Followed(topic, outcome, subscriber, None, tuple(subscription.exclude) if subscription else ())
            outcomes.append(NameOutcome(item.typed, followed=followed))
    return outcomes


async def subscriptions(services: Services, chat: Chat) -> tuple[SubscriberInfo | None, list[SubscriptionInfo]]:
    """The chat's settings (None if it never used the bot) and what it follows."""
    async with services.sessions() as session:
        subscriber = await queries.subscriber_by_chat(session, chat.chat_id)
        if subscriber is None:
            return None, []
        followed = await queries.subscriptions_of(session, subscriber.id)
        return subscriber_info(subscriber), [subscription_info(row) for row in followed]


async def unfollow(services: Services, chat: Chat, subscription_id: int) -> SubscriptionInfo | None:
    """Stop following one subscription; None when it is already gone."""
    async with services.sessions.begin() as session:
        subscriber = await queries.subscriber_by_chat(session, chat.chat_id)
        if subscriber is None:
            return None
        removed = await queries.remove_subscription(session, subscriber.id, subscription_id)
        return subscription_info(removed) if removed is not None else None


async def unfollow_all(services: Services, chat: Chat) -> int:
    """Stop following everything (settings are kept); how many topics were dropped."""
    async with services.sessions.begin() as session:
        subscriber = await queries.subscriber_by_chat(session, chat.chat_id)
        return await queries.remove_all_subscriptions(session, subscriber.id) if subscriber else 0


async def find_subscription(services: Services, followed: Sequence[SubscriptionInfo], text: str) -> SubscriptionInfo | None:
    """The subscription that typed text names: by its label or value, else by what the text resolves to."""
    wanted = " ".join(straight_quotes(text).split()).strip('"')
    for subscription in followed:
        if wanted.casefold() in (subscription.value.casefold(), subscription.label.casefold()):
            return subscription
    lookup = await look_up(services, parse_request(wanted))
    topic = lookup.topic
    if topic is None:
        return None
    return next((item for item in followed if (item.kind, item.value) == (topic.kind, topic.value)), None)


async def forget(services: Services, chat: Chat) -> bool:
    """/stop: delete the chat's subscriber and everything about it; False when there was nothing."""
    async with services.sessions.begin() as session:
        return await queries.delete_subscriber(session, chat.chat_id)


@dataclass(frozen=True)
class AlertReason:
    """Why the chat got one alert: the topics it matched (as stored on the alert), the story's title and
    language, and what its action button was and why (None without a button)."""

    alert_id: int
    matched: list[dict[str, object]]
    title: str | None
    language: str | None
    button: str | None


async def why(services: Services, chat: Chat, message_id: int) -> list[AlertReason]:
    """Why the chat got each alert that its message `message_id` carried (empty: no such alert message)."""
    async with services.sessions() as session:
        found = await queries.alerts_for_message(session, chat.chat_id, message_id)
        sent = [(alert.id, list(alert.matched or []), story.title, story.language) for alert, story in found]
    buttons = await why_actions(services.sessions, [alert_id for alert_id, *_ in sent]) if sent else {}
    return [AlertReason(alert_id, matched, title, language, buttons.get(alert_id))
            for alert_id, matched, title, language in sent]
