"""Drive the real bot (python-telegram-bot Application over HTTP) against the local Bot API server.

    async def test_start(running_bot):
        replies = await running_bot.send("/start")
        assert "Solidarity Alerts" in replies[0]["text"]
        edits = await running_bot.press(replies[0], "menu:c")

`send` and `press` push an update and return once the bot has finished handling it (a last-group
handler marks each update done), with what the bot sent meanwhile.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Update
from telegram.ext import Application, CallbackContext, TypeHandler

from bot.app import build_application
from bot.chats.errors import UsageError
from bot.config import Config, FetchConfig, TelegramConfig
from bot.scheduler import SCHEDULER_KEY, Scheduler
from tests.botapi import TOKEN, BotApiServer

USER_ID = 1001
ADMIN_ID = 4242
GROUP_ID = -100500
DONE_GROUP = 10_000  # handler group of the marker that runs after every other handler


def bot_config(admins: tuple[int, ...] = (ADMIN_ID,), **overrides: Any) -> Config:
    """A config for the bot under test: the local server's token, admins, private addresses allowed."""
    return Config(
        telegram=TelegramConfig(token=TOKEN, admins=admins),
        fetch=FetchConfig(timeout_seconds=5, allow_private_addresses=True),
        **overrides,
    )


@dataclass
class RunningBot:
    """The running Application, its Bot API server and database, and helpers to talk to it."""

    api: BotApiServer
    application: Application
    sessions: async_sessionmaker[AsyncSession]
    pushed: int = 0
    handled: int = 0
    unexpected_errors: list[BaseException] = field(default_factory=list)  # what reached the error handler, but UsageError
    _progress: asyncio.Event = field(default_factory=asyncio.Event)

    async def send(
        self, text: str | None = None, *, chat_id: int = USER_ID, user_id: int | None = None,
        chat_type: str = "private", reply_to: int | None = None, document: tuple[str, bytes] | None = None,
        thread: int | None = None, forwarded_from: dict[str, Any] | None = None, language_code: str = "en",
    ) -> list[dict[str, Any]]:
        """A message from a user (in forum topic `thread` when given; whose Telegram app is in
        `language_code`); returns the messages the bot sent to that chat while handling it."""
        before = len(self.api.sent_messages(chat_id))
        self.api.push_message(chat_id, text, user_id=user_id, chat_type=chat_type,
                              reply_to_message_id=reply_to, document=document, thread=thread,
                              forwarded_from=forwarded_from, language_code=language_code)
        await self._handled()
        return self.api.sent_messages(chat_id)[before:]

    async def press(self, message: dict[str, Any], data: str, *, user_id: int | None = None,
                    chat_type: str | None = None) -> dict[str, Any]:
        """Press a button on a message the bot sent; returns what happened: the callback answer,
        edits of that message and new messages to the chat."""
        chat_id, message_id = int(message["chat_id"]), int(message["_message_id"])
        chat_type = chat_type or ("private" if chat_id > 0 else "group")
        before_sent = len(self.api.sent_messages(chat_id))
        before_calls = len(self.api.calls())
        query_id = self.api.push_callback(chat_id, message_id, data, user_id=user_id, chat_type=chat_type)
        await self._handled()
        calls = self.api.calls()[before_calls:]
        answers = [call.params for call in calls if call.method == "answerCallbackQuery"
                   and call.params.get("callback_query_id") == query_id]
        edits = [call.params for call in calls if call.method == "editMessageText"
                 and int(call.params.get("message_id", 0)) == message_id]
        return {"answer": answers[-1] if answers else None, "edits": edits,
                "sent": self.api.sent_messages(chat_id)[before_sent:]}

    async def _handled(self, timeout: float = 30.0) -> None:
        self.pushed += 1
        async with asyncio.timeout(timeout):
            while self.handled < self.pushed:
                self._progress.clear()
                await self._progress.wait()

    def mark_handled(self) -> None:
        """Called by the last-group handler once the bot has finished with an update."""
        self.handled += 1
        self._progress.set()


def buttons(message: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, callback data or URL) for every inline button of a sent or edited message, row by row."""
    markup = message.get("reply_markup") or {}
    return [
        (item["text"], item.get("callback_data") or item.get("url", ""))
        for row in markup.get("inline_keyboard", []) for item in row
    ]


def button_data(message: dict[str, Any], label_part: str) -> str:
    """The callback data of the first button whose label contains `label_part`."""
    for label, data in buttons(message):
        if label_part.lower() in label.lower():
            return data
    raise AssertionError(f"no button with {label_part!r} in {buttons(message)}")


@asynccontextmanager
async def running(api: BotApiServer, sessions: async_sessionmaker[AsyncSession],
                  config: Config | None = None) -> AsyncIterator[RunningBot]:
    """Build the bot against `api` and `sessions`, start polling, and stop it afterwards."""
    config = config or bot_config()
    config = replace(config, telegram=replace(config.telegram, base_url=api.base_url))
    application = build_application(config, sessions)
    bot = RunningBot(api, application, sessions)

    async def mark_handled(update: object, context: object) -> None:
        bot.mark_handled()

    async def record_error(update: object, context: CallbackContext) -> None:
        if context.error is not None and not isinstance(context.error, UsageError):
            bot.unexpected_errors.append(context.error)

    application.add_handler(TypeHandler(Update, mark_handled), group=DONE_GROUP)
    application.add_error_handler(record_error)
    async with application:
        await application.start()
        await application.updater.start_polling(poll_interval=0, timeout=dt.timedelta(seconds=1))
        # The start-up job syncs the config's sources (pausing config feeds the config does not list):
        # a test's own rows must come after it, not race with it.
        scheduler: Scheduler = application.bot_data[SCHEDULER_KEY]
        await asyncio.wait_for(scheduler.started.wait(), 30)
        try:
            yield bot
        finally:
            await application.updater.stop()
            await application.stop()
