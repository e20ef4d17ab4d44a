"""Channels, managed from a private chat: /channel @name (or a post forwarded from the channel) links it after
checking that the bot and the user are both its admins; /channel shows which chat the commands act on;
/channel off goes back to this chat. While a channel is linked, /subscribe, /unsubscribe, /list, /mode,
/digest, /timezone, /quiet, /silent... in this private chat act on the channel; its alerts go to the channel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from telegram import Chat as TelegramChat
from telegram import ChatFullInfo, ChatMember, MessageOriginChannel, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, Forbidden
from telegram.ext import MessageHandler, TypeHandler, filters

from bot.chats import channels
from bot.chats.settings import Chat
from bot.i18n import N_, _, current_language
from bot.services import services_of
from handlers.common import Context, arguments, escape, manage, reply, telegram_chat

if TYPE_CHECKING:
    from bot.services import BotApplication

CHANNEL_USAGE = N_("Send /channel @yourchannel (or forward me a post from the channel) in a private chat with me to "
                   "manage the channel from here; /channel off to manage this chat again.")
ADMINS = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
MANAGED_GROUP = -2  # before every handler (and the admin-menu one), so that chat_of sees the managed channel


async def channel_command(update: Update, context: Context) -> None:
    """/channel @name, /channel off, or /channel alone (which chat the commands act on)."""
    if update.effective_chat is None or update.effective_chat.type != ChatType.PRIVATE:
        await reply(update, escape(_("Channels are linked from a private chat with me.") + " " + _(CHANNEL_USAGE)))
        return
    args = arguments(context)
    services = services_of(context)
    if not args:
        channel = await channels.managed_channel(services, update.effective_chat.id)
        where = (_("Your commands here act on the channel {channel}.").format(channel=channel.chat_id) if channel
                 else _("Your commands here act on this chat."))
        await reply(update, escape(where + " " + _(CHANNEL_USAGE)))
        return
    if args[0].lower() == "off":
        stopped = await channels.stop_managing(services, Chat(update.effective_chat.id, ChatType.PRIVATE))
        manage(update, None)
        text = (_("Done: your commands here act on this chat again. The channel keeps what it follows and gets its "
                  "alerts.") if stopped else _("You were not managing a channel."))
        await reply(update, escape(text))
        return
    name = args[0] if args[0].startswith("@") or args[0].lstrip("-").isdigit() else f"@{args[0]}"
    try:
        found = await context.bot.get_chat(name)
    except (BadRequest, Forbidden):
        await reply(update, escape(_("I can't find the channel {name}. Check its @username, add me to the channel "
                                     "as an admin, then send /channel again.").format(name=name)))
        return
    await link(update, context, found)


async def forwarded_post(update: Update, context: Context) -> None:
    """A post forwarded from a channel, in a private chat: link that channel."""
    message = update.effective_message
    origin = message.forward_origin if message else None
    if not isinstance(origin, MessageOriginChannel):
        await reply(update, escape(_("That was not forwarded from a channel.") + " " + _(CHANNEL_USAGE)))
        return
    await link(update, context, origin.chat)


async def link(update: Update, context: Context, found: TelegramChat | ChatFullInfo) -> None:
    """Check that `found` is a channel where the bot (able to post) and the user are admins, then link it."""
    user = update.effective_user
    label = f"@{found.username}" if found.username else (found.title or str(found.id))
    if found.type != ChatType.CHANNEL:
        await reply(update, escape(_("{name} is not a channel.").format(name=label) + " " + _(CHANNEL_USAGE)))
        return
    mine: ChatMember | None
    try:
        mine = await context.bot.get_chat_member(found.id, context.bot.id)
        theirs = await context.bot.get_chat_member(found.id, user.id) if user else None
    except (BadRequest, Forbidden):
        mine = theirs = None
    if mine is None or mine.status not in ADMINS or getattr(mine, "can_post_messages", True) is False:
        await reply(update, escape(_("I am not an admin of {name} who may post, so I could not send its alerts. Add me "
                                     "to the channel as an admin with “Post messages”, then send /channel again."
                                     ).format(name=label)))
        return
    if theirs is None or theirs.status not in ADMINS or user is None:
        await reply(update, escape(_("Only the admins of {name} can link it, and you are not one of them. Ask one "
                                     "of its admins to send me /channel there.").format(name=label)))
        return
    channel = await channels.link_channel(
        services_of(context), Chat(telegram_chat(update).id, ChatType.PRIVATE, language=current_language()),
        found.id, user.id)
    manage(update, Chat(channel.chat_id, ChatType.CHANNEL))
    await reply(update, escape(_("✅ Linked {name}. From now on /subscribe, /unsubscribe, /list, /mode, /digest, "
                                 "/timezone, /quiet and /silent here act on the channel, and its alerts and digests go "
                                 "to the channel. /channel off to manage this chat again.").format(name=label)))


async def keep_managed_current(update: Update, context: Context) -> None:
    """Before any handler: which channel (if any) this private chat manages, from the database."""
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        return
    channel = await channels.managed_channel(services_of(context), chat.id)
    manage(update, Chat(channel.chat_id, ChatType.CHANNEL) if channel else None)


def register(application: BotApplication) -> None:
    """Add forwarded channel posts (linking the channel) and the pre-handler that keeps the managed channel current."""
    application.add_handler(TypeHandler(Update, keep_managed_current), group=MANAGED_GROUP)
    application.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.FORWARDED, forwarded_post))
