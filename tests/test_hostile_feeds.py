"""Hostile feeds against the fetcher and the parser (issue 15): each is parsed or refused with a reason,
quickly and in bounded memory. Storage of hostile feeds is in tests/test_hostile_ingest.py."""

from __future__ import annotations

import ipaddress
import random
import re
import time
import tracemalloc
from pathlib import Path

import httpcore
import httpx
import pytest

from bot.config import FetchConfig
from bot.ingest.feeds import FeedParseError, FetchResult, fetch_feed, make_client, parse_feed
from bot.ingest.safe_http import feed_transport
from tests.feedserver import FeedServer
from tests.hostile import (
    BOMB_ENCODINGS,
    FakeDNS,
    billion_laughs_text,
    encoded_document,
    fake_dns,  # noqa: F401 - a fixture
    gzip_bomb,
    nested_gzip_bomb,
    quadratic_blowup_text,
)

FEEDPARSER_TESTS = Path(__file__).parent / "data" / "feeds" / "feedparser"
LOCAL = FetchConfig(timeout_seconds=2, allow_private_addresses=True)
CHECKED = FetchConfig(timeout_seconds=2)  # the default: public addresses only
ITEM = "<item><title>Dockers strike</title><guid>1</guid><description>Port workers walked out.</description></item>"
RSS = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>{ITEM}</channel></rss>'


async def fetch(url: str, settings: FetchConfig = LOCAL) -> FetchResult:
    async with make_client(settings) as client:
        return await fetch_feed(client, url, settings=settings)


# --- feedparser's own test documents ------------------------------------------------------------


def feedparser_documents() -> list[Path]:
    return sorted(path for path in FEEDPARSER_TESTS.rglob("*.xml"))


def declared_headers(document: bytes) -> dict[str, str]:
    """The HTTP headers a feedparser test document declares in its "Header:" comment lines."""
    text = document.decode("latin-1")
    return dict(match.groups() for match in re.finditer(r"^Header:\s*([\w-]+):\s*(.*?)\s*$", text, re.MULTILINE))


@pytest.mark.parametrize("path", feedparser_documents(), ids=lambda path: str(path.relative_to(FEEDPARSER_TESTS)))
def test_feedparser_test_documents_parse_or_are_refused_with_a_reason(path: Path) -> None:
    document = path.read_bytes()
    expectation = re.search(rb"Expect:\s*(.*)", document.decode("latin-1").encode("utf-8"))
    try:
        title, entries, _ = parse_feed("https://example.org/feed", document, declared_headers(document))
    except FeedParseError as refusal:
        assert str(refusal).startswith("not a feed: ")
        # Documents feedparser itself reads cleanly are never refused, whatever their encoding.
        assert not (expectation and expectation.group(1).startswith(b"not bozo") and "encoding" in path.parts)
        return
    assert all(entry.guid for entry in entries)


def test_the_feedparser_selection_is_there_with_its_licence() -> None:
    assert len(feedparser_documents()) > 150
    assert "feedparser" in (FEEDPARSER_TESTS / "LICENSE").read_text(encoding="utf-8")


# --- documents that are not feeds -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "not a feed: empty response"),
        (bytes(range(256)) * 40, "not a feed: "),
        (b"<!doctype html><html><head><title>Shop</title></head><body><p>Buy</p></body></html>", "not a feed: "),
    ],
    ids=["empty body", "random bytes", "HTML page"],
)
def test_documents_that_are_not_feeds_are_refused_with_a_reason(body: bytes, reason: str) -> None:
    with pytest.raises(FeedParseError) as refused:
        parse_feed("https://example.org/feed", body, {"Content-Type": "text/html"})
    assert str(refused.value).startswith(reason)


def test_random_bytes_never_crash_the_parser() -> None:
    generator = random.Random(15)
    for _ in range(40):
        body = bytes(generator.randrange(256) for _ in range(generator.randrange(1, 2_000)))
        try:
            parse_feed("https://example.org/feed", body, {})
        except FeedParseError:
            pass


# --- entity bombs -----------------------------------------------------------------------------------


@pytest.mark.parametrize("bomb", ["billion laughs", "quadratic blow-up"])
@pytest.mark.parametrize(
    ("codec", "declared", "content_type"), BOMB_ENCODINGS, ids=[f"{c}-{d}-{t}" for c, d, t in BOMB_ENCODINGS]
)
def test_entity_bombs_are_refused_in_every_encoding(codec: str, declared: str | None, content_type: str, bomb: str) -> None:
    text = billion_laughs_text() if bomb == "billion laughs" else quadratic_blowup_text()
    body = encoded_document(text, codec, declared)
    started = time.monotonic()
    with pytest.raises(FeedParseError, match="XML bomb"):
        parse_feed("https://example.org/feed", body, {"Content-Type": content_type})
    assert time.monotonic() - started < 1


@pytest.mark.parametrize(
    "declaration",
    [
        '<!ENTITY org "Solidarity Centre">',  # 17 characters: was refused as a bomb
        "<!ENTITY nbsp '&#160;'>",
        '<!ENTITY cgt "Confédération générale du travail">',
        """<!ENTITY quote "the workers' union">""",  # the other quote inside the value
    ],
)
def test_harmless_entities_of_any_length_are_expanded(declaration: str) -> None:
    name = re.search(r"ENTITY (\w+)", declaration).group(1)
    value = {"org": "Solidarity Centre", "nbsp": "\xa0", "cgt": "Confédération générale du travail", "quote": "the workers' union"}[name]
    rss = RSS.replace('<?xml version="1.0"?>', f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n{declaration}\n]>')
    rss = rss.replace("<title>Dockers strike</title>", f"<title>News from &{name}; today</title>")
    _, (entry,), _ = parse_feed("https://example.org/rss", rss.encode(), {})
    assert entry.title == " ".join(f"News from {value} today".split())


@pytest.mark.parametrize(
    "declaration",
    [
        '<!ENTITY % p "x">',  # parameter entity
        '<!ENTITY ext SYSTEM "file:///etc/passwd">',  # external entity
        '<!ENTITY a "&b;">',  # refers to another entity
    ],
)
def test_entities_that_are_not_literal_text_are_refused(declaration: str) -> None:
    rss = RSS.replace('<?xml version="1.0"?>', f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n{declaration}\n]>')
    with pytest.raises(FeedParseError, match="XML bomb"):
        parse_feed("https://example.org/rss", rss.encode(), {})


# --- compression bombs, size and time ---------------------------------------------------------------


@pytest.mark.parametrize(("encoding", "make_bomb"), [("gzip, gzip", nested_gzip_bomb), ("gzip", gzip_bomb)])
async def test_gzip_bombs_are_cut_off_in_bounded_memory(feed_server: FeedServer, encoding: str, make_bomb) -> None:  # type: ignore[no-untyped-def]
    bomb = make_bomb()  # 64 MB of zeros once decoded
    url = feed_server.route("/bomb", bomb, headers={"Content-Encoding": encoding}, content_type="application/rss+xml")
    settings = FetchConfig(timeout_seconds=5, max_bytes=1_000_000, allow_private_addresses=True)

    tracemalloc.start()
    try:
        result = await fetch(url, settings)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert (result.status, result.error) == ("error", "response larger than 1 MB")
    assert peak < 12_000_000, f"peak {peak / 1e6:.0f} MB while decoding a {len(bomb):,}-byte bomb"


async def test_a_body_in_an_encoding_we_did_not_ask_for_is_refused(feed_server: FeedServer) -> None:
    url = feed_server.route("/br", b"\x8b\x02\x80hello\x03", headers={"Content-Encoding": "br"})
    result = await fetch(url)
    assert (result.status, result.error) == ("error", "could not decode the response: unsupported content encoding br")
    assert feed_server.requests("/br")[0].headers["accept-encoding"] == "gzip, deflate"


async def test_corrupt_gzip_is_reported(feed_server: FeedServer) -> None:
    url = feed_server.route("/bad", b"\x1f\x8b\x08\x00garbage-not-deflate", headers={"Content-Encoding": "gzip"})
    result = await fetch(url)
    assert result.status == "error" and result.error.startswith("could not decode the response: corrupt compressed body")


async def test_a_feed_sent_one_byte_a_second_times_out(feed_server: FeedServer) -> None:
    url = feed_server.route("/slow", RSS, byte_interval=1.0)
    started = time.monotonic()
    result = await fetch(url, FetchConfig(timeout_seconds=1.5, allow_private_addresses=True))
    assert (result.status, result.error) == ("error", "timed out after 1.5 s")
    assert time.monotonic() - started < 3
    assert feed_server.requests("/slow")[0].body_bytes_sent <= 2


# --- addresses ------------------------------------------------------------------------------------


PRIVATE_ANSWERS = [
    "127.0.0.1",  # loopback
    "10.1.2.3",  # private
    "192.168.0.10",
    "169.254.10.10",  # link-local
    "169.254.169.254",  # cloud metadata
    "::1",
    "fe80::1",
    "fd00::5",
    "::ffff:127.0.0.1",
    "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
    "64:ff9b::a9fe:a9fe",  # NAT64 of the metadata address
    "2002:a00:1::1",  # 6to4 of 10.0.0.1
    "2002:7f00:1::",  # 6to4 of 127.0.0.1
]


@pytest.mark.parametrize("answer", PRIVATE_ANSWERS)
async def test_host_names_resolving_to_non_public_addresses_are_refused(
    feed_server: FeedServer, fake_dns: FakeDNS, answer: str
) -> None:
    port = feed_server.base_url.rsplit(":", 1)[1]
    feed_server.route("/rss", RSS)
    fake_dns.answer("feeds.example.test", answer)

    result = await fetch(f"http://feeds.example.test:{port}/rss", CHECKED)

    assert (result.status, result.error) == ("error", f"private address {ipaddress.ip_address(answer)} refused")
    assert feed_server.hits("/rss") == 0
    assert fake_dns.queries["feeds.example.test"] == 1


@pytest.mark.parametrize("literal", ["[64:ff9b::7f00:1]", "[2002:7f00:1::]", "[::ffff:a9fe:a9fe]", "169.254.169.254"])
async def test_address_literals_of_private_targets_are_refused(literal: str) -> None:
    result = await fetch(f"http://{literal}/feed", CHECKED)
    assert result.status == "error" and "private address" in result.error and "refused" in result.error


async def test_redirect_to_a_host_name_resolving_to_a_private_address_is_refused(fake_dns: FakeDNS) -> None:
    fake_dns.answer("internal.example.test", "10.0.0.7")

    def public_site(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "http://internal.example.test/admin"})

    limits = httpx.Limits(max_connections=2)
    async with httpx.AsyncClient(
        transport=feed_transport(limits, public_only=True), mounts={"http://public.example.test": httpx.MockTransport(public_site)}
    ) as client:
        result = await fetch_feed(client, "http://public.example.test/feed", settings=CHECKED)

    assert (result.status, result.error) == ("error", "redirect to a private address 10.0.0.7 refused")


async def test_dns_rebinding_cannot_reach_an_internal_address(
    feed_server: FeedServer, fake_dns: FakeDNS, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The resolver answers a public address to the first query and 127.0.0.1 to any later one: the
    fetcher must connect to the address it checked, never ask again."""
    port = feed_server.base_url.rsplit(":", 1)[1]
    feed_server.route("/internal", RSS)
    fake_dns.answer("rebind.example.test", "93.184.215.14", "127.0.0.1")
    connected_to: list[str] = []
    real_connect = httpcore.AnyIOBackend.connect_tcp

    async def connect_offline(self, host: str, port: int, *args, **kwargs):  # type: ignore[no-untyped-def]
        connected_to.append(host)
        if host == "93.184.215.14":  # the tests never go on the internet
            raise httpcore.ConnectError("no route to the public address in tests")
        return await real_connect(self, host, port, *args, **kwargs)

    monkeypatch.setattr(httpcore.AnyIOBackend, "connect_tcp", connect_offline)

    result = await fetch(f"http://rebind.example.test:{port}/internal", CHECKED)

    assert result.status == "error" and result.error.startswith("could not connect")
    assert feed_server.hits("/internal") == 0
    assert fake_dns.queries["rebind.example.test"] == 1
    assert connected_to == ["93.184.215.14"]


# --- feeds with unusual items -----------------------------------------------------------------------


def test_items_with_only_a_description_keep_distinct_guids() -> None:
    items = "".join(f"<item><description>Report number {n} from the strike committee.</description></item>" for n in range(10))
    rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Notes</title>{items}</channel></rss>'
    _, entries, _ = parse_feed("https://example.org/rss", rss.encode(), {})
    assert len(entries) == 10 and len({entry.guid for entry in entries}) == 10


def test_invalid_utf8_is_read_not_refused() -> None:
    body = RSS.replace("Dockers strike", "Dockers strike \xe9 \x81").encode("latin-1")  # not UTF-8
    _, (entry,), _ = parse_feed("https://example.org/rss", body, {"Content-Type": "application/rss+xml; charset=utf-8"})
    assert entry.title.startswith("Dockers strike")


def test_over_long_fields_are_parsed() -> None:
    long_guid, long_link, long_title = "g" * 5_000, "https://example.org/" + "p" * 5_000, "T" * 20_000
    item = f"<item><title>{long_title}</title><link>{long_link}</link><guid>{long_guid}</guid></item>"
    rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>{"F" * 2_000}</title>{item}</channel></rss>'
    title, (entry,), _ = parse_feed("https://example.org/rss", rss.encode(), {})
    assert (len(title), entry.guid, entry.link, entry.title) == (2_000, long_guid, long_link, long_title)


async def test_a_proxy_from_the_environment_cannot_bypass_the_address_check(
    feed_server: FeedServer, fake_dns: FakeDNS, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With HTTP_PROXY set, a proxy would resolve the name itself; httpx uses no environment proxy when
    given a transport, which is what keeps the checked transport in charge here."""
    monkeypatch.setenv("HTTP_PROXY", feed_server.base_url)  # the feed server answers as if it were a proxy
    monkeypatch.setenv("NO_PROXY", "")
    feed_server.route("/rss", RSS)
    fake_dns.answer("feeds.example.test", "10.0.0.9")

    result = await fetch("http://feeds.example.test/rss", CHECKED)

    assert (result.status, result.error) == ("error", "private address 10.0.0.9 refused")
    assert feed_server.requests() == []
