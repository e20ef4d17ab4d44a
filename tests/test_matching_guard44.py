"""Guards of guard44: a rule family of one language is not run on a story given in another, and still fires on
the text that needs it, in that language given or detected; the search for towns after a preposition asks first
for what each of its matches holds, and finds what the plain pattern finds."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.matching import default_tagger
from bot.matching.tagger import _TOWN_AFTER_PREPOSITION

_GUARD = r"(?=[ABCDEFHINPSWabcdefhinpswİıſ]\w{0,4}+ [A-Z])"  # speed3: its first letter asked first
_PLAIN_TOWN_AFTER_PREPOSITION = re.compile(_TOWN_AFTER_PREPOSITION.pattern.replace(_GUARD, ""))

_SECTOR_STORY = ("La CFTC Santé et la CGSP Enseignement appellent à la grève dans les hôpitaux de Lyon, a annoncé la "
                 "fédération mardi.")


@pytest.mark.parametrize("language", ["fr", None])
def test_a_centres_sector_federation_is_read_where_the_text_may_be_french(language: str | None) -> None:
    # the French and Belgian centres' sector names are searched for only in French text, given or detected (recfr38b)
    names = {union.name for union in default_tagger().tag(None, _SECTOR_STORY, language).unions}
    assert {"CFTC Santé", "CGSP Enseignement"} <= names


def test_a_centres_sector_federation_is_not_read_in_text_given_as_another_language() -> None:
    names = {union.name for union in default_tagger().tag(None, _SECTOR_STORY, "en").unions}
    assert not {"CFTC Santé", "CGSP Enseignement"} & names


def test_the_town_search_is_the_plain_pattern_with_a_look_ahead() -> None:
    assert _GUARD in _TOWN_AFTER_PREPOSITION.pattern and _PLAIN_TOWN_AFTER_PREPOSITION.pattern.startswith(" (?i:")


def test_every_letter_a_preposition_matches_is_a_word_character() -> None:
    # what makes the look-ahead's \w{1,5} hold wherever the case-insensitive prepositions match ("ı" and "İ" match
    # "i", "ſ" matches "s", the Kelvin sign "k")
    prepositions = re.search(r"\(\?i:(.*?)\) ", _TOWN_AFTER_PREPOSITION.pattern)
    assert prepositions is not None
    letters = set(re.sub(r"[^a-z]", "", prepositions.group(1)))
    assert len(letters) >= 15
    pattern = re.compile("[" + "".join(sorted(letters)) + "]", re.IGNORECASE)
    every_character = "".join(chr(point) for point in range(sys.maxunicode + 1) if not 0xD800 <= point <= 0xDFFF)
    matched = set(pattern.findall(every_character))
    assert {"ı", "İ", "ſ"} <= matched
    assert all(re.fullmatch(r"\w", char) for char in matched)


_TOWN_PIECES = ["in", "In", "IN", "ın", "İn", "at", "a", "A", "en", "En", "em", "sa", "ſa", "dans", "desde", "hasta",
                "nella", "cerca", "near", "from", "we", "w", "i", "bei", "pres", "the", "Paris", "San", "Pedro", "Sula",
                "de", "la", "do", "Vila", "Nova", "GAIA", "x1", "_", "é", " ", "  ", ", ", "\n", "-"]


@given(st.lists(st.sampled_from(_TOWN_PIECES), max_size=24))
@example(["in", " ", "San", " ", "Pedro", " ", "Sula"])
@example(["ın", " ", "Paris", " ", "in", " ", "Nova"])
@example(["nella", " ", "Vila", " ", "de", " ", "la", " ", "Gaia"])
def test_the_town_search_finds_what_the_plain_pattern_finds(pieces: list[str]) -> None:
    text = " " + " ".join(pieces)
    assert [(found.span(), found.span(1)) for found in _TOWN_AFTER_PREPOSITION.finditer(text)] == [
        (found.span(), found.span(1)) for found in _PLAIN_TOWN_AFTER_PREPOSITION.finditer(text)]


@pytest.mark.parametrize("text, town", [
    ("Workers struck in Gazipur on Monday.", "Gazipur"),
    ("Os trabalhadores pararam em Vila Nova de Gaia.", "Vila Nova de Gaia"),
])
def test_a_town_after_a_preposition_is_still_found(text: str, town: str) -> None:
    tags = default_tagger().tag(None, text)
    assert any(evidence.text == town for country in tags.countries for evidence in country.evidence)
