"""Shortcuts taken for speed by speed27 give exactly what the plain code gives: _OWNER_BEFORE is searched only
where one of its words stands (see _holds_stem_before), and the words for coming are searched for at once (one automaton)."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.matching.tagger import (
    _CAME_WORDS,
    _CAUSE_STEMS,
    _HOME_BASE_BEFORE,
    _HOME_BASE_STEMS,
    _IGNORECASE_LETTERS,
    _OWNER_BEFORE,
    _OWNER_STEMS,
    _WAR_AFTER,
    _WAR_BEFORE,
    _WAR_STEMS,
    _holds_stem_before,
    _says_they_came,
    _speaks_of_war,
)


def test_ignorecase_letters_are_every_letter_matched_otherwise_than_by_its_lower_case() -> None:
    letters = sorted({letter for stem in (*_CAUSE_STEMS, *_OWNER_STEMS, *_HOME_BASE_STEMS, *_WAR_STEMS)
                      for letter in stem if letter.isalpha()})
    pattern = re.compile("[" + "".join(letters) + "]", re.IGNORECASE)
    every_character = "".join(chr(point) for point in range(sys.maxunicode + 1) if not 0xD800 <= point <= 0xDFFF)
    replaced = dict(_IGNORECASE_LETTERS)
    for found in set(pattern.findall(every_character)):
        if found.lower() not in letters:
            plain = replaced.get(found)
            assert plain in letters and re.fullmatch(plain, found, re.IGNORECASE), found


def test_every_owner_phrase_holds_an_owner_stem() -> None:
    phrases = ["owned by a ", "Controlled by the ", "OPERATED BY ", "a subsidiary of ", "an affiliate of the ",
               "de capitales ", "capitais ", "capitaux ", "дочка ", "дочерней компании «", "perusahaan asal ",
               "investor ", "pemilik ", "milik ", "ſubſidiary of ", "OWNED BY İ", "ᲁочка "]
    for phrase in phrases:
        if _OWNER_BEFORE.search(phrase, max(0, len(phrase) - 45), len(phrase)):
            assert _holds_stem_before(phrase, len(phrase), _OWNER_STEMS), phrase
    assert _OWNER_BEFORE.search("ᲁочка ") and _holds_stem_before("ᲁочка ", 6, _OWNER_STEMS)


# Owner phrases before a country and their near misses, with letters re.IGNORECASE matches beyond their lower case.
_OWNER_PIECES = ["owned", "OWNED", " by", " BY", " of", "subsidiary", "SUBSIDİARY", "ſubſidiary", "affiliate",
                 "capitales", "CAPITAİS", "capıtaux", "de ", "дочка", "ДОЧЕРНЕЙ", "ᲁочерней", "компании", "perusahaan",
                 "asal", "Investor", "PEMİLİK", "milik", " ", "  ", "the ", "a ", "«", "x", "\n"]


@given(st.lists(st.sampled_from(_OWNER_PIECES), max_size=12), st.integers(0, 90))
@example(["ᲁочерней", " ", "компании", " "], 20)
@example(["PEMİLİK", " "], 8)
def test_owner_stems_held_wherever_the_owner_pattern_matches(pieces: list[str], start: int) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    if _OWNER_BEFORE.search(text, max(0, start - 45), start):
        assert _holds_stem_before(text, start, _OWNER_STEMS)


@given(st.text(alphabet="migrant cameöçgenपरवास出身 MIGRANT", max_size=40))
@example("göçmen")
@example("came")
def test_came_words_searched_at_once_as_each_of_them(phrase: str) -> None:
    assert _says_they_came(phrase) is any(word in phrase for word in _CAME_WORDS)


def test_every_home_base_phrase_holds_a_home_base_stem() -> None:
    phrases = ["headquartered in the ", "HEADQUARTERED IN ", "based in ", "BAſED IN ", "con sede en ", "com sede em ",
               "CON SEDE A ", "sediada em ", "sediados no ", "basée à ", "basés en ", "BASÉE AU ", "baſée à "]
    for phrase in phrases:
        assert _HOME_BASE_BEFORE.search(phrase, max(0, len(phrase) - 30), len(phrase)), phrase
        assert _holds_stem_before(phrase, len(phrase), _HOME_BASE_STEMS), phrase


# War phrases before a country (cross27's _WAR_BEFORE, searched only where a _WAR_STEMS word stands) and near misses.
_WAR_PIECES = ["war", "WAR", "guerre", "guerra", "Krieg", "oorlog", "wojny", "войне", "ВОЙНЫ", "конфликты", "invasion",
               "invasión", "invasão", "вторжения", " in", " der", " en", " na", " of", " against", " contre", " на",
               " в", " the", " la", " ", "x", "ward"]


@given(st.lists(st.sampled_from(_WAR_PIECES), max_size=10), st.integers(0, 60))
@example(["guerre", " en", " "], 10)
@example(["ВОЙНЫ", " на", " "], 9)
def test_war_stems_held_wherever_the_war_pattern_matches(pieces: list[str], start: int) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    if _WAR_BEFORE.search(text, max(0, start - 30), start):
        assert _holds_stem_before(text, start, _WAR_STEMS) and _speaks_of_war(text)


@pytest.mark.parametrize("text", ["Russia's full-scale invasion", "RUSSIA'S WAR", "ロシアのウクライナ侵攻", "軍事侵略",
                                  "la guerre en", "ВОЙНЫ на", "toward", "award"])
def test_a_text_speaks_of_war_wherever_the_war_patterns_match(text: str) -> None:
    if _WAR_AFTER.search(text) or _WAR_BEFORE.search(text + " "):
        assert _speaks_of_war(text)
    if text in ("toward", "award"):
        assert not _speaks_of_war(text)
