"""Shortcuts taken for speed by speed27b give exactly what the plain code gave: an ASCII text is told by
str.isascii() before a regex looks for a character beyond ASCII, and the blanking out of ASCII punctuation leaves the
space alone (it became itself)."""

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

# ASCII, Latin letters with accents, the letters re.IGNORECASE reads otherwise, other scripts, combining marks,
# ligatures and the punctuation news text is full of.
_LETTERS = st.sampled_from(list("aZ 0_-,.\t\n'\x7f\x80éÉİıſKᲁᲂдДعکभा\u0301ﬁ½’“—ßΣς한") + ["\u093f", "\u200b"])
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
    """_fold_beyond_ascii as it was before speed27b: every ASCII non-word character replaced, the space too."""
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
def test_fold_fields_gives_what_the_regex_search_and_full_blanking_gave(text: str) -> None:
    assert (_NON_ASCII.search(text) is None) is text.isascii()
    assert _fold_fields(text) == _plain_fold_fields(text)
    assert _fold_beyond_ascii(text) == _plain_fold_beyond_ascii(text)
