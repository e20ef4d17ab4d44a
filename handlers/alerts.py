"""The buttons under an alert: "🔇 Mute <topic>" mutes that subscription and turns into "↩️ Undo".

The other buttons (action, story, share) are links and need no handler.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler

from bot.chats.mute import set_muted
from bot.compose.alert import MUTE_PREFIX, UNMUTE_PREFIX, mute_callback, mute_label, parse_mute_callback, undo_label
from bot.i18n import N_, _
from bot.services import services_of
from handlers.common import GROUP_ADMINS_ONLY, Context, is_group_admin

if TYPE_CHECKING:
    from bot.services import BotApplication

EXPIRED = N_("That button no longer works (the alert is too old or was for another chat).")


def swap_button(markup: InlineKeyboardMarkup | None, old_data: str, new: InlineKeyboardButton) -> InlineKeyboardMarkup | None:
    """The keyboard with the button carrying `old_data` replaced by `new` (other buttons unchanged)."""
    if markup is None:
        return InlineKeyboardMarkup([[new]])
    rows = []
    replaced = False
    for row in markup.inline_keyboard:
        new_row = []
        for button in row:
            if button.callback_data == old_data:
                new_row.append(new)
                replaced = True
            else:
                new_row.append(button)
        rows.append(new_row)
    if not replaced:
        rows.append([new])
    return InlineKeyboardMarkup(rows)


async def mute_button(update: Update, context: Context) -> None:
    """Mute (or, from Undo, unmute) the topic an alert matched, and update the alert's keyboard."""
    query = update.callback_query
    chat = update.effective_chat
    assert query is not None and chat is not None
    parsed = parse_mute_callback(query.data or "")
    if parsed is None:
        await query.answer(_(EXPIRED), show_alert=True)
        return
    if not await is_group_admin(update, context):
        await query.answer(_(GROUP_ADMINS_ONLY), show_alert=True)
        return
    undo, alert_id, index = parsed
    result = await set_muted(services_of(context), alert_id, index, chat.id, muted=not undo)
    if result.status == "expired" or result.topic is None:
        await query.answer(_(EXPIRED), show_alert=True)
        return
    topic = result.topic
    if result.status == "gone":
        await query.answer(_("This chat no longer follows {topic}. /subscribe to follow it again.").format(topic=topic.name),
                           show_alert=True)
        return
    if result.status == "muted":
        new = InlineKeyboardButton(undo_label(topic), callback_data=mute_callback(alert_id, index, undo=True))
        notice = _("Muted {topic}: no more alerts about it. Tap Undo to get them again.").format(topic=topic.name)
    else:
        new = InlineKeyboardButton(mute_label(topic), callback_data=mute_callback(alert_id, index))
        notice = _("Unmuted {topic}: you will get its alerts again.").format(topic=topic.name)
    message = query.message
    markup = swap_button(getattr(message, "reply_markup", None), query.data or "", new)
    try:
        await query.edit_message_reply_markup(reply_markup=markup)
    except BadRequest as error:  # "message is not modified" after a double tap, or a message too old to edit
        if "not modified" not in error.message.lower():
            raise
    await query.answer(notice)


def register(application: BotApplication) -> None:
    """Add the Mute / Undo button handler."""
    application.add_handler(CallbackQueryHandler(mute_button, pattern=f"^(?:{MUTE_PREFIX}|{UNMUTE_PREFIX}):"))
