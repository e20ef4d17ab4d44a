"""Shortcuts taken for speed by speed27b give exactly what the plain code gave: an ASCII text is told by
str.isascii() before any regex or replacement runs, and the characters beyond ASCII are folded by C loops."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from bot.matching.normalize import (
    _ASCII_CASED,
    _ASCII_NON_WORD,
    _FOLD_TO_ASCII,
    _NON_ASCII,
    _fold_beyond_ascii,
    _fold_fields,
    _fold_with_offsets,
    _NotFoldableToAscii,
    fold_char,
)
from bot.matching.tagger import _CAUSE_STEMS, _HOME_BASE_STEMS, _IGNORECASE_LETTERS, _OWNER_STEMS, _holds_stem_before

# ASCII, Latin letters with accents, the letters re.IGNORECASE reads otherwise, other scripts, combining marks,
# ligatures and the punctuation news text is full of.
_LETTERS = st.sampled_from(list("aZ 0_-'\x7f\x80éÉİıſKᲁᲂдДعکभा\u0301ﬁ½’“—ßΣς한") + ["\u093f", "\u200b"])
_TEXTS = st.lists(_LETTERS, max_size=40).map("".join)


# The pattern as it was before speed27b: every ASCII character but letters and digits, the space too.
_PLAIN_ASCII_NON_WORD = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]")


def test_ascii_non_word_is_every_ascii_character_but_letters_digits_and_the_space() -> None:
    ascii_characters = "".join(map(chr, range(128)))
    assert "".join(_ASCII_NON_WORD.findall(ascii_characters)) == "".join(
        char for char in ascii_characters if not char.isalnum() and char != " ")


@given(_TEXTS)
@example("a b,c  d\t\ne")
def test_ascii_non_word_blanks_out_as_before(text: str) -> None:
    assert _ASCII_NON_WORD.sub(" ", text) == _PLAIN_ASCII_NON_WORD.sub(" ", text)


def _plain_fold_fields(text: str) -> tuple[str, str, tuple[int, ...] | None]:
    """_fold_fields as it was before speed27b: the first character beyond ASCII searched for by regex."""
    first_beyond = _NON_ASCII.search(text)
    if first_beyond is not None and len(folded := fold_char(first_beyond.group())) == 1 and not folded.isascii():
        return _plain_fold_beyond_ascii(text)
    try:
        raw = text.encode("ascii", _FOLD_TO_ASCII)
    except _NotFoldableToAscii:
        return _plain_fold_beyond_ascii(text)
    cased = raw.translate(_ASCII_CASED).decode("ascii")
    return cased, cased.lower(), None


def _plain_fold_beyond_ascii(text: str) -> tuple[str, str, tuple[int, ...] | None]:
    """_fold_beyond_ascii as it was before speed27b: the characters beyond ASCII folded by a Python loop."""
    folds = {char: fold_char(char) for char in set(text) if not char.isascii()}
    if any(len(replacement) != 1 for replacement in folds.values()):
        return _fold_with_offsets(text, folds)
    folded = text
    for char, replacement in folds.items():
        if replacement != char:
            folded = folded.replace(char, replacement)
    cased = _PLAIN_ASCII_NON_WORD.sub(" ", folded)
    lower = cased.lower()
    if len(lower) != len(cased):
        return _fold_with_offsets(text, folds)
    return cased, lower, None


@given(_TEXTS)
@example("plain ASCII, no letter beyond")
@example("\x7f\x80")
@example("Côte d’Ivoire")
@example("Профсоюз «Учитель»")
@example("ﬁ½ भारत İstanbul")
def test_fold_fields_gives_what_the_regex_search_and_python_loop_gave(text: str) -> None:
    assert (_NON_ASCII.search(text) is None) is text.isascii()
    assert _fold_fields(text) == _plain_fold_fields(text)
    assert _fold_beyond_ascii(text) == _plain_fold_beyond_ascii(text)


def _plain_holds_stem_before(original: str, start: int, stems: tuple[str, ...]) -> bool:
    """_holds_stem_before as it was before speed27b: the letters replaced in every window."""
    window = original[max(0, start - 45):start]
    for letter, plain_letter in _IGNORECASE_LETTERS:
        window = window.replace(letter, plain_letter)
    window = window.lower()
    return any(stem in window for stem in stems)


_STEM_PIECES = st.sampled_from([*_CAUSE_STEMS, *_OWNER_STEMS, *_HOME_BASE_STEMS, "OWNED", "BAſED", "SUBSİDIARY",
                                "ᲁочка", "HEADQUARTERED", " ", "x", "é", "İ", "ı", "K", "\n"])


@given(st.lists(_STEM_PIECES, max_size=12).map("".join), st.integers(0, 120))
@example("owned by a ", 11)
@example("BAſED IN ", 9)
def test_stems_before_found_as_in_every_window_replaced(text: str, start: int) -> None:
    start = min(start, len(text))
    for stems in (_CAUSE_STEMS, _OWNER_STEMS, _HOME_BASE_STEMS):
        assert _holds_stem_before(text, start, stems) is _plain_holds_stem_before(text, start, stems)


def test_letters_replaced_for_ignorecase_change_no_ascii_window() -> None:
    # an ASCII window skips the replacements: those of ASCII letters are what lower() does anyway
    assert all(letter.lower() == plain_letter for letter, plain_letter in _IGNORECASE_LETTERS if letter.isascii())
