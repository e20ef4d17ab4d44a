"""Quiet hours and silent alerts: /quiet 22:00-07:00 (or off) and /silent on|off (group admins only in groups)."""

from __future__ import annotations

from telegram import Update

from bot.chats import settings
from bot.chats.timezones import describe_timezone
from bot.i18n import _
from bot.services import services_of
from handlers.common import Context, arguments, chat_of, escape, group_admins_only, reply


@group_admins_only
async def quiet_command(update: Update, context: Context) -> None:
    """/quiet 22:00-07:00, or /quiet off."""
    subscriber = await settings.set_quiet(services_of(context), chat_of(update), arguments(context))
    if subscriber.quiet_start is None:
        await reply(update, _("Quiet hours are off: alerts come whenever they are ready, and any held ones are on "
                              "their way now."))
        return
    zone = escape(describe_timezone(subscriber.timezone))
    await reply(update, _("Quiet hours: {start}–{end} ({zone}). Alerts and digests that fall in them wait and come "
                          "when they end; nothing is dropped. /quiet off turns them off; /timezone sets your time "
                          "zone.").format(start=subscriber.quiet_start, end=subscriber.quiet_end, zone=zone))


@group_admins_only
async def silent_command(update: Update, context: Context) -> None:
    """/silent on|off."""
    subscriber = await settings.set_silent(services_of(context), chat_of(update), arguments(context))
    if subscriber.silent:
        text = _("Done: alerts and digests now arrive without a notification sound. /silent off brings the sound back.")
    else:
        text = _("Done: alerts and digests notify you as usual again.")
    await reply(update, text)
