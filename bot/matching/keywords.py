"""Keyword subscriptions: `strike -football`, `"Evolution Gaming" -casino`.

Terms match whole words (or whole phrases) after the same folding as the tagger uses, so
case, accents, curly quotes and punctuation do not matter. `KeywordIndex` matches every followed
query against a story with one scan of its text, however many queries there are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from bot.matching.normalize import fold, straight_quotes

_TERM = re.compile(r'(?P<minus>-?)(?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))')


@dataclass(frozen=True)
class KeywordQuery:
    """Folded terms a story must contain all of (`include`) and none of (`exclude`)."""

    include: tuple[str, ...]
    exclude: tuple[str, ...]

    def matches(self, title: str | None, text: str) -> bool:
        """True if the story has every include term and no exclude term (False with no include terms)."""
        if not self.include:
            return False
        haystack = _haystack(title or "", text or "")
        return (all(f" {term} " in haystack for term in self.include)
                and not any(f" {term} " in haystack for term in self.exclude))


def parse_keyword_query(query: str) -> KeywordQuery:
    """Split a query into include and exclude terms; "quoted phrases" stay together, -term excludes."""
    include: list[str] = []
    exclude: list[str] = []
    for match in _TERM.finditer(straight_quotes(query or "")):
        term = fold(match.group("phrase") if match.group("phrase") is not None else match.group("word"))
        if term:
            target = exclude if match.group("minus") else include
            if term not in target:
                target.append(term)
    return KeywordQuery(tuple(include), tuple(exclude))


def keyword_matches(query: str | KeywordQuery, title: str | None, text: str) -> bool:
    """True if the story matches the keyword query (a string is parsed with parse_keyword_query)."""
    parsed = query if isinstance(query, KeywordQuery) else parse_keyword_query(query)
    return parsed.matches(title, text)


def mentions_any(terms: Iterable[str], title: str | None, text: str) -> bool:
    """True if the story contains any of the folded words or phrases `terms` as whole words."""
    haystack = _haystack(title or "", text or "")
    return any(f" {term} " in haystack for term in terms)


@lru_cache(maxsize=256)
def _haystack(title: str, text: str) -> str:
    return " " + fold(title) + " " + fold(text) + " "


class KeywordIndex:
    """Every followed keyword query, matched against a story with one Aho-Corasick scan.

    Each query is filed under one of its include terms (its longest: usually the rarest), so a
    story only checks the queries whose anchor term it contains, with set look-ups. `update`
    applies the difference from the last set of queries; the automaton is rebuilt only when a new
    term appears, or when removed queries have left more stale terms than live ones.
    """

    def __init__(self, queries: Iterable[str] = ()) -> None:
        self._parsed: dict[str, KeywordQuery] = {}
        self._by_anchor: dict[str, set[str]] = {}
        self._scanned_terms: frozenset[str] = frozenset()
        self._automaton: ahocorasick.Automaton | None = None
        self.update(queries)

    def __len__(self) -> int:
        return len(self._parsed)

    def update(self, queries: Iterable[str]) -> None:
        """Make the index hold exactly `queries` (the distinct queries subscribers follow now)."""
        wanted = set(queries)
        for query in self._parsed.keys() - wanted:
            parsed = self._parsed.pop(query)
            anchored = self._by_anchor[_anchor(parsed)]
            anchored.discard(query)
            if not anchored:
                del self._by_anchor[_anchor(parsed)]
        for query in wanted - self._parsed.keys():
            parsed = parse_keyword_query(query)
            if parsed.include:  # a query with nothing to include never matches
                self._parsed[query] = parsed
                self._by_anchor.setdefault(_anchor(parsed), set()).add(query)
        live_terms = {term for parsed in self._parsed.values() for term in (*parsed.include, *parsed.exclude)}
        if not live_terms <= self._scanned_terms or len(self._scanned_terms) > 2 * len(live_terms):
            self._rebuild(live_terms)

    def _rebuild(self, terms: set[str]) -> None:
        self._scanned_terms = frozenset(terms)
        if not terms:
            self._automaton = None
            return
        automaton = ahocorasick.Automaton()
        for term in terms:
            automaton.add_word(f" {term} ", term)
        automaton.make_automaton()
        self._automaton = automaton

    def matches(self, title: str | None, text: str) -> dict[str, KeywordQuery]:
        """The indexed queries the story matches (the same answer as `keyword_matches` for each)."""
        if self._automaton is None:
            return {}
        present = {term for _, term in self._automaton.iter(_haystack(title or "", text or ""))}
        matched: dict[str, KeywordQuery] = {}
        for term in present:
            for query in self._by_anchor.get(term, ()):
                parsed = self._parsed[query]
                if present.issuperset(parsed.include) and present.isdisjoint(parsed.exclude):
                    matched[query] = parsed
        return matched


def _anchor(parsed: KeywordQuery) -> str:
    """The include term a query is filed under in a KeywordIndex."""
    return max(parsed.include, key=len)
