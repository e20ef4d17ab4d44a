"""What every handler module shares: replies within Telegram's limits, the admin and group-admin guards,
and the application's error handler.

Replies are HTML (parse_mode HTML); anything a user or a feed wrote goes through `escape` first.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message, Update
from telegram import Chat as TelegramChat
from telegram.constants import ChatMemberStatus, ChatType, MessageLimit, ParseMode
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.chats.errors import UsageError
from bot.chats.settings import Chat
from bot.compose.alert import escape, shorten
from bot.i18n import N_, _
from bot.services import services_of

__all__ = [
    "BOT_ADMINS_ONLY", "EXPIRED_BUTTON", "GROUP_ADMINS_ONLY", "MAX_CALLBACK_DATA", "MAX_MESSAGE", "NO_PREVIEW",
    "SOMETHING_WENT_WRONG", "Context", "Page", "arguments", "bot_admins_only", "button", "chat_data",
    "chat_of", "edit", "escape", "escape_clipped", "group_admins_only", "is_group_admin", "keyboard", "manage",
    "message_of", "on_error", "page_buttons", "paginate", "pressed", "refuse", "reply", "sender_id", "shorten",
    "split_message", "telegram_chat", "thread_of", "user_data",
]

logger = logging.getLogger(__name__)

MAX_MESSAGE = MessageLimit.MAX_TEXT_LENGTH  # 4096
MAX_CALLBACK_DATA = 64
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
GROUP_ADMINS_ONLY = N_(
    "In a group, only the group's admins can change what it follows and how alerts come. "
    "Anyone here can use /list and /help."
)
BOT_ADMINS_ONLY = N_("That command is for the bot's admins only, so nothing was changed. Send /help to see what you can do.")
SOMETHING_WENT_WRONG = N_(
    "Sorry, something went wrong on my side while handling that. Please try again in a moment; "
    "if it keeps happening, tell the bot's admins."
)
EXPIRED_BUTTON = N_("That button has expired. Send the command again to get fresh buttons.")

Context = ContextTypes.DEFAULT_TYPE
R = TypeVar("R")  # what a guarded handler returns (None when the guard says no)


def escape_clipped(text: str, limit: int) -> str:
    """`text` escaped for HTML and cut (ending with "…") so that the escaped form is at most `limit` characters."""
    return escape(shorten(text, limit, escaped=True))


def split_message(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """HTML text in pieces of at most `limit` characters, cut between paragraphs or lines when possible,
    never inside a tag or an entity."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = rest.rfind("\n\n", 0, limit)
        if cut <= 0:
            cut = rest.rfind("\n", 0, limit)
        if cut <= 0:
            cut = _safe_cut(rest, limit)
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def _safe_cut(text: str, limit: int) -> int:
    cut = text.rfind(" ", 0, limit)
    cut = cut if cut > 0 else limit
    while text.rfind("<", 0, cut) > text.rfind(">", 0, cut) or text.rfind("&", 0, cut) > text.rfind(";", 0, cut):
        cut = max(text.rfind("<", 0, cut), text.rfind("&", 0, cut))
    return cut if cut > 0 else limit  # a single tag longer than the limit: cut it rather than loop


def button(label: str, data: str) -> InlineKeyboardButton:
    """An inline button; its callback data must fit Telegram's 64 bytes (short prefixes and ids only)."""
    if len(data.encode()) > MAX_CALLBACK_DATA:
        raise ValueError(f"callback data over {MAX_CALLBACK_DATA} bytes: {data!r}")
    return InlineKeyboardButton(shorten(label, 60), callback_data=data)


@dataclass(frozen=True)
class Page:
    """Which slice of a list one page shows: items[start:end], page `number` (from 0) of `count`."""

    start: int
    end: int
    number: int
    count: int

    @property
    def note(self) -> str:
        """" (page 2 of 3)", or "" when everything fits on one page."""
        return _(" (page {number} of {count})").format(number=self.number + 1, count=self.count) if self.count > 1 else ""

    def navigation(self, page_data: str) -> list[InlineKeyboardButton]:
        """‹ Previous and Next › buttons; `page_data` has a {page} placeholder."""
        row = []
        if self.number > 0:
            row.append(button(_("‹ Previous"), page_data.format(page=self.number - 1)))
        if self.number < self.count - 1:
            row.append(button(_("Next ›"), page_data.format(page=self.number + 1)))
        return row


def paginate(total: int, page: int, per_page: int) -> Page:
    """The page `page` (clamped to the pages that exist) of `total` items, `per_page` at a time."""
    count = max(1, -(-total // per_page))
    number = min(max(page, 0), count - 1)
    return Page(number * per_page, min(total, (number + 1) * per_page), number, count)


def page_buttons(items: Sequence[InlineKeyboardButton], page: int, per_page: int, columns: int,
                 page_data: str) -> tuple[list[list[InlineKeyboardButton]], str]:
    """One page of buttons in rows of `columns`, then the ‹ › row (page_data has a {page} placeholder);
    (rows, the page note)."""
    window = paginate(len(items), page, per_page)
    shown = items[window.start:window.end]
    rows = [list(shown[index:index + columns]) for index in range(0, len(shown), columns)]
    return [*rows, window.navigation(page_data)], window.note


def keyboard(rows: list[list[InlineKeyboardButton]]) -> InlineKeyboardMarkup | None:
    """An inline keyboard from rows of buttons (empty rows dropped); None when there is no button."""
    rows = [row for row in rows if row]
    return InlineKeyboardMarkup(rows) if rows else None


def telegram_chat(update: Update) -> TelegramChat:
    """The Telegram chat an update came from (every update a command, message or button handler gets has one)."""
    chat = update.effective_chat
    assert chat is not None, "the update has no chat"
    return chat


def message_of(update: Update) -> Message:
    """The message a command or a typed reply came in (every update a command or message handler gets has one)."""
    message = update.effective_message
    assert message is not None, "the update has no message"
    return message


def chat_data(context: Context) -> dict[Any, Any]:
    """What the bot keeps for this chat between updates (python-telegram-bot's chat_data, typed optional
    because an update may come from no chat; every update a handler here gets comes from one)."""
    assert context.chat_data is not None, "the update has no chat"
    return context.chat_data


def user_data(context: Context) -> dict[Any, Any]:
    """What the bot keeps for this user between updates (python-telegram-bot's user_data; see `chat_data`)."""
    assert context.user_data is not None, "the update has no user"
    return context.user_data


async def reply(update: Update, text: str, markup: Any = None) -> Message:
    """Send HTML `text` to the update's chat, split to fit Telegram's limit; `markup` goes on the last part."""
    chat = telegram_chat(update)
    pieces = split_message(text)
    sent: Message | None = None
    for index, piece in enumerate(pieces):
        sent = await chat.send_message(
            piece, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW,
            reply_markup=markup if index == len(pieces) - 1 else None, message_thread_id=thread_of(update) or None,
        )
    assert sent is not None, "a reply needs text"
    return sent


def pressed(update: Update) -> tuple[CallbackQuery, str]:
    """The button press an update carries, and its callback data. A press without data is taken by
    handlers/start.py's UnusableButton first; should one reach a button handler anyway, the person is told
    the button expired (a UsageError, answered by `on_error`)."""
    query = update.callback_query
    if query is None or not isinstance(query.data, str) or not query.data:
        raise UsageError(EXPIRED_BUTTON)
    return query, query.data


async def edit(query: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Replace the text (and buttons) of the message a button was pressed on; long text is clipped to fit."""
    pieces = split_message(text, MAX_MESSAGE - 2)
    body = pieces[0] if len(pieces) == 1 else pieces[0] + "\n…"
    await query.edit_message_text(body, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW, reply_markup=markup)


# Per bot token: private chat id -> the channel it manages (handlers/channels.py keeps it current).
_MANAGED: dict[str, dict[int, Chat]] = {}


def manage(update: Update, channel: Chat | None) -> None:
    """From this update on, the private chat's settings commands act on `channel` (None: on itself)."""
    chat = telegram_chat(update)
    managed = _MANAGED.setdefault(update.get_bot().token, {})
    if channel is None:
        managed.pop(chat.id, None)
    else:
        managed[chat.id] = channel


def chat_of(update: Update) -> Chat:
    """The subscriber's identity for this update: its chat (and the forum topic it came from), or for a
    private chat managing a channel (/channel), the channel."""
    chat = telegram_chat(update)
    if chat.type == ChatType.PRIVATE:
        channel = _MANAGED.get(update.get_bot().token, {}).get(chat.id)
        if channel is not None:
            return channel
    user = update.effective_user
    return Chat(chat.id, chat.type, thread_of(update), user.language_code if user else None)


def thread_of(update: Update) -> int:
    """The forum topic an update came from (0: none, or a forum's General topic)."""
    message = update.effective_message
    if message is None or not message.is_topic_message or not message.message_thread_id:
        return 0
    return message.message_thread_id


def sender_id(update: Update) -> int | None:
    """The Telegram user id of whoever sent the update, if known."""
    return update.effective_user.id if update.effective_user else None


def arguments(context: Context) -> list[str]:
    """The words after the command."""
    return list(context.args or [])


async def is_group_admin(update: Update, context: Context) -> bool:
    """Whether the sender may change this chat's settings: anyone in a private chat; in a group, its
    admins (including an admin posting anonymously as the group)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or chat.type == ChatType.PRIVATE:
        return True
    message = update.effective_message
    if message is not None and message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True
    if user is None:
        return False
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


async def refuse(update: Update, text: str) -> None:
    """Say no: as a pop-up on a button press, else as a message."""
    if update.callback_query is not None:
        await update.callback_query.answer(text, show_alert=True)
    else:
        await reply(update, escape(text))


def group_admins_only(
    handler: Callable[[Update, Context], Awaitable[R]],
) -> Callable[[Update, Context], Coroutine[Any, Any, R | None]]:
    """Guard a settings-changing handler: in groups only chat admins get through; others are told why."""

    @functools.wraps(handler)
    async def guarded(update: Update, context: Context) -> R | None:
        if not await is_group_admin(update, context):
            await refuse(update, _(GROUP_ADMINS_ONLY))
            return None
        return await handler(update, context)

    return guarded


def bot_admins_only(
    handler: Callable[[Update, Context], Awaitable[R]],
) -> Callable[[Update, Context], Coroutine[Any, Any, R | None]]:
    """Guard an admin handler: only user ids in telegram.admins get through; nothing changes for others."""

    @functools.wraps(handler)
    async def guarded(update: Update, context: Context) -> R | None:
        if not services_of(context).is_admin(sender_id(update)):
            await refuse(update, _(BOT_ADMINS_ONLY))
            return None
        return await handler(update, context)

    return guarded


async def on_error(update: object, context: Context) -> None:
    """The application's error handler: a UsageError's message goes back to the user as it is; anything
    else is logged with its traceback and the user is told something went wrong (never silence)."""
    error = context.error
    if isinstance(error, UsageError):
        text = str(error)
    else:
        logger.error("error while handling an update", exc_info=error)
        text = _(SOMETHING_WENT_WRONG)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    try:
        if update.callback_query is not None:
            with contextlib.suppress(TelegramError):  # the handler may have answered it before failing
                await update.callback_query.answer()
        await reply(update, escape(text))
    except TelegramError:
        logger.warning("could not tell chat %s about the error", update.effective_chat.id, exc_info=True)

