"""A TCP proxy for tests that cut the network between the bot and a server (PostgreSQL) and restore it.

    proxy = TcpProxy("127.0.0.1", 5432); await proxy.start()   # connect to 127.0.0.1:proxy.port instead
    proxy.cut()       # every open connection is reset; new ones are reset at once
    proxy.restore()   # new connections go through again
"""

from __future__ import annotations

import asyncio
import contextlib


class TcpProxy:
    """Forwards connections on 127.0.0.1:<port> to (host, port) on the running event loop."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.is_cut = False
        self.connections_reset = 0
        self._server: asyncio.Server | None = None
        self._open: set[asyncio.StreamWriter] = set()

    @property
    def port(self) -> int:
        assert self._server is not None, "start the proxy first"
        return self._server.sockets[0].getsockname()[1]

    async def start(self) -> TcpProxy:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self

    async def close(self) -> None:
        self.cut()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    def cut(self) -> None:
        """Reset every open connection, and every new one until `restore`."""
        self.is_cut = True
        for writer in list(self._open):
            self._reset(writer)

    def restore(self) -> None:
        self.is_cut = False

    def _reset(self, writer: asyncio.StreamWriter) -> None:
        self._open.discard(writer)
        self.connections_reset += 1
        writer.transport.abort()

    async def _serve(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        if self.is_cut:
            self._reset(client_writer)
            return
        try:
            server_reader, server_writer = await asyncio.open_connection(*self.target)
        except OSError:
            self._reset(client_writer)
            return
        self._open.update((client_writer, server_writer))
        await asyncio.gather(self._pipe(client_reader, server_writer, client_writer),
                             self._pipe(server_reader, client_writer, server_writer))

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, other: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError, asyncio.CancelledError):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        for side in (writer, other):  # one side closed or was reset: so is the other
            if side in self._open:
                self._open.discard(side)
                side.transport.abort()
