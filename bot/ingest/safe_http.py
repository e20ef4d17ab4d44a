"""HTTP plumbing that keeps hostile servers in check: connections only to public addresses, and
response bodies decoded under a size cap.

The address check happens where the connection is made: a host name is resolved once, every
address it resolves to is checked, and the socket is opened to one of those checked addresses. A
resolver that answers a public address to a first query and a private one to a second (DNS
rebinding) therefore gets no second query. TLS still verifies and sends the host name (SNI), and the
Host header is unchanged, because only the TCP connect sees the address.

Connections are pooled by `LinearConnectionPool`, httpcore's pool with a bookkeeping pass linear in
the pooled connections.

Content encodings (gzip, deflate, also stacked as `gzip, gzip`) are undone here layer by layer with
zlib's `max_length`, so no layer ever produces more than the cap: a 26 kB nested gzip bomb costs at
most the cap in memory, not gigabytes.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import zlib
from collections.abc import AsyncIterator, Iterable

import httpcore
import httpx
from httpcore._async.connection_pool import AsyncPoolRequest

__all__ = [
    "SUPPORTED_ENCODINGS",
    "AddressRefused",
    "BodyTooLarge",
    "IPAddress",
    "LinearConnectionPool",
    "PublicAddressBackend",
    "UndecodableBody",
    "decoded_body",
    "embedded_ipv4",
    "feed_transport",
    "is_public_address",
    "parse_address",
]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# IPv6 ranges that carry an IPv4 address in their last 32 bits, so that "64:ff9b::7f00:1" reaches
# 127.0.0.1 through a NAT64 gateway. (6to4 and Teredo have their own accessors in ipaddress.)
_NAT64_PREFIXES = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")  # deprecated "::a.b.c.d" form


class AddressRefused(Exception):
    """A connection to a non-public address was refused; `address` is the address that was refused."""

    def __init__(self, address: IPAddress) -> None:
        super().__init__(f"private address {address} refused")
        self.address = address


class BodyTooLarge(Exception):
    """The (decoded) body exceeded the cap."""


class UndecodableBody(Exception):
    """The body's Content-Encoding is unsupported or its compressed data is corrupt; the message says which."""


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address leads to (IPv4-mapped, NAT64, 6to4, Teredo, IPv4-compatible), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if any(address in prefix for prefix in _NAT64_PREFIXES) or (
        address in _IPV4_COMPATIBLE and int(address) > 1  # not "::" or "::1"
    ):
        return ipaddress.IPv4Address(int(address) & 0xFFFF_FFFF)
    return None


def is_public_address(address: IPAddress) -> bool:
    """Whether an address is globally reachable unicast, and so is any IPv4 address it embeds."""
    if not address.is_global or address.is_multicast:
        return False
    if isinstance(address, ipaddress.IPv6Address):
        inner = embedded_ipv4(address)
        if inner is not None:
            return is_public_address(inner)
    return True


def parse_address(text: str) -> IPAddress | None:
    """An IP address literal (brackets and IPv6 zone ids allowed), or None for a host name."""
    try:
        return ipaddress.ip_address(text.strip("[]").split("%", 1)[0])
    except ValueError:
        return None


class PublicAddressBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that resolves each host once, refuses it when any of its addresses
    is not public (`AddressRefused`), and connects to the checked addresses themselves."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await _resolve(host, port)
        for address in addresses:
            if not is_public_address(address):
                raise AddressRefused(address)
        last_error: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    str(address), port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last_error = error
        assert last_error is not None  # _resolve never returns an empty list
        raise last_error

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("Unix sockets are not used for feeds")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


async def _resolve(host: str, port: int) -> list[IPAddress]:
    """The host's addresses in resolver order, without duplicates (an IP literal is its own answer)."""
    literal = parse_address(host)
    if literal is not None:
        return [literal]
    try:
        answers = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise httpcore.ConnectError(f"could not resolve host {host}: {error.strerror}") from error
    addresses: dict[IPAddress, None] = {}
    for *_, sockaddr in answers:
        address = parse_address(str(sockaddr[0]))
        if address is not None:
            addresses[address] = None
    if not addresses:
        raise httpcore.ConnectError(f"could not resolve host {host}: no addresses")
    return list(addresses)


class LinearConnectionPool(httpcore.AsyncConnectionPool):
    """httpcore's connection pool with its bookkeeping pass made linear in the pooled connections.

    httpcore 1.0 runs `_assign_requests_to_connections` when a request arrives and when a response is
    closed (several times a request). For every idle connection it builds a list of all the connections
    to compare with the keep-alive limit (encode/httpcore#1035), and it asks every idle connection's
    socket whether the server closed it: with the ~50 connections a poll keeps alive, that pass cost
    more CPU than the requests themselves. This pass walks the connections once: closed ones are
    dropped, busy ones that expired are closed, the oldest idle ones above the keep-alive limit
    (counting idle connections, which the original meant to) are closed; then each queued request gets
    an available connection to its origin, else a new connection, else one made by closing an idle
    connection. An idle connection is checked for expiry (its keep-alive time, or a server that closed
    it) when it is about to be reused, and closed then if it has expired: one check a request, not one
    per idle connection per pass. Until then an expired idle connection only holds its socket, at most
    `max_connections` of them, all closed with the pool."""

    def _assign_requests_to_connections(self) -> list[httpcore.AsyncConnectionInterface]:
        closing: list[httpcore.AsyncConnectionInterface] = []
        kept: list[httpcore.AsyncConnectionInterface] = []
        idle: list[httpcore.AsyncConnectionInterface] = []
        for connection in self._connections:
            if connection.is_closed():
                continue
            if connection.is_idle():
                idle.append(connection)
            elif connection.has_expired():
                closing.append(connection)
                continue
            kept.append(connection)
        surplus = idle[: max(0, len(idle) - self._max_keepalive_connections)]
        if surplus:
            closing += surplus
            kept = [connection for connection in kept if connection not in surplus]
            idle = idle[len(surplus):]
        self._connections = kept
        for pool_request in self._requests:
            if pool_request.is_queued():
                self._assign(pool_request, kept, idle, closing)
        return closing

    def _assign(
        self,
        pool_request: AsyncPoolRequest,
        kept: list[httpcore.AsyncConnectionInterface],
        idle: list[httpcore.AsyncConnectionInterface],
        closing: list[httpcore.AsyncConnectionInterface],
    ) -> None:
        """Give a queued request a connection, if the pool has or can make one (see the class)."""
        origin = pool_request.request.url.origin
        for connection in [found for found in kept if found.can_handle_request(origin) and found.is_available()]:
            if connection in idle:
                idle.remove(connection)  # spoken for, or expired: not to be closed again to make room
                if connection.has_expired():
                    kept.remove(connection)
                    closing.append(connection)
                    continue
            pool_request.assign_to_connection(connection)
            return
        if len(kept) >= self._max_connections:
            if not idle:
                return
            closed = idle.pop(0)
            kept.remove(closed)
            closing.append(closed)
        created = self.create_connection(origin)
        kept.append(created)
        pool_request.assign_to_connection(created)


def feed_transport(limits: httpx.Limits, *, public_only: bool) -> httpx.AsyncHTTPTransport:
    """An httpx transport on a `LinearConnectionPool`; with `public_only`, every connection goes through
    `PublicAddressBackend`."""
    transport = httpx.AsyncHTTPTransport(limits=limits, trust_env=False)
    # httpx takes neither a pool class nor a network backend as an argument, so its connection pool is
    # replaced by one with the same settings (httpx 0.28 builds on httpcore 1.x, whose pool takes
    # `network_backend`).
    transport._pool = LinearConnectionPool(  # noqa: SLF001
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=PublicAddressBackend() if public_only else None,
    )
    return transport


# --- content decoding ----------------------------------------------------------------------------

SUPPORTED_ENCODINGS = "gzip, deflate"
"""What to send as Accept-Encoding: the encodings `decoded_body` can undo."""
_IDENTITY = frozenset({"", "identity"})
_ZLIB_ENCODINGS = frozenset({"gzip", "x-gzip", "deflate"})
_GZIP_OR_ZLIB = zlib.MAX_WBITS | 32  # zlib detects a gzip or a zlib header by itself


async def decoded_body(raw_chunks: AsyncIterator[bytes], content_encoding: str, max_bytes: int) -> bytes:
    """The body with every Content-Encoding layer undone, refused (`BodyTooLarge`) as soon as the raw
    bytes or any decoded layer exceed `max_bytes`."""
    names = [name.strip().lower() for name in content_encoding.split(",")]
    unsupported = [name for name in names if name not in _IDENTITY | _ZLIB_ENCODINGS]
    if unsupported:
        raise UndecodableBody(f"unsupported content encoding {', '.join(unsupported)}")
    # Encodings are listed in the order they were applied, so they are undone last first.
    layers = [zlib.decompressobj(_GZIP_OR_ZLIB) for name in reversed(names) if name in _ZLIB_ENCODINGS]
    produced = [0] * (len(layers) + 1)  # raw bytes, then each layer's output
    pieces: list[bytes] = []
    async for chunk in raw_chunks:
        data = chunk
        produced[0] += len(data)
        if produced[0] > max_bytes:
            raise BodyTooLarge
        for number, layer in enumerate(layers, start=1):
            budget = max_bytes - produced[number]
            try:
                data = layer.decompress(data, budget + 1)
            except zlib.error as error:
                raise UndecodableBody(f"corrupt compressed body ({error})") from None
            produced[number] += len(data)
            if len(data) > budget:
                raise BodyTooLarge
        pieces.append(data)
    return b"".join(pieces)
