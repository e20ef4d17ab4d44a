"""Sources for everyone: /sources (what the bot reads, a page at a time) and /suggest <feed URL> (trial-fetched,
then sent to the admins with Accept and Decline buttons).

Callback data: src:<page>  sources page;  sg:a:<id>  sg:d:<id>  accept or decline suggestion <id> (admins only).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ChatAction, ParseMode
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler

from bot.chats import suggestions
from bot.chats.errors import UsageError
from bot.chats.suggestions import SourceInfo, SuggestionInfo
from bot.ingest.pipeline import source_label
from bot.services import services_of
from handlers.common import (
    NO_PREVIEW,
    Context,
    arguments,
    bot_admins_only,
    button,
    edit,
    escape_clipped,
    keyboard,
    paginate,
    pressed,
    reply,
    sender_id,
    telegram_chat,
)

if TYPE_CHECKING:
    from bot.services import BotApplication

logger = logging.getLogger(__name__)

SOURCES_PER_PAGE = 15  # each line is at most about 260 characters, so a page fits one message


async def sources_command(update: Update, context: Context) -> None:
    """/sources: every source the bot reads, a page at a time."""
    await reply(update, *await sources_page(context, 0))


async def sources_page_button(update: Update, context: Context) -> None:
    """src:<page>: another page of /sources."""
    query, data = pressed(update)
    page = data.split(":", 1)[1]
    await query.answer()
    await edit(query, *await sources_page(context, int(page) if page.isdigit() else 0))


async def sources_page(context: Context, page: int) -> tuple[str, InlineKeyboardMarkup | None]:
    """One page of /sources: how many, then a line per source, with ‹ › buttons when there are more."""
    sources = await suggestions.read_sources(services_of(context))
    if not sources:
        return "I read no sources yet. Know a good labour news feed? Send /suggest and its address.", None
    window = paginate(len(sources), page, SOURCES_PER_PAGE)
    header = (f"<b>I read {len(sources)} {'source' if len(sources) == 1 else 'sources'}</b>{window.note}. "
              "Know another? /suggest https://example.org/feed.xml")
    lines = [source_line(source) for source in sources[window.start:window.end]]
    return "\n".join([header, "", *lines]), keyboard([window.navigation("src:{page}")])


def source_line(source: SourceInfo) -> str:
    """• Name — address (a corpus is named, never shown by its path on the server)."""
    if source.kind != "feed":
        return f"• {escape_clipped(source.name or 'A collection of news documents', 100)} (news documents kept locally)"
    name = source.name or source.title
    address = escape_clipped(source.location, 150)
    return f"• {escape_clipped(name, 100)} — {address}" if name else f"• {address}"


async def suggest_command(update: Update, context: Context) -> None:
    """/suggest <feed URL>: trial-fetch it, then send it to the admins to accept or decline."""
    args = arguments(context)
    if len(args) != 1:
        raise UsageError(suggestions.SUGGEST_USAGE)
    await telegram_chat(update).send_action(ChatAction.TYPING)
    suggestion = await suggestions.suggest_feed(services_of(context), args[0], telegram_chat(update).id,
                                                sender_id(update))
    reached = 0
    for admin_id in services_of(context).config.telegram.admins:
        try:
            await context.bot.send_message(admin_id, suggestion_text(suggestion), parse_mode=ParseMode.HTML,
                                           link_preview_options=NO_PREVIEW, reply_markup=decision_buttons(suggestion))
            reached += 1
        except TelegramError as error:
            logger.warning("could not tell admin %s about suggestion %s: %s", admin_id, suggestion.id, error)
    if reached:
        await reply(update, f"Thanks: “{escape_clipped(suggestion.title or suggestion.url, 150)}” works "
                            f"({suggestion.item_count} {'item' if suggestion.item_count == 1 else 'items'} now) and is "
                            "with the bot's admins. I'll tell you here what they decide.")
    else:
        await reply(update, "The feed works, and your suggestion is kept, but none of the bot's admins can be reached "
                            "right now. They will see it when they next check; you can also tell them directly.")


def suggestion_text(suggestion: SuggestionInfo) -> str:
    """What an admin sees: the feed, its trial fetch, who suggested it."""
    title = escape_clipped(suggestion.title or "(no title)", 150)
    return (f"📮 <b>Feed suggested</b> (no. {suggestion.id}): {title}\n{escape_clipped(suggestion.url, 300)}\n"
            f"Trial fetch: {suggestion.item_count} {'item' if suggestion.item_count == 1 else 'items'}. "
            f"Suggested by user {suggestion.user_id or 'unknown'}. Accept adds it like /addfeed.")


def decision_buttons(suggestion: SuggestionInfo) -> InlineKeyboardMarkup | None:
    return keyboard([[button("✅ Accept", f"sg:a:{suggestion.id}"), button("✖️ Decline", f"sg:d:{suggestion.id}")]])


@bot_admins_only
async def decision_button(update: Update, context: Context) -> None:
    """sg:a:<id> / sg:d:<id>: accept (the feed is added) or decline; the suggester is told either way."""
    query, data = pressed(update)
    _, verdict, number = data.split(":", 2)
    if verdict not in ("a", "d") or not number.isdigit():
        await query.answer("That button has expired.", show_alert=True)
        return
    try:
        decision = await suggestions.decide(services_of(context), int(number), verdict == "a", sender_id(update))
    except UsageError as problem:
        await query.answer(str(problem), show_alert=True)
        return
    await query.answer()
    suggestion = decision.suggestion
    name = escape_clipped(suggestion.title or suggestion.url, 150)
    if decision.added is not None:
        source = decision.added.source
        await edit(query, f"✅ Accepted: feed {source.id}, <b>{escape_clipped(source_label(source), 150)}</b>, is "
                          "added and polled from now on. /feeds shows its health.")
        told = f"✅ Your suggestion “{name}” was accepted: I read it from now on. /sources lists everything I read."
    else:
        await edit(query, f"✖️ Declined: {name}.")
        told = f"Your suggestion “{name}” was declined by the bot's admins. Thanks all the same."
    try:
        await context.bot.send_message(suggestion.chat_id, told, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW)
    except TelegramError as error:
        logger.warning("could not tell chat %s about suggestion %s: %s", suggestion.chat_id, suggestion.id, error)


def register(application: BotApplication) -> None:
    """Add the buttons of /sources and /suggest (the commands are in the table, handlers/start.py)."""
    application.add_handler(CallbackQueryHandler(sources_page_button, pattern=r"^src:"))
    application.add_handler(CallbackQueryHandler(decision_button, pattern=r"^sg:"))
