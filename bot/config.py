"""Configuration: TOML loaded with tomllib, validated into frozen dataclasses.

Every key is declared once in a schema below; `config.example.toml` documents the same keys.
A bad config raises ConfigError with one line naming the key and what is wrong.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

SAMPLE_CORPUS = "@sample"
"""The value in `corpus.paths` that stands for the seed corpus shipped with the package."""

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///solidarity.db"
CAMPAIGN_KINDS = ("petition", "donation", "message", "event", "other")
MAX_CAMPAIGN_TITLE = 200  # characters: a campaign's title is shown on every alert that carries it
DELIVERY_MODES = ("now", "daily", "weekly")
LOG_FORMATS = ("text", "json")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class ConfigError(ValueError):
    """The configuration cannot be used; the message names the key and the problem."""


class TokenRejected(ConfigError):
    """The Bot API answered 401 to the token: nothing works until it is replaced (the token is never shown)."""

    def __init__(self) -> None:
        super().__init__("telegram.token: the Bot API rejected the token (401); copy it again from @BotFather")


@dataclass(frozen=True)
class TelegramConfig:
    token: str | None = None
    base_url: str | None = None
    admins: tuple[int, ...] = ()
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_secret: str | None = None


@dataclass(frozen=True)
class DatabaseConfig:
    url: str = DEFAULT_DATABASE_URL


@dataclass(frozen=True)
class FetchConfig:
    """Limits and identity for feed fetching (`[fetch]`; the user agent is not configurable)."""

    timeout_seconds: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    concurrency: int = 50
    allow_private_addresses: bool = False
    user_agent: str = "SolidarityAlerts/0.1 (+https://github.com/solidarity-alerts; labour news alerts bot)"


@dataclass(frozen=True)
class FeedConfig:
    url: str
    name: str | None = None
    interval_minutes: int = 30


@dataclass(frozen=True)
class CorpusConfig:
    paths: tuple[str, ...] = ()
    interval_minutes: int = 60


@dataclass(frozen=True)
class CampaignConfig:
    title: str
    url: str
    kind: str = "petition"
    countries: tuple[str, ...] = ()
    unions: tuple[str, ...] = ()
    ends: dt.date | None = None
    keywords: tuple[str, ...] = ()
    translations: tuple[tuple[str, str, str], ...] = ()  # (language, title, url)


@dataclass(frozen=True)
class ServerConfig:
    """The bot's small web server (campaign tap redirects); off unless `port` is set."""

    port: int | None = None
    listen: str = "127.0.0.1"
    public_url: str | None = None


@dataclass(frozen=True)
class DigestConfig:
    time: dt.time = dt.time(8, 0)
    timezone: str = "UTC"
    weekday: str = "monday"
    mode: str = "now"


@dataclass(frozen=True)
class DeliveryConfig:
    messages_per_second: float = 30.0
    private_chat_messages_per_second: float = 1.0
    group_messages_per_minute: float = 20.0
    max_attempts: int = 8
    # The paid-broadcast lane (bot/delivery/paid.py): alerts of campaigns an admin marked urgent go out with
    # allow_paid_broadcast at up to `paid_messages_per_second`, while `paid_stars_budget` lasts.
    paid_broadcast: bool = False
    paid_messages_per_second: float = 1000.0
    paid_stars_budget: float = 0.0


@dataclass(frozen=True)
class LogConfig:
    """How `run` and `worker` write their log lines: `text` (one readable line) or `json` (one object a line)."""

    format: str = "text"


@dataclass(frozen=True)
class SubscriptionsConfig:
    max_per_chat: int = 200


@dataclass(frozen=True)
class MatchingConfig:
    """The matcher (`[matching]`): whether and where its build is kept between starts (see bot.matching.cache)."""

    cache: bool = True
    cache_dir: Path | None = None  # None: $XDG_CACHE_HOME/solidarity-alerts or ~/.cache/solidarity-alerts


@dataclass(frozen=True)
class Config:
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    fetch: FetchConfig = field(default_factory=FetchConfig)
    feeds: tuple[FeedConfig, ...] = ()
    corpus: CorpusConfig = field(default_factory=CorpusConfig)
    campaigns: tuple[CampaignConfig, ...] = ()
    digest: DigestConfig = field(default_factory=DigestConfig)
    delivery: DeliveryConfig = field(default_factory=DeliveryConfig)
    server: ServerConfig = field(default_factory=ServerConfig)
    log: LogConfig = field(default_factory=LogConfig)
    subscriptions: SubscriptionsConfig = field(default_factory=SubscriptionsConfig)
    matching: MatchingConfig = field(default_factory=MatchingConfig)
    source_path: Path | None = None

    def require_token(self) -> str:
        """The bot token, or a ConfigError saying where to put it."""
        if not self.telegram.token:
            raise ConfigError(
                "telegram.token: no bot token; set it in the config or in the TELEGRAM_BOT_TOKEN environment variable"
            )
        return self.telegram.token


# --- value checkers: each returns the converted value or raises ValueError with a plain reason ---

Checker = Callable[[Any], Any]


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {_describe(value)}")
    return value


def _optional_string(value: Any) -> str | None:
    return _string(value).strip() or None


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, got {_describe(value)}")
    return value


def _number(minimum: float, maximum: float | None = None, integer: bool = False) -> Checker:
    def check(value: Any) -> float | int:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (integer and not isinstance(value, int)):
            raise ValueError(f"expected {'a whole number' if integer else 'a number'}, got {_describe(value)}")
        if value < minimum or (maximum is not None and value > maximum):
            upper = f" and at most {maximum}" if maximum is not None else ""
            raise ValueError(f"must be at least {minimum}{upper}, got {value}")
        return value

    return check


def _http_url(value: Any) -> str:
    text = _string(value).strip()
    parsed = urlparse(text)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ValueError(f"not an http(s) URL: {text!r}")
    return text


def _optional_http_url(value: Any) -> str | None:
    return _http_url(value) if _string(value).strip() else None


def _database_url(value: Any) -> str:
    text = _string(value).strip()
    if not (text.startswith("sqlite+aiosqlite://") or text.startswith("postgresql+asyncpg://")):
        raise ValueError(
            f"must start with sqlite+aiosqlite:// or postgresql+asyncpg://, got {text!r}"
        )
    return text


def _list_of(item: Checker) -> Checker:
    def check(value: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise ValueError(f"expected a list, got {_describe(value)}")
        converted = []
        for index, element in enumerate(value):
            try:
                converted.append(item(element))
            except ValueError as error:
                raise ValueError(f"item {index + 1}: {error}") from None
        return tuple(converted)

    return check


def _admin_id(value: Any) -> int:
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected a Telegram user id (a number), got {_describe(value)}")
    return value


def parse_time_of_day(value: Any) -> dt.time:
    """'08:30' -> time(8, 30); ValueError with an example otherwise."""
    if isinstance(value, dt.time):
        return value
    text = _string(value).strip()
    try:
        hours, minutes = text.split(":")
        return dt.time(int(hours), int(minutes))
    except ValueError:
        raise ValueError(f"expected a time like 08:30, got {text!r}") from None


def _timezone(value: Any) -> str:
    text = _string(value).strip()
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {text!r}; use a name like Europe/Berlin or UTC") from None
    return text


def _one_of(choices: tuple[str, ...]) -> Checker:
    def check(value: Any) -> str:
        text = _string(value).strip().lower()
        if text not in choices:
            raise ValueError(f"expected one of {', '.join(choices)}, got {value!r}")
        return text

    return check


def _country_code(value: Any) -> str:
    text = _string(value).strip().upper()
    if len(text) != 2 or not text.isalpha():
        raise ValueError(f"expected a two-letter country code like AZ, got {value!r}")
    return text


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _string(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"expected a date like 2026-12-31, got {text!r}") from None


def language_code(value: str | None) -> str:
    """A language tag's primary language, lower-cased ('de-AT' -> 'de'); '' for none."""
    return (value or "").strip().replace("_", "-").split("-")[0].lower()


def _campaign_title(value: Any) -> str:
    text = " ".join(_string(value).split())
    if not text:
        raise ValueError("must not be empty")
    if len(text) > MAX_CAMPAIGN_TITLE:
        raise ValueError(f"is {len(text)} characters long; keep it to {MAX_CAMPAIGN_TITLE} (it is shown on every alert)")
    return text


def _keyword(value: Any) -> str:
    text = " ".join(_string(value).split())
    if len(text) < 3:
        raise ValueError(f"{text!r} is too short to recognise a story by; give full names")
    return text


def _translations(value: Any) -> tuple[tuple[str, str, str], ...]:
    if not isinstance(value, dict):
        raise ValueError(f"expected a table of languages like {{ de = {{ title = \"...\", url = \"https://...\" }} }}, got {_describe(value)}")
    found = []
    for language, parts in value.items():
        if not (isinstance(language, str) and language.isalpha() and 2 <= len(language) <= 3):
            raise ValueError(f"{language!r} is not a language code like de or es")
        if not isinstance(parts, dict) or set(parts) != {"title", "url"}:
            raise ValueError(f"{language}: give exactly title and url")
        try:
            found.append((language.lower(), _campaign_title(parts["title"]), _http_url(parts["url"])))
        except ValueError as error:
            raise ValueError(f"{language}: {error}") from None
    return tuple(found)


def _optional_port(value: Any) -> int | None:
    return None if value == 0 else _number(1, 65535, integer=True)(value)


def _webhook_secret(value: Any) -> str | None:
    secret = _optional_string(value)
    if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's secret_token rule)")
    return secret


def _folder(value: Any) -> Path:
    text = _string(value).strip()
    if not text:
        raise ValueError("must not be empty (leave the key out for the default folder; cache = false turns the cache off)")
    if "\0" in text:
        raise ValueError("a folder's path holds no NUL character")
    return Path(text).expanduser()


def _describe(value: Any) -> str:
    return f"{type(value).__name__} {value!r}"


# --- the schema: section -> {key: (field name, checker)} ---

Schema = dict[str, tuple[str, Checker]]

TELEGRAM_KEYS: Schema = {
    "token": ("token", _optional_string),
    "base_url": ("base_url", _optional_http_url),
    "admins": ("admins", _list_of(_admin_id)),
    "webhook_url": ("webhook_url", _optional_http_url),
    "webhook_listen": ("webhook_listen", _string),
    "webhook_port": ("webhook_port", _number(1, 65535, integer=True)),
    "webhook_secret": ("webhook_secret", _webhook_secret),
}
DATABASE_KEYS: Schema = {"url": ("url", _database_url)}
FETCH_KEYS: Schema = {
    "timeout_seconds": ("timeout_seconds", _number(0.1, 600)),
    "max_bytes": ("max_bytes", _number(1024, integer=True)),
    "max_redirects": ("max_redirects", _number(0, 20, integer=True)),
    "concurrency": ("concurrency", _number(1, 10_000, integer=True)),
    "allow_private_addresses": ("allow_private_addresses", _boolean),
}
FEED_KEYS: Schema = {
    "url": ("url", _http_url),
    "name": ("name", _optional_string),
    "interval": ("interval_minutes", _number(1, 7 * 24 * 60, integer=True)),
}
CORPUS_KEYS: Schema = {
    "paths": ("paths", _list_of(_string)),
    "interval": ("interval_minutes", _number(1, 7 * 24 * 60, integer=True)),
}
CAMPAIGN_KEYS: Schema = {
    "title": ("title", _campaign_title),
    "url": ("url", _http_url),
    "kind": ("kind", _one_of(CAMPAIGN_KINDS)),
    "countries": ("countries", _list_of(_country_code)),
    "unions": ("unions", _list_of(_string)),
    "ends": ("ends", _date),
    "keywords": ("keywords", _list_of(_keyword)),
    "translations": ("translations", _translations),
}
SERVER_KEYS: Schema = {
    "port": ("port", _optional_port),
    "listen": ("listen", _string),
    "public_url": ("public_url", _optional_http_url),
}
DIGEST_KEYS: Schema = {
    "time": ("time", parse_time_of_day),
    "timezone": ("timezone", _timezone),
    "weekday": ("weekday", _one_of(WEEKDAYS)),
    "mode": ("mode", _one_of(DELIVERY_MODES)),
}
DELIVERY_KEYS: Schema = {
    "messages_per_second": ("messages_per_second", _number(0.1, 1000)),
    "private_chat_messages_per_second": ("private_chat_messages_per_second", _number(0.01, 100)),
    "group_messages_per_minute": ("group_messages_per_minute", _number(0.1, 1000)),
    "max_attempts": ("max_attempts", _number(1, 100, integer=True)),
    "paid_broadcast": ("paid_broadcast", _boolean),
    "paid_messages_per_second": ("paid_messages_per_second", _number(1, 1000)),
    "paid_stars_budget": ("paid_stars_budget", _number(0, 10_000_000)),
}
LOG_KEYS: Schema = {"format": ("format", _one_of(LOG_FORMATS))}
SUBSCRIPTIONS_KEYS: Schema = {
    "max_per_chat": ("max_per_chat", _number(1, 10_000, integer=True)),
}
MATCHING_KEYS: Schema = {
    "cache": ("cache", _boolean),
    "cache_dir": ("cache_dir", _folder),
}
REQUIRED_KEYS = {"feeds": ("url",), "campaigns": ("title", "url")}


def _section(data: Any, where: str, schema: Schema, cls: type, required: tuple[str, ...] = ()) -> Any:
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a table, got {_describe(data)}")
    values: dict[str, Any] = {}
    for key, raw in data.items():
        if key not in schema:
            raise ConfigError(f"{where}.{key}: unknown key (known keys: {', '.join(schema)})")
        field_name, check = schema[key]
        try:
            values[field_name] = check(raw)
        except ValueError as error:
            raise ConfigError(f"{where}.{key}: {error}") from None
    for key in required:
        if key not in data:
            raise ConfigError(f"{where}.{key}: missing (it is required)")
    return cls(**values)


def _array_of_tables(data: Any, name: str, schema: Schema, cls: type) -> tuple[Any, ...]:
    if not isinstance(data, list):
        raise ConfigError(f"{name}: expected [[{name}]] tables, got {_describe(data)}")
    items = tuple(
        _section(item, f"{name}[{index + 1}]", schema, cls, REQUIRED_KEYS[name]) for index, item in enumerate(data)
    )
    if name == "campaigns":
        for index, campaign in enumerate(items):
            if not campaign.unions and not campaign.keywords:
                raise ConfigError(
                    f"campaigns[{index + 1}]: no cause: give unions or keywords (the names of the people, organisation "
                    "or employer it is about); countries alone are never enough"
                )
    return items


SECTIONS: dict[str, tuple[Schema, type]] = {
    "telegram": (TELEGRAM_KEYS, TelegramConfig),
    "database": (DATABASE_KEYS, DatabaseConfig),
    "fetch": (FETCH_KEYS, FetchConfig),
    "corpus": (CORPUS_KEYS, CorpusConfig),
    "digest": (DIGEST_KEYS, DigestConfig),
    "delivery": (DELIVERY_KEYS, DeliveryConfig),
    "server": (SERVER_KEYS, ServerConfig),
    "log": (LOG_KEYS, LogConfig),
    "subscriptions": (SUBSCRIPTIONS_KEYS, SubscriptionsConfig),
    "matching": (MATCHING_KEYS, MatchingConfig),
}
ARRAYS: dict[str, tuple[Schema, type]] = {
    "feeds": (FEED_KEYS, FeedConfig),
    "campaigns": (CAMPAIGN_KEYS, CampaignConfig),
}


ENV_PREFIX = "SOLIDARITY_"
SECRET_KEYS = frozenset({"token", "webhook_secret"})


def environment_overrides(environ: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    """The `SOLIDARITY_<SECTION>_<KEY>` variables as {section: {key: value}}, each value checked.

    A value is read as TOML when it is one (`30`, `true`, `08:30`, `[1, 2]`), else as text; a list
    may also be written with commas (`SOLIDARITY_TELEGRAM_ADMINS=1,2`). An unknown name or a bad
    value raises ConfigError naming the variable. The [[feeds]] and [[campaigns]] arrays come only
    from the file.
    """
    overrides: dict[str, dict[str, Any]] = {}
    for name in sorted(environ):
        if not name.startswith(ENV_PREFIX):
            continue
        section, key = _env_target(name)
        schema, cls = SECTIONS[section]
        field_name, check = schema[key]
        text = environ[name]
        typed = _env_value(text, isinstance(getattr(cls(), field_name), tuple))
        problems: list[str] = []
        for value in (typed, text) if typed != text else (text,):  # "123" may be meant as text
            try:
                check(value)
                break
            except ValueError as error:
                problems.append("not a valid value (not shown: it is a secret)" if key in SECRET_KEYS else str(error))
        else:
            raise ConfigError(f"{name}: {problems[0]}")
        overrides.setdefault(section, {})[key] = value
    return overrides


def _env_target(name: str) -> tuple[str, str]:
    """(section, key) that an environment variable's name stands for."""
    rest = name[len(ENV_PREFIX):].lower()
    section = next((known for known in SECTIONS if rest.startswith(known + "_")), None)
    if section is None:
        raise ConfigError(f"{name}: unknown config section (known: {', '.join(SECTIONS)}; "
                          f"write {ENV_PREFIX}<SECTION>_<KEY>, e.g. {ENV_PREFIX}DATABASE_URL)")
    key = rest[len(section) + 1:]
    if key not in SECTIONS[section][0]:
        raise ConfigError(f"{name}: unknown key {section}.{key} (known keys: {', '.join(SECTIONS[section][0])})")
    return section, key


def _env_value(text: str, is_list: bool) -> Any:
    """An environment variable's text as the value a TOML file would give."""
    try:
        value: Any = tomllib.loads(f"value = {text}")["value"]
    except tomllib.TOMLDecodeError:
        value = text
    if is_list and not isinstance(value, list):
        value = [part.strip() for part in str(text).split(",") if part.strip()]
    elif not is_list and isinstance(value, (list, dict)):
        value = text
    return value


def parse_config(data: dict[str, Any], source_path: Path | None = None, environ: Mapping[str, str] | None = None) -> Config:
    """Validate a parsed TOML document into a Config; `SOLIDARITY_*` environment variables win over it."""
    environ = os.environ if environ is None else environ
    data = dict(data)
    for section, overrides in environment_overrides(environ).items():
        from_file = data.get(section, {})
        data[section] = {**from_file, **overrides} if isinstance(from_file, dict) else overrides
    values: dict[str, Any] = {}
    for key, raw in data.items():
        if key in SECTIONS:
            schema, cls = SECTIONS[key]
            values[key] = _section(raw, key, schema, cls)
        elif key in ARRAYS:
            schema, cls = ARRAYS[key]
            values[key] = _array_of_tables(raw, key, schema, cls)
        else:
            raise ConfigError(f"{key}: unknown section (known: {', '.join([*SECTIONS, *ARRAYS])})")
    config = Config(source_path=source_path, **values)
    if config.server.public_url and config.server.port is None:
        raise ConfigError("server.public_url: needs server.port (the port the redirect endpoint listens on)")
    if config.delivery.paid_broadcast and config.delivery.paid_stars_budget < 0.1:
        raise ConfigError("delivery.paid_stars_budget: paid_broadcast is on but the budget is under 0.1 Star (one paid "
                          "message); set how many Telegram Stars paid broadcasts may spend, e.g. 500")
    env_token = environ.get("TELEGRAM_BOT_TOKEN", "").strip()
    if env_token and not config.telegram.token:
        config = replace(config, telegram=replace(config.telegram, token=env_token))
    return config


def default_config(environ: Mapping[str, str] | None = None) -> Config:
    """Built-in defaults: the bundled sample corpus and an SQLite file; no token needed for preview."""
    return parse_config({"corpus": {"paths": [SAMPLE_CORPUS]}}, environ=environ)


def load_config(path: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None) -> Config:
    """Load `path`; with no path, `config.toml` in the working folder when it exists, else the defaults."""
    if path is None:
        candidate = Path("config.toml")
        if not candidate.exists():
            return default_config(environ)
        path = candidate
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the config file: {error.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the config file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    try:
        return parse_config(data, source_path=path, environ=environ)
    except ConfigError as error:
        if str(error).startswith(ENV_PREFIX):  # the environment, not the file, is wrong
            raise
        raise ConfigError(f"{path}: {error}") from None
