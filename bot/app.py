"""The python-telegram-bot Application: built from a Config, every handler and job registered.

`build_application` is what tests use (with their own database sessions and a local Bot API server);
bot/service/roles.py runs it as the `run` and `worker` roles.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from telegram import Bot, BotCommand, BotCommandScopeChat, BotCommandScopeDefault, Update
from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, Application, ContextTypes, TypeHandler

from bot.chats.language import reply_language
from bot.config import Config, ConfigError
from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES, _, using_language
from bot.scheduler import register_jobs
from bot.services import SERVICES_KEY, Services
from handlers import admin, alerts, campaigns, channels, language, sources, start, subscriptions
from handlers.common import on_error
from storage.db import Sessions

if TYPE_CHECKING:
    from bot.services import BotApplication

logger = logging.getLogger(__name__)

ADMIN_MENUS_KEY = "admin_menus"  # bot_data: the admins whose chat already has the admin command menu
ADMIN_MENU_GROUP = -1  # handler group: before every other handler, without stopping them


def file_base_url(base_url: str) -> str:
    """The Bot API file-download base for a `telegram.base_url` ("http://host/bot" -> "http://host/file/bot")."""
    if not base_url.rstrip("/").endswith("/bot"):
        raise ConfigError(f"telegram.base_url: must end with /bot, like http://127.0.0.1:8081/bot, got {base_url!r}")
    return base_url.rstrip("/")[: -len("/bot")] + "/file/bot"


class LocalizedApplication(Application):  # type: ignore[type-arg]  # typed as BotApplication where it is built
    """An Application that handles each update in the language of its chat (bot/chats/language.py), so
    every reply, button and error message is written in it."""

    async def process_update(self, update: object) -> None:
        """Handle `update` with its chat's language set for the handlers (a context variable: updates
        handled concurrently keep their own)."""
        chat_id, sender_language = None, None
        if isinstance(update, Update):
            chat_id = update.effective_chat.id if update.effective_chat else None
            sender_language = update.effective_user.language_code if update.effective_user else None
        code = await reply_language(self.bot_data[SERVICES_KEY], chat_id, sender_language)
        with using_language(code):
            await super().process_update(update)


def build_application(config: Config, sessions: Sessions, *, updates: bool = True) -> BotApplication:
    """The bot: python-telegram-bot Application with the rate limiter, the job queue, the shared Services
    in bot_data, every command, button and document handler, the scheduled jobs and the error handler.
    Without `updates` (the worker role) it has no Updater: it never calls getUpdates."""
    builder = (
        Application.builder()
        .application_class(LocalizedApplication)
        .token(config.require_token())
        .rate_limiter(
            # Without retries: a 429 is waited out and retried by bot/delivery/sender.py only (see its docstring).
            AIORateLimiter(
                overall_max_rate=config.delivery.messages_per_second,
                group_max_rate=config.delivery.group_messages_per_minute,
            )
        )
    )
    if not updates:
        builder = builder.updater(None)
    if config.telegram.base_url:
        builder = builder.base_url(config.telegram.base_url).base_file_url(file_base_url(config.telegram.base_url))
    application = builder.build()
    application.bot_data[SERVICES_KEY] = Services(config=config, sessions=sessions)
    start.register_guards(application)
    for module in (start, subscriptions, language, sources, channels, admin, campaigns, alerts):
        module.register(application)
    start.register_fallbacks(application)
    application.add_handler(TypeHandler(Update, admin_menu_on_contact), group=ADMIN_MENU_GROUP)
    register_jobs(application)
    application.add_error_handler(on_error)
    return application


def command_menus() -> tuple[list[BotCommand], list[BotCommand]]:
    """The command menus in the current language: (everyone's, an admin's)."""
    user_commands = [BotCommand(command.name, _(command.description)) for command in start.USER_COMMANDS]
    return user_commands, user_commands + [BotCommand(command.name, _(command.description)) for command in start.ADMIN_COMMANDS]


def menu_languages() -> list[str | None]:
    """The language_code of each menu Telegram is given: None (English, for every other language) first."""
    return [None, *(code for code in LANGUAGES if code != DEFAULT_LANGUAGE)]


async def publish_commands(application: BotApplication) -> None:
    """Register the command menu in every language (Telegram shows each user the one of their app's
    language) for everyone, and user and admin commands in each admin's chat, in that chat's language.
    An admin who never opened the bot cannot get a chat-scoped menu yet; that is logged, and the menu is set
    when the admin first writes (admin_menu_on_contact)."""
    for code in menu_languages():
        with using_language(code):
            user_commands = command_menus()[0]
        await application.bot.set_my_commands(user_commands, scope=BotCommandScopeDefault(), language_code=code)
    services: Services = application.bot_data[SERVICES_KEY]
    for admin_id in services.config.telegram.admins:
        with using_language(await reply_language(services, admin_id, None)):
            await set_admin_menu(application.bot, application.bot_data, admin_id)


async def set_admin_menu(bot: Bot, bot_data: dict[Any, Any], admin_id: int) -> None:
    """Give one admin's chat the admin command menu (in the current language), remembering that it was
    done; a failure is logged."""
    try:
        await bot.set_my_commands(command_menus()[1], scope=BotCommandScopeChat(admin_id))
    except TelegramError as error:
        logger.warning("cannot set the admin command menu for %s (has the admin opened the bot?): %s", admin_id, error)
        return
    bot_data.setdefault(ADMIN_MENUS_KEY, set()).add(admin_id)


async def admin_menu_on_contact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An admin writing in a private chat whose menu could not be set before (they had not opened the bot
    at start-up) gets the admin command menu now, not after the next restart."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or chat.type != chat.PRIVATE:
        return
    services: Services = context.bot_data[SERVICES_KEY]
    if services.is_admin(user.id) and user.id not in context.bot_data.get(ADMIN_MENUS_KEY, set()):
        await set_admin_menu(context.bot, context.bot_data, user.id)
