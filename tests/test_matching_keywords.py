"""Keyword subscriptions: include and exclude terms, quoted phrases, whole words."""

from __future__ import annotations

import pytest

from bot.matching import KeywordQuery, keyword_matches, parse_keyword_query


def test_parse_include_and_exclude_terms() -> None:
    assert parse_keyword_query("strike -football") == KeywordQuery(("strike",), ("football",))


def test_parse_quoted_phrases_and_curly_quotes() -> None:
    assert parse_keyword_query('"Evolution Gaming" -football') == KeywordQuery(("evolution gaming",), ("football",))
    assert parse_keyword_query("“Evolution Gaming” -“premier league”") == KeywordQuery(
        ("evolution gaming",), ("premier league",))


def test_parse_folds_case_accents_and_ignores_empty_terms() -> None:
    assert parse_keyword_query('  GRÈVE  - "" Grève ') == KeywordQuery(("greve",), ())


@pytest.mark.parametrize("query, title, text, expected", [
    ("strike", "Dockers strike", "", True),
    ("strike", None, "The Strike began at dawn.", True),
    ("strike", None, "Workers are striking.", False),
    ("strike -football", None, "A strike hit the football club.", False),
    ('"Evolution Gaming" -football', None, "Workers at Evolution Gaming’s office struck.", True),
    ('"Evolution Gaming"', None, "Evolution of gaming.", False),
    ("greve", None, "La grève continue.", True),
    ("-football", None, "Nothing about football here.", False),
    ("", None, "Anything", False),
    ("gig economy", None, "gig workers in the economy", True),
])
def test_keyword_matches(query: str, title: str | None, text: str, expected: bool) -> None:
    assert keyword_matches(query, title, text) is expected
