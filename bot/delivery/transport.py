"""python-telegram-bot's requests over aiohttp, for the outbox's sends.

python-telegram-bot sends through `telegram.request.BaseRequest`; its default, HTTPXRequest, spends about
0.9 ms of CPU on each request to a local Bot API server, aiohttp about 0.2 ms (BENCHMARKS.md, issue 12), and
at 1,000 messages a second that difference is most of a core. `AiohttpRequest` plugs aiohttp in under the
same stack: python-telegram-bot still builds each request and turns every answer that is not 2xx into its
errors (RetryAfter, Forbidden, BadRequest, ChatMigrated, ...) in `BaseRequest.post`, so the sender classifies
and owns 429s exactly as before. Timeouts and connection errors become TimedOut and NetworkError, as
HTTPXRequest's do. Files are sent as multipart/form-data.
"""

from __future__ import annotations

import aiohttp
from telegram import Bot
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

__all__ = ["AiohttpRequest", "delivery_bot"]

USER_AGENT = "solidarity-alerts (python-telegram-bot, aiohttp)"


class AiohttpRequest(BaseRequest):
    """A python-telegram-bot request backend on one aiohttp session holding at most `connections`
    connections (the sends in flight); default timeouts in seconds as HTTPXRequest's. The session is opened
    on first use (or `initialize`) and closed by `shutdown`."""

    def __init__(self, connections: int = 16, *, read_timeout: float = 5.0, write_timeout: float = 5.0,
                 connect_timeout: float = 5.0, pool_timeout: float = 1.0, media_write_timeout: float = 20.0) -> None:
        self.connections = connections
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout in seconds."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (done by the first request otherwise)."""
        self._open()

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    def _open(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=self.connections),
                                                  headers={"User-Agent": USER_AGENT})
        return self._session

    def _timeout(self, read: object, write: object, connect: object, pool: object, files: bool) -> aiohttp.ClientTimeout:
        """aiohttp's timeouts for python-telegram-bot's four (each None: no limit): waiting for a free
        connection and connecting bound `connect`, each read of the answer `sock_read`; aiohttp has no write
        timeout of its own, so the whole request is bounded by the four together."""
        read_s = _seconds(read, self._read_timeout)
        write_s = _seconds(write, self._media_write_timeout if files else self._write_timeout)
        connect_s = _seconds(connect, self._connect_timeout)
        pool_s = _seconds(pool, self._pool_timeout)
        parts = (read_s, write_s, connect_s, pool_s)
        return aiohttp.ClientTimeout(
            total=None if None in parts else sum(value or 0.0 for value in parts),
            connect=None if connect_s is None or pool_s is None else connect_s + pool_s,
            sock_connect=connect_s, sock_read=read_s)

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one request; (HTTP status, body). python-telegram-bot calls this from `post` and `retrieve`."""
        files = bool(request_data and request_data.contains_files)
        data: aiohttp.FormData | dict[str, str] | None = None
        if request_data is not None:
            data = request_data.json_parameters
            if files:
                form = aiohttp.FormData(data)
                for name, (filename, content, mimetype) in request_data.multipart_data.items():
                    form.add_field(name, content, filename=filename, content_type=mimetype)
                data = form
        timeout = self._timeout(read_timeout, write_timeout, connect_timeout, pool_timeout, files)
        try:
            async with self._open().request(method, url, data=data, timeout=timeout) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            # The request's URL holds the bot's token: an answer's error (a redirect loop, ...) is told by its
            # status, any other error's text without that URL.
            described = (f"HTTP {error.status} {error.message}" if isinstance(error, aiohttp.ClientResponseError)
                         else str(error).replace(url, "<the Bot API method's URL>"))
            raise NetworkError(f"aiohttp.{type(error).__name__}: {described}") from error


def _seconds(value: object, default: float | None) -> float | None:
    """A timeout python-telegram-bot passed (its DEFAULT_NONE: this request's default; None: no limit)."""
    if value is BaseRequest.DEFAULT_NONE:
        return default
    return None if value is None else float(value)  # type: ignore[arg-type]


def delivery_bot(bot: Bot, connections: int) -> Bot:
    """A plain Bot for the outbox's sends: the token and Bot API server of `bot` (the application's), its
    requests over aiohttp with `connections` connections; none of the application bot's extras (its
    AIORateLimiter, whose overall limit would also hold the paid lane to the free rate: the sender keeps
    every limit of the messages it sends). Close it with `await bot.request.shutdown()`."""
    return Bot(bot.token, base_url=lambda _token: bot.base_url, request=AiohttpRequest(connections))
