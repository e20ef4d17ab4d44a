"""Time zones as people type them, and DST-correct digest times."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.chats.timezones import (
    TimezoneError,
    describe_timezone,
    next_digest_at,
    parse_digest_time,
    parse_weekday,
    resolve_timezone,
)

UTC = dt.UTC


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("America/New York", "America/New_York"),
        ("Berlin", "Europe/Berlin"),
        ("São Paulo", "America/Sao_Paulo"),
        ("sao paulo", "America/Sao_Paulo"),
        ("Mumbai", "Asia/Kolkata"),
        ("New York", "America/New_York"),
        ("Baku", "Asia/Baku"),
        ("UTC", "UTC"),
        ("UTC+3", "Etc/GMT-3"),
        ("GMT-4", "Etc/GMT+4"),
        ("+03", "Etc/GMT-3"),
        ("+05:30", "Asia/Kolkata"),
        ("UTC+5:45", "Asia/Kathmandu"),
        ("UTC+0", "UTC"),
    ],
)
def test_resolve_timezone_accepts_names_cities_and_offsets(typed: str, expected: str) -> None:
    assert resolve_timezone(typed) == expected
    ZoneInfo(resolve_timezone(typed))  # always a name zoneinfo can open


@pytest.mark.parametrize("typed", ["", "Narnia Capital", "UTC+15", "+25:00", "-03:45"])
def test_resolve_timezone_refuses_with_an_example(typed: str) -> None:
    with pytest.raises(TimezoneError, match="/timezone"):
        resolve_timezone(typed)


def test_describe_timezone_shows_offsets() -> None:
    winter = dt.datetime(2025, 1, 10, tzinfo=UTC)
    assert describe_timezone("Europe/Berlin", winter) == "Europe/Berlin (UTC+01:00)"
    assert describe_timezone("Etc/GMT-3", winter) == "UTC+03:00"
    assert describe_timezone("UTC", winter) == "UTC"


def test_parse_digest_time_and_weekday() -> None:
    assert parse_digest_time("8:30") == "08:30"
    assert parse_digest_time("20.05") == "20:05"
    with pytest.raises(ValueError, match="08:30"):
        parse_digest_time("25:00")
    with pytest.raises(ValueError):
        parse_digest_time("soon")
    assert parse_weekday("Monday") == 0
    assert parse_weekday("fri") == 4
    assert parse_weekday("x") is None
    assert parse_weekday("someday") is None


def test_next_digest_daily_is_later_today_or_tomorrow() -> None:
    now = dt.datetime(2025, 6, 10, 5, 0, tzinfo=UTC)  # 07:00 in Berlin (summer time)
    assert next_digest_at("daily", "08:30", "Europe/Berlin", 0, now) == dt.datetime(2025, 6, 10, 6, 30, tzinfo=UTC)
    later = dt.datetime(2025, 6, 10, 6, 30, tzinfo=UTC)  # exactly due: the next one is tomorrow
    assert next_digest_at("daily", "08:30", "Europe/Berlin", 0, later) == dt.datetime(2025, 6, 11, 6, 30, tzinfo=UTC)


def test_next_digest_follows_daylight_saving() -> None:
    before_change = dt.datetime(2025, 3, 29, 12, 0, tzinfo=UTC)
    # 08:00 Berlin is 07:00 UTC in winter and 06:00 UTC after the clocks go forward on 30 March.
    assert next_digest_at("daily", "08:00", "Europe/Berlin", 0, before_change) == dt.datetime(2025, 3, 30, 6, 0, tzinfo=UTC)
    # 02:30 does not exist on 30 March in Berlin: the digest goes just after the change, at 03:30 local.
    assert next_digest_at("daily", "02:30", "Europe/Berlin", 0, before_change) == dt.datetime(2025, 3, 30, 1, 30, tzinfo=UTC)
    # 02:30 happens twice on 26 October: the first one counts.
    autumn = dt.datetime(2025, 10, 25, 12, 0, tzinfo=UTC)
    assert next_digest_at("daily", "02:30", "Europe/Berlin", 0, autumn) == dt.datetime(2025, 10, 26, 0, 30, tzinfo=UTC)


def test_next_digest_weekly_and_now() -> None:
    wednesday = dt.datetime(2025, 6, 11, 12, 0, tzinfo=UTC)
    assert next_digest_at("weekly", "09:00", "UTC", 0, wednesday) == dt.datetime(2025, 6, 16, 9, 0, tzinfo=UTC)
    assert next_digest_at("weekly", "13:00", "UTC", 2, wednesday) == dt.datetime(2025, 6, 11, 13, 0, tzinfo=UTC)
    assert next_digest_at("weekly", "11:00", "UTC", 2, wednesday) == dt.datetime(2025, 6, 18, 11, 0, tzinfo=UTC)
    assert next_digest_at("now", "09:00", "UTC", 0, wednesday) is None
