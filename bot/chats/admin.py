"""What admins do from the chat: add (after a trial fetch), list, pause, resume and remove feeds; extend the
union directory; list, merge and reject discovered unions; see the numbers; import and export feeds as OPML.

Functions return data (or raise UsageError with a plain message); the handlers turn it into replies.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import shlex
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bot.chats.errors import UsageError
from bot.chats.numbers import parse_number
from bot.chats.opml import OpmlError, OpmlFeed, build_opml, parse_opml
from bot.compose.alert import RenderedAlert, escape
from bot.delivery.sender import SENT, Sender
from bot.i18n import N_, _, using_language
from bot.ingest.feeds import FetchResult, fetch_feed, make_client
from bot.matching import UnionRecord as DirectoryUnion
from bot.matching import resolve
from bot.matching.gazetteer import countries
from bot.matching.normalize import straight_quotes
from bot.matching.resolve import union_label
from bot.services import Services
from storage import admin as queries
from storage import discovered as discovered_queries
from storage import subscribers as subscriber_queries
from storage import unions as union_queries
from storage.db import Session
from storage.discovered import MERGED, NEW, REJECTED, DiscoveredInfo, DiscoveredListing, Follower
from storage.models import utcnow
from storage.sources import REMOVED, SourceInfo, all_sources
from storage.subscribers import SubscriberCounts, TopicCount
from storage.unions import UnionInfo

__all__ = [
    "ADDFEED_USAGE", "ADDUNION_USAGE", "DEFAULT_FEED_INTERVAL", "MAX_FEED_INTERVAL", "MERGEUNION_USAGE",
    "PAUSED_BY_ADMIN", "REJECTUNION_USAGE", "DiscoveredListing", "FeedAdded", "ImportReport", "NewFeed",
    "SourceInfo", "Stats", "UnionAdded", "UnionMerged", "UnionRejected", "add_feed", "add_union",
    "count_discovered", "export_opml", "feeds_for", "import_opml", "list_discovered", "list_sources",
    "merge_discovered", "parse_new_feed", "parse_new_union", "reject_discovered", "rejection_notice", "remove_feed",
    "set_feed_paused", "stats", "tell_followers_of_rejection", "trial_fetch", "url_problem", "utcnow",
]

logger = logging.getLogger(__name__)

DEFAULT_FEED_INTERVAL = 30
MAX_FEED_INTERVAL = 7 * 24 * 60
PAUSED_BY_ADMIN = "paused by an admin"
ADDFEED_USAGE = N_("Send /addfeed followed by the feed's address, then optionally a name and minutes between polls, "
                   "like: /addfeed https://example.org/feed.xml Labour News 60")
ADDUNION_USAGE = N_('Send /addunion "Full name" ACRONYM, then optionally other names and country=XX, like: '
                    '/addunion "Azerbaijan Trade Unions Confederation" AHIK "Labour Confederation" country=AZ')
MERGEUNION_USAGE = N_("Send /mergeunion with the discovered union's number (from /discovered) or its found id, then the "
                      "directory union's id, name or acronym, like: /mergeunion 3 ITUC")
REJECTUNION_USAGE = N_("Send /rejectunion with the discovered union's number (from /discovered) or its found id, "
                       "like: /rejectunion 3")
_ACRONYM = re.compile(r"^[^\W_][\w&.\-]{1,14}$")


@dataclass(frozen=True)
class NewFeed:
    """A feed an admin asked to add, parsed from /addfeed."""

    url: str
    name: str | None
    interval_minutes: int


@dataclass(frozen=True)
class FeedAdded:
    """A feed that passed its trial fetch and was stored."""

    source: SourceInfo
    item_count: int


@dataclass
class ImportReport:
    """What an OPML import did with each feed in the file."""

    added: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    invalid: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Stats:
    """The numbers /stats shows."""

    subscribers: SubscriberCounts
    subscriptions: int
    top_topics: list[TopicCount]
    stories_today: int
    alerts: dict[str, int]
    failing: list[SourceInfo]


@dataclass(frozen=True)
class UnionAdded:
    """A union stored from /addunion, and other unions already using its acronym."""

    record: UnionInfo
    shares_acronym_with: list[str]


# --- feeds ---


def parse_new_feed(args: Sequence[str]) -> NewFeed:
    """/addfeed <url> [name...] [interval minutes]."""
    if not args:
        raise UsageError(_(ADDFEED_USAGE))
    url = args[0].strip("<>")
    problem = url_problem(url)
    if problem:
        raise UsageError(f"{problem}. {_(ADDFEED_USAGE)}")
    words = list(args[1:])
    interval = DEFAULT_FEED_INTERVAL
    if words and words[-1].isascii() and words[-1].isdigit():
        interval = parse_number(words.pop(), MAX_FEED_INTERVAL) or 0
        if not 1 <= interval <= MAX_FEED_INTERVAL:
            raise UsageError(_("The interval is in minutes, from 1 to {most} (a week).").format(most=MAX_FEED_INTERVAL)
                             + " " + _(ADDFEED_USAGE))
    name = straight_quotes(" ".join(words), single=True).strip("\"' ") or None
    return NewFeed(url, name[:255] if name else None, interval)


def url_problem(url: str) -> str | None:
    """Why `url` cannot be a feed address (plain words), or None when it can."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return _("“{url}” is not a web address (it should start with https:// or http://)").format(url=url[:200])
    if len(url) > 2048:
        return _("That address is too long (more than 2048 characters)")
    return None


async def add_feed(services: Services, new_feed: NewFeed, added_by: int | None) -> FeedAdded:
    """Fetch the feed once and, when it works, store it (polled from then on); UsageError saying why not."""
    async with services.sessions() as session:
        existing = await queries.feed_by_url(session, new_feed.url)
    if existing is not None and existing.origin != REMOVED:
        raise UsageError(_("That feed is already there as number {number}, “{name}”. /feeds shows its health.").format(
            number=existing.id, name=existing.label))
    result = await trial_fetch(services, new_feed.url)
    if result.status != "ok":
        reason = result.error or _("the server answered “not modified” to a first request")
        raise UsageError(_("I could not use that feed, so nothing was added: {reason}. Check the address (it must be "
                           "an RSS or Atom feed, not a web page) and try again.").format(reason=reason))
    async with services.sessions.begin() as session:
        source = await queries.add_feed(
            session, new_feed.url, name=new_feed.name, title=result.feed_title,
            interval_minutes=new_feed.interval_minutes, item_count=len(result.entries), added_by=added_by,
        )
    return FeedAdded(source, len(result.entries))


async def trial_fetch(services: Services, url: str) -> FetchResult:
    """Fetch a feed once, with the configured limits and private-address protections, storing nothing."""
    settings = services.config.fetch
    async with make_client(settings) as client:
        return await fetch_feed(client, url, settings=settings)


async def list_sources(services: Services) -> list[SourceInfo]:
    """Every source (feeds and corpus paths), enabled or not."""
    async with services.sessions() as session:
        return await all_sources(session)


async def feeds_for(services: Services, action: str) -> list[SourceInfo]:
    """The feeds an action can apply to: ones added from the chat to remove (config feeds are removed in the
    config file), enabled ones to pause, paused ones to resume."""
    async with services.sessions() as session:
        feeds = await queries.feeds(session)
    if action == "pause":
        return [feed for feed in feeds if feed.enabled]
    if action == "resume":
        return [feed for feed in feeds if not feed.enabled]
    return [feed for feed in feeds if feed.origin != "config"]


async def remove_feed(services: Services, reference: str) -> SourceInfo:
    """Remove a feed added from the chat (its stories stay). Feeds from the config file are refused
    (they would come back at the next start): the message says to remove them there or pause them."""
    async with services.sessions.begin() as session:
        source = await _find_feed(session, reference)
        if source.origin == "config":
            raise UsageError(_("“{name}” comes from the config file, so it would come back at the next start. Remove it "
                               "from the config file, or stop polling it with /pausefeed {number}.").format(
                name=source.label, number=source.id))
        removed = await queries.remove_source(session, source.id)
    assert removed is not None, "a feed found in this transaction is still stored"
    return removed


async def set_feed_paused(services: Services, reference: str, paused: bool) -> tuple[SourceInfo, bool]:
    """Pause or resume a feed (a resumed one is polled at the next round); (the feed, whether anything changed)."""
    async with services.sessions.begin() as session:
        source = await _find_feed(session, reference)
        if source.enabled != paused:
            return source, False
        changed = await queries.set_enabled(session, source.id, not paused, PAUSED_BY_ADMIN if paused else None)
    assert changed is not None, "a feed found in this transaction is still stored"
    return changed, True


async def _find_feed(session: Session, reference: str) -> SourceInfo:
    """A feed by its number (as /feeds shows it) or its address."""
    reference = reference.strip()
    source = None
    number = parse_number(reference)
    if number is not None:
        source = await queries.feed_by_id(session, number)
    elif url_problem(reference) is None:
        source = await queries.feed_by_url(session, reference)
    if source is None or source.origin == REMOVED:
        raise UsageError(_("There is no feed “{reference}”. Send /feeds to see every feed with its number.").format(
            reference=reference[:100]))
    return source


# --- OPML ---


async def import_opml(services: Services, document: bytes, added_by: int | None) -> ImportReport:
    """Add every feed an OPML document lists, reporting each as added, skipped (already there) or invalid."""
    try:
        listed = parse_opml(document)
    except OpmlError as error:
        raise UsageError(_("I could not read that file as an OPML feed list: {error}.").format(error=error)) from None
    if not listed:
        raise UsageError(_("That OPML file lists no feeds (no outline has an xmlUrl attribute)."))
    report = ImportReport()
    async with services.sessions.begin() as session:
        known = {feed.location for feed in await queries.feeds(session)}
        for feed in listed:
            problem = url_problem(feed.url)
            if problem:
                report.invalid.append((feed.url, problem))
            elif feed.url in known:
                report.skipped.append((feed.url, _("already there")))
            else:
                await queries.add_feed(session, feed.url, name=feed.title, title=feed.title,
                                       interval_minutes=DEFAULT_FEED_INTERVAL, item_count=0, added_by=added_by)
                known.add(feed.url)
                report.added.append(feed.title or feed.url)
    return report


async def export_opml(services: Services) -> bytes:
    """Every feed, enabled or paused, as an OPML document."""
    async with services.sessions() as session:
        feeds = await queries.feeds(session)
    return build_opml([OpmlFeed(feed.location, feed.label) for feed in feeds], "Solidarity Alerts feeds")


# --- unions ---


def parse_new_union(text: str) -> tuple[str, str, list[str], str | None]:
    """/addunion "Name" ACRONYM alias... [country=XX] -> (name, acronym, aliases, country)."""
    try:
        words = shlex.split(straight_quotes(text, single=True))
    except ValueError:
        raise UsageError(_("A quote is not closed.") + " " + _(ADDUNION_USAGE)) from None
    country = None
    for word in list(words):
        if word.lower().startswith("country="):
            country = word.split("=", 1)[1].strip().upper()
            words.remove(word)
            if country not in countries():
                raise UsageError(_("“{code}” is not a two-letter country code (like AZ for Azerbaijan).").format(
                    code=country) + " " + _(ADDUNION_USAGE))
    if len(words) < 2:
        raise UsageError(_(ADDUNION_USAGE))
    name, acronym, aliases = " ".join(words[0].split()), words[1], [" ".join(alias.split()) for alias in words[2:]]
    if not 3 <= len(name) <= 200:
        raise UsageError(_("The name should be 3 to 200 characters long.") + " " + _(ADDUNION_USAGE))
    if not _ACRONYM.match(acronym) or acronym == acronym.lower():
        raise UsageError(_("“{acronym}” does not look like an acronym: use 2 to 15 letters or digits with at least one "
                           "capital, no spaces (put the full name in quotes first).").format(acronym=acronym[:50])
                         + " " + _(ADDUNION_USAGE))
    if any(not 2 <= len(alias) <= 200 for alias in aliases):
        raise UsageError(_("Each other name should be 2 to 200 characters long.") + " " + _(ADDUNION_USAGE))
    return name, acronym, aliases, country


async def add_union(services: Services, text: str, added_by: int | None) -> UnionAdded:
    """Store a union from /addunion and rebuild the matcher so new stories are tagged with it."""
    name, acronym, aliases, country = parse_new_union(text)
    directory = await services.union_directory()
    for record in directory:
        if record.name.casefold() == name.casefold() or (acronym in record.acronyms and record.country == country):
            raise UsageError(_("The directory already has {name} ({acronyms}), so nothing was added. Follow it with "
                               "/subscribe union {acronym}").format(
                name=record.name, acronyms=", ".join(record.acronyms) or record.id, acronym=record.acronym or record.name))
    shares = [record.name for record in directory if acronym in record.acronyms]
    async with services.sessions.begin() as session:
        taken = await union_queries.union_ids(session) | {record.id for record in directory}
        added = await union_queries.add_union(session, _union_id(acronym, name, country, taken), name, [acronym],
                                              aliases, country, added_by)
    services.unions_changed()
    return UnionAdded(added, shares)


def _union_id(acronym: str, name: str, country: str | None, taken: set[str]) -> str:
    """A new lower-case slug for the union ("ahik-az"), unique in the directory."""
    def slug(text: str) -> str:
        ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")

    base = slug(acronym) or slug(name)[:30] or "union"
    if country:
        base = f"{base}-{country.lower()}"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


# --- discovered unions ---


@dataclass(frozen=True)
class UnionMerged:
    """A discovered union merged into a directory entry, and how many followers moved there."""

    discovered: DiscoveredInfo
    target: DirectoryUnion
    followers_moved: int


@dataclass(frozen=True)
class UnionRejected:
    """A discovered union rejected, and the chats that followed it (they follow it no more)."""

    discovered: DiscoveredInfo
    followers: list[Follower]


async def count_discovered(services: Services) -> int:
    """How many discovered unions wait for a decision."""
    async with services.sessions() as session:
        return await discovered_queries.count_new(session)


async def list_discovered(services: Services, offset: int, limit: int) -> list[DiscoveredListing]:
    """One page of the discovered unions waiting for a decision, most stories first."""
    async with services.sessions() as session:
        return await discovered_queries.new_page(session, offset, limit)


async def merge_discovered(services: Services, args: Sequence[str], decided_by: int | None) -> UnionMerged:
    """/mergeunion <number or found id> <directory union>: later tags of the discovered union carry the
    directory union's id, and its stored tags and followers move there. A rejected union can still be merged
    (an admin correcting a rejection); a merged one cannot be merged again."""
    if len(args) < 2:
        raise UsageError(_(MERGEUNION_USAGE))
    wanted = " ".join(args[1:])
    directory = await services.union_directory()
    target = directory.get(wanted.strip().lower())
    if target is None:
        resolution = resolve(wanted, "union", directory)
        if resolution.value is None:
            raise UsageError(f"{resolution.message} {_(MERGEUNION_USAGE)}")
        target = directory.get(resolution.value)
    assert target is not None, "resolve only answers with ids from the directory it was given"
    async with services.sessions.begin() as session:
        union = await _find_discovered(session, args[0])
        if union.status == MERGED:
            raise UsageError(_("“{name}” is already merged into {union}, so nothing was changed.").format(
                name=union.name, union=union.merged_name or union.merged_into))
        moved = await discovered_queries.merge(session, union, target.id, target.name, union_label(target), decided_by)
    return UnionMerged(union, target, moved)


async def reject_discovered(services: Services, args: Sequence[str], decided_by: int | None) -> UnionRejected:
    """/rejectunion <number or found id>: never tagged again, its stored tags dropped, its followers unfollowed
    (the caller tells them, see `tell_followers_of_rejection`)."""
    if len(args) != 1:
        raise UsageError(_(REJECTUNION_USAGE))
    async with services.sessions.begin() as session:
        union = await _find_discovered(session, args[0])
        if union.status != NEW:
            raise UsageError((_("“{name}” is already rejected, so nothing was changed.") if union.status == REJECTED
                              else _("“{name}” is already merged into {union}, so nothing was changed.")).format(
                name=union.name, union=union.merged_name or union.merged_into))
        followers = await discovered_queries.reject(session, union, decided_by)
    return UnionRejected(union, followers)


async def _find_discovered(session: Session, reference: str) -> DiscoveredInfo:
    union = await discovered_queries.find(session, reference)
    if union is None:
        raise UsageError(_("There is no discovered union “{reference}”. Send /discovered to see them with their "
                           "numbers.").format(reference=reference[:100]))
    return union


def rejection_notice(union: DiscoveredInfo) -> RenderedAlert:
    """The message a chat that followed a rejected discovered union gets, once."""
    first = _("An admin of this bot checked “{name}”, a name found in the news that you followed as a union, and "
              "found it is not a union the bot can follow. This chat no longer follows it, so nothing more comes "
              "about it.")
    last = _("/list shows what this chat follows; /subscribe follows something else.")
    return RenderedAlert(f"{first.format(name=f'<b>{escape(union.name)}</b>')}\n{last}",
                         f"{first.format(name=union.name)}\n{last}")


async def tell_followers_of_rejection(sender: Sender, rejected: UnionRejected) -> int:
    """Tell each chat that followed a rejected union, once; returns how many were reached."""
    told = 0
    for follower in rejected.followers:
        with using_language(follower.language):
            notice = rejection_notice(rejected.discovered)
        outcome = await sender.send(follower.chat_id, follower.chat_type, notice)
        if outcome.status == SENT:
            told += 1
        else:
            logger.warning("could not tell chat %s that %s was rejected: %s", follower.chat_id,
                           rejected.discovered.union_id, outcome.error)
    return told


# --- stats ---


async def stats(services: Services, top: int = 10, now: dt.datetime | None = None) -> Stats:
    """Subscribers, subscriptions by topic (top N), stories today (UTC), alerts by status, failing feeds."""
    now = now or utcnow()
    midnight = dt.datetime.combine(now.date(), dt.time(), dt.UTC)
    async with services.sessions() as session:
        return Stats(
            subscribers=await subscriber_queries.subscriber_counts(session),
            subscriptions=await subscriber_queries.subscription_count(session),
            top_topics=await subscriber_queries.top_topics(session, top),
            stories_today=await queries.stories_since(session, midnight),
            alerts=await queries.alert_counts(session),
            failing=await queries.failing_sources(session),
        )
