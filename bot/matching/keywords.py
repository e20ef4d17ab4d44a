"""Keyword subscriptions: `strike -football`, `"Evolution Gaming" -casino`.

Terms match whole words (or whole phrases) after the same folding as the tagger uses, so
case, accents, curly quotes and punctuation do not matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.matching.normalize import fold

_TERM = re.compile(r'(?P<minus>-?)(?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))')
_FANCY_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


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
    for match in _TERM.finditer((query or "").translate(_FANCY_QUOTES)):
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


@lru_cache(maxsize=256)
def _haystack(title: str, text: str) -> str:
    return " " + fold(title) + " " + fold(text) + " "
