"""The tagger's speed and memory, its tags unchanged (issue 14, branch perf40): the tries hold each key only up to
the first letter no other key shares, its tail beside them, and match and look up as tries of whole keys; years
glued to a word are looked for where a century stands; a text's language is detected for centre-glued names only
where one may stand."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from bot.matching.gazetteer import NameEntry
from bot.matching.normalize import _YEAR_GLUED_TO_WORD, _unglued_years
from bot.matching.recognise import _CENTRE_GLUED_GATE, _CENTRE_GLUED_NAME
from bot.matching.tagger import _grouped_entries, _holds_key_starting, build_automaton, default_tagger, stored_info

_WHOLE = 10**6  # a shortest cut no key reaches: every key held whole
_PIECES = ["ab", "abc", "b", "北", "京", "서울", " ", "  "]
_KEY = st.lists(st.sampled_from(_PIECES[:-1]), min_size=1, max_size=5).map("".join).filter(str.strip)


def _keys(words: list[str]) -> dict[str, NameEntry]:
    """Keys padded as pattern_key pads them, one entry each (its target the key)."""
    keys: dict[str, NameEntry] = {}
    for word in words:
        key = f" {word.strip()} " if word.strip()[0] in "ab" else f" {word.strip()}" if "서" in word else word.strip()
        if key.rstrip() not in {known.rstrip() for known in keys}:
            keys[key] = NameEntry("country", key, "city", "", "any")
    return keys


@given(st.lists(_KEY, min_size=1, max_size=12), st.lists(st.sampled_from(_PIECES), max_size=12),
       st.lists(_KEY, max_size=6))
@example([" abcab", " abcabc", "abc", " 서울ab"], ["abcab", " ", "abcabc", "서울ab"], [" abcabc", "abc", " ab"])
def test_cut_keys_match_and_are_found_as_whole_keys(words: list[str], text: list[str], probes: list[str]) -> None:
    keys = _keys(words)
    cut = build_automaton(_grouped_entries(keys.items()), ("bc",), shortest_cut=1)
    whole = build_automaton(_grouped_entries(keys.items()), ("bc",), shortest_cut=_WHOLE)
    assert sorted(cut.keys()) == sorted(whole.keys())
    padded = " " + "".join(text) + " "
    assert sorted(cut.iter(padded)) == sorted(whole.iter(padded))
    for key in [*keys, *probes, *(f" {probe}" for probe in probes), *(f" {probe} " for probe in probes)]:
        assert stored_info(cut, key) == stored_info(whole, key), key
        for end in range(len(key) + 1):
            assert _holds_key_starting(cut, key[:end]) == _holds_key_starting(whole, key[:end]), key[:end]


def test_the_directorys_long_names_are_held_in_part() -> None:
    """Most of the tries' keys go their own way before their end: their tails are kept outside the trie."""
    latin = default_tagger()._automata.latin
    assert len(latin) > 30_000
    assert latin._automaton.get_stats()["nodes_count"] < len(latin._tails.letters)  # 101,973 nodes, 210,156 letters
    assert stored_info(latin, " national union of mineworkers ") is not None


@given(st.text(alphabet=st.sampled_from(list("1920٣x A_-")), max_size=30))
@example("27 September, 2013IndustriALL")
@example("x2013A 1999B")
def test_years_glued_to_a_word_are_unglued_as_the_pattern_finds_them(text: str) -> None:
    """_unglued_years tries its pattern only where a century's digits stand: the same as a search everywhere."""
    assert _unglued_years(text) == _YEAR_GLUED_TO_WORD.sub(lambda year: year.group()[:-1] + " ", text)


@given(st.lists(st.sampled_from(["SNJ", "FO", "CGT", "CS", "N", "-", "‐", " ", "/", "x"]), max_size=12).map("".join))
@example("SNJ-CGT")
def test_the_centre_glued_gate_holds_every_centre_glued_name(text: str) -> None:
    """The recogniser detects a text's language for centre-glued names ("SNJ-CGT") only where the gate finds one."""
    assert _CENTRE_GLUED_GATE.search(text) is not None or _CENTRE_GLUED_NAME.search(text) is None
