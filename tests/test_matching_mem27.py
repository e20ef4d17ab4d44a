"""The automata hold keys padded at their end without the closing space (issue 14 item 3, branch mem27):
lookups and matches mean what they meant when the trie held every key as pattern_key pads it."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.matching.gazetteer import NameEntry
from bot.matching.tagger import _grouped_entries, _holds_key_starting, _key_info, build_automaton, stored_info

_TOWN = NameEntry("country", "FR", "town", "", "capitalised")
_ACRONYM = NameEntry("union", "abc-union", "acronym", "ABC", "exact")
_SEOUL = NameEntry("country", "KR", "city", "", "any")
_BEIJING = NameEntry("country", "CN", "city", "", "any")
# Padded at both ends, at the start only (Korean), not at all (Chinese); " abc " also begins " abc de ".
_KEYS: list[tuple[str, NameEntry]] = [(" lyon ", _TOWN), (" nice ", _TOWN), (" abc ", _ACRONYM), (" abc de ", _TOWN),
                                      (" 서울", _SEOUL), ("北京", _BEIJING)]


def _automaton() -> object:
    return build_automaton(_grouped_entries(_KEYS), ("ly",))


def test_keys_padded_at_their_end_are_stored_without_the_closing_space() -> None:
    automaton = _automaton()
    assert set(automaton.keys()) == {" lyon", " nice", " abc", " abc de", " 서울", "北京", "ly"}
    assert [key for key, info in automaton.items() if info.closed] == sorted(
        [" lyon", " nice", " abc", " abc de"], key=list(automaton.keys()).index)


def test_a_stored_value_is_found_by_its_padded_key_only() -> None:
    automaton = _automaton()
    for key, entry in _KEYS:
        assert stored_info(automaton, key) == _key_info(key, (entry,)), key
    for missing in (" lyon", "lyon ", " lyon  ", " 서울 ", " 北京", "北京 ", " abc d ", " ly", "ly "):
        assert stored_info(automaton, missing) is None, missing
    assert stored_info(automaton, "ly") is not None  # a signal, unpadded


def test_a_key_starting_with_a_prefix_is_found_as_in_the_padded_keys() -> None:
    automaton = _automaton()
    padded = [key for key, _ in _KEYS]
    for prefix in (" ", " ly", " lyon", " lyon ", " lyon x", " abc ", " abc d", " abc de ", " abc de  ", " 서", " 서울",
                   " 서울 ", "北", "北京 ", " nice ", "nice "):
        assert _holds_key_starting(automaton, prefix) == any(key.startswith(prefix) for key in padded), prefix


def test_keys_that_would_be_stored_as_one_are_refused() -> None:
    with pytest.raises(ValueError, match="stored as one"):
        build_automaton(_grouped_entries([(" 서울 ", _SEOUL), (" 서울", _SEOUL)]))


@given(st.lists(st.sampled_from(["lyon", "lyons", "nice", "abc", "de", "dex", "서울", "서울에서", "北京", "x", " ", "  "]),
                max_size=12))
@example(["abc", " ", "de", " ", "lyon"])
@example(["lyons", " ", "lyon"])
def test_matches_kept_after_the_closing_test_are_the_padded_keys_occurrences(pieces: list[str]) -> None:
    """What _scan keeps of the trie's reports (a closed key only where a space follows it) are the spans of every
    key's occurrences in the padded text, each (start, end) in the text without its padding."""
    padded = " " + "".join(pieces) + " "
    automaton = _automaton()
    found = sorted((end - info.start_back, end, info.entries) for end, info in automaton.iter(padded)
                   if info.entries and not (info.closed and padded[end + 1] != " "))
    expected = sorted((at - 1 + key.startswith(" "), at - 1 + len(key) - key.endswith(" "), (entry,))
                      for key, entry in _KEYS for at in range(len(padded)) if padded.startswith(key, at))
    assert found == expected
