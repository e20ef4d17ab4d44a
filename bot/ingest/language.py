"""A story's language name for people: "Spanish" for "es". Detection itself is bot.matching.detect_language
(the feed's declared language first, then the text)."""

from __future__ import annotations

from babel import Locale

_ENGLISH = Locale("en")


def language_name(code: str | None) -> str | None:
    """"Spanish" for "es" (in English); the code itself when Babel has no name; None for None."""
    if not code:
        return None
    name: str = _ENGLISH.languages.get(code, code)
    return name
