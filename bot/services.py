"""What the running bot's parts share: the config, database sessions and the tagger.

One Services object lives in `application.bot_data["services"]`; handlers and jobs reach it through
`services_of(context)`.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias

from bot.config import Config
from bot.matching import KeywordIndex, Tagger, UnionDirectory, default_directory
from storage import unions as union_queries
from storage.db import Sessions

if TYPE_CHECKING:
    from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

    BotContext: TypeAlias = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]
    """A handler's or job's context (python-telegram-bot's default types; its dicts hold anything)."""
    BotApplication: TypeAlias = Application[
        ExtBot[Any], BotContext, dict[Any, Any], dict[Any, Any], dict[Any, Any], JobQueue[BotContext]
    ]
    """The Application bot/app.py builds (its bot's rate limiter takes per-call arguments of any type)."""

SERVICES_KEY = "services"


@dataclass
class Services:
    """The config, the database and the matcher, shared by handlers and scheduled jobs."""

    config: Config
    sessions: Sessions
    _tagger: Tagger | None = field(default=None, repr=False)
    keywords: KeywordIndex = field(default_factory=KeywordIndex, repr=False)  # kept up to date by routing
    # Data derived from the database and kept while it is unchanged, by its owner's key (see bot.chats.discovered).
    derived: dict[str, object] = field(default_factory=dict, repr=False)

    def is_admin(self, user_id: int | None) -> bool:
        """Whether a Telegram user is one of the configured admins."""
        return user_id is not None and user_id in self.config.telegram.admins

    async def union_directory(self) -> UnionDirectory:
        """The bundled union directory extended with the unions admins added from the chat."""
        async with self.sessions() as session:
            records = await union_queries.admin_added(session)
        extra = [
            {"id": record.union_id, "name": record.name, "acronyms": record.acronyms, "aliases": record.aliases,
             "country": record.country}
            for record in records
        ]
        base = default_directory()
        return base.with_extra(extra) if extra else base

    async def tagger(self) -> Tagger:
        """The tagger over the current union directory (built once, rebuilt after `unions_changed`)."""
        if self._tagger is None:
            self._tagger = Tagger(await self.union_directory())
        return self._tagger

    async def prepare_tagger(self) -> None:
        """Build the tagger in a daemon thread (seconds of CPU), so that the event loop keeps answering
        signals and health checks meanwhile and a stop never waits for it."""
        if self._tagger is not None:
            return
        directory = await self.union_directory()
        loop = asyncio.get_running_loop()
        built: asyncio.Future[Tagger] = loop.create_future()

        def build() -> None:
            try:
                tagger = Tagger(directory)
            except Exception as error:  # noqa: BLE001 - handed to the awaiting coroutine
                loop.call_soon_threadsafe(built.set_exception, error)
            else:
                loop.call_soon_threadsafe(built.set_result, tagger)

        threading.Thread(target=build, name="tagger-build", daemon=True).start()
        self._tagger = await built

    def unions_changed(self) -> None:
        """Forget the tagger, so the next story is tagged with the admin's new union too."""
        self._tagger = None


def services_of(context: BotContext) -> Services:
    """The Services of a handler's or job's context (python-telegram-bot's CallbackContext)."""
    services: Services = context.application.bot_data[SERVICES_KEY]
    return services
