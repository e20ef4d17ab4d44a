"""`GET /healthz` and `GET /metrics` on the bot's web server (bot/service/web.py).

/healthz answers 200 with JSON while the database answers, 503 when it does not: the database, the
Bot API (this process's last success and error), the outbox queue depth and the last successful feed
poll (of any process: it is read from the database). /metrics is prometheus-client's text format.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest

from bot.metrics import TELEGRAM_LAST_SUCCESS
from storage import feed_health, outbox
from storage.db import Sessions
from storage.outbox import AlertStatus

logger = logging.getLogger(__name__)

DATABASE_TIMEOUT = 3.0  # seconds: a health probe must answer even when the database hangs


@dataclass
class Health:
    """What /healthz reports beyond the database: the role and the Bot API as this process saw it."""

    sessions: Sessions
    role: str
    bot_username: str | None = None  # set once getMe answered at start-up

    async def _database(self) -> dict[str, Any]:
        async with self.sessions() as session:
            counts = await outbox.status_counts(session)
            last_poll = await feed_health.last_successful_poll(session)
        return {
            "queue": {"pending": counts.get(AlertStatus.PENDING, 0), "sending": counts.get(AlertStatus.SENDING, 0),
                      "digest": counts.get(AlertStatus.DIGEST, 0)},
            "last_successful_poll": last_poll.isoformat() if last_poll else None,
        }

    async def report(self) -> tuple[int, dict[str, Any]]:
        """(HTTP status, JSON body): 503 when the database does not answer within DATABASE_TIMEOUT."""
        last_sent = next(iter(TELEGRAM_LAST_SUCCESS.collect())).samples[0].value
        body: dict[str, Any] = {
            "role": self.role,
            "telegram": {
                "ok": self.bot_username is not None,
                "bot": f"@{self.bot_username}" if self.bot_username else None,
                "last_message_sent": dt.datetime.fromtimestamp(last_sent, dt.UTC).isoformat() if last_sent else None,
            },
        }
        try:
            body.update(await asyncio.wait_for(self._database(), DATABASE_TIMEOUT))
            body["database"] = {"ok": True}
        except Exception as error:  # noqa: BLE001 - any failure means the database is not usable
            reason = getattr(error, "orig", None) or error
            body["database"] = {"ok": False, "error": f"{type(reason).__name__}: {reason}".strip()[:300]}
            body["status"] = "unavailable"
            return 503, body
        body["status"] = "ok" if body["telegram"]["ok"] else "degraded"
        return 200, body


def health_routes(health: Health) -> list[web.RouteDef]:
    """GET /healthz (JSON) and GET /metrics (Prometheus text format)."""

    async def healthz(_: web.Request) -> web.Response:
        status, body = await health.report()
        return web.json_response(body, status=status, headers={"Cache-Control": "no-store"})

    async def metrics(_: web.Request) -> web.Response:
        return web.Response(body=generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST})

    return [web.get("/healthz", healthz), web.get("/metrics", metrics)]
