"""Turn feed HTML into plain text (tags stripped, entities decoded, whitespace folded) and list its links."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

__all__ = ["PLAIN_ELEMENTS", "fold_whitespace", "html_links", "html_text_and_links", "html_to_text"]

# Elements whose content is never shown as text.
_HIDDEN_ELEMENTS = frozenset({"script", "style", "template"})
# Elements that start a new paragraph.
_BLOCK_ELEMENTS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
    }
)
# Elements that are plain markup: Python's HTML reader (and feedparser's sanitizer, which keeps them as they
# are) reads their content as ordinary text, never as raw text the way it reads script or style.
PLAIN_ELEMENTS = frozenset(
    """a abbr acronym address article aside b big blockquote br caption center cite code col colgroup dd
    del dfn div dl dt em figcaption figure font footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li nav ol
    p pre q s samp section small span strike strong sub sup table tbody td tfoot th thead time tr tt u ul
    var""".split()
)
_PARAGRAPH_BREAK = "\n\n"
_LINE_BREAK = "\n"

# Runs of whitespace that are not already one plain space (a lone " " matches neither pattern): replacing
# these with " " gives what replacing every run would, with a match per odd run instead of one per word.
_HORIZONTAL_SPACE = re.compile(r"[^\S\n ][^\S\n]*| [^\S\n]+")  # [^\S\n]+ runs, lone spaces left alone
_BLANK_LINES = re.compile(r"\n\s*\n")
_ANY_SPACE = re.compile(r"[^\S ]\s*| \s+")  # \s+ runs, lone spaces left alone

# Plain markup, token by token: text with no "<", a start tag whose attributes are all quoted (or bare
# names), an end tag; spaces inside tags are ASCII. For these Python's HTML reader reports exactly what
# _read_plain_markup does (the same tag and attribute names, lower-cased, the same unescaped text and
# attribute values); anything else (comments, declarations, a "<" that opens no such tag, unquoted
# attribute values, other elements) is left to the reader itself.
_TAG_SPACE = r"[ \t\n\r\f]"


def _plain_attribute(group: str) -> str:
    """The pattern of one plain attribute, its parts (name, double-quoted value, single-quoted value;
    neither value: a bare name) each opened with `group`: "(" to capture them, "(?:" not to."""
    return (
        rf"{_TAG_SPACE}+{group}[a-zA-Z_:][-a-zA-Z0-9_:.]*)"
        rf"(?:{_TAG_SPACE}*={_TAG_SPACE}*(?:\"{group}[^\"<>]*)\"|'{group}[^'<>]*)'))?"
    )


_PLAIN_TOKEN = re.compile(  # the groups: text, start tag's name, its attributes, "/" if self-closing, end tag's name
    r"([^<]+)"
    rf"|<([a-zA-Z][a-zA-Z0-9]*)((?:{_plain_attribute('(?:')})*){_TAG_SPACE}*(/?)>"
    rf"|</([a-zA-Z][a-zA-Z0-9]*){_TAG_SPACE}*>"
)
_PLAIN_ATTRIBUTES = re.compile(_plain_attribute("("))


def _only_lone_spaces(text: str) -> bool:
    """Whether the only whitespace in `text` is single " " characters, so that folding leaves it as it is
    (a C scan instead of a regular expression's: " " is the one whitespace character that is printable)."""
    return text.isprintable() and "  " not in text


class _TextExtractor(HTMLParser):
    """Collects the visible text of an HTML fragment, marking line and paragraph breaks, and its links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.links: list[tuple[str, str]] = []
        self._hidden_depth = 0
        self._open_link: tuple[str, int] | None = None  # (href, index of its first text piece)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._close_link()
            href = dict(attrs).get("href")
            if href and href.strip():
                self._open_link = (href.strip(), len(self.pieces))
        elif tag in _HIDDEN_ELEMENTS:
            self._hidden_depth += 1
        elif tag == "br":
            self.pieces.append(_LINE_BREAK)
        elif tag in _BLOCK_ELEMENTS:
            self.pieces.append(_PARAGRAPH_BREAK)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HIDDEN_ELEMENTS:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._close_link()
        elif tag in _HIDDEN_ELEMENTS:
            self._hidden_depth = max(0, self._hidden_depth - 1)
        elif tag in _BLOCK_ELEMENTS:
            self.pieces.append(_PARAGRAPH_BREAK)

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            # Newlines in HTML source are ordinary spaces; only tags break lines.
            self.pieces.append(data if _only_lone_spaces(data) else _ANY_SPACE.sub(" ", data))

    def close(self) -> None:
        super().close()
        self._close_link()

    def _close_link(self) -> None:
        if self._open_link is not None:
            href, first_piece = self._open_link
            anchor_text = " ".join("".join(self.pieces[first_piece:]).split())
            self.links.append((href, anchor_text))
            self._open_link = None


def _read_plain_markup(html: str, extractor: _TextExtractor) -> bool:
    """Hand `html` to the extractor's handlers as Python's HTML reader would, when it is plain markup
    (_PLAIN_TOKEN, elements of PLAIN_ELEMENTS): a regular expression per token instead of the reader's
    character-level scanning. Returns False, part-way, at anything else: the extractor is then spoilt."""
    position = 0
    for token in _PLAIN_TOKEN.finditer(html):
        if token.start() != position:
            return False
        position = token.end()
        text, start_tag, attributes, self_closing, end_tag = token.groups()
        if text is not None:
            extractor.handle_data(unescape(text))
        elif start_tag is not None:
            tag = start_tag.lower()
            if tag not in PLAIN_ELEMENTS:
                return False
            attrs: list[tuple[str, str | None]] = []
            for attribute in _PLAIN_ATTRIBUTES.finditer(attributes) if attributes else ():
                value = attribute[2] if attribute[2] is not None else attribute[3]  # None: a bare name
                attrs.append((attribute[1].lower(), unescape(value) if value else value))
            (extractor.handle_startendtag if self_closing else extractor.handle_starttag)(tag, attrs)
        elif end_tag.lower() in PLAIN_ELEMENTS:
            extractor.handle_endtag(end_tag.lower())
        else:
            return False
    return position == len(html)


def fold_whitespace(text: str) -> str:
    """Collapse runs of spaces and tabs, keep single line breaks, and reduce blank lines to one ("\\n\\n")."""
    paragraphs = []
    for paragraph in _BLANK_LINES.split(text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = (
            (line if _only_lone_spaces(line) else _HORIZONTAL_SPACE.sub(" ", line)).strip() for line in paragraph.split("\n")
        )
        folded = "\n".join(line for line in lines if line)
        if folded:
            paragraphs.append(folded)
    return _PARAGRAPH_BREAK.join(paragraphs)


def html_text_and_links(html: str | None) -> tuple[str, list[tuple[str, str]]]:
    """An HTML fragment's plain text (as `html_to_text`) and its links (as `html_links`), read in one pass."""
    if not html:
        return "", []
    extractor = _TextExtractor()
    if not _read_plain_markup(html, extractor):
        extractor = _TextExtractor()
        extractor.feed(html)
    extractor.close()
    return fold_whitespace("".join(extractor.pieces)), extractor.links


def html_to_text(html: str | None) -> str:
    """Plain text of an HTML fragment: no tags, scripts or styles; entities decoded; paragraphs as "\\n\\n"."""
    return html_text_and_links(html)[0]


def html_links(html: str | None) -> list[tuple[str, str]]:
    """The (href, anchor text) of every link in an HTML fragment, in document order; hrefs as written."""
    return html_text_and_links(html)[1]
