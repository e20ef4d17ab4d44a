"""Hostile inputs for the fetcher and the parser, built small in bytes: compression and entity bombs
in every encoding feedparser reads, and a fake DNS for address checks (issue 15).

Bombs are generated here rather than stored, so their size can be read off the code; each is cached
for the test session.
"""

from __future__ import annotations

import socket
import zlib
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

import pytest

ZERO_MEGABYTE = bytes(1 << 20)


def gzipped(chunks: Iterable[bytes]) -> bytes:
    """One gzip member holding the concatenated chunks (streamed: the plain text is never whole in memory)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    return b"".join([*(compressor.compress(chunk) for chunk in chunks), compressor.flush()])


@cache
def nested_gzip_bomb(megabytes: int = 64) -> bytes:
    """`Content-Encoding: gzip, gzip`: a few hundred bytes that unpack to ~65 kB, then to `megabytes` MB of zeros."""
    return gzipped([gzipped(ZERO_MEGABYTE for _ in range(megabytes))])


@cache
def gzip_bomb(megabytes: int = 64) -> bytes:
    """A single gzip layer: ~64 kB that unpacks to `megabytes` MB of zeros."""
    return gzipped(ZERO_MEGABYTE for _ in range(megabytes))


def billion_laughs_text(levels: int = 9) -> str:
    """Nested entities: each level references the one below ten times (10**levels expansions)."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{level} "' + f"&lol{level - 1};" * 10 + '">' for level in range(1, levels + 1)
    ]
    return (
        "<!DOCTYPE rss [\n" + "\n".join(entities) + "\n]>\n"
        f'<rss version="2.0"><channel><title>&lol{levels};</title>'
        f"<item><title>&lol{levels};</title><guid>1</guid></item></channel></rss>"
    )


def quadratic_blowup_text(value_chars: int = 5_000, references: int = 4_000) -> str:
    """One flat entity of `value_chars` characters used `references` times (20 MB from ~30 kB)."""
    return (
        f'<!DOCTYPE rss [<!ENTITY a "{"a" * value_chars}">]>\n'
        '<rss version="2.0"><channel><item><title>' + "&a;" * references + "</title><guid>1</guid></item></channel></rss>"
    )


# (codec to encode the document with, encoding named in its XML declaration, Content-Type sent):
# every way feedparser decides how to read a document (BOM, declaration, 4-byte sniffing, header).
BOMB_ENCODINGS: list[tuple[str, str | None, str]] = [
    ("utf-8", None, "application/rss+xml"),
    ("utf-8-sig", "utf-8", "application/rss+xml"),
    ("latin-1", "iso-8859-1", "application/rss+xml"),
    ("cp1252", "windows-1252", "application/rss+xml"),
    ("utf-16", "utf-16", "application/rss+xml"),  # with a BOM
    ("utf-16-le", "utf-16le", "application/rss+xml"),
    ("utf-16-be", "utf-16be", "application/rss+xml"),
    ("utf-32", "utf-32", "application/rss+xml"),  # with a BOM
    ("utf-32-le", "utf-32le", "application/rss+xml"),
    ("utf-32-be", "utf-32be", "application/rss+xml"),
    ("cp037", "cp037", "application/rss+xml"),  # EBCDIC, sniffed from "<?xm"
    ("utf-7", "utf-7", "application/rss+xml"),
    ("utf-7", None, "text/xml; charset=utf-7"),  # named only by the server
    ("utf-16-le", None, "application/xml; charset=utf-16le"),
]


def encoded_document(body: str, codec: str, declared: str | None) -> bytes:
    """The document with an XML declaration naming `declared` (none when None), encoded with `codec`."""
    declaration = f'<?xml version="1.0" encoding="{declared}"?>' if declared else '<?xml version="1.0"?>'
    encoded = (declaration + "\n" + body).encode(codec)
    if codec == "utf-7":  # Python writes "<!" as is; UTF-7 may also shift it into base64, hiding "<!ENTITY"
        encoded = encoded.replace(b"<!", b"+ADwAIQ-")
    return encoded


# --- a fake DNS -----------------------------------------------------------------------------------

AddressInfo = list[tuple[Any, ...]]


class FakeDNS:
    """Answers for made-up host names (each a list of answers, the last one repeating); every other
    name or literal goes to the real resolver. `queries` counts the questions per fake name."""

    def __init__(self, real: Callable[..., AddressInfo]) -> None:
        self._real = real
        self._answers: dict[str, list[str]] = {}
        self.queries: dict[str, int] = {}

    def answer(self, host: str, *addresses: str) -> None:
        """Answer the n-th query for `host` with the n-th address (the last one from then on)."""
        self._answers[host] = list(addresses)
        self.queries[host] = 0

    def getaddrinfo(self, host: Any, port: Any, *args: Any, **kwargs: Any) -> AddressInfo:
        name = host.decode() if isinstance(host, bytes) else host
        if name not in self._answers:
            return self._real(host, port, *args, **kwargs)
        answers = self._answers[name]
        address = answers[min(self.queries[name], len(answers) - 1)]
        self.queries[name] += 1
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        sockaddr = (address, int(port or 0), 0, 0) if family == socket.AF_INET6 else (address, int(port or 0))
        return [(family, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", sockaddr)]


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> FakeDNS:
    """A `FakeDNS` installed as socket.getaddrinfo (which asyncio, anyio and httpx all resolve through)."""
    dns = FakeDNS(socket.getaddrinfo)
    monkeypatch.setattr(socket, "getaddrinfo", dns.getaddrinfo)
    return dns
