"""Sources for everyone: what the bot reads (/sources), and feeds suggested by users (/suggest), trial-fetched,
then accepted (added like /addfeed) or declined by an admin.

Functions return data or raise UsageError with a plain message; the handlers turn them into replies.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.chats.admin import DEFAULT_FEED_INTERVAL, FeedAdded, NewFeed, add_feed, list_sources, trial_fetch, url_problem
from bot.chats.errors import UsageError
from bot.i18n import N_, _
from bot.services import Services
from storage import admin as feed_queries
from storage import suggestions as queries
from storage.models import utcnow
from storage.sources import REMOVED, SourceInfo
from storage.suggestions import ACCEPTED, DECLINED, PENDING, SuggestionInfo

SUGGEST_USAGE = N_("Send /suggest and the address of an RSS or Atom feed, like /suggest https://example.org/feed.xml.")

__all__ = [
    "ACCEPTED", "DECLINED", "PENDING", "SUGGEST_USAGE", "Decision", "SourceInfo", "SuggestionInfo", "decide", "read_sources",
    "suggest_feed",
]


@dataclass(frozen=True)
class Decision:
    """An admin's decision on a suggestion, with the feed stored when it was accepted."""

    suggestion: SuggestionInfo
    added: FeedAdded | None = None


async def read_sources(services: Services) -> list[SourceInfo]:
    """The sources the bot reads now (enabled feeds and corpus paths), by name."""
    sources = [source for source in await list_sources(services) if source.enabled and source.origin != REMOVED]
    return sorted(sources, key=lambda source: source.label.casefold())


async def suggest_feed(services: Services, url: str, chat_id: int, user_id: int | None) -> SuggestionInfo:
    """Trial-fetch a suggested feed and keep it for the admins; UsageError when it is not a usable feed,
    is read already or waits for the admins already."""
    url = url.strip("<>")
    problem = url_problem(url)
    if problem:
        raise UsageError(f"{problem}. {_(SUGGEST_USAGE)}")
    async with services.sessions() as session:
        existing = await feed_queries.feed_by_url(session, url)
        waiting = await queries.pending_for_url(session, url)
    if existing is not None and existing.origin != REMOVED:
        raise UsageError(_("I read that feed already (“{name}”). /sources lists everything I read.").format(
            name=existing.label))
    if waiting is not None:
        raise UsageError(_("That feed was suggested already and waits for the admins' decision."))
    result = await trial_fetch(services, url)
    if result.status != "ok":
        reason = result.error or _("the server answered “not modified” to a first request")
        raise UsageError(_("I could not read that feed, so it was not suggested: {reason}. Check the address (it must "
                           "be an RSS or Atom feed, not a web page) and try again.").format(reason=reason))
    async with services.sessions.begin() as session:
        return await queries.add_suggestion(session, url, result.feed_title, len(result.entries), chat_id, user_id)


async def decide(services: Services, suggestion_id: int, accept: bool, admin_id: int | None) -> Decision:
    """Accept (the feed is added as with /addfeed) or decline a pending suggestion; UsageError when it is
    unknown or was decided already."""
    async with services.sessions() as session:
        suggestion = await queries.suggestion(session, suggestion_id)
    if suggestion is None:
        raise UsageError(_("That suggestion is no longer stored."))
    if suggestion.status != PENDING:
        raise UsageError(_("That suggestion was accepted already.") if suggestion.status == ACCEPTED
                         else _("That suggestion was declined already."))
    added = await add_feed(services, NewFeed(suggestion.url, None, DEFAULT_FEED_INTERVAL), admin_id) if accept else None
    async with services.sessions.begin() as session:
        decided = await queries.decide(session, suggestion_id, ACCEPTED if accept else DECLINED, admin_id, utcnow())
    assert decided is not None, "a suggestion read a moment ago is still stored"
    return Decision(decided, added)
