"""Turn what a user typed ("Belarussia", "AHİK", "Labour Desk") into a country code or union id.

Exact names (after folding case, accents and punctuation) win outright; otherwise rapidfuzz
ranks every known name and a clear winner is accepted, while anything less gives ranked
suggestions and a plain-language message.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import pycountry
from rapidfuzz import fuzz, process

from bot.i18n import N_, _
from bot.matching.gazetteer import countries, country_name, country_table, foreign_names, gazetteer_rules
from bot.matching.normalize import fold
from bot.matching.unions import UnionDirectory, UnionRecord, default_directory

ResolveKind = Literal["country", "union", "any"]
CONFIDENT_SCORE = 85.0    # fuzzy score (0-100) for accepting a typo without asking
CONFIDENT_MARGIN = 5.0    # ...when the runner-up is at least this far behind
SUGGESTION_MIN_SCORE = 70.0
MAX_SUGGESTIONS = 5


@dataclass(frozen=True)
class Suggestion:
    """A possible meaning of the user's input; `value` is an ISO alpha-2 code or a union id."""

    kind: Literal["country", "union"]
    value: str
    label: str
    score: float


@dataclass(frozen=True)
class Resolution:
    """The outcome of `resolve`: a match (kind/value/label) or None, plus suggestions and a message."""

    kind: Literal["country", "union", "keyword"] | None
    value: str | None
    label: str | None
    suggestions: tuple[Suggestion, ...]
    message: str


@dataclass(frozen=True)
class _Target:
    kind: Literal["country", "union"]
    value: str
    label: str


def union_label(record: UnionRecord) -> str:
    """How a union is shown to users: "Name (ACRONYM), Country"."""
    label = f"{record.name} ({record.acronym})" if record.acronym and record.acronym != record.name else record.name
    return f"{label}, {country_name(record.country)}" if record.country else label


@lru_cache(maxsize=1)
def _country_names() -> dict[str, frozenset[_Target]]:
    """Folded country name -> targets, from English names, demonyms, other languages and ISO codes."""
    table = country_table()
    index: dict[str, set[_Target]] = {}
    for code, info in countries().items():
        target = _Target("country", code, info.name)
        iso = pycountry.countries.get(alpha_2=code)
        alpha_3 = iso.alpha_3 if iso is not None else code  # every code in countries() is ISO 3166's
        for name in (*info.names, *table.get(code, ("", [], []))[2], *foreign_names(code), code, alpha_3):
            index.setdefault(fold(name), set()).add(target)
    shown = {fold(info.name) for info in countries().values()}
    for name, (alternatives, _rule) in gazetteer_rules().shared.items():
        if name in shown:
            continue  # the name the bot shows for a country means it ("Armenia", not Colombia's city of that name)
        index[name] = {_Target("country", code, country_name(code)) for code in alternatives}
    return {name: frozenset(targets) for name, targets in index.items() if name}


@lru_cache(maxsize=8)
def _union_names(directory: UnionDirectory) -> dict[str, frozenset[_Target]]:
    index: dict[str, set[_Target]] = {}
    for record in directory:
        target = _Target("union", record.id, union_label(record))
        for name in (*record.all_names, record.id):
            index.setdefault(fold(name), set()).add(target)
    return {name: frozenset(targets) for name, targets in index.items() if name}


def _names_for(kind: ResolveKind, directory: UnionDirectory) -> dict[str, frozenset[_Target]]:
    if kind == "country":
        return _country_names()
    if kind == "union":
        return _union_names(directory)
    merged = dict(_union_names(directory))
    for name, targets in _country_names().items():
        merged[name] = merged.get(name, frozenset()) | targets
    return merged


# What `resolve` says, per kind asked for (whole sentences, so that each language can word them).
_EMPTY = {
    "country": N_("Please type the name of a country, for example “Belarus” or “ITUC”."),
    "union": N_("Please type the name of a union, for example “Belarus” or “ITUC”."),
    "any": N_("Please type the name of a country or union, for example “Belarus” or “ITUC”."),
}
_SEVERAL = {
    "country": N_("“{typed}” could mean more than one country: {options}. Please choose one."),
    "union": N_("“{typed}” could mean more than one union: {options}. Please choose one."),
    "any": N_("“{typed}” could mean more than one country or union: {options}. Please choose one."),
}
_DID_YOU_MEAN = {
    "country": N_("I couldn't find a country called “{typed}”. Did you mean: {options}?"),
    "union": N_("I couldn't find a union called “{typed}”. Did you mean: {options}?"),
    "any": N_("I couldn't find a country or union called “{typed}”. Did you mean: {options}?"),
}
_NOTHING = {
    "country": N_("I couldn't find a country called “{typed}”, nor anything close to it."),
    "union": N_("I couldn't find a union called “{typed}”, nor anything close to it."),
    "any": N_("I couldn't find a country or union called “{typed}”, nor anything close to it."),
}


def _ranked(query: str, names: dict[str, frozenset[_Target]]) -> list[Suggestion]:
    """Known names close to the folded query, best first: names holding every word typed come before
    the rest ("serikat pekerja kelapa sawit" is the palm-oil union, not the nearest other "serikat
    pekerja ..."), then by fuzzy score."""
    typed_words = set(query.split())
    best: dict[_Target, tuple[bool, float]] = {}
    candidates = process.extract(query, list(names), scorer=fuzz.WRatio, limit=40, score_cutoff=SUGGESTION_MIN_SCORE)
    if len(typed_words) > 1:
        # a name holding every word typed is a candidate even when many other names score higher (a directory
        # with many "Serikat Pekerja ..." unions fills the 40 places before the palm-oil union's name)
        listed = {name for name, _score, _index in candidates}
        candidates += [(name, score, 0) for name in names if name not in listed and typed_words <= set(name.split())
                       and (score := fuzz.WRatio(query, name)) >= SUGGESTION_MIN_SCORE]
    for name, score, _index in candidates:
        # WRatio is generous to short strings found inside long ones; plain ratio keeps typos honest.
        score = min(score, max(fuzz.ratio(query, name), fuzz.token_sort_ratio(query, name)) + 10)
        if score < SUGGESTION_MIN_SCORE:
            continue
        rank = (len(typed_words) > 1 and typed_words <= set(name.split()), score)
        for target in names[name]:
            best[target] = max(best.get(target, rank), rank)
    ranked = sorted(best.items(), key=lambda item: (not item[1][0], -item[1][1], item[0].label))
    return [Suggestion(target.kind, target.value, target.label, round(score, 1)) for target, (_, score) in ranked]


def resolve(query: str, kind: ResolveKind = "any", unions: UnionDirectory | None = None) -> Resolution:
    """Resolve a typed country or union name; never raises on odd input.

    A confident match has kind/value/label set. Otherwise kind is None and `suggestions`
    ranks what the user may have meant (best first); `message` says so in plain words.
    """
    directory = unions if unions is not None else default_directory()
    typed = " ".join(str(query or "").split())
    folded = fold(typed)
    if not folded:
        return Resolution(None, None, None, (), _(_EMPTY[kind]))
    names = _names_for(kind, directory)
    exact = sorted(names.get(folded, frozenset()), key=lambda target: (target.kind, target.label))
    if len(exact) == 1:
        target = exact[0]
        return Resolution(target.kind, target.value, target.label, (), _("Found {name}.").format(name=target.label))
    if exact:
        suggestions = tuple(Suggestion(target.kind, target.value, target.label, 100.0) for target in exact)
        options = "; ".join(target.label for target in exact)
        return Resolution(None, None, None, suggestions, _(_SEVERAL[kind]).format(typed=typed, options=options))
    ranked = _ranked(folded, names)
    if ranked and ranked[0].score >= CONFIDENT_SCORE and (
            len(ranked) == 1 or ranked[0].score - ranked[1].score >= CONFIDENT_MARGIN):
        top = ranked[0]
        return Resolution(top.kind, top.value, top.label, tuple(ranked[1:MAX_SUGGESTIONS]),
                          _("Found {name} (you typed “{typed}”).").format(name=top.label, typed=typed))
    suggestions = tuple(ranked[:MAX_SUGGESTIONS])
    if suggestions:
        options = "; ".join(suggestion.label for suggestion in suggestions)
        return Resolution(None, None, None, suggestions, _(_DID_YOU_MEAN[kind]).format(typed=typed, options=options))
    return Resolution(None, None, None, (), _(_NOTHING[kind]).format(typed=typed))
