"""A chat's delivery settings: mode, digest time and weekday, time zone, pause, "mentioned" stories.

A change of mode, time, weekday or time zone recomputes `Subscriber.next_digest_at` (UTC), so the digest
job finds the chat at the right time (other changes leave a digest that is due right now alone), and moves
the alerts already queued: held for the digest, or released to go at once.
Parsing functions raise UsageError with a message saying exactly what to type.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot.chats.errors import UsageError
from bot.chats.language import language_choice
from bot.chats.timezones import (
    TIMEZONE_EXAMPLE,
    TimezoneError,
    describe_timezone,
    next_digest_at,
    parse_digest_time,
    parse_weekday,
    resolve_timezone,
)
from bot.config import DELIVERY_MODES, WEEKDAYS, Config
from bot.delivery.quiet import parse_quiet_window
from bot.i18n import N_, _, language_tag
from bot.services import Services
from storage import outbox
from storage import subscribers as queries
from storage.db import Session
from storage.models import utcnow
from storage.subscribers import SubscriberInfo, subscriber_info

__all__ = [
    "DIGEST_USAGE", "MENTIONS_USAGE", "MODE_USAGE", "QUIET_USAGE", "SILENT_USAGE", "Chat", "SubscriberInfo",
    "describe_delivery", "reactivate", "rescheduled", "set_digest_time", "set_language", "set_mentions", "set_mode",
    "set_paused", "set_quiet", "set_silent", "set_timezone", "subscriber_defaults", "subscriber_for", "weekday_time",
]

MODE_USAGE = N_("Send /mode now (each alert at once), /mode daily or /mode weekly (a digest).")
DIGEST_USAGE = N_("Send /digest 08:30 for a daily digest at 08:30 your time, or /digest monday 08:30 for a weekly one.")
MENTIONS_USAGE = N_(
    "Send /mentions on to also get stories that only mention what you follow, or /mentions off for only "
    "stories about it."
)


@dataclass(frozen=True)
class Chat:
    """The Telegram chat a request comes from: alerts go to the chat, a group being one subscriber."""

    chat_id: int
    chat_type: str = "private"
    thread: int = 0  # the forum topic a request was made in (0: none, or the General topic)
    language: str | None = None  # the Telegram language of the person asking: a new chat's language


def subscriber_defaults(config: Config) -> dict[str, Any]:
    """A new subscriber's settings, from the config's [digest] table."""
    return {
        "delivery_mode": config.digest.mode,
        "digest_time": config.digest.time.strftime("%H:%M"),
        "timezone": config.digest.timezone,
        "digest_weekday": WEEKDAYS.index(config.digest.weekday),
    }


def rescheduled(settings: SubscriberInfo, now: dt.datetime | None = None) -> SubscriberInfo:
    """The settings with the next digest recomputed from them (None when alerts come at once)."""
    due = next_digest_at(settings.delivery_mode, settings.digest_time, settings.timezone, settings.digest_weekday,
                         now or utcnow())
    return replace(settings, next_digest_at=due)


WEEKDAY_TIMES = (N_("Mondays at {time}"), N_("Tuesdays at {time}"), N_("Wednesdays at {time}"),
                 N_("Thursdays at {time}"), N_("Fridays at {time}"), N_("Saturdays at {time}"), N_("Sundays at {time}"))


def weekday_time(weekday: int, time: str) -> str:
    """A weekly digest's day and time in words: "Mondays at 08:00" (Monday = 0)."""
    return _(WEEKDAY_TIMES[weekday % 7]).format(time=time)


def describe_delivery(subscriber: SubscriberInfo) -> str:
    """How alerts reach this chat, in words: "at once", "in a daily digest at 08:00 (UTC)", ..."""
    zone = describe_timezone(subscriber.timezone)
    if subscriber.delivery_mode == "daily":
        return _("in a daily digest at {time} ({zone})").format(time=subscriber.digest_time, zone=zone)
    if subscriber.delivery_mode == "weekly":
        return _("in a weekly digest on {when} ({zone})").format(
            when=weekday_time(subscriber.digest_weekday, subscriber.digest_time), zone=zone)
    return _("at once, as each story appears")


async def reactivate(services: Services, chat: Chat) -> None:
    """A known chat that comes back (/start) is reachable again, e.g. after it had blocked the bot; one
    with no language yet gets the Telegram language of the person starting it."""
    async with services.sessions.begin() as session:
        await queries.reactivate(session, chat.chat_id, language_tag(chat.language))


async def set_mode(services: Services, chat: Chat, args: Sequence[str]) -> SubscriberInfo:
    """/mode now|daily|weekly."""
    if len(args) != 1 or args[0].lower() not in DELIVERY_MODES:
        typed = _("“{typed}” is not a delivery mode.").format(typed=" ".join(args)) + " " if args else ""
        raise UsageError(typed + _(MODE_USAGE))
    mode = args[0].lower()
    return await _change(services, chat, lambda settings: replace(settings, delivery_mode=mode), digest_changed=True)


async def set_digest_time(services: Services, chat: Chat, args: Sequence[str]) -> SubscriberInfo:
    """/digest HH:MM (a daily digest at that time), or /digest <weekday> HH:MM (a weekly one): either way
    alerts come in that digest from now on, as the command says."""
    if len(args) not in (1, 2):
        raise UsageError(_(DIGEST_USAGE))
    weekday = None
    if len(args) == 2:
        weekday = parse_weekday(args[0])
        if weekday is None:
            raise UsageError(_("“{typed}” is not a day of the week.").format(typed=args[0]) + " " + _(DIGEST_USAGE))
    try:
        digest_time = parse_digest_time(args[-1])
    except ValueError as error:
        raise UsageError(f"{error}. {_(DIGEST_USAGE)}") from None

    def change(settings: SubscriberInfo) -> SubscriberInfo:
        mode = "daily" if weekday is None else "weekly"
        return replace(settings, digest_time=digest_time, delivery_mode=mode,
                       digest_weekday=settings.digest_weekday if weekday is None else weekday)

    return await _change(services, chat, change, digest_changed=True)


async def set_timezone(services: Services, chat: Chat, args: Sequence[str]) -> SubscriberInfo:
    """/timezone Europe/Berlin, a city, or a UTC offset."""
    if not args:
        raise UsageError(_("Tell me your time zone: {example}.").format(example=TIMEZONE_EXAMPLE))
    try:
        name = resolve_timezone(" ".join(args))
    except TimezoneError as error:
        raise UsageError(str(error)) from None
    return await _change(services, chat, lambda settings: replace(settings, timezone=name), digest_changed=True)


async def set_paused(services: Services, chat: Chat, paused: bool) -> SubscriberInfo:
    """/pause and /resume."""
    return await _change(services, chat, lambda settings: replace(settings, paused=paused))


async def set_mentions(services: Services, chat: Chat, args: Sequence[str]) -> SubscriberInfo:
    """/mentions on|off: whether stories that only mention a followed topic alert too."""
    choices = {"on": True, "yes": True, "off": False, "no": False}
    if len(args) != 1 or args[0].lower() not in choices:
        raise UsageError(_(MENTIONS_USAGE))
    include = choices[args[0].lower()]
    return await _change(services, chat, lambda settings: replace(settings, include_mentioned=include))


QUIET_USAGE = N_("Send /quiet 22:00-07:00 to hold alerts and digests during those hours (your time zone: /timezone), "
                 "or /quiet off.")
SILENT_USAGE = N_("Send /silent on to get alerts without a notification sound, or /silent off.")


async def set_quiet(services: Services, chat: Chat, args: Sequence[str]) -> SubscriberInfo:
    """/quiet HH:MM-HH:MM (local) or /quiet off. Alerts held by the old window are due at once; the new
    window holds them again when it applies."""
    text = " ".join(args).strip()
    if text.lower() in ("off", "no", "none"):
        window: tuple[str | None, str | None] = (None, None)
    elif not text:
        raise UsageError(_(QUIET_USAGE))
    else:
        try:
            window = parse_quiet_window(text)
        except ValueError as error:
            raise UsageError(f"{error}. {_(QUIET_USAGE)}") from None
    async with services.sessions.begin() as session:
        settings = replace(await subscriber_for(session, services.config, chat), quiet_start=window[0], quiet_end=window[1])
        await queries.save_settings(session, settings)
        await outbox.release_held(session, settings.id, utcnow())
    return settings


async def set_silent(services: Services, chat: Chat, args: Sequence[str]) -> SubscriberInfo:
    """/silent on|off: alerts and digests without a notification sound."""
    choices = {"on": True, "yes": True, "off": False, "no": False}
    if len(args) != 1 or args[0].lower() not in choices:
        raise UsageError(_(SILENT_USAGE))
    silent = choices[args[0].lower()]
    return await _change(services, chat, lambda settings: replace(settings, silent=silent))


async def set_language(services: Services, chat: Chat, text: str) -> str:
    """/language <code or name>: store the chat's language (its alerts and answers); returns its code."""
    code = language_choice(text)
    await _change(services, chat, lambda settings: replace(settings, language=code))
    return code


async def _change(
    services: Services, chat: Chat, change: Callable[[SubscriberInfo], SubscriberInfo], *, digest_changed: bool = False
) -> SubscriberInfo:
    """Apply `change` to the chat's settings (created if new) and store them; the chat is reachable again; the
    next digest is recomputed when the change concerns it, and left alone otherwise (a digest due right now
    stays due)."""
    async with services.sessions.begin() as session:
        settings = replace(change(await subscriber_for(session, services.config, chat)), active=True, inactive_reason=None)
        if digest_changed:
            settings = rescheduled(settings)
        await queries.save_settings(session, settings)
        if digest_changed:
            await _follow_mode(session, settings)
    return settings


async def _follow_mode(session: Session, subscriber: SubscriberInfo) -> None:
    """Alerts already queued follow the delivery mode: held for the digest, or released to go at once."""
    if subscriber.delivery_mode == "now":
        await outbox.release_digest_alerts(session, subscriber.id)
    else:
        await outbox.hold_pending_for_digest(session, subscriber.id)


async def subscriber_for(session: Session, config: Config, chat: Chat) -> SubscriberInfo:
    """The chat's settings, its subscriber created with the configured defaults and the asking person's
    Telegram language (and its first digest scheduled) if new."""
    subscriber, created = await queries.get_or_create_subscriber(
        session, chat.chat_id, chat.chat_type, {**subscriber_defaults(config), "language": language_tag(chat.language)}
    )
    settings = subscriber_info(subscriber)
    if created:
        settings = rescheduled(settings)
        await queries.save_settings(session, settings)
    return settings

