"""/language: the language this chat is answered and sent alerts in, chosen with a button or typed
(/language es); group admins only in groups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from telegram import Update
from telegram.ext import CallbackQueryHandler

from bot.chats import settings
from bot.compose.alert import escape
from bot.i18n import LANGUAGES, _, current_language, using_language
from bot.services import services_of
from handlers.common import Context, arguments, button, chat_of, edit, group_admins_only, keyboard, reply

if TYPE_CHECKING:
    from bot.services import BotApplication

__all__ = ["LANGUAGE_PREFIX", "language_button", "language_command", "register"]

LANGUAGE_PREFIX = "lang"
COLUMNS = 3


def chosen_text() -> str:
    """The confirmation, in the language just chosen."""
    return _("Done: {language}. From now on I answer and send alerts in this language; /language changes it."
             ).format(language=escape(LANGUAGES[current_language()]))


@group_admins_only
async def language_command(update: Update, context: Context) -> None:
    """/language alone: a button per language; /language es (or a language's name): set it."""
    args = arguments(context)
    if args:
        code = await settings.set_language(services_of(context), chat_of(update), " ".join(args))
        with using_language(code):
            await reply(update, chosen_text())
        return
    choices = [button(name, f"{LANGUAGE_PREFIX}:{code}") for code, name in LANGUAGES.items()]
    rows = [choices[index:index + COLUMNS] for index in range(0, len(choices), COLUMNS)]
    text = _("Which language should I answer and send alerts in? Now: {language}.").format(
        language=escape(LANGUAGES[current_language()]))
    await reply(update, text, keyboard(rows))


@group_admins_only
async def language_button(update: Update, context: Context) -> None:
    """A language button: set it, and say so in that language on the same message."""
    query = update.callback_query
    assert query is not None and query.data is not None, "a language button press"
    code = await settings.set_language(services_of(context), chat_of(update), query.data.partition(":")[2])
    await query.answer()
    with using_language(code):
        await edit(query, chosen_text())


def register(application: BotApplication) -> None:
    """Add the language buttons (/language itself is a row of the command table, handlers/start.py)."""
    application.add_handler(CallbackQueryHandler(language_button, pattern=rf"^{LANGUAGE_PREFIX}:"))
