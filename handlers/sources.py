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
from bot.chats.language import chat_language
from bot.chats.suggestions import SourceInfo, SuggestionInfo
from bot.i18n import _, ngettext, using_language
from bot.ingest.pipeline import source_label
from bot.services import services_of
from handlers.common import (
    EXPIRED_BUTTON,
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
        return _("I read no sources yet. Know a good labour news feed? Send /suggest and its address."), None
    window = paginate(len(sources), page, SOURCES_PER_PAGE)
    header = ngettext("<b>I read {count} source</b>{page}. Know another? /suggest https://example.org/feed.xml",
                      "<b>I read {count} sources</b>{page}. Know another? /suggest https://example.org/feed.xml",
                      len(sources)).format(count=len(sources), page=window.note)
    lines = [source_line(source) for source in sources[window.start:window.end]]
    return "\n".join([header, "", *lines]), keyboard([window.navigation("src:{page}")])


def source_line(source: SourceInfo) -> str:
    """• Name — address (a corpus is named, never shown by its path on the server)."""
    if source.kind != "feed":
        return _("• {name} (news documents kept locally)").format(
            name=escape_clipped(source.name or _("A collection of news documents"), 100))
    name = source.name or source.title
    address = escape_clipped(source.location, 150)
    return f"• {escape_clipped(name, 100)} — {address}" if name else f"• {address}"


async def suggest_command(update: Update, context: Context) -> None:
    """/suggest <feed URL>: trial-fetch it, then send it to the admins to accept or decline."""
    args = arguments(context)
    if len(args) != 1:
        raise UsageError(_(suggestions.SUGGEST_USAGE))
    await telegram_chat(update).send_action(ChatAction.TYPING)
    suggestion = await suggestions.suggest_feed(services_of(context), args[0], telegram_chat(update).id,
                                                sender_id(update))
    reached = 0
    for admin_id in services_of(context).config.telegram.admins:
        try:
            with using_language(await chat_language(services_of(context).sessions, admin_id)):
                text, buttons = suggestion_text(suggestion), decision_buttons(suggestion)
            await context.bot.send_message(admin_id, text, parse_mode=ParseMode.HTML,
                                           link_preview_options=NO_PREVIEW, reply_markup=buttons)
            reached += 1
        except TelegramError as error:
            logger.warning("could not tell admin %s about suggestion %s: %s", admin_id, suggestion.id, error)
    if reached:
        await reply(update, ngettext(
            "Thanks: “{feed}” works ({count} item now) and is with the bot's admins. I'll tell you here what they decide.",
            "Thanks: “{feed}” works ({count} items now) and is with the bot's admins. I'll tell you here what they decide.",
            suggestion.item_count).format(feed=escape_clipped(suggestion.title or suggestion.url, 150),
                                          count=suggestion.item_count))
    else:
        await reply(update, _("The feed works, and your suggestion is kept, but none of the bot's admins can be reached "
                              "right now. They will see it when they next check; you can also tell them directly."))


def suggestion_text(suggestion: SuggestionInfo) -> str:
    """What an admin sees: the feed, its trial fetch, who suggested it."""
    title = escape_clipped(suggestion.title or _("(no title)"), 150)
    return (_("📮 <b>Feed suggested</b> (no. {number}): {title}").format(number=suggestion.id, title=title)
            + f"\n{escape_clipped(suggestion.url, 300)}\n"
            + ngettext("Trial fetch: {count} item.", "Trial fetch: {count} items.", suggestion.item_count).format(
                count=suggestion.item_count) + " "
            + _("Suggested by user {user}. Accept adds it like /addfeed.").format(user=suggestion.user_id or _("unknown")))


def decision_buttons(suggestion: SuggestionInfo) -> InlineKeyboardMarkup | None:
    return keyboard([[button(_("✅ Accept"), f"sg:a:{suggestion.id}"), button(_("✖️ Decline"), f"sg:d:{suggestion.id}")]])


@bot_admins_only
async def decision_button(update: Update, context: Context) -> None:
    """sg:a:<id> / sg:d:<id>: accept (the feed is added) or decline; the suggester is told either way."""
    query, data = pressed(update)
    _prefix, verdict, number = data.split(":", 2)
    if verdict not in ("a", "d") or not number.isdigit():
        await query.answer(_(EXPIRED_BUTTON), show_alert=True)
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
        await edit(query, _("✅ Accepted: feed {number}, <b>{name}</b>, is added and polled from now on. /feeds shows "
                            "its health.").format(number=source.id, name=escape_clipped(source_label(source), 150)))
    else:
        await edit(query, _("✖️ Declined: {name}.").format(name=name))
    with using_language(await chat_language(services_of(context).sessions, suggestion.chat_id)):
        told = (_("✅ Your suggestion “{name}” was accepted: I read it from now on. /sources lists everything I read.")
                if decision.added is not None else
                _("Your suggestion “{name}” was declined by the bot's admins. Thanks all the same.")).format(name=name)
    try:
        await context.bot.send_message(suggestion.chat_id, told, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW)
    except TelegramError as error:
        logger.warning("could not tell chat %s about suggestion %s: %s", suggestion.chat_id, suggestion.id, error)


def register(application: BotApplication) -> None:
    """Add the buttons of /sources and /suggest (the commands are in the table, handlers/start.py)."""
    application.add_handler(CallbackQueryHandler(sources_page_button, pattern=r"^src:"))
    application.add_handler(CallbackQueryHandler(decision_button, pattern=r"^sg:"))
