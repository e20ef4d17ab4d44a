"""Delivery settings: /mode, /digest, /timezone, /pause, /resume, /mentions (group admins only in groups)."""

from __future__ import annotations

from telegram import Update

from bot.chats import settings
from bot.chats.settings import SubscriberInfo
from bot.chats.timezones import describe_timezone
from bot.i18n import _
from bot.services import services_of
from handlers.common import Context, arguments, chat_of, escape, group_admins_only, reply


def how_alerts_come(subscriber: SubscriberInfo) -> str:
    """One sentence on how alerts reach the chat now, with the next step for digests and pauses."""
    sentence = _("Alerts come {delivery}.").format(delivery=escape(settings.describe_delivery(subscriber)))
    if subscriber.delivery_mode == "daily":
        sentence += " " + _("Change the time with /digest 18:00 and your time zone with /timezone Europe/Berlin.")
    elif subscriber.delivery_mode == "weekly":
        sentence += " " + _("Change the day and time with /digest friday 18:00.")
    if subscriber.paused:
        sentence += "\n" + _("They are paused at the moment: send /resume to get them again.")
    return sentence


@group_admins_only
async def mode_command(update: Update, context: Context) -> None:
    """/mode now|daily|weekly."""
    subscriber = await settings.set_mode(services_of(context), chat_of(update), arguments(context))
    await reply(update, _("Done. {details}").format(details=how_alerts_come(subscriber)))


@group_admins_only
async def digest_command(update: Update, context: Context) -> None:
    """/digest 08:30, or /digest monday 08:30."""
    subscriber = await settings.set_digest_time(services_of(context), chat_of(update), arguments(context))
    await reply(update, _("Done. {details}").format(details=how_alerts_come(subscriber)) + "\n"
                + _("Send /mode now to get each alert at once instead."))


@group_admins_only
async def timezone_command(update: Update, context: Context) -> None:
    """/timezone Europe/Berlin (or a city, or UTC+3)."""
    subscriber = await settings.set_timezone(services_of(context), chat_of(update), arguments(context))
    text = _("Your time zone is now {zone}.").format(zone=escape(describe_timezone(subscriber.timezone)))
    if subscriber.delivery_mode != "now":
        text += f"\n{how_alerts_come(subscriber)}"
    await reply(update, text)


@group_admins_only
async def pause_command(update: Update, context: Context) -> None:
    """/pause: no alerts until /resume; subscriptions are kept."""
    await settings.set_paused(services_of(context), chat_of(update), True)
    await reply(update, _("Paused: no alerts until you send /resume. What you follow is kept (see /list)."))


@group_admins_only
async def resume_command(update: Update, context: Context) -> None:
    """/resume after /pause."""
    subscriber = await settings.set_paused(services_of(context), chat_of(update), False)
    await reply(update, _("Alerts are on again. {details}").format(details=how_alerts_come(subscriber)) + "\n"
                + _("Check what you follow with /list, or add a topic with /subscribe Azerbaijan."))


@group_admins_only
async def mentions_command(update: Update, context: Context) -> None:
    """/mentions on|off."""
    subscriber = await settings.set_mentions(services_of(context), chat_of(update), arguments(context))
    if subscriber.include_mentioned:
        text = _("Done: you also get stories that only mention what you follow. Send /mentions off to undo.")
    else:
        text = _("Done: you only get stories about what you follow, not ones that merely mention it.")
    await reply(update, text)
