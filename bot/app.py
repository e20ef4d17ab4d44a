"""The python-telegram-bot Application: built from a Config, every handler and job registered, run by `run`.

`build_application` is what tests use (with their own database sessions and a local Bot API server);
`run_bot` migrates the configured database, then runs long polling, or a webhook when
`telegram.webhook_url` is set.
"""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import urlsplit

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import BotCommand, BotCommandScopeChat, BotCommandScopeDefault, Update
from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, Application, ContextTypes, TypeHandler

from bot.config import Config, ConfigError
from bot.database import open_database
from bot.scheduler import register_jobs
from bot.server import campaign_server
from bot.services import SERVICES_KEY, Services
from handlers import admin, alerts, campaigns, channels, quiet, settings, sources, start, subscriptions
from handlers.common import on_error
from storage.db import create_engine, session_factory

logger = logging.getLogger(__name__)

RATE_LIMIT_RETRIES = 3
SERVER_KEY = "web_server"
ADMIN_MENUS_KEY = "admin_menus"  # bot_data: the admins whose chat already has the admin command menu
ADMIN_MENU_GROUP = -1  # handler group: before every other handler, without stopping them


def file_base_url(base_url: str) -> str:
    """The Bot API file-download base for a `telegram.base_url` ("http://host/bot" -> "http://host/file/bot")."""
    if not base_url.rstrip("/").endswith("/bot"):
        raise ConfigError(f"telegram.base_url: must end with /bot, like http://127.0.0.1:8081/bot, got {base_url!r}")
    return base_url.rstrip("/")[: -len("/bot")] + "/file/bot"


def build_application(config: Config, sessions: async_sessionmaker[AsyncSession]) -> Application:
    """The bot: python-telegram-bot Application with the rate limiter, the job queue, the shared Services
    in bot_data, every command, button and document handler, the scheduled jobs and the error handler."""
    builder = (
        Application.builder()
        .token(config.require_token())
        .rate_limiter(
            AIORateLimiter(
                overall_max_rate=config.delivery.messages_per_second,
                group_max_rate=config.delivery.group_messages_per_minute,
                max_retries=RATE_LIMIT_RETRIES,
            )
        )
        .post_init(on_start)
        .post_shutdown(on_stop)
    )
    if config.telegram.base_url:
        builder = builder.base_url(config.telegram.base_url).base_file_url(file_base_url(config.telegram.base_url))
    application = builder.build()
    application.bot_data[SERVICES_KEY] = Services(config=config, sessions=sessions)
    if config.server.port is not None:
        application.bot_data[SERVER_KEY] = campaign_server(config.server, sessions)
    for module in (start, subscriptions, settings, quiet, sources, channels, admin, campaigns, alerts):
        module.register(application)
    start.register_fallbacks(application)
    application.add_handler(TypeHandler(Update, admin_menu_on_contact), group=ADMIN_MENU_GROUP)
    register_jobs(application)
    application.add_error_handler(on_error)
    return application


async def on_start(application: Application) -> None:
    """After start-up: publish the command menus and start the web server when one is configured."""
    await publish_commands(application)
    server = application.bot_data.get(SERVER_KEY)
    if server is not None:
        await server.start()


async def on_stop(application: Application) -> None:
    server = application.bot_data.get(SERVER_KEY)
    if server is not None:
        await server.stop()


def command_menus() -> tuple[list[BotCommand], list[BotCommand]]:
    """The command menus: (everyone's, an admin's)."""
    user_commands = [BotCommand(command.name, command.description) for command in start.USER_COMMANDS]
    return user_commands, user_commands + [BotCommand(command.name, command.description) for command in start.ADMIN_COMMANDS]


async def publish_commands(application: Application) -> None:
    """Register the command menu: user commands for everyone, user and admin commands in each admin's chat.
    An admin who never opened the bot cannot get a chat-scoped menu yet; that is logged, and the menu is set
    when the admin first writes (admin_menu_on_contact)."""
    user_commands, _ = command_menus()
    await application.bot.set_my_commands(user_commands, scope=BotCommandScopeDefault())
    for admin_id in application.bot_data[SERVICES_KEY].config.telegram.admins:
        await set_admin_menu(application, admin_id)


async def set_admin_menu(application: Application, admin_id: int) -> None:
    """Give one admin's chat the admin command menu, remembering that it was done; a failure is logged."""
    try:
        await application.bot.set_my_commands(command_menus()[1], scope=BotCommandScopeChat(admin_id))
    except TelegramError as error:
        logger.warning("cannot set the admin command menu for %s (has the admin opened the bot?): %s", admin_id, error)
        return
    application.bot_data.setdefault(ADMIN_MENUS_KEY, set()).add(admin_id)


async def admin_menu_on_contact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An admin writing in a private chat whose menu could not be set before (they had not opened the bot
    at start-up) gets the admin command menu now, not after the next restart."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or chat.type != chat.PRIVATE:
        return
    services: Services = context.bot_data[SERVICES_KEY]
    if services.is_admin(user.id) and user.id not in context.bot_data.get(ADMIN_MENUS_KEY, set()):
        await set_admin_menu(context.application, user.id)


def run_bot(config: Config) -> None:
    """Run the bot until interrupted: migrate the database, then long polling or the configured webhook."""
    config.require_token()
    asyncio.run(_migrate(config))
    engine = create_engine(config.database.url)
    application = build_application(config, session_factory(engine))

    async def dispose_engine(_: Application) -> None:
        await on_stop(application)
        await engine.dispose()

    application.post_shutdown = dispose_engine
    telegram = config.telegram
    if telegram.webhook_url:
        application.run_webhook(
            listen=telegram.webhook_listen, port=telegram.webhook_port,
            url_path=urlsplit(telegram.webhook_url).path.lstrip("/"), webhook_url=telegram.webhook_url,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)


async def _migrate(config: Config) -> None:
    async with open_database(config, upgrade=True):
        pass
