"""A chat's language: which one it answers and gets its alerts in, and /language to change it.

A chat's language is stored on its subscriber: the Telegram language of whoever first used the bot there
(on /start, or when the chat is first stored), until /language changes it. A chat with none stored is
answered in the Telegram language of the person writing; a language the bot has no catalog for is English.
"""

from __future__ import annotations

import logging

from babel import Locale

from bot.chats.errors import UsageError
from bot.i18n import LANGUAGES, _, supported_language
from bot.services import Services
from storage import subscribers as queries
from storage.db import Sessions, database_unreachable

__all__ = ["chat_language", "language_choice", "reply_language"]

logger = logging.getLogger(__name__)


def language_choice(text: str) -> str:
    """The language code someone typed: a code ("es", "pt-BR") or a language's own or English name."""
    wanted = " ".join(text.split()).casefold()
    for code, name in LANGUAGES.items():
        english = (Locale.parse(code).get_display_name("en") or code).casefold()
        if wanted in (code, name.casefold(), english) or wanted.replace("_", "-").split("-")[0] == code:
            return code
    choices = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
    if wanted:
        raise UsageError(_("I don't speak “{language}” yet. Choose one of: {choices}. For example: /language es")
                         .format(language=text.strip(), choices=choices))
    raise UsageError(_("Choose a language: {choices}. For example: /language es").format(choices=choices))


async def chat_language(sessions: Sessions, chat_id: int) -> str | None:
    """The language stored for a chat, if any."""
    async with sessions() as session:
        return await queries.language_of_chat(session, chat_id)


async def reply_language(services: Services, chat_id: int | None, sender_language: str | None) -> str:
    """The language to answer an update in: the chat's, else the sender's Telegram language, else English.
    The database not answering leaves the sender's language (the handler then reports the outage itself)."""
    stored = None
    if chat_id is not None:
        try:
            stored = await chat_language(services.sessions, chat_id)
        except Exception as error:  # noqa: BLE001 - sorted just below: only an unreachable database is passed over
            if not database_unreachable(error):
                raise
            logger.warning("cannot read chat %s's language, answering in the sender's: %s", chat_id, error)
    return supported_language(stored or sender_language)
