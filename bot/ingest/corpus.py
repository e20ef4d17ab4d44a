"""The local news corpus: text documents, each holding one or more stories.

Splitting is a pure function of the text. The shapes it knows (see the seed corpus):
- a headline line, then paragraphs; several such stories may follow one another;
- a `date 2025-04-24 Title` header line starting a story (the rest of the line is the title when it
  reads like one, else the start of the text);
- untitled entries, each starting with a date line such as `May 26, 2023`.
Once a document shows date markers, only they split it. Otherwise a headline-like line starts a new
story only when what follows shares (almost) no names with the story so far: subheadings and photo
captions talk about the same people and places, a new story does not.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import charset_normalizer

CORPUS_SUFFIXES = (".txt", ".text", ".md")

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_LINE = re.compile(rf"^\s*(?:(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
                       rf"|(?P<day2>\d{{1,2}})\s+(?P<mon2>{_MONTH})\.?\s+(?P<year2>\d{{4}}))\s*$", re.IGNORECASE)
DATE_HEADER = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\b\s*(?P<rest>.*)$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!,;:…]['\"”’)]*$")
NAME_TOKEN = re.compile(r"(?<![\w’'])([A-Z][\w’'-]{2,}|[A-Z]{2,})")
SENTENCE_PUNCTUATION = frozenset('.!?:;"“”')

MAX_HEADLINE_CHARS = 200
MIN_STORY_CHARS = 300  # a story must have this much body before another may start
MAX_SHARED_NAME_RATIO = 0.1  # a new story shares at most this share of its names with the previous one
LOOKAHEAD_PARAGRAPHS = 6


@dataclass(frozen=True)
class CorpusStory:
    """One story found in a document."""

    index: int
    title: str | None
    text: str
    published: dt.date | None


def split_document(text: str) -> list[CorpusStory]:
    """Split a document's text into stories (an empty document has none)."""
    # str.split() with no argument also folds no-break and other Unicode spaces.
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    if any(DATE_LINE.match(line) or DATE_HEADER.match(line) for line in lines):
        return _split_at_dates(lines)
    return _split_at_headlines(_paragraphs(lines))


def _paragraphs(lines: list[str]) -> list[str]:
    """Blocks separated by blank lines; in a document with no blank lines, each line is a paragraph."""
    if not any(not line.strip() for line in lines):
        return [line for line in lines if line]
    blocks, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return blocks


def _split_at_dates(lines: list[str]) -> list[CorpusStory]:
    stories: list[CorpusStory] = []
    title: str | None = None
    published: dt.date | None = None
    body: list[str] = []
    started = False

    def flush() -> None:
        paragraphs = _paragraphs(body)
        preamble_is_story = sum(len(paragraph) for paragraph in paragraphs) >= MIN_STORY_CHARS
        if (started and (paragraphs or title)) or preamble_is_story:
            stories.append(CorpusStory(len(stories), title, "\n\n".join(paragraphs), published))

    for position, line in enumerate(lines):
        header = DATE_HEADER.match(line)
        date_line = DATE_LINE.match(line)
        if not (header or date_line):
            body.append(line)
            continue
        flush()
        started, body = True, []
        if header:
            published = _iso_date(header["date"])
            rest = header["rest"].strip()
            next_is_break = position + 1 >= len(lines) or not lines[position + 1].strip()
            if rest and _reads_like_headline(rest) and next_is_break:
                title = rest
            else:
                title = None
                body.append(rest)
        elif date_line:  # not a header, so a date line
            title = None
            published = _spelled_date(date_line)
    flush()
    return stories


def _split_at_headlines(paragraphs: list[str]) -> list[CorpusStory]:
    """Linear in the document: each paragraph's names are found once, and the story so far is kept as
    a running set of names and a running body length instead of being rescanned at every paragraph."""
    if not paragraphs:
        return []
    names = [_paragraph_names(paragraph) for paragraph in paragraphs]
    starts = [0]
    story_names = set(names[0])
    body_chars = 0  # the story's length after its first paragraph
    for position in range(1, len(paragraphs)):
        if _starts_new_story(paragraphs, names, position, story_names, body_chars):
            starts.append(position)
            story_names = set(names[position])
            body_chars = 0
        else:
            story_names |= names[position]
            body_chars += len(paragraphs[position])
    stories = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(paragraphs)
        block = paragraphs[start:end]
        if len(block) > 1 and _reads_like_headline(block[0]):
            title, body = block[0], block[1:]
        else:
            title, body = None, block
        stories.append(CorpusStory(number, title, "\n\n".join(body), None))
    return stories


def _starts_new_story(
    paragraphs: list[str], names: list[frozenset[str]], position: int, story_names: set[str], body_chars: int
) -> bool:
    """Whether the paragraph at `position` is the headline of a new story, given the names the story
    so far uses and the length of its body."""
    if not _reads_like_headline(paragraphs[position]) or body_chars < MIN_STORY_CHARS:
        return False
    window = range(position + 1, min(position + 1 + LOOKAHEAD_PARAGRAPHS, len(paragraphs)))
    if sum(len(paragraphs[index]) for index in window) < MIN_STORY_CHARS:
        return False  # a signature or a caption at the end, not a story
    later_names = names[position].union(*(names[index] for index in window))
    if not later_names:
        return False
    shared = len(story_names & later_names)
    return shared / len(later_names) <= MAX_SHARED_NAME_RATIO


def _reads_like_headline(line: str) -> bool:
    stripped = line.strip()
    return (
        0 < len(stripped) <= MAX_HEADLINE_CHARS
        and len(stripped.split()) >= 2
        and not SENTENCE_END.search(stripped)
        and not stripped.startswith(("-", "*", "•", "(", "“", '"'))
    )


def _paragraph_names(paragraph: str) -> frozenset[str]:
    """Capitalised words that are not merely sentence-initial: a rough set of the names a passage uses."""
    return frozenset(
        match.group(1).casefold().rstrip("’'s")
        for match in NAME_TOKEN.finditer(paragraph)
        if not _starts_sentence(paragraph, match.start())
    )


def _starts_sentence(text: str, position: int) -> bool:
    """Whether `position` begins a sentence: only spaces before it, or a line break, or sentence
    punctuation and then a space. (Looks back over the spaces only, so a long paragraph with many
    names stays linear; a regex search over the whole prefix made it quadratic.)"""
    start = position
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start == 0 or "\n" in text[start:position] or (start < position and text[start - 1] in SENTENCE_PUNCTUATION)


def _iso_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _spelled_date(match: re.Match[str]) -> dt.date | None:
    month = MONTHS[(match["mon"] or match["mon2"]).lower()]
    day = int(match["day"] or match["day2"])
    year = int(match["year"] or match["year2"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# --- reading documents from disk ---


@dataclass(frozen=True)
class CorpusDocument:
    """A document read from disk, with a note when its bytes needed a fallback decoding."""

    path: Path
    text: str
    size: int
    mtime_ns: int
    content_hash: str
    warning: str | None = None


class CorpusReadError(Exception):
    """A corpus path that cannot be read; the message says why in plain words."""


def bundled_sample_corpus() -> Path:
    """The folder of seed documents installed with the package."""
    return Path(str(resources.files("bot") / "sample_corpus"))


def list_corpus_files(location: Path) -> list[Path]:
    """The documents under a file or folder path, sorted; raises CorpusReadError when it is missing."""
    if location.is_file():
        return [location]
    if location.is_dir():
        try:
            return sorted(
                path for path in location.rglob("*")
                if path.is_file() and path.suffix.lower() in CORPUS_SUFFIXES and not path.name.startswith(".")
            )
        except OSError as error:
            raise CorpusReadError(f"{location}: cannot list the folder: {error.strerror}") from None
    raise CorpusReadError(f"{location}: no such file or folder")


def read_document(path: Path) -> CorpusDocument:
    """Read and decode one document (see `decode_document`); raises CorpusReadError naming the file."""
    try:
        stat = path.stat()
        data = path.read_bytes()
    except OSError as error:
        raise CorpusReadError(f"{path}: cannot read: {error.strerror or error}") from None
    try:
        text, warning = decode_document(data)
    except CorpusReadError as error:
        raise CorpusReadError(f"{path}: {error}") from None
    return CorpusDocument(
        path=path,
        text=text,
        size=stat.st_size,
        mtime_ns=stat.st_mtime_ns,
        content_hash=hashlib.sha256(data).hexdigest(),
        warning=warning,
    )


# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WESTERN_FALLBACK = "cp1252"  # preferred when the detector finds it as likely as anything else
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x00")
MAX_CONTROL_SHARE = 0.01
"""A decoded document with more control characters than this share (NUL aside) is a binary file."""


def decode_document(data: bytes) -> tuple[str, str | None]:
    """Bytes to text (NULs removed) and, when it was not clean UTF-8, a note saying how it was read:
    a byte order mark names the encoding (a broken tail is replaced and noted), else UTF-8, else the
    encoding charset-normalizer detects (Shift-JIS, KOI8-R, Windows-1252, ...). Raises
    CorpusReadError for a binary file or bytes no encoding fits."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            body = data[len(mark):]
            try:
                return _text_document(body.decode(encoding)), None
            except UnicodeDecodeError as error:
                text = _text_document(body.decode(encoding, errors="replace"))
                return text, f"not valid {encoding.upper()} (bad bytes at position {error.start + len(mark)}); replaced"
    try:
        return _text_document(data.decode("utf-8")), None
    except UnicodeDecodeError as error:
        note = f"not UTF-8 (bad byte at position {error.start})"
    except CorpusReadError:
        note = "not UTF-8 text"  # valid UTF-8 full of control characters: maybe UTF-16 without a mark
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise CorpusReadError("binary file or unknown text encoding, not a text document")
    best = min(matches, key=lambda match: (match.chaos, -match.coherence, _WESTERN_FALLBACK not in match.could_be_from_charset))
    encoding = _WESTERN_FALLBACK if _WESTERN_FALLBACK in best.could_be_from_charset else best.encoding
    return _text_document(data.decode(encoding, errors="replace")), f"{note}; read as {_codec_name(encoding)}"


def _text_document(text: str) -> str:
    """The text without NULs, or CorpusReadError when control characters say it is a binary file."""
    controls = sum(1 for char in text if unicodedata.category(char) == "Cc" and char not in _TEXT_CONTROLS)
    if controls > MAX_CONTROL_SHARE * len(text) or text.count("\x00") > MAX_CONTROL_SHARE * len(text):
        raise CorpusReadError("binary file, not a text document")
    return text.replace("\x00", "")


def _codec_name(encoding: str) -> str:
    """A codec's usual name: "Windows-1252" rather than "cp1252"."""
    return {"cp1252": "Windows-1252", "cp932": "Shift-JIS (cp932)"}.get(encoding, encoding.replace("_", "-").upper())
