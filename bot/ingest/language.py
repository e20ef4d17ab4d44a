"""A story's language (ISO 639-1): the language its feed declares, else the one its text is written in.

The detector is `bot.matching.detect_language(title, text, declared=None)` (issue 9, item 7). Until the
matcher ships it, stories without a declared language get none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pycountry
from babel import Locale

Detector = Callable[..., "str | None"]

try:
    from bot.matching import detect_language as _detector  # type: ignore[attr-defined]
except ImportError:  # the matcher without a detector yet: declared languages only
    _detector = None

_PRIMARY_SUBTAG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_]|\s*$)")
_ENGLISH = Locale("en")


def declared_language(declared: str | None) -> str | None:
    """The ISO 639-1 code of a declared language tag ("en-US", "pt_BR", "spa"); None when it names none."""
    match = _PRIMARY_SUBTAG.match(declared or "")
    if match is None:
        return None
    subtag = match.group(1).lower()
    language = pycountry.languages.get(alpha_2=subtag) if len(subtag) == 2 else pycountry.languages.get(alpha_3=subtag)
    return getattr(language, "alpha_2", None) if language is not None else None


def story_language(title: str | None, text: str, declared: str | None = None, detector: Detector | None = None) -> str | None:
    """The story's language: the declared one when it is a real language, else the detector's guess."""
    code = declared_language(declared)
    detect = detector if detector is not None else _detector
    if code is not None or detect is None:
        return code
    return detect(title, text, declared=None)


def language_name(code: str | None) -> str | None:
    """"Spanish" for "es" (in English); the code itself when Babel has no name; None for None."""
    if not code:
        return None
    return _ENGLISH.languages.get(code, code)
