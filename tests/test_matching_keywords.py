"""Keyword subscriptions: include and exclude terms, quoted phrases, whole words."""

from __future__ import annotations

import random

import pytest

from bot.matching import KeywordIndex, KeywordQuery, keyword_matches, parse_keyword_query


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


# --- the index of every followed query ---

_WORDS = ("strike", "union", "azerbaijan", "labor desk", "pay", "teachers", "metro", "football", "baku",
          "évolution", "gaming", "casino", "nurses", "wage", "ban", "ilo")


def _random_query(rng: random.Random) -> str:
    terms = []
    for _ in range(rng.randint(1, 3)):
        word = rng.choice(_WORDS)
        term = f'"{word}"' if " " in word else word
        terms.append(("-" if rng.random() < 0.25 else "") + (term.upper() if rng.random() < 0.2 else term))
    return " ".join(terms)


def _random_story(rng: random.Random) -> tuple[str, str]:
    words = [rng.choice(_WORDS + ("the", "and", "workers", "of")) for _ in range(rng.randint(0, 30))]
    cut = rng.randint(0, len(words))
    return " ".join(words[:cut]).title(), ", ".join(words[cut:]) + "."


def test_index_gives_the_same_answer_as_checking_each_query_on_random_queries_and_stories() -> None:
    rng = random.Random(20261130)
    queries = {_random_query(rng) for _ in range(400)} | {"", "-strike", '""', "strike -strike"}
    index = KeywordIndex(queries)
    for _ in range(300):
        title, text = _random_story(rng)
        expected = {query for query in queries if keyword_matches(query, title, text)}
        assert set(index.matches(title, text)) == expected, (title, text)


def test_index_update_adds_and_removes_queries_and_stays_exact() -> None:
    index = KeywordIndex(["strike", "teachers -football"])
    story = ("Teachers strike in Baku", "Metro workers join.")
    assert set(index.matches(*story)) == {"strike", "teachers -football"}
    index.update(["teachers -football", "metro workers", '"labor desk"'])
    assert set(index.matches(*story)) == {"teachers -football", "metro workers"}
    index.update(["strike"])  # the removed queries' terms are stale now; no answer may come from them
    assert set(index.matches(*story)) == {"strike"}
    assert index.matches("Football", "teachers") == {}
    index.update([])
    assert index.matches(*story) == {} and len(index) == 0


def test_index_of_many_queries_finds_exactly_the_matching_ones() -> None:
    many = KeywordIndex(f"term{number} word{number % 7}" for number in range(20_000))
    assert len(many) == 20_000
    assert set(many.matches("term123 and word4", "")) == {"term123 word4"}
    assert set(many.matches("term123 term124", "word4 word5")) == {"term123 word4", "term124 word5"}
