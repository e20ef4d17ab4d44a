"""Feed fetching and parsing, against feeds served by a local HTTP server (no internet)."""

from __future__ import annotations

import asyncio
import re
import sys
import time
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from unittest.mock import patch
from urllib.parse import urljoin, urlsplit
from xml.sax.saxutils import escape

import feedparser
import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import FetchConfig
from bot.ingest import feeds
from bot.ingest import text as text_reader
from bot.ingest.feeds import (
    EntryLink,
    FeedParseError,
    FeedRequest,
    FetchResult,
    backoff_delay,
    fetch_feed,
    fetch_feeds,
    make_client,
    parse_feed,
    stream_feeds,
)
from bot.ingest.safe_http import feed_transport
from bot.ingest.text import fold_whitespace, html_links, html_text_and_links, html_to_text
from tests.feedserver import FeedServer

LOCAL = FetchConfig(timeout_seconds=2, allow_private_addresses=True)

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Labour &amp; Rights Desk</title>
  <link>https://news.example.org/</link>
  <ttl>30</ttl>
  <item>
    <title>Dockers strike in Baku</title>
    <link>/2025/06/dockers</link>
    <guid isPermaLink="false">baku-dockers-1</guid>
    <pubDate>Tue, 10 Jun 2025 14:00:00 +0200</pubDate>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>Dockers walked out on Monday.</p>
      <p>Please <a href="/act/petition">sign the petition</a> or
      <a href="https://donate.example.net/baku">donate to the strike fund</a>.</p>
      <script>track()</script>]]></content:encoded>
  </item>
  <item>
    <title>Teachers detained in Minsk</title>
    <link>https://news.example.org/2025/06/minsk</link>
    <description>&lt;p&gt;Four teachers were detained.&lt;/p&gt;</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">ITUC &lt;em&gt;news&lt;/em&gt;</title>
  <id>urn:uuid:feed-1</id>
  <updated>2025-06-11T08:00:00Z</updated>
  <entry>
    <title type="html">Union leader &lt;b&gt;released&lt;/b&gt; &amp;amp; cleared</title>
    <id>urn:uuid:entry-1</id>
    <link rel="alternate" href="https://ituc.example.org/released"/>
    <updated>2025-06-11T07:30:00-04:00</updated>
    <summary>Released after 40 days.</summary>
    <content type="html">&lt;p&gt;Released after 40 days in detention. &lt;a href="mailto:x@example.org"&gt;Write&lt;/a&gt;&lt;/p&gt;</content>
  </entry>
  <entry>
    <title type="text">Wages &lt;b&gt; inflation</title>
    <id>urn:uuid:entry-2</id>
  </entry>
</feed>
"""


def rss_with_items(count: int, title: str = "Feed") -> str:
    items = "".join(f"<item><title>Story {n}</title><guid>{title}-{n}</guid></item>" for n in range(count))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{items}</channel></rss>'


async def fetch(url: str, settings: FetchConfig = LOCAL, **validators: str) -> FetchResult:
    async with make_client(settings) as client:
        return await fetch_feed(client, url, settings=settings, **validators)


# --- text -------------------------------------------------------------------------------------------


def test_html_to_text_strips_tags_scripts_and_decodes_entities() -> None:
    html = "<div><p>Strike&nbsp;at <b>Caf&eacute;</b>\n  &amp; co</p><script>x()</script><style>p{}</style><p>Day 2<br>line</p></div>"
    assert html_to_text(html) == "Strike at Café & co\n\nDay 2\nline"
    assert html_to_text(None) == ""
    assert html_to_text("Wages < inflation") == "Wages < inflation"


def test_fold_whitespace_keeps_paragraphs() -> None:
    assert fold_whitespace("  one \t two\r\n\r\n\n\n three\nfour  ") == "one two\n\nthree\nfour"


WHITESPACE_HEAVY = st.lists(st.sampled_from([" ", "  ", "\n", "\r\n", "\t", "\x0b", "\u00a0", "\u2028", "\u3000", "a", "bé", "."])).map("".join)


def folded_run_by_run(text: str) -> str:
    """fold_whitespace as first written, replacing every run of horizontal space (the reference)."""
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = (re.sub(r"[^\S\n]+", " ", line).strip() for line in paragraph.split("\n"))
        paragraphs.append("\n".join(line for line in lines if line))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


@given(WHITESPACE_HEAVY)
def test_whitespace_folds_as_one_space_per_run(text: str) -> None:
    # The readers replace only runs that are not already one space; the result is that of replacing every run.
    assert html_to_text(text) == " ".join(text.split())
    assert fold_whitespace(text) == folded_run_by_run(text)


def test_html_links_returns_hrefs_with_anchor_text() -> None:
    assert html_links('<a href="/p">sign <b>now</b></a> <a name="x">no href</a>') == [("/p", "sign now")]


# --- parsing ----------------------------------------------------------------------------------------


async def test_rss_feed_is_fetched_and_normalised(feed_server: FeedServer) -> None:
    url = feed_server.route("/rss", RSS)

    result = await fetch(url)

    assert (result.status, result.http_status, result.error) == ("ok", 200, None)
    assert result.feed_title == "Labour & Rights Desk"
    assert result.ttl_seconds == 30 * 60
    dockers, minsk = result.entries
    assert dockers.guid == "baku-dockers-1"
    assert dockers.link == feed_server.url("/2025/06/dockers")
    assert dockers.title == "Dockers strike in Baku"
    assert dockers.published == datetime(2025, 6, 10, 12, 0, tzinfo=UTC)
    assert dockers.summary.startswith("Dockers walked out on Monday.\n\nPlease sign the petition")
    assert "track()" not in dockers.summary
    assert dockers.links == (
        EntryLink(feed_server.url("/act/petition"), "sign the petition"),
        EntryLink("https://donate.example.net/baku", "donate to the strike fund"),
    )
    assert minsk.guid == minsk.link == "https://news.example.org/2025/06/minsk"
    assert minsk.summary == "Four teachers were detained."
    assert minsk.published is None
    assert feed_server.requests("/rss")[0].headers["user-agent"] == LOCAL.user_agent


async def test_atom_feed_is_fetched_and_normalised(feed_server: FeedServer) -> None:
    url = feed_server.route("/atom", ATOM, content_type="application/atom+xml")

    result = await fetch(url)

    assert (result.status, result.feed_title, result.ttl_seconds) == ("ok", "ITUC news", None)
    released, wages = result.entries
    assert released.guid == "urn:uuid:entry-1"
    assert released.link == "https://ituc.example.org/released"
    assert released.title == "Union leader released & cleared"
    assert released.summary == "Released after 40 days in detention. Write"  # content is longer than summary
    assert released.links == ()  # mailto: is not a web link
    assert released.published == datetime(2025, 6, 11, 11, 30, tzinfo=UTC)
    assert wages.title == "Wages <b> inflation"  # type="text": the tag is literal text, kept as such
    assert wages.link is None


def test_html_and_entities_in_titles_become_plain_text() -> None:
    rss = rss_with_items(0).replace(
        "</channel>",
        "<item><title>&lt;b&gt;General strike&lt;/b&gt; in S&#227;o Paulo &amp;amp; Rio &#8212; day&nbsp;2</title>"
        "<guid>1</guid></item></channel>",
    )
    _, (entry,), _ = parse_feed("https://example.org/rss", rss.encode(), {})
    assert entry.title == "General strike in São Paulo & Rio — day 2"


def test_malformed_links_are_skipped() -> None:
    rss = rss_with_items(0).replace(
        "</channel>",
        "<item><title>T</title><link>http://[broken</link><guid>1</guid>"
        '<description>&lt;a href="http://[::1"&gt;bad&lt;/a&gt; &lt;a href="/ok"&gt;ok&lt;/a&gt;</description></item></channel>',
    )
    _, (entry,), _ = parse_feed("https://example.org/rss", rss.encode(), {})
    assert entry.link is None
    assert entry.links == (EntryLink("https://example.org/ok", "ok"),)


def test_links_in_content_resolve_against_xml_base_else_the_feed_address() -> None:
    def atom(base: str) -> bytes:
        return (
            f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"{base}><title>t</title><entry><id>1</id>'
            '<title>x</title><content type="html">&lt;a href="post1"&gt;sign&lt;/a&gt; text</content></entry></feed>'
        ).encode()

    _, (based,), _ = parse_feed("https://feeds.example.net/f.xml", atom(' xml:base="https://example.org/blog/"'), {})
    _, (plain,), _ = parse_feed("https://feeds.example.net/f.xml", atom(""), {})
    assert based.links == (EntryLink("https://example.org/blog/post1", "sign"),)
    assert plain.links == (EntryLink("https://feeds.example.net/post1", "sign"),)


# --- plain markup read without Python's HTML reader ------------------------------------------------


def by_the_html_reader_only() -> AbstractContextManager[object]:
    """Within it, every fragment goes through Python's HTML reader, as before plain markup had its own path."""
    return patch.object(text_reader, "_read_plain_markup", return_value=False)


def test_plain_markup_is_read_without_the_html_reader() -> None:
    plain = '<P class="lead">Strike &amp; <a HREF="/p?a=1&amp;b=2" title=\'x\'>sign <b>now</b></a><br/>day 2</p>'
    with patch.object(text_reader.HTMLParser, "feed", wraps=text_reader.HTMLParser.feed, autospec=True) as reader:
        assert html_text_and_links(plain) == ("Strike & sign now\nday 2", [("/p?a=1&b=2", "sign now")])
        assert reader.call_count == 0
        # a comment, an element read as raw text, an unquoted attribute value: the reader's own job
        for unusual in ("<p>a<!-- b --></p>", "<p>a</p><script>b</script>", "<a href=/p>a</a>"):
            html_text_and_links(unusual)
        assert reader.call_count == 3


MARKUP_PIECES = [
    *("<p>", "</p>", "<P >", "</P >", "<br>", "<br/>", "<br />", "<BR/>", "<a>", "</a>", "</A>", "<a/>", "<img src='x'/>"),
    *('<a href="/r?a=1&amp;b=&#50;">', "<a href='https://x.org/'>", '<a href="">', "<a href>", '<a title="t" href=" /s ">'),
    *('<a href="/1" href="/2">', '<a\nhref="/n"\tclass="c">', '<a HREF = "/u">', '<div data-x="&lt;q&gt;">', "<td colspan=2>"),
    *("<a href=/unquoted>", '<a href="x"class="y">', "<a href='x' / >", "<x-tag>", "<main>", "<svg>", "<textarea>"),
    *("<script>", "</script>", "<style>", "<title>", "<!--c-->", "<!' ", "<?pi?>", "<![CDATA[x]]>", "<>", "< p>", "</ p>"),
    *("&amp;", "&amp", "&nbsp;", "&#8217;", "&#x2014;", "&bogus;", "&", "<", ">", "=", "'", '"', "/"),
    *(" ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u2028", "\x0c", "word", "Straße", "ü"),
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(MARKUP_PIECES), max_size=30).map("".join))
def test_plain_markup_reads_as_the_html_reader_reads_it(html: str) -> None:
    ours = html_text_and_links(html)
    with by_the_html_reader_only():
        assert ours == html_text_and_links(html)


def test_feedparser_documents_read_as_by_the_html_reader() -> None:
    documents = [path.read_bytes() for path in FEEDPARSER_DOCUMENTS]
    ours = [parsed_or_refused(document) for document in documents]
    with by_the_html_reader_only():
        assert ours == [parsed_or_refused(document) for document in documents]


def test_the_only_printable_whitespace_is_the_space() -> None:
    # text_reader leaves text whose only whitespace is lone spaces unfolded, found by str.isprintable
    assert [char for char in map(chr, range(sys.maxunicode + 1)) if char.isspace() and char.isprintable()] == [" "]


# --- feedparser's sanitizer, skipped for plain markup -------------------------------------------------

FEEDPARSER_DOCUMENTS = sorted((Path(__file__).parent / "data" / "feeds" / "feedparser").rglob("*.xml"))
PLAIN_PIECES = [
    "<p>", "</p>", "<b>", "</b>", "<br>", "<br />", "<div>", "</div>", "<ul>", "<li>", "</ul>", "<em>", "</em>", "<h2>",
    "</h2>", "<table>", "<tr>", "<td colspan=2>", "</td>", "<blockquote>", "</blockquote>", "<span class='c'>", "</span>",
    '<a href="https://x.org/a?b=1&amp;c=2">', "<a href='/rel'>", "<A HREF='https://z.org/'>", "<a href=https://y.org/q>",
    "</a>", '<img alt="a &amp; b" src="q.png">', "<hr>", "&amp;", "&nbsp;", "&eacute;", "&hellip;", "&#8217;",
    "&#x2014;", "&#150;", "&quot;", "&lt;", "&gt;", " ", "\n", "\t", "\u00a0", "word", "Strike", "ü", "'", '"', ">", "=", "/",
]
UNUSUAL_PIECES = [
    "<", "&", "a&b", "&bogus;", "<!--c-->", "<?pi?>", "<![CDATA[x]]>", "<!' ", "<>", "<script>", "</script>", "<style>",
    "</style>", "<iframe>", "</iframe>", "<textarea>", "<title>", "<template>", "<applet>", "<svg>", "<x-tag>", "<main>",
]


def always_sanitizing() -> AbstractContextManager[object]:
    """Within it, parse_feed runs feedparser's sanitizer on every document, as it did before."""
    parse = feedparser.parse

    def sanitizing(*args: Any, **kwargs: Any) -> Any:
        return parse(*args, **{**kwargs, "sanitize_html": True})

    return patch.object(feedparser, "parse", sanitizing)


def parsed_or_refused(document: bytes) -> object:
    try:
        return parse_feed("https://example.org/feed.xml", document, {"Content-Type": "application/xml"})
    except FeedParseError as error:
        return str(error)


def test_feedparser_documents_parse_as_with_the_sanitizer() -> None:
    documents = [path.read_bytes() for path in FEEDPARSER_DOCUMENTS]
    assert len(documents) > 100
    ours = [parsed_or_refused(document) for document in documents]
    with always_sanitizing():
        assert ours == [parsed_or_refused(document) for document in documents]


def test_unusual_markup_goes_through_the_sanitizer() -> None:
    # Python's HTML reader takes "<!'" for a declaration and would read nothing; the sanitizer escapes it.
    rss = rss_with_items(0).replace(
        "</channel>", "<item><guid>1</guid><description>&lt;!' &lt;a href=\"foo\"&gt;</description></item></channel>"
    )
    _, (entry,), _ = parse_feed("https://example.org/rss", rss.encode(), {})
    assert entry.summary == "<!'" and entry.links == (EntryLink("https://example.org/foo", ""),)


def test_an_ampersand_in_a_plain_text_title_costs_no_second_parse() -> None:
    rss = rss_with_items(0).replace(
        "</channel>", "<item><guid>1</guid><title>Q&amp;A: AT&amp;T workers</title><description>Text</description></item></channel>"
    )
    with patch.object(feedparser, "parse", wraps=feedparser.parse) as parse:
        _, (entry,), _ = parse_feed("https://example.org/rss", rss.encode(), {})
    assert entry.title == "Q&A: AT&T workers" and parse.call_count == 1


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(PLAIN_PIECES), max_size=25),
    st.lists(st.sampled_from(PLAIN_PIECES + UNUSUAL_PIECES), max_size=25),
)
def test_entries_are_the_same_with_or_without_the_sanitizer(plain: list[str], mixed: list[str]) -> None:
    documents = [
        rss_with_items(0).replace(
            "</channel>",
            f"<item><guid>1</guid><title>{escape(''.join(title))}</title>"
            f"<description>{escape(''.join(description))}</description></item></channel>",
        ).encode()
        for title, description in ((plain[:3], plain), (mixed[:3], mixed))
    ]
    ours = [parsed_or_refused(document) for document in documents]
    with always_sanitizing():
        assert ours == [parsed_or_refused(document) for document in documents]


@pytest.mark.parametrize(
    ("item", "link"),
    [
        ("<guid>1</guid><link>/a</link>", "https://example.org/a"),
        ("<link>/a</link><guid>1</guid>", "https://example.org/a"),
        ("<guid>1</guid>", None),
        ("<guid>https://example.org/p</guid>", "https://example.org/p"),
    ],
)
def test_entry_link_comes_from_link_or_an_absolute_guid(item: str, link: str | None) -> None:
    rss = rss_with_items(0).replace("</channel>", f"<item><title>T</title>{item}</item></channel>")
    _, (entry,), _ = parse_feed("https://example.org/rss", rss.encode(), {})
    assert entry.link == link


def test_relative_guids_stay_as_written() -> None:
    _, entries, _ = parse_feed("https://example.org/feeds/rss", rss_with_items(1, "g").encode(), {"Content-Location": "/feeds/"})
    assert entries[0].guid == "g-0"


def test_entry_without_id_or_link_gets_a_stable_hash_guid() -> None:
    rss = rss_with_items(0).replace("</channel>", "<item><title>No id</title></item></channel>")
    _, (first,), _ = parse_feed("https://example.org/rss", rss.encode(), {})
    _, (again,), _ = parse_feed("https://example.org/rss", rss.encode(), {})
    assert first.guid.startswith("sha256:") and first.guid == again.guid


@pytest.mark.parametrize(
    ("declaration", "content_type"),
    [
        ('<?xml version="1.0" encoding="ISO-8859-1"?>', "application/rss+xml"),  # declared in the document
        ('<?xml version="1.0"?>', "application/rss+xml; charset=ISO-8859-1"),  # declared only by the server
        ('<?xml version="1.0" encoding="utf-8"?>', "text/xml"),  # declared wrongly
        ("", "text/xml"),  # not declared at all
    ],
)
async def test_latin1_feed_is_decoded(feed_server: FeedServer, declaration: str, content_type: str) -> None:
    body = declaration + '<rss version="2.0"><channel><title>Confédération générale</title>'
    body += "<item><title>Grève à São Tomé</title><guid>1</guid></item></channel></rss>"
    url = feed_server.route("/rss", body.encode("latin-1"), content_type=content_type)

    result = await fetch(url)

    assert result.feed_title == "Confédération générale"
    assert [entry.title for entry in result.entries] == ["Grève à São Tomé"]
    assert result.entries[0].link is None  # the guid "1" is not an address


def test_broken_xml_with_entries_keeps_the_entries() -> None:
    broken = rss_with_items(2).replace("<title>Story 1</title>", "<title>Story 1 & more</title>")
    _, entries, _ = parse_feed("https://example.org/rss", broken.encode(), {})
    assert [entry.title for entry in entries] == ["Story 0", "Story 1 & more"]


def test_valid_feed_without_items_is_empty_not_an_error() -> None:
    assert parse_feed("https://example.org/rss", b"<rss><channel><title>Quiet</title><item></item></channel></rss>", {}) == (
        "Quiet",
        (),  # an item with no title, text or link is nothing to alert on
        None,
    )


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<rss><channel><title>Broken</title>\n<oops>\n</channel>", "not a feed: XML parse error at line 3: mismatched tag"),
        (b'<?xml version="1.0"?>\n<rss><channel><title>Broken</title>\n<oops>\n</channel>', "not a feed: XML parse error at line 4: mismatched tag"),
        (b"<html><body><p>Just a web page</p></body></html>", "not a feed: no RSS or Atom elements found"),
        (b"   ", "not a feed: empty response"),
    ],
)
def test_unusable_documents_are_refused_in_plain_words(body: bytes, reason: str) -> None:
    with pytest.raises(FeedParseError) as raised:
        parse_feed("https://example.org/rss", body, {})
    assert str(raised.value) == reason


def billion_laughs() -> bytes:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{level} "' + f"&lol{level - 1};" * 10 + '">' for level in range(1, 10)
    ]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(entities) + "\n]>\n"
        '<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>'
    ).encode()


def quadratic_blowup() -> bytes:
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "' + "a" * 50_000 + '">]>\n'
        '<rss version="2.0"><channel><item><title>' + "&a;" * 20_000 + "</title></item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    "bomb",
    [
        billion_laughs(),
        quadratic_blowup(),
        billion_laughs().decode().replace('"1.0"', '"1.0" encoding="utf-16"', 1).encode("utf-16"),
    ],
)
def test_xml_bombs_are_refused_quickly(bomb: bytes) -> None:
    started = time.monotonic()
    with pytest.raises(FeedParseError, match="XML bomb"):
        parse_feed("https://example.org/rss", bomb, {})
    assert time.monotonic() - started < 1


def test_single_character_entities_are_allowed() -> None:
    rss = rss_with_items(0).replace('<?xml version="1.0"?>', '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY nbsp "&#160;">\n]>')
    rss = rss.replace("</channel>", "<item><title>Day&nbsp;2</title><guid>1</guid></item></channel>")
    _, (entry,), _ = parse_feed("https://example.org/rss", rss.encode(), {})
    assert entry.title == "Day 2"


# --- HTTP -------------------------------------------------------------------------------------------


async def test_unchanged_feed_costs_one_304(feed_server: FeedServer) -> None:
    url = feed_server.route("/rss", RSS, etag='"v1"', last_modified="Tue, 10 Jun 2025 12:00:00 GMT")

    first = await fetch(url)
    second = await fetch(url, etag=first.etag, last_modified=first.last_modified)

    assert first.status == "ok" and first.etag == '"v1"'
    assert second == FetchResult(
        url, "not_modified", 304, '"v1"', "Tue, 10 Jun 2025 12:00:00 GMT", None, (), None, None
    )
    conditional = feed_server.requests("/rss")[1]
    assert conditional.headers["if-none-match"] == '"v1"'
    assert conditional.headers["if-modified-since"] == "Tue, 10 Jun 2025 12:00:00 GMT"
    assert conditional.status == 304


async def test_last_modified_alone_gives_304(feed_server: FeedServer) -> None:
    url = feed_server.route("/rss", RSS, last_modified="Tue, 10 Jun 2025 12:00:00 GMT")
    result = await fetch(url, last_modified="Tue, 10 Jun 2025 12:00:00 GMT")
    assert (result.status, result.entries) == ("not_modified", ())
    assert "if-none-match" not in feed_server.requests("/rss")[0].headers


async def test_gzip_body_is_decoded(feed_server: FeedServer) -> None:
    body = rss_with_items(200)
    url = feed_server.route("/rss", body, gzip=True)

    result = await fetch(url)

    assert result.status == "ok" and len(result.entries) == 200
    request = feed_server.requests("/rss")[0]
    assert "gzip" in request.headers["accept-encoding"]
    assert request.body_bytes_sent < len(body) / 5  # it really went over the wire compressed


async def test_http_errors_are_reported(feed_server: FeedServer) -> None:
    url = feed_server.route("/rss", "oops", status=500)
    result = await fetch(url, etag='"old"')
    assert (result.status, result.http_status, result.error) == ("error", 500, "HTTP 500 Internal Server Error")
    assert result.etag == '"old"'  # validators to send next time are kept


async def test_one_batch_survives_malformed_and_slow_feeds(feed_server: FeedServer) -> None:
    settings = FetchConfig(timeout_seconds=1, allow_private_addresses=True)
    good = [feed_server.route(f"/good{n}", rss_with_items(n + 1, f"Good {n}")) for n in range(3)]
    malformed = feed_server.route("/malformed", '<rss version="2.0"><channel><title>x</title>\n<description>\n</rss>')
    slow = feed_server.route("/slow", rss_with_items(1), delay=10)
    urls = [good[0], slow, good[1], malformed, good[2]]
    reported: list[str] = []

    async def record(result: FetchResult) -> None:
        reported.append(result.url)

    started = time.monotonic()
    results = await fetch_feeds([FeedRequest(url) for url in urls], settings, on_result=record)
    elapsed = time.monotonic() - started

    assert elapsed < 2  # bounded by the 1 s timeout, not by the slow feed's 10 s
    assert [result.url for result in results] == urls
    assert sorted(reported) == sorted(urls)
    by_url = {result.url: result for result in results}
    assert [len(by_url[url].entries) for url in good] == [1, 2, 3]
    assert by_url[slow].error == "timed out after 1 s"
    assert by_url[malformed].status == "error"
    assert by_url[malformed].error.startswith("not a feed: XML parse error at line 3")


async def test_stream_feeds_hands_over_each_result_with_its_position(feed_server: FeedServer) -> None:
    urls = [feed_server.route(f"/s{n}", rss_with_items(n + 1)) for n in range(3)]
    urls.append(urls[0])  # the same feed twice: each request is still reported at its own position
    handed: dict[int, FetchResult] = {}

    async def handle(position: int, result: FetchResult) -> None:
        handed[position] = result

    assert await stream_feeds([FeedRequest(url) for url in urls], LOCAL, handle) is None
    assert sorted(handed) == [0, 1, 2, 3]
    assert [handed[position].url for position in range(4)] == urls
    assert [len(handed[position].entries) for position in range(4)] == [1, 2, 3, 1]


async def test_a_failing_callback_is_logged_and_the_batch_goes_on(
    feed_server: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    urls = [feed_server.route(f"/f{n}", rss_with_items(1)) for n in range(3)]

    def store(result: FetchResult) -> None:
        if result.url == urls[1]:
            raise RuntimeError("database is locked")

    results = await fetch_feeds([FeedRequest(url) for url in urls], LOCAL, on_result=store)

    assert [result.status for result in results] == ["ok", "ok", "ok"]
    assert f"on_result failed for feed {urls[1]}" in caplog.text


async def test_results_waiting_to_be_handled_hold_their_slots(feed_server: FeedServer) -> None:
    # A store slower than the fetches must not let every feed's parsed result pile up in memory.
    urls = [feed_server.route(f"/held{n}", rss_with_items(1)) for n in range(6)]
    settings = FetchConfig(concurrency=2, allow_private_addresses=True)
    handled: list[int] = []
    let_go = asyncio.Event()

    async def slow_store(position: int, result: FetchResult) -> None:
        await let_go.wait()
        handled.append(position)

    poll = asyncio.create_task(stream_feeds([FeedRequest(url) for url in urls], settings, slow_store))
    for _ in range(250):  # the two slots' fetches (a loaded machine took over 0.5 s to send them)
        if len(feed_server.requests()) >= 2:
            break
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.3)  # time for a third fetch to reach the server, were one let through
    assert len(feed_server.requests()) == 2 and handled == []  # the other four wait for a slot
    let_go.set()
    await poll
    assert sorted(handled) == list(range(6)) and len(feed_server.requests()) == 6


async def test_concurrency_is_bounded(feed_server: FeedServer) -> None:
    urls = [feed_server.route(f"/slowish{n}", rss_with_items(1), delay=0.3) for n in range(4)]
    settings = FetchConfig(concurrency=2, allow_private_addresses=True)

    started = time.monotonic()
    results = await fetch_feeds([FeedRequest(url) for url in urls], settings)

    assert {result.status for result in results} == {"ok"}
    assert 0.55 < time.monotonic() - started < 1.5  # two rounds of two, not one round of four


@pytest.mark.parametrize("declares_length", [False, True])
async def test_oversized_body_is_cut_off(feed_server: FeedServer, declares_length: bool) -> None:
    url = feed_server.route("/huge", stream_bytes=50_000_000, stream_declares_length=declares_length)

    started = time.monotonic()
    result = await fetch(url)

    assert time.monotonic() - started < 3
    assert (result.status, result.http_status, result.error) == ("error", 200, "response larger than 5 MB")
    assert feed_server.requests("/huge")[0].body_bytes_sent < 25_000_000


async def test_redirects_are_followed_up_to_the_limit(feed_server: FeedServer) -> None:
    feed_server.route("/rss", RSS)
    feed_server.redirect("/old", "/older", status=301)
    url = feed_server.redirect("/older", "/rss")
    loop = feed_server.redirect("/loop", "/loop")
    settings = FetchConfig(max_redirects=3, allow_private_addresses=True)

    followed = await fetch(url, settings)
    looping = await fetch(loop, settings)

    assert followed.status == "ok" and followed.url == url and len(followed.entries) == 2
    assert (looping.status, looping.error) == ("error", "too many redirects (more than 3)")
    assert feed_server.hits("/loop") == 4


async def test_later_polls_keep_their_connections(feed_server: FeedServer) -> None:
    # 304s, HTTP errors and redirects have bodies nobody reads: read to the end, their connections
    # serve the next feeds on the host instead of being dropped (a connection per feed).
    unchanged = [feed_server.route(f"/same{n}", RSS, etag=f'"v{n}"') for n in range(12)]
    failing = [feed_server.route(f"/down{n}", "<h1>down for maintenance</h1>", status=503) for n in range(4)]
    feed_server.route("/moved-here", RSS)
    moved = [feed_server.redirect(f"/moved{n}", "/moved-here", status=301) for n in range(4)]
    requests = [FeedRequest(url, etag=f'"v{n}"') for n, url in enumerate(unchanged)]
    requests += [FeedRequest(url) for url in failing + moved]
    settings = FetchConfig(concurrency=2, timeout_seconds=5, allow_private_addresses=True)

    results = await fetch_feeds(requests, settings)

    assert [result.status for result in results] == ["not_modified"] * 12 + ["error"] * 4 + ["ok"] * 4
    assert {result.error for result in results[12:16]} == {"HTTP 503 Service Unavailable"}
    assert len(feed_server.requests()) == 24
    assert feed_server.connections() <= 2  # one per fetch slot (24 when each answer dropped its connection)


@pytest.mark.parametrize("route", [{"stream_bytes": 20_000_000, "stream_declares_length": True},
                                   {"stream_bytes": 20_000_000}, {"body": b"error page", "byte_interval": 0.5}],
                         ids=["declared too large", "chunked too large", "trickling"])
async def test_an_unread_body_that_is_large_or_slow_only_costs_its_connection(
    feed_server: FeedServer, route: dict[str, Any]
) -> None:
    failing = feed_server.route("/down", status=500, content_type="text/plain", **route)
    after = feed_server.route("/rss", RSS)
    settings = FetchConfig(concurrency=1, timeout_seconds=10, allow_private_addresses=True)

    started = time.monotonic()
    results = await fetch_feeds([FeedRequest(failing), FeedRequest(after)], settings)

    assert time.monotonic() - started < feeds.DRAIN_SECONDS + 1
    assert [(result.status, result.error) for result in results] == [
        ("error", "HTTP 500 Internal Server Error"), ("ok", None)
    ]
    assert feed_server.requests("/down")[0].body_bytes_sent < route.get("stream_bytes", len(b"error page"))
    assert feed_server.connections() == 2  # the first one was dropped, not read to the end


async def test_a_full_pool_closes_an_idle_connection_to_another_host() -> None:
    with FeedServer() as first, FeedServer() as second:
        urls = [server.route(f"/f{n}", RSS) for n in range(3) for server in (first, second)]

        results = await fetch_feeds([FeedRequest(url) for url in urls], FetchConfig(concurrency=1, allow_private_addresses=True))

        assert [result.status for result in results] == ["ok"] * 6
        assert (first.connections(), second.connections()) == (3, 3)


async def test_idle_connections_above_the_keepalive_limit_are_closed(feed_server: FeedServer) -> None:
    url = feed_server.route("/slow", "ok", delay=0.3)
    transport = feed_transport(httpx.Limits(max_connections=4, max_keepalive_connections=1), public_only=False)
    async with httpx.AsyncClient(transport=transport) as client:
        responses = await asyncio.gather(*(client.get(url) for _ in range(3)))
        assert [response.status_code for response in responses] == [200] * 3
        assert feed_server.connections() == 3
        pool = transport._pool  # noqa: SLF001 - what the pool keeps is the point
        assert len(pool.connections) == 1 and pool.connections[0].is_idle()
        assert (await client.get(url)).status_code == 200
    assert feed_server.connections() == 3  # the kept one served the fourth request


async def test_an_idle_connection_past_its_keepalive_time_is_not_reused(feed_server: FeedServer) -> None:
    url = feed_server.route("/rss", RSS)
    transport = feed_transport(httpx.Limits(max_connections=2, keepalive_expiry=0.1), public_only=False)
    async with httpx.AsyncClient(transport=transport) as client:
        assert (await client.get(url)).status_code == 200
        assert (await client.get(url)).status_code == 200
        await asyncio.sleep(0.3)
        assert (await client.get(url)).status_code == 200
    assert feed_server.connections() == 2


async def test_a_connection_the_server_closed_while_idle_is_not_reused(feed_server: FeedServer) -> None:
    closing = feed_server.route("/closing", "x", byte_interval=0.01)  # answered, then the server hangs up
    url = feed_server.route("/rss", RSS)
    async with make_client(LOCAL) as client:
        assert (await client.get(closing)).text == "x"
        await asyncio.sleep(0.2)
        assert (await client.get(url)).status_code == 200  # not "Server disconnected" on the dead one
    assert feed_server.connections() == 2


async def test_private_address_is_refused_by_default(feed_server: FeedServer) -> None:
    url = feed_server.route("/rss", RSS)
    result = await fetch(url, FetchConfig())
    assert (result.status, result.error) == ("error", "private address 127.0.0.1 refused")
    assert feed_server.hits("/rss") == 0


@pytest.mark.parametrize(
    ("target", "shown"),
    [("http://10.0.0.1/feed", "10.0.0.1"), ("http://169.254.169.254/latest", "169.254.169.254"), ("http://[::1]:8080/", "::1")],
)
async def test_redirect_to_a_private_address_is_refused(target: str, shown: str) -> None:
    requested: list[str] = []

    def public_site(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        return httpx.Response(302, headers={"Location": target})

    settings = FetchConfig()
    async with httpx.AsyncClient(transport=httpx.MockTransport(public_site), follow_redirects=False) as client:
        result = await fetch_feed(client, "http://93.184.215.14/feed", settings=settings)

    assert (result.status, result.error) == ("error", f"redirect to a private address {shown} refused")
    assert requested == ["http://93.184.215.14/feed"]


async def test_non_web_urls_are_refused(feed_server: FeedServer) -> None:
    local_file = await fetch("file:///etc/passwd")
    ftp = await fetch(feed_server.redirect("/to-ftp", "ftp://files.example.org/feed.xml"))
    assert (local_file.status, local_file.error) == ("error", "not an http or https URL: file:///etc/passwd")
    assert (ftp.status, ftp.error) == ("error", "redirect to a non-web URL ftp://files.example.org/feed.xml refused")


async def test_connection_refused_is_reported() -> None:
    with FeedServer() as server:
        url = server.url("/rss")
    result = await fetch(url)
    assert result.status == "error" and result.error.startswith("could not connect")


@pytest.mark.parametrize("url", ["http://[::1/feed", "feeds.example.org/rss", "http:///feed"])
async def test_malformed_urls_are_reported(url: str) -> None:
    result = await fetch(url)
    assert result.status == "error" and result.error.startswith(("invalid URL", "not an http or https URL"))


# --- backoff ----------------------------------------------------------------------------------------


def test_backoff_doubles_per_failure_up_to_the_cap() -> None:
    assert [backoff_delay(failures, 600) for failures in range(4)] == [600, 1200, 2400, 4800]
    assert backoff_delay(30, 600) == 24 * 3600
    assert backoff_delay(10_000, 600, cap=3600) == 3600
    assert backoff_delay(3, 2 * 24 * 3600) == 2 * 24 * 3600  # a long base interval is never shortened


def web_url_by_urljoin(base: str, reference: str) -> str | None:
    """What feeds._web_url gave before its shortcut for plain absolute URLs: urljoin, then the scheme check."""
    reference = reference.strip()
    if not reference:
        return None
    try:
        url = urljoin(base, reference)
        return url if urlsplit(url).scheme in ("http", "https") else None
    except ValueError:
        return None


URL_PIECES = ["http", "https", "HTTP", "ftp", ":", "//", "/", "a", "b.c", "-", "[", "]", "::1", "?", "#", ";", "=", "&",
              "%20", ".", "..", " ", "\t", "\n", "é", "@", ":80", "0", "'", "~", "*", "mailto", "\x00", "\x1f", "|", "\\"]
URL_STARTS = ["", "http://", "https://", "http://h", "https://a.b:8080", "https://a.b", "HTTPS://a"]
URL_BASES = ["", "http://127.0.0.1:8000/feeds/1.xml", "https://h/x/", "http://[broken", "https://exé.org/", "ftp://x/",
             "http://h/a;p?q#f", "relative/base"]


@settings(max_examples=500)
@given(st.sampled_from(URL_BASES), st.sampled_from(URL_STARTS), st.lists(st.sampled_from(URL_PIECES), max_size=12))
def test_web_urls_are_what_urljoin_makes_of_them(base: str, start: str, pieces: list[str]) -> None:
    reference = start + "".join(pieces)
    assert feeds._web_url(base, reference) == web_url_by_urljoin(base, reference)


def test_plain_absolute_urls_are_kept_as_they_are() -> None:
    base = "http://127.0.0.1:8000/feeds/1.xml"
    for url in ("https://a.example.org", "http://a.b:8080/x/../y?q=1&r=%20#top", "https://h/p(1)/~u/*,$!'@:+="):
        assert feeds._web_url(base, f" {url}\n") == url == web_url_by_urljoin(base, url)
    # urljoin's own changes are kept: against a base of the same scheme an empty query or fragment is dropped
    # and a ";" taken for parameters
    assert feeds._web_url("https://h/feed", "https://h/a?#") == "https://h/a"
    assert feeds._web_url("https://h/feed", "https://h/a;") == "https://h/a"
    assert feeds._web_url(base, "https://h/a?#") == "https://h/a?#"
    assert feeds._web_url("http://[broken", "https://h/a") is None
