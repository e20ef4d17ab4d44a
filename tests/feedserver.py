"""A local HTTP server for tests that need real feeds over a real socket.

    with FeedServer() as server:                      # or use the `feed_server` fixture
        url = server.route("/rss", body=RSS, etag='"v1"', gzip=True)
        ...                                           # fetch `url`
        assert server.hits("/rss") == 1
        assert server.requests("/rss")[0].headers["user-agent"].startswith("SolidarityAlerts")

It listens on 127.0.0.1 on a free port, in a background thread, one thread per connection, and serves
configurable routes: body, status, headers, ETag / Last-Modified validators (answering 304 to a
matching conditional request), gzip, a delay before answering, a body trickled one byte at a time,
redirects, and huge bodies streamed in chunks (never held in memory). Every request is recorded, so tests can count requests per path
and inspect the headers the client sent, and
count the connections they came on (`connections`).
"""

from __future__ import annotations

import gzip
import itertools
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

import pytest

_STREAM_CHUNK = b"x" * 65536
_CLIENT_GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)


@dataclass(frozen=True)
class Route:
    """What the server answers on one path.

    `stream_bytes` replaces `body` with that many filler bytes, sent in 64 KiB chunks (chunked
    transfer encoding, or a Content-Length header when `stream_declares_length`). `byte_interval`
    sends the body one byte every that many seconds (a server that never quite finishes).
    """

    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False
    delay: float = 0.0
    stream_bytes: int | None = None
    stream_declares_length: bool = False
    byte_interval: float = 0.0


@dataclass
class RecordedRequest:
    """One request as the server saw it; `status` and `body_bytes_sent` are filled in as it is answered."""

    method: str
    path: str
    query: str
    headers: dict[str, str]  # lower-case names
    connection: int = 0  # which connection it came on: 1 for the server's first, 2 for its second, ...
    status: int | None = None
    body_bytes_sent: int = 0


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # never wait on a handler that is sleeping or streaming at shutdown
    # http.server's default backlog is 5: with more connects at once the kernel drops them and the
    # client retries after 1 s, a stall that belongs to the test server, not to the code under test.
    request_queue_size = 1024

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up (a refused bomb, a timed-out trickle) is normal here, not an error to print."""
        if not isinstance(sys.exc_info()[1], _CLIENT_GONE):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class FeedServer:
    """A threaded HTTP server on 127.0.0.1 with configurable routes and a request log."""

    def __init__(self) -> None:
        self._routes: dict[str, Route] = {}
        self._log: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._accepted = itertools.count(1)
        self.stopping = threading.Event()
        self._httpd = _HTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        host, port = self._httpd.server_address[:2]
        self.base_url = f"http://{host}:{port}"

    def start(self) -> FeedServer:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; sleeping and streaming handlers give up at once."""
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def url(self, path: str) -> str:
        """The absolute URL of `path` on this server."""
        return self.base_url + path

    def route(self, path: str, body: bytes | str = b"", **options: object) -> str:
        """Serve `path` (replacing any earlier route); options are `Route` fields. Returns its URL."""
        if isinstance(body, str):
            body = body.encode("utf-8")
        with self._lock:
            self._routes[path] = Route(body=body, **options)  # type: ignore[arg-type]
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        """Answer `path` with a redirect to `to` (a path on this server or any URL). Returns its URL."""
        return self.route(path, status=status, headers={"Location": to}, content_type="text/plain")

    def hits(self, path: str) -> int:
        """How many requests `path` has received."""
        return len(self.requests(path))

    def requests(self, path: str | None = None) -> list[RecordedRequest]:
        """The requests received so far, oldest first (only those to `path` when given)."""
        with self._lock:
            return [request for request in self._log if path is None or request.path == path]

    def connections(self, requests: Iterable[RecordedRequest] | None = None) -> int:
        """How many connections the given requests (by default every request so far) came on."""
        return len({request.connection for request in (self.requests() if requests is None else requests)})

    def _next_connection(self) -> int:
        with self._lock:
            return next(self._accepted)

    def _begin(self, record: RecordedRequest) -> Route | None:
        with self._lock:
            self._log.append(record)
            return self._routes.get(record.path)


def _make_handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:  # one handler per accepted connection
            super().setup()
            self.connection_number = server._next_connection()

        def do_GET(self) -> None:  # noqa: N802 (name fixed by http.server)
            target = urlsplit(self.path)
            record = RecordedRequest(
                method=self.command,
                path=target.path,
                query=target.query,
                headers={name.lower(): value for name, value in self.headers.items()},
                connection=self.connection_number,
            )
            route = server._begin(record)
            try:
                self._answer(route, record)
            except _CLIENT_GONE:
                self.close_connection = True

        def _answer(self, route: Route | None, record: RecordedRequest) -> None:
            if route is None:
                self._send(record, HTTPStatus.NOT_FOUND, {"Content-Type": "text/plain"}, b"no such route")
                return
            if route.delay and server.stopping.wait(route.delay):
                self.close_connection = True
                return
            headers = {"Content-Type": route.content_type, **route.headers}
            if route.etag:
                headers["ETag"] = route.etag
            if route.last_modified:
                headers["Last-Modified"] = route.last_modified
            if _is_not_modified(route, record.headers):
                self._send(record, HTTPStatus.NOT_MODIFIED, headers, b"")
            elif route.stream_bytes is not None:
                self._stream(record, route, headers)
            elif route.byte_interval:
                self._trickle(record, route, headers)
            else:
                body = route.body
                if route.gzip and "gzip" in record.headers.get("accept-encoding", ""):
                    body = gzip.compress(body)
                    headers["Content-Encoding"] = "gzip"
                self._send(record, route.status, headers, body)

        def _send(self, record: RecordedRequest, status: int, headers: dict[str, str], body: bytes) -> None:
            record.status = status
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if status != HTTPStatus.NOT_MODIFIED:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            record.body_bytes_sent = len(body)

        def _stream(self, record: RecordedRequest, route: Route, headers: dict[str, str]) -> None:
            assert route.stream_bytes is not None
            record.status = route.status
            self.send_response(route.status)
            for name, value in headers.items():
                self.send_header(name, value)
            if route.stream_declares_length:
                self.send_header("Content-Length", str(route.stream_bytes))
            else:
                self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            remaining = route.stream_bytes
            while remaining > 0 and not server.stopping.is_set():
                chunk = _STREAM_CHUNK[:remaining]
                if route.stream_declares_length:
                    self.wfile.write(chunk)
                else:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                record.body_bytes_sent += len(chunk)
                remaining -= len(chunk)
            if remaining:
                self.close_connection = True
            elif not route.stream_declares_length:
                self.wfile.write(b"0\r\n\r\n")

        def _trickle(self, record: RecordedRequest, route: Route, headers: dict[str, str]) -> None:
            record.status = route.status
            self.send_response(route.status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            for byte in route.body:
                if server.stopping.wait(route.byte_interval):
                    break
                self.wfile.write(bytes((byte,)))
                self.wfile.flush()
                record.body_bytes_sent += 1
            self.close_connection = True

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (signature fixed by http.server)
            """Keep test output quiet."""

    return Handler


def _is_not_modified(route: Route, request_headers: dict[str, str]) -> bool:
    """RFC 9110: If-None-Match wins over If-Modified-Since; both compared exactly."""
    if_none_match = request_headers.get("if-none-match")
    if if_none_match is not None:
        tags = {tag.strip() for tag in if_none_match.split(",")}
        return route.etag is not None and ("*" in tags or route.etag in tags)
    if_modified_since = request_headers.get("if-modified-since")
    return route.last_modified is not None and if_modified_since == route.last_modified


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    """A running `FeedServer`, stopped after the test."""
    with FeedServer() as server:
        yield server
