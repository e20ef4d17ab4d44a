"""Campaign actions: which one-tap action (petition, donation, message, other) a story carries.

A story's action comes from, in order:
1. an action link in the entry itself: a link whose anchor text or URL says petition, sign, act now,
   take action, donate, donation or appeal (feed entries keep their links in `Story.links`);
2. the active campaign sharing the story's union and country, then its union, then its country
   (primary tags only: a country named in passing does not pull in its campaigns);
3. when the story's own words call for an action but carry no link (a publisher's appeal such as
   "If you can donate, please click here"), a standing campaign of that kind: one that names no
   country and no union, such as the publisher's donation page.
Corpus documents have no links, so plain-text cues ("sign the petition", "If you can donate, please
click here") still tell the action's kind; the button's URL then comes from a matching campaign, and
without one the kind is known (preview says so) but no button is shown.

Everything here but `sync_config_campaigns` and `parse_campaign_args` is a pure function.
"""

from __future__ import annotations

import datetime as dt
import re
import shlex
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlparse

from bot.config import CAMPAIGN_KINDS, SAMPLE_CORPUS, CampaignConfig, Config

PETITION, DONATION, MESSAGE, OTHER = "petition", "donation", "message", "other"

ACTION_LABELS = {
    PETITION: "✍️ Sign the petition",
    DONATION: "💶 Donate",
    MESSAGE: "✉️ Send a message",
    OTHER: "📣 Take action",
}
ACTION_EMOJI = {PETITION: "✍️", DONATION: "💶", MESSAGE: "✉️", OTHER: "📣"}
KIND_NAMES = {PETITION: "petition", DONATION: "donation appeal", MESSAGE: "message campaign", OTHER: "call to action"}

# The campaigns that come with the bundled sample corpus, added whenever `corpus.paths` holds @sample:
# LabourStart's petition for the jailed Labor Desk activists (seed 002 is the story about it), and
# LabourStart's standing donation appeal (seed 000#1 asks readers to donate but lost its link).
SAMPLE_CAMPAIGNS = (
    CampaignConfig(
        title="Free the Labor Desk activists",
        url="https://www.labourstart.org/campaigns/",
        kind=PETITION,
        countries=("AZ",),
        unions=("Labor Desk",),
    ),
    CampaignConfig(title="Support LabourStart", url="https://www.labourstart.org/", kind=DONATION),
)

# --- what an anchor text or URL says ---

# Each kind's words in anchor texts and URLs (checked in this order: the first kind found wins).
_LINK_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (DONATION, re.compile(r"donat|\bgive\b|chip[ -]?in|crowdfund|fundrais|solidarity[ -]?fund|strike[ -]?fund", re.I)),
    (PETITION, re.compile(r"petition|\bsign(?:\b|[-_ ]?(?:now|here|up|the|our))|signatur|labourstart\.org/go/", re.I)),
    (MESSAGE, re.compile(r"send (?:a |an |your )?(?:message|e-?mail|letter)|write to|e-?mail (?:the|your)|"
                         r"/message|messages?[-_]", re.I)),
    (OTHER, re.compile(r"act[ -_]?now|take[ -_]?action|\baction\b|\bappeal\b|campaign", re.I)),
)
# Words that make a link an action at all (anchor text or URL path); a bare "campaign" mention in a
# URL is not enough unless the anchor text also calls to act.
_LINK_IS_ACTION = re.compile(
    r"petition|\bsign\b|sign[-_ ]?(?:now|here|the|our)|signatur|act[ -_]?now|take[ -_]?action|donat|\bappeal\b|"
    r"labourstart\.org/go/|chip[ -]?in|crowdfund|fundrais|send (?:a |an )?(?:message|e-?mail|letter)",
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
    (OTHER, re.compile(r"\btake action\b|\bact now\b|\bjoin the (?:campaign|protest|action)\b", re.I), 4),
)
_TEXT_CUE_THRESHOLD = 2
_KIND_PRIORITY = {PETITION: 0, MESSAGE: 1, DONATION: 2, OTHER: 3}


def link_action_kind(text: str | None, url: str | None) -> str | None:
    """The action kind a link's anchor text or URL announces, or None when it is no action link."""
    haystack = f"{text or ''} {_url_words(url)}"
    if not _LINK_IS_ACTION.search(haystack):
        return None
    for kind, pattern in _LINK_CUES:
        if pattern.search(haystack):
            return kind
    return OTHER


def _url_words(url: str | None) -> str:
    """A URL's host and path, with separators spaced out so word patterns see its words."""
    if not url:
        return ""
    parsed = urlparse(url)
    path = re.sub(r"[/_\-.?=&+]+", " ", f"{parsed.path} {parsed.query}")
    return f"{parsed.netloc}{parsed.path} {path}"


def text_action_kind(title: str | None, text: str) -> str | None:
    """The action kind a story's own words call for ("sign the petition", "please donate"), or None."""
    scores: dict[str, int] = {}
    for kind, pattern, weight in _TEXT_CUES:
        hits = len(pattern.findall(f"{title or ''}\n{text}"))
        if hits:
            scores[kind] = scores.get(kind, 0) + weight * min(hits, 3)
    if not scores:
        return None
    kind, score = min(scores.items(), key=lambda item: (-item[1], _KIND_PRIORITY[item[0]]))
    return kind if score >= _TEXT_CUE_THRESHOLD else None


def infer_kind(url: str, title: str) -> str:
    """A campaign's kind from its URL and title (for /addcampaign without kind=)."""
    return link_action_kind(title, url) or text_action_kind(title, "") or OTHER


# --- campaigns and the choice ---


@dataclass(frozen=True)
class CampaignInfo:
    """An active campaign as the action chooser needs it (unions are directory ids or names)."""

    id: int | None
    title: str
    url: str
    kind: str
    countries: tuple[str, ...] = ()
    unions: tuple[str, ...] = ()
    ends_on: dt.date | None = None

    def is_active(self, today: dt.date) -> bool:
        return self.ends_on is None or self.ends_on >= today


@dataclass(frozen=True)
class Action:
    """The action a story carries. `url` None: the kind is known but there is nowhere to send people."""

    kind: str
    url: str | None
    title: str | None = None
    origin: str = "campaign"  # "link" (in the entry) | "text" (cue words only) | "campaign"
    campaign_id: int | None = None

    @property
    def label(self) -> str:
        return ACTION_LABELS.get(self.kind, ACTION_LABELS[OTHER])

    @property
    def emoji(self) -> str:
        return ACTION_EMOJI.get(self.kind, ACTION_EMOJI[OTHER])

    def describe(self) -> str:
        """A plain sentence on where the action comes from (for preview and /why)."""
        name = KIND_NAMES.get(self.kind, self.kind)
        if self.url is None:
            return f"{name} (named in the text; no link in it and no matching campaign, so no button)"
        if self.origin == "link":
            return f"{name} (link in the story: {self.title or self.url})"
        if self.origin == "campaign":
            return f"{name} (campaign: {self.title})"
        return name


class TagLike(Protocol):
    kind: str
    value: str
    salience: str


class StoryLike(Protocol):
    title: str | None
    text: str
    url: str | None
    links: Any


def action_from_links(links: Iterable[dict[str, str]] | None, story_url: str | None = None) -> Action | None:
    """The first action link in an entry (its links in order, then the entry's own URL)."""
    candidates = [(link.get("text") or "", link.get("url") or "") for link in links or ()]
    if story_url:
        candidates.append(("", story_url))
    for text, url in candidates:
        if not url.startswith(("http://", "https://")):
            continue
        kind = link_action_kind(text, url)
        if kind is not None:
            return Action(kind, url, title=" ".join(text.split()) or None, origin="link")
    return None


def _fold(value: str) -> str:
    return " ".join(value.casefold().split())


def campaign_level(campaign: CampaignInfo, countries: set[str], unions: set[str]) -> int:
    """3: shares a union and a country with the story; 2: a union; 1: a country; 0: nothing."""
    shares_country = bool({code.upper() for code in campaign.countries} & countries)
    shares_union = bool({_fold(union) for union in campaign.unions} & unions)
    if shares_union and shares_country:
        return 3
    if shares_union:
        return 2
    return 1 if shares_country else 0


def choose_action(
    story: StoryLike,
    tags: Iterable[TagLike],
    campaigns: Sequence[CampaignInfo],
    today: dt.date | None = None,
    union_labels: dict[str, str] | None = None,
) -> Action | None:
    """The action a story carries (see the module docstring for the order), or None."""
    linked = action_from_links(story.links, story.url)
    if linked is not None:
        return linked
    today = today or dt.datetime.now(dt.timezone.utc).date()
    primary = [tag for tag in tags if tag.salience == "primary"]
    countries = {tag.value.upper() for tag in primary if tag.kind == "country"}
    unions = {_fold(tag.value) for tag in primary if tag.kind == "union"}
    unions |= {_fold(label) for tag in primary if tag.kind == "union"
               for label in [getattr(tag, "label", "") or (union_labels or {}).get(tag.value, "")] if label}
    cue = text_action_kind(story.title, story.text or "")
    best: tuple[int, int, int] | None = None
    chosen: CampaignInfo | None = None
    for campaign in campaigns:
        if not campaign.is_active(today):
            continue
        level = campaign_level(campaign, countries, unions)
        if level == 0:
            continue
        rank = (level, 1 if campaign.kind == cue else 0, campaign.id or 0)
        if best is None or rank > best:
            best, chosen = rank, campaign
    if chosen is None and cue is not None:
        chosen = next((campaign for campaign in campaigns if campaign.is_active(today) and campaign.kind == cue
                       and not campaign.countries and not campaign.unions), None)
    if chosen is not None:
        return Action(chosen.kind, chosen.url, title=chosen.title, origin="campaign", campaign_id=chosen.id)
    if cue is not None:
        return Action(cue, None, origin="text")
    return None


# --- campaigns from the config and from /addcampaign ---


def configured_campaigns(config: Config) -> tuple[CampaignConfig, ...]:
    """The config's campaigns, plus the sample corpus's own campaign when the sample corpus is read."""
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


async def sync_config_campaigns(sessions: Any, config: Config) -> int:
    """Bring the campaigns table in line with the config (and the sample corpus); returns how many."""
    from storage import campaigns as campaign_queries

    items = []
    for campaign in configured_campaigns(config):
        ids, unknown = resolve_union_names(campaign.unions)
        items.append(campaign_queries.CampaignValues(
            title=campaign.title, url=campaign.url, kind=campaign.kind, countries=list(campaign.countries),
            unions=ids + unknown, ends_on=campaign.ends,
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
    ends_on: dt.date | None = None
    error: str | None = None


ADDCAMPAIGN_USAGE = (
    'Usage: /addcampaign URL "Title" [country codes] ["union names"] [kind=petition|donation|message|other] '
    '[ends=YYYY-MM-DD]\nExample: /addcampaign https://www.labourstart.org/campaigns/ "Free the Labor Desk 4" AZ '
    '"Labor Desk" ends=2026-12-31'
)
_CODE = re.compile(r"^[A-Za-z]{2}$")


def parse_campaign_args(text: str) -> CampaignArgs:
    """Parse the arguments of /addcampaign (everything after the command).

    URL first, then the title (quoted when it has spaces; unquoted, the title runs up to the first
    country code or option), then two-letter country codes, union names (quoted when they have
    spaces) and the options kind= and ends= in any order. countries= and unions= (comma-separated)
    are accepted too.
    """
    text = text.replace("“", '"').replace("”", '"').replace("«", '"').replace("»", '"')
    try:
        tokens = shlex.split(text)
    except ValueError:
        return CampaignArgs(error="a quote is not closed. " + ADDCAMPAIGN_USAGE)
    if not tokens:
        return CampaignArgs(error=ADDCAMPAIGN_USAGE)
    args = CampaignArgs(url=tokens[0])
    parsed = urlparse(args.url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        return CampaignArgs(error=f"the first argument must be the campaign's http(s) link, not {tokens[0]!r}. {ADDCAMPAIGN_USAGE}")
    rest = tokens[1:]
    if not rest:
        return CampaignArgs(url=args.url, error="the campaign needs a title. " + ADDCAMPAIGN_USAGE)
    quoted_title = '"' in text or "'" in text
    if quoted_title:
        args.title, rest = rest[0], rest[1:]
    else:
        title_words = []
        while rest and not (_CODE.match(rest[0]) and rest[0].isupper()) and "=" not in rest[0]:
            title_words.append(rest.pop(0))
        args.title = " ".join(title_words)
    if not args.title.strip() or "=" in args.title and args.title.split("=")[0] in ("kind", "ends"):
        return CampaignArgs(url=args.url, error="the campaign needs a title. " + ADDCAMPAIGN_USAGE)
    for token in rest:
        key, sep, value = token.partition("=")
        key = key.lower()
        if sep and key == "kind":
            if value.lower() not in CAMPAIGN_KINDS:
                return CampaignArgs(url=args.url, error=f"kind must be one of {', '.join(CAMPAIGN_KINDS)}, not {value!r}.")
            args.kind = value.lower()
        elif sep and key in ("ends", "end", "until"):
            try:
                args.ends_on = dt.date.fromisoformat(value)
            except ValueError:
                return CampaignArgs(url=args.url, error=f"ends must be a date like 2026-12-31, not {value!r}.")
        elif sep and key in ("countries", "country"):
            args.countries += [code.strip() for code in value.split(",") if code.strip()]
        elif sep and key in ("unions", "union"):
            args.unions += [name.strip() for name in value.split(",") if name.strip()]
        elif sep:
            return CampaignArgs(url=args.url, error=f"unknown option {key!r}: use kind= or ends=. {ADDCAMPAIGN_USAGE}")
        elif _CODE.match(token):
            args.countries.append(token)
        else:
            args.unions.append(token)
    args.countries = [code.upper() for code in dict.fromkeys(args.countries)]
    for code in args.countries:
        if not _CODE.match(code):
            return CampaignArgs(url=args.url, error=f"{code!r} is not a two-letter country code like AZ.")
    if len(args.title) > 500:
        return CampaignArgs(url=args.url, error="the title is too long (500 characters at most).")
    return args
