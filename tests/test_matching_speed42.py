"""Shortcuts taken for speed by speed42 give exactly what the plain code gave (issue 14 item 3)."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from bot.matching.tagger import _GENERIC_NAME_AFTER_THE

# _GENERIC_NAME_AFTER_THE as it was written before its look-behind followed its first letter.
_PLAIN_GENERIC_NAME_AFTER_THE = re.compile(
    r"(?<![\w'’])[Tt]he\s+([A-Z][a-z]+(?:\s+(?:(?:of|and|for)\s+)?[A-Z][a-z]+)+)(?!\w)")

_NAME_PIECES = ["The", "the", "THE", "tThe", "'the", "’the", "xthe", "Athe", "he", " ", "  ", "\n", "\t", "Trade",
                "Union", "Congress", "Workers", "of", "and", "for", "Of", "T", "t", "(", ",", ".", "-", "é", "Été", "1",
                "_", "Ü", "Public", "Service", "Association"]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [(match.span(), match.span(1)) for match in pattern.finditer(text)]


@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=16))
@example(["the", " ", "Trade", " ", "Union", " ", "Congress", " ", "the", " ", "Public", " ", "Service"])
@example(["tThe", " ", "Trade", " ", "Union"])
@example(["The", " ", "Trade", " ", "Union", "the", " ", "Public", " ", "Service"])
def test_generic_name_after_the_matches_as_the_plain_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _spans(_GENERIC_NAME_AFTER_THE, text) == _spans(_PLAIN_GENERIC_NAME_AFTER_THE, text)


def test_generic_name_after_the_on_sentences() -> None:
    for text in ("He met the Trade Union Congress and the Public Service Association.",
                 "They're the Free Trade Union; breathe Trade Union Congress; The National Trade Union Centre",
                 "o’the Confederation of Trade Unions", "the\nConfederation for Trade Unions (CTU)"):
        assert _spans(_GENERIC_NAME_AFTER_THE, text) == _spans(_PLAIN_GENERIC_NAME_AFTER_THE, text), text
