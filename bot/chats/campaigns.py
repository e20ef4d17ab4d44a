"""Campaign actions: which one-tap action (petition, donation, message, event, other) a story carries, and why.

A story's action comes from, in order:
1. **the story itself**: an action link among its HTML links, the bare URLs in its plain text ("Sign the
   petition: https://...") and its own URL. A link is an action when it goes to a known campaign platform
   (bot/data/campaign_platforms.toml: LabourStart campaign pages, ActionNetwork, Change.org, donation
   pages...) or when its anchor text or URL says petition, sign, donate, take action and the like. A link
   to a configured campaign's own page is that campaign (so it is counted and followed up). A story with
   more than `MAX_DISTINCT_ACTION_LINKS` different action links is a round-up: none of them is *its*
   action.
2. **a campaign about the same cause**: a campaign names its cause — its union(s) and the names and
   keywords of the people, organisation or employer it is about. It fits a story that is about one of
   its unions (a primary union tag), that names two of its keywords, or that names one keyword and asks
   for the campaign's kind of action in its own words. A country is never enough: a campaign's countries
   only narrow it (the story must be tagged with one of them). Only open (or updated) campaigns that
   have not ended are attached.
3. **the story's own words** ("sign the petition", "if you can donate") with no link and no fitting
   campaign: the kind is known (preview and /why say so) but there is no button.
No fitting action: no action button (Read and Mute stay).

The functions here are pure except the async ones (the campaign registry for the admins' commands, the
config sync, a subscriber's view of an action), which call storage/campaigns.py. Follow-ups after a
campaign is won, closed or updated are in bot/delivery/followups.py; the tap counter is bot/service/web.py.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import shlex
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Protocol
from urllib.parse import urlparse

from bot.config import CAMPAIGN_KINDS, MAX_CAMPAIGN_TITLE, SAMPLE_CORPUS, CampaignConfig, Config, language_code
from bot.i18n import N_, _
from bot.matching.normalize import fold, straight_quotes
from bot.services import Services
from storage import campaigns as campaign_queries
from storage.campaigns import CampaignCounts, CampaignValues, CarriedAction
from storage.db import Sessions

__all__ = [
    "ACTION_EMOJI", "ACTION_LABELS", "ADDCAMPAIGN_USAGE", "ASKS_FOR", "ATTACHABLE_STATUSES", "ENDING_KEY",
    "FOLLOW_UP_STATUSES", "KIND_NAMES", "LABOR_DESK_NAMES", "MAX_DISTINCT_ACTION_LINKS", "MAX_LINKS_SCANNED",
    "MAX_TEXT_SCANNED", "MAX_URL_CHARS", "SAMPLE_CAMPAIGNS", "Action", "CampaignArgs", "CampaignCounts",
    "CampaignInfo", "CampaignValues", "CauseMatch", "Platform", "StoryLike", "StoryLinks", "TagLike", "Translation",
    "action_for_subscriber", "action_from_links", "attachable_campaigns", "bare_links", "campaign_info",
    "campaign_platforms", "campaign_problem", "campaigns_with_reach", "carried", "cause_match", "choose_action",
    "configured_campaigns", "infer_kind", "link_action_kind", "mark_urgent", "parse_campaign_args", "platform_of", "read_links",
    "register_campaign", "resolve_union_names", "sync_config_campaigns", "take_off_list",
    "tap_url", "text_action_kind", "url_key",
]

logger = logging.getLogger(__name__)

PETITION, DONATION, MESSAGE, EVENT, OTHER = "petition", "donation", "message", "event", "other"
OPEN, UPDATED, WON, CLOSED = "open", "updated", "won", "closed"
ATTACHABLE_STATUSES = (OPEN, UPDATED)
FOLLOW_UP_STATUSES = (WON, CLOSED, UPDATED)
ENDING_KEY = "end"  # a won or a closed follow-up: each chat gets at most one of them per campaign

ACTION_LABELS = {
    PETITION: N_("✍️ Sign the petition"),
    DONATION: N_("💶 Donate"),
    MESSAGE: N_("✉️ Send a message"),
    EVENT: N_("📅 Join the action"),
    OTHER: N_("📣 Take action"),
}
ACTION_EMOJI = {PETITION: "✍️", DONATION: "💶", MESSAGE: "✉️", EVENT: "📅", OTHER: "📣"}
KIND_NAMES = {
    PETITION: N_("petition"), DONATION: N_("donation appeal"), MESSAGE: N_("message campaign"),
    EVENT: N_("event or strike support"), OTHER: N_("call to action"),
}
ASKS_FOR = {PETITION: "signatures", DONATION: "donations", MESSAGE: "messages", EVENT: "people to join", OTHER: "action"}

MAX_LINKS_SCANNED = 200  # links looked at per story (an entry can hold thousands)
MAX_TEXT_SCANNED = 200_000  # characters of a story's text searched for bare URLs and cue words
MAX_DISTINCT_ACTION_LINKS = 3  # more: a round-up of other people's campaigns, not this story's action
MAX_URL_CHARS = 2048

# The campaigns that come with the bundled sample corpus, added whenever `corpus.paths` holds @sample:
# LabourStart's petition for the jailed Labor Desk activists (seed 002 is the story about it; the names
# in the spellings the seed stories use), and LabourStart's standing donation appeal (seed 000#1 asks
# readers to donate but lost its link).
LABOR_DESK_NAMES = (
    "Labor Desk", "Labour Desk",
    "Afiaddin Mammadov", "Afiyyaddin Mammadov", "Afiaddin Mamedov",
    "Mohyaddin Orujov", "Mohiaddin Orujov", "Mukhayaddin Orudzhev", "Muhyaddin Orujov",
    "Aykhan Israfilov", "Aykhan Israfillov",
    "Elvin Mustafayev", "Elvin Mustafaev",
)
SAMPLE_CAMPAIGNS = (
    CampaignConfig(
        title="Free the Labor Desk activists",
        url="https://www.labourstart.org/campaigns/",
        kind=PETITION,
        countries=("AZ",),
        unions=("Labor Desk",),
        keywords=LABOR_DESK_NAMES,
    ),
    CampaignConfig(title="Support LabourStart", url="https://www.labourstart.org/", kind=DONATION, keywords=("LabourStart",)),
)

# --- what a link says ---

# Each kind's words in anchor texts and URLs (checked in this order: the first kind found wins).
_LINK_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (DONATION, re.compile(r"donat|\bgive\b|chip[ -]?in|crowdfund|fundrais|solidarity[ -]?fund|strike[ -]?fund", re.I)),
    (PETITION, re.compile(r"petition|\bsign(?:\b|[-_ ]?(?:now|here|up|the|our))|signatur", re.I)),
    (MESSAGE, re.compile(r"send (?:a |an |your )?(?:message|e-?mail|letter)|write to|e-?mail (?:the|your)|"
                         r"/message|messages?[-_]", re.I)),
    (EVENT, re.compile(r"picket|rally|join the (?:strike|protest|march|demo)|support the strike|\bevents?/", re.I)),
    (OTHER, re.compile(r"act[ -_]?now|take[ -_]?action|\baction\b|\bappeal\b|campaign", re.I)),
)
# Words that make a link an action at all (anchor text or URL path); a bare "campaign" in a URL is not
# enough unless the anchor text also calls to act.
_LINK_IS_ACTION = re.compile(
    r"petition|\bsign\b|sign[-_ ]?(?:now|here|the|our)|signatur|act[ -_]?now|take[ -_]?action|donat|\bappeal\b|"
    r"chip[ -]?in|crowdfund|fundrais|send (?:a |an )?(?:message|e-?mail|letter)|join the (?:picket|strike|protest|rally)",
    re.I,
)

# Plain-text cues in a story's text, each with a weight: calls to act weigh more than mentions.
_TEXT_CUES: tuple[tuple[str, re.Pattern[str], int], ...] = (
    (PETITION, re.compile(r"\bsign (?:the|our|this) petition|\bsign (?:it|now|here)\b|add your (?:name|signature)", re.I), 5),
    (PETITION, re.compile(r"\bpetition", re.I), 2),
    (PETITION, re.compile(r"\bsignator(?:y|ies)\b", re.I), 1),
    (DONATION, re.compile(r"\b(?:if you can |please )?donate\b|\bmake a donation|\bchip in\b|\bgive (?:now|today|generously)", re.I), 5),
    (DONATION, re.compile(r"\bdonations?\b|\bfundrais|\bcrowdfund|\bstrike fund|\bsolidarity fund", re.I), 2),
    (MESSAGE, re.compile(r"\bsend (?:a|an|your) (?:message|e-?mail|letter)\b|\bwrite to (?:the|president|minister|your)", re.I), 5),
    (MESSAGE, re.compile(r"\bmessages? of (?:support|solidarity)\b", re.I), 1),
    (EVENT, re.compile(r"\bjoin (?:the|our|us on the) (?:picket|rally|march|strike|demonstration)\b", re.I), 4),
    (OTHER, re.compile(r"\btake action\b|\bact now\b|\bjoin the (?:campaign|protest|action)\b", re.I), 4),
)
_TEXT_CUE_THRESHOLD = 2
_KIND_PRIORITY = {PETITION: 0, MESSAGE: 1, DONATION: 2, EVENT: 3, OTHER: 4}
_BARE_URL = re.compile(r"https?://[^\s<>\"'`\[\]{}|\\^]+", re.I)
_URL_TAIL = ".,;:!?)»”’'\""
_SENTENCE_BREAK = re.compile(r"[.!?\n]\s")


@dataclass(frozen=True)
class Platform:
    """A campaign platform's URL shape (one entry of bot/data/campaign_platforms.toml)."""

    name: str
    host: str
    path: str
    kind: str

    def matches(self, host: str, path: str) -> bool:
        return (host == self.host or host.endswith("." + self.host)) and path.lower().startswith(self.path.lower())


@lru_cache(maxsize=1)
def campaign_platforms() -> tuple[Platform, ...]:
    """The known campaign platforms, in file order."""
    data = tomllib.loads(resources.files("bot").joinpath("data", "campaign_platforms.toml").read_text("utf-8"))
    return tuple(Platform(entry["name"], entry["host"].lower(), entry.get("path", ""), entry["kind"]) for entry in data["platform"])


def _host_and_path(url: str) -> tuple[str, str]:
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower()
    return host.removeprefix("www."), parsed.path or "/"


def platform_of(url: str) -> Platform | None:
    """The campaign platform a URL belongs to, or None."""
    host, path = _host_and_path(url)
    return next((platform for platform in campaign_platforms() if platform.matches(host, path)), None)


def url_key(url: str) -> str:
    """A URL as compared with campaign links: host without www., path without its trailing slash."""
    host, path = _host_and_path(url)
    return f"{host}{path.rstrip('/')}"


def _url_words(url: str | None) -> str:
    """A URL's host and path, with separators spaced out so word patterns see its words."""
    if not url:
        return ""
    parsed = urlparse(url)
    path = re.sub(r"[/_\-.?=&+]+", " ", f"{parsed.path} {parsed.query}")
    return f"{parsed.netloc}{parsed.path} {path}"


def link_action_kind(text: str | None, url: str | None) -> str | None:
    """The action kind a link announces (its platform, else its anchor text or URL), or None."""
    if url and (platform := platform_of(url)) is not None:
        return platform.kind
    haystack = f"{text or ''} {_url_words(url)}"
    if not _LINK_IS_ACTION.search(haystack):
        return None
    for kind, pattern in _LINK_CUES:
        if pattern.search(haystack):
            return kind
    return OTHER


def text_action_kind(title: str | None, text: str) -> str | None:
    """The action kind a story's own words call for ("sign the petition", "please donate"), or None."""
    scores: dict[str, int] = {}
    haystack = f"{title or ''}\n{text[:MAX_TEXT_SCANNED]}"
    for kind, pattern, weight in _TEXT_CUES:
        hits = len(pattern.findall(haystack))
        if hits:
            scores[kind] = scores.get(kind, 0) + weight * min(hits, 3)
    if not scores:
        return None
    kind, score = min(scores.items(), key=lambda item: (-item[1], _KIND_PRIORITY[item[0]]))
    return kind if score >= _TEXT_CUE_THRESHOLD else None


def infer_kind(url: str, title: str) -> str:
    """A campaign's kind from its URL and title (for /addcampaign without kind=)."""
    return link_action_kind(title, url) or text_action_kind(title, "") or OTHER


def bare_links(text: str) -> list[tuple[str, str]]:
    """(words before it, URL) for each http(s) URL written out in plain text, in order. The words are
    those of the same sentence before the URL ("Sign the petition:"), which say what the link is for."""
    found = []
    text = text[:MAX_TEXT_SCANNED]
    for match in _BARE_URL.finditer(text):
        url = match.group(0).rstrip(_URL_TAIL)
        if len(url) > MAX_URL_CHARS or not urlparse(url).hostname:
            continue
        before = text[max(0, match.start() - 120):match.start()]
        breaks = list(_SENTENCE_BREAK.finditer(before))
        found.append((" ".join(before[breaks[-1].end():].split()) if breaks else " ".join(before.split()), url))
        if len(found) >= MAX_LINKS_SCANNED:
            break
    return found


# --- campaigns and the choice ---


@dataclass(frozen=True)
class Translation:
    """A campaign's title and link in one language."""

    language: str
    title: str
    url: str


@dataclass(frozen=True)
class CampaignInfo:
    """A campaign as the action chooser needs it (unions are directory ids or names)."""

    id: int | None
    title: str
    url: str
    kind: str
    countries: tuple[str, ...] = ()
    unions: tuple[str, ...] = ()
    ends_on: dt.date | None = None
    keywords: tuple[str, ...] = ()
    status: str = OPEN
    translations: tuple[Translation, ...] = ()
    urgent: bool = False  # its alerts take the paid-broadcast lane (bot/delivery/paid.py)

    def is_active(self, today: dt.date) -> bool:
        """Open (or updated) and not past its end date."""
        return self.status in ATTACHABLE_STATUSES and (self.ends_on is None or self.ends_on >= today)


@dataclass(frozen=True)
class Action:
    """The action a story carries. `url` None: the kind is known but there is nowhere to send people.
    `reason` says why it is on the alert (preview and /why)."""

    kind: str
    url: str | None
    title: str | None = None
    origin: str = "campaign"  # "link" (in the story) | "campaign" (fits its cause) | "text" (cue words only)
    campaign_id: int | None = None
    reason: str = ""
    translations: tuple[Translation, ...] = ()

    @property
    def label(self) -> str:
        return _(ACTION_LABELS.get(self.kind, ACTION_LABELS[OTHER]))

    @property
    def emoji(self) -> str:
        return ACTION_EMOJI.get(self.kind, ACTION_EMOJI[OTHER])

    def localized(self, language: str | None) -> Action:
        """The action with the title and link of the subscriber's language (English, the default, else)."""
        wanted = language_code(language)
        for translation in self.translations:
            if translation.language == wanted:
                return replace(self, title=translation.title, url=translation.url)
        return self

    def describe(self) -> str:
        """A plain sentence on what the action is and why it is on the alert (for preview and /why)."""
        name = KIND_NAMES.get(self.kind, self.kind)
        if self.url is None:
            return f"{name} (named in the text; no link in it and no campaign of its cause, so no button)"
        what = f"“{self.title}”" if self.title else self.url
        return f"{name} {what}: {self.reason}" if self.reason else f"{name} {what}"


class TagLike(Protocol):
    kind: str
    value: str
    salience: str


class StoryLike(Protocol):
    title: str | None
    text: str
    url: str | None
    links: Any


@dataclass(frozen=True)
class StoryLinks:
    """What the links of a story say: its action links (kind, URL, anchor text, platform) in order,
    every link's comparison key, and whether it is a round-up of many actions."""

    actions: tuple[tuple[str, str, str, str | None], ...]
    keys: frozenset[str]
    roundup: bool


def read_links(story: StoryLike) -> StoryLinks:
    """The story's HTML links, the bare URLs in its text and its own URL, read for actions."""
    candidates: list[tuple[str, str]] = []
    for link in list(story.links or ())[:MAX_LINKS_SCANNED]:
        if isinstance(link, Mapping):
            candidates.append((str(link.get("text") or ""), str(link.get("url") or "")))
    candidates += bare_links(story.text or "")
    if story.url:
        candidates.append(("", story.url))
    actions: dict[str, tuple[str, str, str, str | None]] = {}
    keys: set[str] = set()
    for text, url in candidates:
        if not url.lower().startswith(("http://", "https://")) or len(url) > MAX_URL_CHARS:
            continue
        key = url_key(url)
        keys.add(key)
        kind = link_action_kind(text, url)
        if kind is not None and key not in actions:
            platform = platform_of(url)
            actions[key] = (kind, url, " ".join(text.split()), platform.name if platform else None)
    return StoryLinks(tuple(actions.values()), frozenset(keys), len(actions) > MAX_DISTINCT_ACTION_LINKS)


def action_from_links(story: StoryLike, cue: str | None = None, found: StoryLinks | None = None) -> Action | None:
    """The story's own action link: the one of the kind its words ask for, else the first; none in a
    round-up (more than MAX_DISTINCT_ACTION_LINKS different action links). `found`: its links, if read."""
    found = found or read_links(story)
    if not found.actions or found.roundup:
        return None
    kind, url, text, platform = next((item for item in found.actions if item[0] == cue), found.actions[0])
    where = f"a {platform} link in the story" if platform else "a link in the story"
    return Action(kind, url, title=text or None, origin="link", reason=where + (f" (“{text}”)" if text else ""))


@dataclass(frozen=True)
class CauseMatch:
    """How a campaign fits a story: `strong` (its link, its union, or two of its names) or not (one name)."""

    strong: bool
    reason: str


def _folded(text: str) -> str:
    return f" {fold(text)} "


def cause_match(
    campaign: CampaignInfo,
    *,
    link_keys: frozenset[str],
    union_names: Mapping[str, str],
    countries: set[str],
    folded_text: str,
) -> CauseMatch | None:
    """Whether a story is about a campaign's cause (see the module docstring), with the reason."""
    if campaign.countries and not {code.upper() for code in campaign.countries} & countries:
        return None
    if url_key(campaign.url) in link_keys:
        return CauseMatch(True, "the story links to this campaign")
    for union in campaign.unions:
        label = union_names.get(union) or union_names.get(_folded(union).strip())
        if label:
            return CauseMatch(True, f"the story is about {label}")
    named = [keyword for keyword in campaign.keywords if keyword.strip() and _folded(keyword) in folded_text]
    distinct = list(dict.fromkeys(fold(keyword) for keyword in named))
    if not distinct:
        return None
    shown = ", ".join(dict.fromkeys(named[:3]))
    return CauseMatch(len(distinct) >= 2, f"the story names {shown}")


def choose_action(
    story: StoryLike,
    tags: Iterable[TagLike],
    campaigns: Sequence[CampaignInfo],
    today: dt.date | None = None,
) -> Action | None:
    """The action a story carries (see the module docstring for the order), or None."""
    today = today or dt.datetime.now(dt.UTC).date()
    cue = text_action_kind(story.title, story.text or "")
    active = [campaign for campaign in campaigns if campaign.is_active(today)]
    links = read_links(story)
    linked = action_from_links(story, cue, links)
    if linked is not None:
        same = next((campaign for campaign in active if url_key(campaign.url) == url_key(linked.url or "")), None)
        if same is None:
            return linked
        return _campaign_action(same, f"the story links to this campaign ({linked.reason})", origin="link")
    tags = list(tags)
    union_names: dict[str, str] = {}
    for tag in tags:
        if tag.kind == "union" and tag.salience == "primary":
            label = getattr(tag, "label", "") or tag.value
            union_names[tag.value] = label
            union_names[fold(label)] = label
    countries = {tag.value.upper() for tag in tags if tag.kind == "country"}
    folded_text = _folded(f"{story.title or ''}\n{(story.text or '')[:MAX_TEXT_SCANNED]}")
    best: tuple[bool, bool, int] | None = None
    chosen: tuple[CampaignInfo, CauseMatch] | None = None
    for campaign in active:
        match = cause_match(campaign, link_keys=links.keys, union_names=union_names, countries=countries, folded_text=folded_text)
        if match is None or (not match.strong and campaign.kind != cue):
            continue
        rank = (match.strong, campaign.kind == cue, campaign.id or 0)
        if best is None or rank > best:
            best, chosen = rank, (campaign, match)
    if chosen is not None:
        campaign, match = chosen
        reason = match.reason if match.strong else f"{match.reason} and asks for {ASKS_FOR.get(campaign.kind, 'action')}"
        return _campaign_action(campaign, reason)
    if cue is not None:
        return Action(cue, None, origin="text", reason="the story's own words call for it")
    return None


def _campaign_action(campaign: CampaignInfo, reason: str, origin: str = "campaign") -> Action:
    return Action(campaign.kind, campaign.url, title=campaign.title, origin=origin, campaign_id=campaign.id,
                  reason=reason, translations=campaign.translations)


def campaign_info(row: Any) -> CampaignInfo:
    """A stored Campaign row as the chooser's CampaignInfo."""
    translations = tuple(
        Translation(language, str(value.get("title") or row.title), str(value.get("url") or row.url))
        for language, value in sorted((row.translations or {}).items()) if isinstance(value, Mapping)
    )
    return CampaignInfo(row.id, row.title, row.url, row.kind, tuple(row.countries or ()), tuple(row.unions or ()), row.ends_on,
                        tuple(row.keywords or ()), row.status or OPEN, translations, bool(row.urgent))


# --- the tap counter: links through the bot's own redirect endpoint ---


def tap_url(public_url: str, campaign_id: int, language: str | None = None) -> str:
    """The bot's redirect link for a campaign (in a language): it names the campaign, never the subscriber."""
    base = f"{public_url.rstrip('/')}/c/{campaign_id}"
    code = language_code(language)
    return f"{base}/{code}" if code and code != "en" else base


def action_for_subscriber(action: Action | None, language: str | None, public_url: str | None) -> Action | None:
    """The action as one subscriber sees it: in their language, and, for a campaign when the redirect
    endpoint is configured, through it so that taps are counted."""
    if action is None or action.url is None:
        return action
    shown = action.localized(language)
    if public_url and shown.campaign_id is not None:
        shown = replace(shown, url=tap_url(public_url, shown.campaign_id, language if shown is not action else None))
    return shown


def carried(alert_id: int, subscriber_id: int, action: Action | None) -> list[CarriedAction]:
    """The record of the action a sent alert carried (empty when it had no button)."""
    if action is None or action.url is None:
        return []
    return [CarriedAction(alert_id, subscriber_id, action.campaign_id, action.kind, action.url, action.reason)]


# --- campaigns from the config and from /addcampaign ---


def configured_campaigns(config: Config) -> tuple[CampaignConfig, ...]:
    """The config's campaigns, plus the sample corpus's own campaigns when the sample corpus is read."""
    campaigns = list(config.campaigns)
    if SAMPLE_CORPUS in config.corpus.paths:
        urls = {campaign.url for campaign in campaigns}
        campaigns += [campaign for campaign in SAMPLE_CAMPAIGNS if campaign.url not in urls]
    return tuple(campaigns)


def resolve_union_names(names: Iterable[str]) -> tuple[list[str], list[str]]:
    """Union names, acronyms or ids as directory ids; returns (ids, names that matched nothing)."""
    from bot.matching import resolve

    ids: list[str] = []
    unknown: list[str] = []
    for name in names:
        resolution = resolve(name, "union")
        value = getattr(resolution, "value", None) if resolution is not None else None
        if value and getattr(resolution, "kind", "union") == "union":
            ids.append(str(value))
        else:
            unknown.append(name)
    return ids, unknown


async def sync_config_campaigns(sessions: Sessions, config: Config) -> int:
    """Bring the campaigns table in line with the config (and the sample corpus); returns how many."""
    items = []
    for campaign in configured_campaigns(config):
        ids, unknown = resolve_union_names(campaign.unions)
        if unknown:
            logger.warning("campaign %r: unions not in the directory, kept as names: %s", campaign.title, ", ".join(unknown))
        items.append(CampaignValues(
            title=campaign.title, url=campaign.url, kind=campaign.kind, countries=list(campaign.countries),
            unions=ids + unknown, ends_on=campaign.ends, keywords=list(campaign.keywords),
            translations={language: {"title": title, "url": url} for language, title, url in campaign.translations},
        ))
    async with sessions.begin() as session:
        await campaign_queries.sync_config_campaigns(session, items)
    return len(items)


@dataclass
class CampaignArgs:
    """What /addcampaign was given, or the problem with it (`error`, a plain sentence)."""

    url: str = ""
    title: str = ""
    kind: str | None = None
    countries: list[str] = field(default_factory=list)
    unions: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    translations: dict[str, dict[str, str]] = field(default_factory=dict)
    ends_on: dt.date | None = None
    error: str | None = None


ADDCAMPAIGN_USAGE = N_(
    'Usage: /addcampaign URL "Title" [country codes] ["union names"] names="person, organisation, employer" '
    "[kind=petition|donation|message|event|other] [ends=YYYY-MM-DD] [title_de=\"…\" url_de=…]\n"
    'Example: /addcampaign https://www.labourstart.org/campaigns/ "Free the Labor Desk 4" AZ "Labor Desk" '
    'names="Afiaddin Mammadov, Elvin Mustafayev" ends=2026-12-31\n'
    "A campaign needs a cause — a union or the names it is about: a country alone is never enough."
)
_CODE = re.compile(r"^[A-Za-z]{2}$")
_LANGUAGE_OPTION = re.compile(r"^(title|url)[_.]([a-z]{2,3})$")


def _http_url_problem(url: str) -> str | None:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        return _("{url} is not an http(s) link").format(url=repr(url))
    if len(url) > MAX_URL_CHARS:
        return _("the link is {length} characters long ({most} at most)").format(length=len(url), most=MAX_URL_CHARS)
    return None


def parse_campaign_args(text: str) -> CampaignArgs:
    """Parse the arguments of /addcampaign (everything after the command).

    URL first, then the title (quoted when it has spaces; unquoted, the title runs up to the first
    country code or option), then two-letter country codes, union names (quoted when they have
    spaces) and the options names= (or keywords=), kind=, ends=, title_<lang>= and url_<lang>= in any
    order. countries= and unions= (comma-separated) are accepted too.
    """
    text = straight_quotes(text)
    try:
        tokens = shlex.split(text)
    except ValueError:
        return CampaignArgs(error=_("a quote is not closed.") + " " + _(ADDCAMPAIGN_USAGE))
    if not tokens:
        return CampaignArgs(error=_(ADDCAMPAIGN_USAGE))
    args = CampaignArgs(url=tokens[0])
    if (problem := _http_url_problem(args.url)) is not None:
        return CampaignArgs(error=_("the first argument must be the campaign's http(s) link: {problem}.").format(
            problem=problem) + " " + _(ADDCAMPAIGN_USAGE))
    rest = tokens[1:]
    if not rest:
        return CampaignArgs(url=args.url, error=_("the campaign needs a title.") + " " + _(ADDCAMPAIGN_USAGE))
    after_url = text.strip()[len(tokens[0]):].lstrip() if text.strip().startswith(tokens[0]) else ""
    if after_url.startswith(('"', "'")):
        args.title, rest = rest[0], rest[1:]
    else:
        title_words = []
        while rest and not (_CODE.match(rest[0]) and rest[0].isupper()) and "=" not in rest[0]:
            title_words.append(rest.pop(0))
        args.title = " ".join(title_words)
    args.title = " ".join(args.title.split())
    if not args.title:
        return CampaignArgs(url=args.url, error=_("the campaign needs a title.") + " " + _(ADDCAMPAIGN_USAGE))
    for token in rest:
        key, sep, value = token.partition("=")
        key = key.lower()
        language_option = _LANGUAGE_OPTION.match(key) if sep else None
        if sep and key == "kind":
            if value.lower() not in CAMPAIGN_KINDS:
                return CampaignArgs(url=args.url, error=_("kind must be one of {kinds}, not {value}.").format(
                    kinds=", ".join(CAMPAIGN_KINDS), value=repr(value)))
            args.kind = value.lower()
        elif sep and key in ("ends", "end", "until"):
            try:
                args.ends_on = dt.date.fromisoformat(value)
            except ValueError:
                return CampaignArgs(url=args.url, error=_("ends must be a date like 2026-12-31, not {value}.").format(
                    value=repr(value)))
        elif sep and key in ("countries", "country"):
            args.countries += [code.strip() for code in value.split(",") if code.strip()]
        elif sep and key in ("unions", "union"):
            args.unions += [name.strip() for name in value.split(",") if name.strip()]
        elif sep and key in ("names", "name", "keywords", "keyword"):
            args.keywords += [name.strip() for name in value.split(",") if name.strip()]
        elif language_option is not None:
            part, language = language_option.groups()
            args.translations.setdefault(language, {})[part] = " ".join(value.split())
        elif sep:
            return CampaignArgs(url=args.url, error=_("unknown option {key}: use names=, kind=, ends=, title_de= or url_de=."
                                                      ).format(key=repr(key)) + " " + _(ADDCAMPAIGN_USAGE))
        elif _CODE.match(token):
            args.countries.append(token)
        else:
            args.unions.append(token)
    args.countries = [code.upper() for code in dict.fromkeys(args.countries)]
    args.keywords = list(dict.fromkeys(args.keywords))
    problem = campaign_problem(args.title, args.url, args.unions, args.keywords, args.translations)
    if problem is not None:
        return CampaignArgs(url=args.url, error=problem)
    return args


def campaign_problem(
    title: str, url: str, unions: Sequence[str], keywords: Sequence[str], translations: Mapping[str, Mapping[str, str]]
) -> str | None:
    """What is wrong with a campaign as an admin gave it (a plain sentence saying what to type), or None."""
    if len(title) > MAX_CAMPAIGN_TITLE:
        return _("the title is {length} characters long; keep it to {most} (it is shown on every alert that carries "
                 "the campaign). Nothing was added.").format(length=len(title), most=MAX_CAMPAIGN_TITLE)
    if not unions and not keywords:
        return _("the campaign has no cause: name its union(s) or the people, organisation or employer it is about, "
                 'e.g. "Labor Desk" names="Afiaddin Mammadov, Elvin Mustafayev". A country alone is never enough. '
                 "Nothing was added.")
    short = [keyword for keyword in keywords if len(fold(keyword)) < 3]
    if short:
        return _("the name {name} is too short to recognise a story by; give full names. Nothing was added.").format(
            name=repr(short[0]))
    for language, parts in translations.items():
        if set(parts) != {"title", "url"}:
            return _("the {language} version needs both title_{language}= and url_{language}=. Nothing was added."
                     ).format(language=language)
        if (problem := _http_url_problem(parts["url"])) is not None:
            return _("url_{language}: {problem}. Nothing was added.").format(language=language, problem=problem)
        if len(parts["title"]) > MAX_CAMPAIGN_TITLE:
            return _("title_{language} is longer than {most} characters. Nothing was added.").format(
                language=language, most=MAX_CAMPAIGN_TITLE)
    return None


# --- the registry, for the admins' commands ---


async def register_campaign(services: Services, values: CampaignValues, added_by: int | None) -> tuple[CampaignInfo, bool]:
    """Add an admin's campaign (or update and re-open the one with the same link); (campaign, created)."""
    async with services.sessions.begin() as session:
        row, created = await campaign_queries.add_campaign(session, values, added_by)
        return campaign_info(row), created


async def campaigns_with_reach(services: Services, limit: int) -> list[tuple[CampaignInfo, CampaignCounts]]:
    """The listed campaigns (newest first, at most `limit`), each with its alert, chat and tap counts."""
    async with services.sessions() as session:
        rows = await campaign_queries.listed_campaigns(session, limit)
        counts = await campaign_queries.campaign_counts(session, [row.id for row in rows])
    return [(campaign_info(row), counts.get(row.id, CampaignCounts())) for row in rows]


async def attachable_campaigns(services: Services, today: dt.date | None = None) -> list[CampaignInfo]:
    """The campaigns stories can carry now (open or updated, not ended), newest first."""
    async with services.sessions() as session:
        return [campaign_info(row) for row in await campaign_queries.active_campaigns(session, today)]


async def mark_urgent(services: Services, campaign_id: int, urgent: bool) -> CampaignInfo | None:
    """Mark a campaign urgent (its alerts take the paid-broadcast lane) or not; None when there is no such campaign."""
    async with services.sessions.begin() as session:
        row = await campaign_queries.set_urgent(session, campaign_id, urgent)
        return campaign_info(row) if row is not None else None


async def take_off_list(services: Services, campaign_id: int) -> CampaignInfo | None:
    """End a campaign without telling anyone; returns it, or None when there is no such campaign."""
    async with services.sessions.begin() as session:
        row = await campaign_queries.end_campaign(session, campaign_id)
        return campaign_info(row) if row is not None else None
