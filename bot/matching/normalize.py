"""Text normalisation for matching, with offsets that map back to the original text.

Every character is folded on its own: accents are removed ("é" -> "e"), the Turkish
dotted capital "İ" becomes "I", and anything that is not a letter or digit (punctuation,
curly quotes, dashes, whitespace) becomes one space. Names and story text go through the
same folding, so "Côte d’Ivoire" matches "Cote d'Ivoire" and "Guinea-Bissau" matches
"Guinea Bissau", and a name padded with spaces only matches whole words.

The common case keeps one folded character per original character, so offsets carry over
unchanged; a character that folds to none or several characters (a combining accent, a
ligature) switches to a slower path that records where each folded character came from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters that Unicode does not decompose into a base letter plus an accent.
_SPECIAL_FOLDS = {
    "İ": "I", "ı": "i", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ø": "O", "ø": "o",
    "Ħ": "H", "ħ": "h", "Ŧ": "T", "ŧ": "t", "Ŀ": "L", "ŀ": "l", "Ð": "D", "ð": "d",
}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NON_WORD = re.compile(r"[\W_]")
# ASCII letters and digits map to themselves, everything else to a space.
_ASCII_CASED = bytes(c if chr(c).isalnum() else 0x20 for c in range(128)) + b" " * 128
_ASCII_LOWER = bytes(ord(chr(c).lower()) if chr(c).isalnum() else 0x20 for c in range(128)) + b" " * 128


@lru_cache(maxsize=65536)
def fold_char(char: str) -> str:
    """Fold one character: a space for non-alphanumerics, else the letter without accents.

    The result is usually one character; combining marks fold to "" and ligatures or
    fractions to several characters.
    """
    if char in _SPECIAL_FOLDS:
        return _SPECIAL_FOLDS[char]
    if not char.isalnum():
        return "" if unicodedata.combining(char) else " "
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", base) if base else ""


@dataclass(frozen=True)
class NormalizedText:
    """A folded view of `original`: `cased` keeps letter case, `lower` is lower-cased.

    Both have the same length; `offsets[i]` is the index in `original` of the character
    that produced folded character `i` (None when the two are aligned one to one).
    """

    original: str
    cased: str
    lower: str
    offsets: tuple[int, ...] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span [start, end) to the span of the original text it came from."""
        if self.offsets is None:
            return start, end
        original_start = self.offsets[start]
        original_end = self.offsets[end - 1] + 1
        while original_end < len(self.original) and unicodedata.combining(self.original[original_end]):
            original_end += 1
        return original_start, original_end


def normalize(text: str) -> NormalizedText:
    """Fold `text` for matching (see the module docstring); never raises on odd input."""
    if text.isascii():
        raw = text.encode("ascii")
        return NormalizedText(text, raw.translate(_ASCII_CASED).decode("ascii"),
                              raw.translate(_ASCII_LOWER).decode("ascii"))
    folded = text
    for char in set(_NON_ASCII.findall(text)):
        replacement = fold_char(char)
        if len(replacement) != 1:
            return _normalize_with_offsets(text)
        folded = folded.replace(char, replacement)
    if folded.isascii():
        raw = folded.encode("ascii")
        return NormalizedText(text, raw.translate(_ASCII_CASED).decode("ascii"),
                              raw.translate(_ASCII_LOWER).decode("ascii"))
    cased = _NON_WORD.sub(" ", folded)
    lower = cased.lower()
    if len(lower) != len(cased):
        return _normalize_with_offsets(text)
    return NormalizedText(text, cased, lower)


def _normalize_with_offsets(text: str) -> NormalizedText:
    cased_parts: list[str] = []
    lower_parts: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = fold_char(char)
        for piece in folded:
            lowered = piece.lower()
            cased_parts.append(piece)
            lower_parts.append(lowered if len(lowered) == 1 else piece)
            offsets.append(index)
    return NormalizedText(text, "".join(cased_parts), "".join(lower_parts), tuple(offsets))


def fold(text: str) -> str:
    """Lower-cased, accent-free form of `text` with runs of non-letters collapsed to one space."""
    return " ".join(normalize(text).lower.split())


def fold_cased(text: str) -> str:
    """Accent-free form of `text` that keeps letter case, non-letters collapsed to one space."""
    return " ".join(normalize(text).cased.split())
