"""Fetch RSS/Atom feeds over HTTP (asynchronously, with httpx) and parse them (with feedparser).

Fetching never raises for network, HTTP or parse problems: every outcome is a `FetchResult`, and a
failure carries one plain-language line in `FetchResult.error`. Hostile feeds are contained: bodies
are decoded under a cap while streaming (every gzip layer too), connections go only to public
addresses, checked on the address actually connected to (`bot.ingest.safe_http`), redirects are
followed by hand, entity declarations that could expand are refused on the text the parser will
read (whatever its encoding), and parsing runs in a worker thread.
"""

from __future__ import annotations

import asyncio
import calendar
import codecs
import hashlib
import inspect
import logging
import os
import re
import time
import xml.sax
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from html.entities import name2codepoint
from http import HTTPStatus
from io import BytesIO
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

import feedparser
import feedparser.encodings
import httpx

from bot.config import FetchConfig
from bot.ingest.safe_http import (
    SUPPORTED_ENCODINGS,
    AddressRefused,
    BodyTooLarge,
    UndecodableBody,
    decoded_body,
    feed_transport,
    is_public_address,
    parse_address,
)
from bot.ingest.text import PLAIN_ELEMENTS, html_text_and_links, html_to_text

__all__ = [
    "DRAIN_MAX_BYTES",
    "DRAIN_SECONDS",
    "MAX_ENTITY_EXPANSION",
    "PARSE_POOL",
    "EntryLink",
    "FeedEntry",
    "FeedParseError",
    "FeedRequest",
    "FetchResult",
    "backoff_delay",
    "fetch_feed",
    "fetch_feeds",
    "make_client",
    "parse_feed",
    "stream_feeds",
]

logger = logging.getLogger(__name__)

_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
_WEB_SCHEMES = ("http", "https")
DRAIN_MAX_BYTES = 65_536
DRAIN_SECONDS = 1.0
"""An unwanted body (a 304's, an error page, a redirect's) up to this size that arrives within this
time is read, so that its connection is kept for the next request (`_close_keeping_connection`)."""
PARSE_POOL = ThreadPoolExecutor(max_workers=os.cpu_count() or 1, thread_name_prefix="feed-parse")
"""Feeds are parsed off the event loop in threads, one per core: parsing holds the GIL, so more threads
would only take turns (asyncio's default pool has cores + 4) and a process pool would copy every body
and every parsed entry between processes, costing more CPU than the parse it moves."""


@dataclass(frozen=True)
class EntryLink:
    """A link inside an entry's content, with its anchor text (for petition/donate detection)."""

    url: str
    text: str


@dataclass(frozen=True)
class FeedEntry:
    """One feed item, normalised: plain-text title and summary, absolute links, UTC time."""

    guid: str
    link: str | None
    title: str
    summary: str
    published: datetime | None
    links: tuple[EntryLink, ...]
    language: str | None = None  # as the feed declares it (<language>, dc:language, xml:lang), unchecked


@dataclass(frozen=True)
class FeedRequest:
    """A feed to poll, with the validators stored from its last successful fetch."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchResult:
    """The outcome of polling one feed.

    `etag` and `last_modified` are the validators to send on the next poll: the response's on "ok",
    and the ones that were sent when the feed was unchanged ("not_modified") or failed ("error"),
    unless the server supplied new ones.
    """

    url: str
    status: Literal["ok", "not_modified", "error"]
    http_status: int | None
    etag: str | None
    last_modified: str | None
    feed_title: str | None
    entries: tuple[FeedEntry, ...]
    ttl_seconds: int | None
    error: str | None


class FeedParseError(Exception):
    """The document is not a usable feed; the message says why in plain language."""


class _FetchRefused(Exception):
    """A fetch stopped on purpose (HTTP error, size, redirects, address); the message is the reason."""

    def __init__(self, reason: str, http_status: int | None = None) -> None:
        super().__init__(reason)
        self.http_status = http_status


@dataclass(frozen=True)
class _Download:
    status_code: int
    url: str
    headers: Mapping[str, str]
    body: bytes


def make_client(settings: FetchConfig) -> httpx.AsyncClient:
    """An httpx client for feed fetching: our User-Agent, the timeout, no automatic redirects, at most
    `concurrency` kept-alive connections in `safe_http.feed_transport`'s pool, and (unless
    `allow_private_addresses`) connections to public addresses only."""
    limits = httpx.Limits(max_connections=settings.concurrency)
    return httpx.AsyncClient(
        headers={"User-Agent": settings.user_agent, "Accept": _ACCEPT, "Accept-Encoding": SUPPORTED_ENCODINGS},
        timeout=httpx.Timeout(settings.timeout_seconds),
        follow_redirects=False,
        limits=limits,
        transport=feed_transport(limits, public_only=not settings.allow_private_addresses),
    )


async def fetch_feed(
    client: httpx.AsyncClient,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    settings: FetchConfig,
) -> FetchResult:
    """Poll one feed (conditional GET when validators are given) and parse it; never raises for
    network, HTTP or parse problems, which come back as status "error" with a reason."""

    def failure(reason: str, http_status: int | None = None) -> FetchResult:
        return FetchResult(url, "error", http_status, etag, last_modified, None, (), None, reason)

    conditional_headers = {}
    if etag:
        conditional_headers["If-None-Match"] = etag
    if last_modified:
        conditional_headers["If-Modified-Since"] = last_modified
    try:
        async with asyncio.timeout(settings.timeout_seconds):
            download = await _download(client, url, conditional_headers, settings)
    except (TimeoutError, httpx.TimeoutException):
        return failure(f"timed out after {settings.timeout_seconds:g} s")
    except _FetchRefused as refusal:
        return failure(str(refusal), refusal.http_status)
    except httpx.InvalidURL as exc:
        return failure(f"invalid URL: {exc}")
    except httpx.ConnectError as exc:
        return failure(f"could not connect: {_describe(exc)}")
    except (httpx.HTTPError, OSError) as exc:
        return failure(f"network error: {_describe(exc)}")

    new_etag = download.headers.get("etag")
    new_last_modified = download.headers.get("last-modified")
    if download.status_code == HTTPStatus.NOT_MODIFIED:
        return FetchResult(
            url, "not_modified", download.status_code, new_etag or etag,
            new_last_modified or last_modified, None, (), None, None,
        )
    try:
        feed_title, entries, ttl_seconds = await asyncio.get_running_loop().run_in_executor(
            PARSE_POOL, parse_feed, download.url, download.body, download.headers
        )
    except FeedParseError as exc:
        return failure(str(exc), download.status_code)
    return FetchResult(
        url, "ok", download.status_code, new_etag, new_last_modified, feed_title, entries, ttl_seconds, None
    )


async def stream_feeds(
    requests: Iterable[FeedRequest],
    settings: FetchConfig,
    on_result: Callable[[int, FetchResult], Awaitable[None] | None],
) -> None:
    """Poll many feeds concurrently (at most `settings.concurrency` at once) and hand each result, with its
    position in `requests`, to `on_result` as it finishes. Nothing is kept: a feed's slot is given back
    only once `on_result` is done with it, so a poll of thousands of feeds whose results are stored
    more slowly than they arrive holds at most `settings.concurrency` results, not every one fetched.
    Failures of `on_result` are logged and do not stop the other fetches; a slow or failing feed costs
    at most its own timeout."""
    semaphore = asyncio.Semaphore(settings.concurrency)
    async with make_client(settings) as client:

        async def fetch_one(position: int, request: FeedRequest) -> None:
            async with semaphore:
                result = await _fetch_never_raising(client, request, settings)
                try:
                    outcome = on_result(position, result)
                    if inspect.isawaitable(outcome):
                        await outcome
                except Exception:
                    logger.exception("on_result failed for feed %s", request.url)

        await asyncio.gather(*(fetch_one(position, request) for position, request in enumerate(requests)))


async def fetch_feeds(
    requests: Iterable[FeedRequest],
    settings: FetchConfig,
    on_result: Callable[[FetchResult], Awaitable[None] | None] | None = None,
) -> list[FetchResult]:
    """`stream_feeds`, returning every result in request order (all held until the last one is in);
    `on_result`, if given, is called as each one finishes."""
    requests = list(requests)
    results: list[FetchResult | None] = [None] * len(requests)

    def keep(position: int, result: FetchResult) -> Awaitable[None] | None:
        results[position] = result
        return on_result(result) if on_result is not None else None

    await stream_feeds(requests, settings, keep)
    return [result for result in results if result is not None]


def backoff_delay(consecutive_failures: int, base_interval: float, *, cap: float = 24 * 3600) -> float:
    """Seconds to wait before polling a feed again: the base interval doubled for each consecutive
    failure (0 failures: the base interval), never more than `cap`, unless the base interval itself is."""
    doublings = min(max(consecutive_failures, 0), 64)  # 2**64 already exceeds any sensible cap
    return min(base_interval * 2.0**doublings, max(cap, base_interval))


async def _fetch_never_raising(
    client: httpx.AsyncClient, request: FeedRequest, settings: FetchConfig
) -> FetchResult:
    """`fetch_feed`, turning even an unexpected bug into an error result so one feed cannot break a batch."""
    try:
        return await fetch_feed(
            client, request.url, etag=request.etag, last_modified=request.last_modified, settings=settings
        )
    except Exception as exc:
        logger.exception("unexpected failure fetching feed %s", request.url)
        return FetchResult(
            request.url, "error", None, request.etag, request.last_modified, None, (), None,
            f"internal error: {_describe(exc)}",
        )


async def _download(
    client: httpx.AsyncClient, url: str, headers: Mapping[str, str], settings: FetchConfig
) -> _Download:
    """GET `url`, following up to `settings.max_redirects` redirects and checking each hop's address."""
    target = httpx.URL(url)
    if target.scheme not in _WEB_SCHEMES or not target.host:
        raise _FetchRefused(f"not an http or https URL: {url}")
    request = client.build_request("GET", target, headers=headers)
    for hop in range(settings.max_redirects + 1):
        if request.url.scheme not in _WEB_SCHEMES:
            raise _FetchRefused(f"redirect to a non-web URL {request.url} refused")
        try:
            if not settings.allow_private_addresses:
                _refuse_private_literal(request.url)
            response = await client.send(request, stream=True)
        except AddressRefused as refused:
            what = "redirect to a private address" if hop > 0 else "private address"
            raise _FetchRefused(f"{what} {refused.address} refused") from None
        try:
            if response.next_request is None:
                return await _read_final_response(response, settings)
            request = response.next_request
        finally:
            await _close_keeping_connection(response)
    raise _FetchRefused(f"too many redirects (more than {settings.max_redirects})")


async def _close_keeping_connection(response: httpx.Response) -> None:
    """Close a response. One whose body was never read (a 304, an HTTP error, a redirect) is read first
    when it is small and comes at once (at most DRAIN_MAX_BYTES within DRAIN_SECONDS): httpcore keeps a
    connection for the next request only once its response was read to the end, and otherwise drops
    it, so that every later poll of feeds on one host would open a connection per feed."""
    try:
        if not response.is_stream_consumed and _declared_length(response) <= DRAIN_MAX_BYTES:
            read = 0
            async with asyncio.timeout(DRAIN_SECONDS):
                async for chunk in response.aiter_raw():
                    read += len(chunk)
                    if read > DRAIN_MAX_BYTES:
                        break
    except (TimeoutError, httpx.HTTPError):
        pass  # the connection is dropped, as it would have been unread
    finally:
        await response.aclose()


def _declared_length(response: httpx.Response) -> int:
    """The body's declared length, 0 when none is declared (chunked, or no body)."""
    declared = response.headers.get("content-length", "")
    return int(declared) if declared.isdigit() else 0


async def _read_final_response(response: httpx.Response, settings: FetchConfig) -> _Download:
    status = response.status_code
    body = b""
    if status != HTTPStatus.NOT_MODIFIED:
        if not response.is_success:
            raise _FetchRefused(f"HTTP {status} {_reason_phrase(response)}".rstrip(), status)
        body = await _read_capped(response, settings.max_bytes)
    return _Download(status, str(response.url), dict(response.headers), body)


async def _read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    """The body with its Content-Encoding undone, refused as soon as it is known to exceed `max_bytes`
    (compressed or decoded, at every layer of a stacked encoding)."""
    too_large = _FetchRefused(f"response larger than {_format_size(max_bytes)}", response.status_code)
    declared_length = response.headers.get("content-length", "")
    if declared_length.isdigit() and int(declared_length) > max_bytes:
        raise too_large
    try:
        return await decoded_body(response.aiter_raw(), response.headers.get("content-encoding", ""), max_bytes)
    except BodyTooLarge:
        raise too_large from None
    except UndecodableBody as error:
        raise _FetchRefused(f"could not decode the response: {error}", response.status_code) from None


def _refuse_private_literal(url: httpx.URL) -> None:
    """Refuse a URL whose host is a non-public IP literal before any connection is tried (host names
    are checked where they are resolved and connected to: `safe_http.PublicAddressBackend`)."""
    address = parse_address(url.host)
    if address is not None and not is_public_address(address):
        raise AddressRefused(address)


def _reason_phrase(response: httpx.Response) -> str:
    try:
        return response.reason_phrase or HTTPStatus(response.status_code).phrase
    except ValueError:
        return ""


def _format_size(size: int) -> str:
    for unit, factor in (("MB", 1_000_000), ("kB", 1_000)):
        if size >= factor:
            return f"{size / factor:g} {unit}"
    return f"{size} bytes"


def _describe(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


# --- parsing -------------------------------------------------------------------------------------

# Entity declarations are where XML bombs live (billion laughs, quadratic blow-up). A declaration is
# accepted only when its value is literal text (character references allowed, no references to other
# entities, no parameter or external entities) and all uses of the declared entities in the document
# together expand to at most MAX_ENTITY_EXPANSION characters. The check runs on the document as
# feedparser decodes it, so an encoding (EBCDIC, UTF-7, UTF-32, ...) cannot hide a declaration.
MAX_ENTITY_EXPANSION = 1_000_000
_ENTITY_DECLARATION = re.compile(r"<!ENTITY\b[^>]*>?")
_CHARACTER_REFERENCE = r"&\#(?:[0-9]+|x[0-9a-fA-F]+);"
_LITERAL_ENTITY_DECLARATION = re.compile(
    rf"""<!ENTITY\s+(?P<name>[\w.:-]+)\s+"""
    rf"""(?:"(?P<double>(?:{_CHARACTER_REFERENCE}|[^&%"<])*)"|'(?P<single>(?:{_CHARACTER_REFERENCE}|[^&%'<])*)')\s*>"""
)
_ENTITY_REFERENCE = re.compile(r"&([\w.:-]+);")
_ENTITY_BOMB = "not a feed: the document declares XML entities that could expand (an XML bomb); refused"
# How "<?xml" can begin a document's bytes: latin-1 stands for every ASCII-compatible encoding.
_DOCUMENT_ENCODINGS = ("latin-1", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
_BYTE_ORDER_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def parse_feed(
    url: str, body: bytes, headers: Mapping[str, str]
) -> tuple[str | None, tuple[FeedEntry, ...], int | None]:
    """Parse a feed document into (feed title, entries, TTL in seconds from RSS <ttl>).

    `url` is the address the document came from (the base for relative links); `headers` are the
    HTTP response headers (Content-Type carries the charset). Raises `FeedParseError` when the
    document is not a usable feed.
    """
    if not body.strip():
        raise FeedParseError("not a feed: empty response")
    response_headers = {name.lower(): value for name, value in headers.items()}
    # No base URL for feedparser: it would "resolve" relative RSS guids ("a" -> "https://host/a"),
    # changing an entry's identity whenever the feed moves. Links are made absolute here instead.
    response_headers.pop("content-location", None)
    response_headers.pop("content-encoding", None)  # the fetcher has already decoded the body
    # feedparser's own encoding detection, run here so the entity check sees the very text it parses;
    # the UTF-8 result is handed back with its charset so feedparser does not decode it again.
    utf8_body = feedparser.encodings.convert_to_utf8(response_headers, body, {})
    if b"<!ENTITY" in utf8_body:
        _refuse_entity_bombs(utf8_body.decode("utf-8", "replace"))
    mime_type, _ = feedparser.encodings.parse_content_type(response_headers.get("content-type", ""))
    response_headers["content-type"] = f"{mime_type or 'application/xml'}; charset=utf-8"
    try:
        # Relative URIs in content can only resolve against an xml:base (the document's own address is
        # withheld above); without one, feedparser's pass over every entry's HTML would change nothing.
        resolve = b"xml:base" in utf8_body
        parsed = feedparser.parse(BytesIO(utf8_body), response_headers=response_headers,
                                  resolve_relative_uris=resolve, sanitize_html=False)
        if _has_unusual_markup(parsed):
            parsed = feedparser.parse(BytesIO(utf8_body), response_headers=response_headers,
                                      resolve_relative_uris=resolve)
    except Exception as exc:  # feedparser on hostile input: report, never crash the poller
        raise FeedParseError(f"not a feed: the parser failed ({_describe(exc)})") from exc

    if not parsed.entries:
        if parsed.bozo and isinstance(parsed.get("bozo_exception"), xml.sax.SAXException):
            raise FeedParseError(f"not a feed: {_describe_xml_error(parsed.bozo_exception, body)}")
        if not parsed.get("version"):
            raise FeedParseError("not a feed: no RSS or Atom elements found")
    feed_title = _plain_title(parsed.feed) or None
    language = str(parsed.feed.get("language") or "").strip()[:64] or None
    entries = tuple(entry for entry in (_entry(raw, url, language) for raw in parsed.entries) if _has_content(entry))
    return feed_title, entries, _ttl_seconds(parsed.feed)


# feedparser's HTML sanitizer rewrites each entry's markup (a third of its parse time); the bot never shows
# that markup, only the text and links that bot.ingest.text reads from it. For plain markup (the elements
# of bot.ingest.text.PLAIN_ELEMENTS, which the sanitizer keeps as they are; numeric character references;
# HTML 4 entities) these come out the same whether the markup was sanitized or not. Anything else (script,
# style, iframes and other elements whose content one parser hides and the other shows, declarations,
# comments, a "<" that opens no tag, other entity references) sends the document through the
# sanitizer as before; tests/test_feeds.py compares both ways over feedparser's test documents.
_PLAIN_TEXT_TYPES = ("text/plain", "text")  # as feedparser types a value it does not sanitize
_TAG_NAME = re.compile(r"</?([A-Za-z][^\t\n\f\r />]*)")
_UNUSUAL_MARKUP = re.compile(
    r"<(?![A-Za-z]|/[A-Za-z])"
    rf"|&(?!#[0-9]+;|#[xX][0-9a-fA-F]+;|(?:{'|'.join(sorted(name2codepoint, key=len, reverse=True))});)"
)


# feedparser's FeedParserDict.get runs Python code on every lookup, for its special keys ("updated_parsed",
# "category", ...) and its old aliases ("description" for "summary", ...); the keys read with _get have
# neither, so a plain dict lookup gives the same value for a fraction of the cost.
_get = dict.get


def _has_unusual_markup(parsed: Mapping[str, Any]) -> bool:
    """Whether any text the bot reads from the parsed feed (its title; each entry's title, summary and
    content) holds markup whose text or links could differ once feedparser's sanitizer has rewritten it.
    Values typed text/plain are left out: the sanitizer never reads them, so "Q&A" in a plain title
    costs no second parse."""
    feed = parsed["feed"]
    values = [(_get(feed, "title"), _get(feed, "title_detail"))]
    for entry in parsed["entries"]:
        values += [(_get(entry, "title"), _get(entry, "title_detail")), (_get(entry, "summary"), _get(entry, "summary_detail"))]
        values += [(_get(part, "value"), part) for part in _get(entry, "content") or ()]
    return any(
        _UNUSUAL_MARKUP.search(value) is not None
        or any(name.lower() not in PLAIN_ELEMENTS for name in _TAG_NAME.findall(value))
        for value, detail in values
        if value and ("<" in value or "&" in value) and _get(detail or {}, "type", "text/html") not in _PLAIN_TEXT_TYPES
    )


def _refuse_entity_bombs(text: str) -> None:
    """Raise `FeedParseError` if the document declares an entity that is not literal text, or if its
    entities would expand to more than MAX_ENTITY_EXPANSION characters."""
    value_lengths: dict[str, int] = {}
    for declaration in _ENTITY_DECLARATION.finditer(text):
        literal = _LITERAL_ENTITY_DECLARATION.fullmatch(declaration.group())
        if literal is None:
            raise FeedParseError(_ENTITY_BOMB)
        value_lengths[literal["name"]] = len(literal["double"] if literal["double"] is not None else literal["single"])
    uses = Counter(name for name in _ENTITY_REFERENCE.findall(text) if name in value_lengths)
    if sum(value_lengths[name] * count for name, count in uses.items()) > MAX_ENTITY_EXPANSION:
        raise FeedParseError(_ENTITY_BOMB)


def _describe_xml_error(exc: xml.sax.SAXException, body: bytes) -> str:
    if isinstance(exc, xml.sax.SAXParseException):
        line = (exc.getLineNumber() or 1) - (0 if _starts_with_xml_declaration(body) else 1)
        return f"XML parse error at line {max(line, 1)}: {exc.getMessage()}"
    return f"XML parse error: {_describe(exc)}"


def _starts_with_xml_declaration(body: bytes) -> bool:
    """Whether the document opens with <?xml ...?>; feedparser puts one line in front of those that do
    not, so its error line numbers are one too high for them."""
    for mark in _BYTE_ORDER_MARKS:
        if body.startswith(mark):
            body = body[len(mark):]
            break
    return any(body.startswith("<?xml".encode(encoding)) for encoding in _DOCUMENT_ENCODINGS)


def _plain_title(item: dict[str, Any]) -> str:
    """A title as one line of plain text; HTML is reduced to its text unless the feed says it is plain."""
    raw = _get(item, "title") or ""
    is_plain_text = _get(_get(item, "title_detail") or {}, "type") == "text/plain"
    return " ".join((raw if is_plain_text else html_to_text(raw)).split())


def _entry(raw: dict[str, Any], feed_url: str, language: str | None) -> FeedEntry:
    title = _plain_title(raw)
    summary_html = _get(raw, "summary") or ""
    content_html = max((_get(part, "value") or "" for part in _get(raw, "content") or ()), key=len, default="")
    summary_text, summary_links = html_text_and_links(summary_html)
    content_text, content_links = html_text_and_links(content_html)
    summary = max(summary_text, content_text, key=len)
    link = _entry_link(raw, feed_url)
    published = _utc_datetime(_get(raw, "published_parsed") or raw.get("updated_parsed"))
    links = _entry_links((content_links, summary_links), base=feed_url)
    guid = (_get(raw, "id") or "").strip() or link or _fallback_guid(title, summary, published, raw)
    return FeedEntry(guid=guid, link=link, title=title, summary=summary, published=published, links=links,
                     language=language)


def _entry_link(raw: dict[str, Any], feed_url: str) -> str | None:
    """The entry's page: its first alternate <link>, else a permalink guid, which must be absolute
    (feedparser offers guids such as "1" as links)."""
    for candidate in _get(raw, "links") or ():
        if _get(candidate, "rel", "alternate") == "alternate":
            url = _web_url(feed_url, _get(candidate, "href") or "")
            if url is not None:
                return url
    return _web_url("", _get(raw, "link") or "")


def _fallback_guid(title: str, summary: str, published: datetime | None, raw: Mapping[str, Any]) -> str:
    """An identity for an entry with no id and no link: a hash of everything it shows, so entries that
    differ only in their text (say ten with just a description) stay ten entries."""
    when = published.isoformat() if published else (raw.get("published") or raw.get("updated") or "")
    identity = "\n".join((title, when, summary))
    return "sha256:" + hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()


def _entry_links(fragments_links: Iterable[list[tuple[str, str]]], *, base: str) -> tuple[EntryLink, ...]:
    """Absolute http(s) links among the (href, anchor text) pairs of each fragment, first occurrence of each URL kept."""
    links: dict[str, EntryLink] = {}
    for fragment_links in fragments_links:
        for href, anchor_text in fragment_links:
            url = _web_url(base, href)
            if url is not None and url not in links:
                links[url] = EntryLink(url=url, text=anchor_text)
    return tuple(links.values())


# An absolute http(s) URL that urljoin gives back unchanged whatever the base (an absolute reference with a
# host is never resolved against it: urljoin only re-assembles its parts) and whose scheme is a web one: a
# lower-case scheme, a host of letters, digits, dots and hyphens with an optional port, and a path (no ";",
# which urljoin would take for parameters), query and fragment of printable ASCII that urljoin keeps as they
# are ("?" and "#" only when something follows, as an empty query or fragment is dropped).
_PLAIN_WEB_URL = re.compile(
    r"https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:/[\w.~%!$&'()*+,=:@/-]*)?(?:\?[\w.~%!$&'()*+,;=:@/?-]+)?"
    r"(?:#[\w.~%!$&'()*+,;=:@/?-]+)?",
    re.ASCII,
)


def _web_url(base: str, reference: str) -> str | None:
    """`reference` made absolute against `base`, or None unless it is a well-formed http(s) URL."""
    reference = reference.strip()
    if not reference:
        return None
    # urljoin would parse the base too, which raises only for brackets or a non-ASCII host in it.
    if _PLAIN_WEB_URL.fullmatch(reference) and (base.isascii() and "[" not in base and "]" not in base):
        return reference
    try:
        url = urljoin(base, reference)
        return url if urlsplit(url).scheme in _WEB_SCHEMES else None
    except ValueError:  # e.g. "http://[broken"
        return None


def _has_content(entry: FeedEntry) -> bool:
    return bool(entry.title or entry.summary or entry.link)


def _utc_datetime(parsed: time.struct_time | None) -> datetime | None:
    """feedparser's UTC struct_time as an aware datetime; None when absent or out of range."""
    if parsed is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _ttl_seconds(feed: Mapping[str, Any]) -> int | None:
    ttl = str(feed.get("ttl") or "").strip()
    return int(ttl) * 60 if ttl.isdigit() and int(ttl) > 0 else None
