"""Quiet hours: a chat's local window (like 22:00-07:00) in which alerts and digests wait until it ends.

Pure functions: whether a moment falls in a chat's window, and when the window ends (DST-correct, in the
chat's time zone).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.config import parse_time_of_day
from bot.i18n import _


def parse_quiet_window(text: str) -> tuple[str, str]:
    """"22:00-07:00" -> ("22:00", "07:00"); ValueError saying what is wrong otherwise."""
    start, separator, end = text.replace("–", "-").replace(" ", "").partition("-")
    if not separator:
        raise ValueError(_("“{typed}” is not a window like 22:00-07:00").format(typed=text))
    first, last = parse_time_of_day(start), parse_time_of_day(end)
    if first == last:
        raise ValueError("the window starts and ends at the same time")
    return first.strftime("%H:%M"), last.strftime("%H:%M")


def quiet_until(now: dt.datetime, timezone: str, start: str | None, end: str | None) -> dt.datetime | None:
    """When the chat's quiet hours end (UTC), if `now` falls inside them; None outside them or without any."""
    if not start or not end:
        return None
    zone = ZoneInfo(timezone)
    local = now.astimezone(zone)
    first, last = parse_time_of_day(start), parse_time_of_day(end)
    moment = local.time().replace(tzinfo=None)
    inside = first <= moment < last if first < last else (moment >= first or moment < last)
    if not inside:
        return None
    day = local.date() if moment < last else local.date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, last, tzinfo=zone).astimezone(dt.UTC)
