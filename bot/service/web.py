"""The bot's small web server (aiohttp), on when `[server] port` is set.

It serves the campaign tap redirect: alert buttons point at `<public_url>/c/<campaign id>[/<language>]`,
which counts the tap and answers 302 to the campaign's page (in that language when the campaign has it).
The link names the campaign, never the subscriber, and the redirect sends no referrer, so the campaign
site learns nothing about who tapped. Without `server.public_url` buttons link straight to the campaign
and only alerts are counted. Further endpoints (/healthz and /metrics, bot/service/health.py) are added with
`add_routes`.
"""

from __future__ import annotations

import logging

from aiohttp import web

from bot.chats.campaigns import Action, campaign_info
from bot.config import ConfigError, ServerConfig
from storage import campaigns as campaign_queries
from storage.db import Sessions

logger = logging.getLogger(__name__)

PRIVATE_HEADERS = {"Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}


def campaign_routes(sessions: Sessions) -> list[web.RouteDef]:
    """GET /c/<campaign id> and /c/<campaign id>/<language>: count the tap, redirect to the campaign."""

    async def redirect(request: web.Request) -> web.StreamResponse:
        campaign_id = int(request.match_info["campaign_id"])
        async with sessions.begin() as session:
            row = await campaign_queries.count_tap(session, campaign_id)
            info = campaign_info(row) if row is not None else None
        if info is None:
            return web.Response(status=404, text="No such campaign.\n", headers=PRIVATE_HEADERS)
        shown = Action(info.kind, info.url, info.title, translations=info.translations).localized(request.match_info.get("language"))
        raise web.HTTPFound(location=shown.url or info.url, headers=PRIVATE_HEADERS)

    return [web.get(r"/c/{campaign_id:\d{1,12}}", redirect), web.get(r"/c/{campaign_id:\d{1,12}}/{language:[a-z]{2,3}}", redirect)]


class WebServer:
    """The aiohttp server: routes added before `start`, stopped with `stop`."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.app = web.Application()
        self._runner: web.AppRunner | None = None

    def add_routes(self, routes: list[web.RouteDef]) -> None:
        self.app.add_routes(routes)

    @property
    def port(self) -> int:
        """The port it listens on (the one picked by the system when the config says 0)."""
        assert self._runner is not None, "the server is not started"
        port: int = self._runner.addresses[0][1]
        return port

    async def start(self) -> None:
        """Listen on `listen`:`port`."""
        self._runner = web.AppRunner(self.app, access_log=None)  # an access log would record who tapped what
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.config.listen, self.config.port or 0)
        try:
            await site.start()
        except OSError as error:
            await self._runner.cleanup()
            self._runner = None
            raise ConfigError(
                f"server.port: cannot listen on {self.config.listen}:{self.config.port} ({error.strerror}); "
                "stop what uses it or set another server.port"
            ) from None
        logger.info("web server listening on %s:%s", self.config.listen, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


def campaign_server(config: ServerConfig, sessions: Sessions) -> WebServer:
    """The web server with the campaign redirect routes."""
    server = WebServer(config)
    server.add_routes(campaign_routes(sessions))
    return server
