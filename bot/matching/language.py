"""The language of a story: the feed's declared language first, then a detector.

The detector is py3langid (a maintained fork of langid.py: offline, 97 languages, a naive Bayes
model over byte n-grams; it classifies a story in tens of microseconds, where lingua takes
milliseconds and hundreds of MB). It reads the title and the opening of the text only, so the
cost per story is bounded however long the story is.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry
from py3langid.langid import MODEL_FILE, LanguageIdentifier

DETECT_CHARS = 600          # how much of the text the detector reads
MIN_LETTERS = 12            # less than this is too little to tell a language by
MIN_CONFIDENCE = 0.5        # the detector's normalised probability below which it abstains
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """The detector's model, loaded on first use (about 0.5 s)."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def declared_language(declared: str | None) -> str | None:
    """A feed's declared language ("en-US", "pt_BR", "fra", "French") as ISO 639-1, or None if unknown."""
    if not declared:
        return None
    code = re.split(r"[-_\s;,]", declared.strip())[0].lower()
    if len(code) == 2 and pycountry.languages.get(alpha_2=code) is not None:
        return code
    for lookup in ({"alpha_3": code}, {"name": declared.strip()}):
        try:
            language = pycountry.languages.get(**lookup)
        except (KeyError, LookupError):
            language = None
        if language is not None and getattr(language, "alpha_2", None):
            return str(language.alpha_2)
    return None


def detect_language(title: str | None, text: str | None, declared: str | None = None) -> str | None:
    """The story's language as an ISO 639-1 code: the declared one when it is valid, else detected.

    Returns None when the story has too few letters or the detector is unsure (gibberish, emoji).
    """
    known = declared_language(declared)
    if known is not None:
        return known
    sample = f"{title or ''}\n{(text or '')[:DETECT_CHARS]}"
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    language, confidence = _identifier().classify(sample)
    # The model answers "zxx" (no linguistic content) for gibberish it cannot place.
    return str(language) if confidence >= MIN_CONFIDENCE and len(language) == 2 else None
