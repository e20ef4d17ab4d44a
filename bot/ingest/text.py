"""Turn feed HTML into plain text (tags stripped, entities decoded, whitespace folded) and list its links."""

from __future__ import annotations

import re
from html.parser import HTMLParser

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
_PARAGRAPH_BREAK = "\n\n"
_LINE_BREAK = "\n"

# Runs of whitespace that are not already one plain space (a lone " " matches neither pattern): replacing
# these with " " gives what replacing every run would, with a match per odd run instead of one per word.
_HORIZONTAL_SPACE = re.compile(r"[^\S\n ][^\S\n]*| [^\S\n]+")  # [^\S\n]+ runs, lone spaces left alone
_BLANK_LINES = re.compile(r"\n\s*\n")
_ANY_SPACE = re.compile(r"[^\S ]\s*| \s+")  # \s+ runs, lone spaces left alone


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
            self.pieces.append(_ANY_SPACE.sub(" ", data))

    def close(self) -> None:
        super().close()
        self._close_link()

    def _close_link(self) -> None:
        if self._open_link is not None:
            href, first_piece = self._open_link
            anchor_text = " ".join("".join(self.pieces[first_piece:]).split())
            self.links.append((href, anchor_text))
            self._open_link = None


def fold_whitespace(text: str) -> str:
    """Collapse runs of spaces and tabs, keep single line breaks, and reduce blank lines to one ("\\n\\n")."""
    paragraphs = []
    for paragraph in _BLANK_LINES.split(text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = (_HORIZONTAL_SPACE.sub(" ", line).strip() for line in paragraph.split("\n"))
        folded = "\n".join(line for line in lines if line)
        if folded:
            paragraphs.append(folded)
    return _PARAGRAPH_BREAK.join(paragraphs)


def html_text_and_links(html: str | None) -> tuple[str, list[tuple[str, str]]]:
    """An HTML fragment's plain text (as `html_to_text`) and its links (as `html_links`), read in one pass."""
    if not html:
        return "", []
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
