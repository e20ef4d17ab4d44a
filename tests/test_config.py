"""Config loading and validation: every bad value is named by its key."""

import datetime as dt
from pathlib import Path

import pytest

from bot.config import SAMPLE_CORPUS, ConfigError, load_config

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_example_config_is_valid_and_documents_every_key() -> None:
    config = load_config(ROOT / "config.example.toml", environ={})
    assert config.database.url.startswith("sqlite+aiosqlite://")
    assert config.feeds and config.campaigns
    text = (ROOT / "config.example.toml").read_text()
    from bot.config import ARRAYS, SECTIONS

    for section, (schema, _) in {**SECTIONS, **ARRAYS}.items():
        for key in schema:
            assert f"{key} =" in text or f"# {key} =" in text, f"{section}.{key} is not documented"


def test_defaults_without_a_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config(environ={})
    assert config.corpus.paths == (SAMPLE_CORPUS,)
    assert config.database.url == "sqlite+aiosqlite:///solidarity.db"
    assert config.telegram.token is None


def test_token_from_environment(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "[telegram]\nadmins = [42]\n"), environ={"TELEGRAM_BOT_TOKEN": "123:abc"})
    assert config.telegram.token == "123:abc"
    assert config.telegram.admins == (42,)


def test_full_config(tmp_path: Path) -> None:
    body = """
[telegram]
token = "1:x"
base_url = "http://127.0.0.1:8081/bot"
[[feeds]]
url = "https://example.org/feed.xml"
name = "Example"
interval = 15
[[campaigns]]
title = "Free them"
url = "https://example.org/petition"
kind = "petition"
countries = ["az"]
keywords = ["Mohyaddin Orujov"]
ends = 2026-12-31
translations = { de = { title = "Befreit sie", url = "https://example.org/de/petition" } }
[server]
port = 8080
public_url = "https://bot.example.org"
[digest]
time = "07:45"
timezone = "Europe/Berlin"
"""
    config = load_config(write(tmp_path, body), environ={})
    assert config.feeds[0].interval_minutes == 15
    assert config.campaigns[0].countries == ("AZ",)
    assert config.campaigns[0].ends == dt.date(2026, 12, 31)
    assert config.campaigns[0].keywords == ("Mohyaddin Orujov",)
    assert config.campaigns[0].translations == (("de", "Befreit sie", "https://example.org/de/petition"),)
    assert (config.server.port, config.server.listen, config.server.public_url) == (8080, "127.0.0.1", "https://bot.example.org")
    assert config.digest.time == dt.time(7, 45)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("[telegram]\ntokn = 'x'\n", "telegram.tokn: unknown key"),
        ("[telegram]\nadmins = 'me'\n", "telegram.admins: expected a list"),
        ("[telegram]\nadmins = ['x1']\n", "telegram.admins: item 1: expected a Telegram user id"),
        ("[[feeds]]\nurl = 'ftp://example.org/feed'\n", "feeds[1].url: not an http(s) URL"),
        ("[[feeds]]\nname = 'no url'\n", "feeds[1].url: missing"),
        ("[[feeds]]\nurl = 'https://a.example/f'\ninterval = 0\n", "feeds[1].interval: must be at least 1"),
        ("[digest]\ntimezone = 'Mars/Olympus'\n", "digest.timezone: unknown time zone 'Mars/Olympus'"),
        ("[digest]\ntime = '25h'\n", "digest.time: expected a time like 08:30"),
        ("[database]\nurl = 'mysql://x'\n", "database.url: must start with"),
        ("[fetch]\ntimeout_seconds = 'soon'\n", "fetch.timeout_seconds: expected a number"),
        ("[[campaigns]]\ntitle = 't'\nurl = 'https://a.example'\nkind = 'raffle'\n", "campaigns[1].kind: expected one of"),
        ("[[campaigns]]\ntitle = 't'\nurl = 'https://a.example'\ncountries = ['AZ']\n", "campaigns[1]: no cause"),
        ("[[campaigns]]\ntitle = 't'\nurl = 'javascript:alert(1)'\nunions = ['ITUC']\n", "campaigns[1].url: not an http(s) URL"),
        ("[[campaigns]]\ntitle = '" + "t" * 500 + "'\nurl = 'https://a.example'\nunions = ['ITUC']\n",
         "campaigns[1].title: is 500 characters long; keep it to 200"),
        ("[[campaigns]]\ntitle = 't'\nurl = 'https://a.example'\nkeywords = ['x']\n", "campaigns[1].keywords: item 1: 'x' is too short"),
        ("[[campaigns]]\ntitle = 't'\nurl = 'https://a.example'\nunions = ['ITUC']\ntranslations = { de = { title = 'T' } }\n",
         "campaigns[1].translations: de: give exactly title and url"),
        ("[server]\npublic_url = 'https://bot.example.org'\n", "server.public_url: needs server.port"),
        ("[nonsense]\n", "nonsense: unknown section"),
        ("this is not toml", "not valid TOML"),
    ],
)
def test_bad_config_names_the_key(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, body), environ={})
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml", environ={})


def test_run_without_token_says_where_to_put_it(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "[database]\nurl = 'sqlite+aiosqlite:///x.db'\n"), environ={})
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN"):
        config.require_token()


def test_every_section_key_can_come_from_the_environment_and_wins_over_the_file(tmp_path: Path) -> None:
    config = load_config(
        write(tmp_path, "[telegram]\nadmins = [42]\n[fetch]\ntimeout_seconds = 9\n"),
        environ={
            "SOLIDARITY_TELEGRAM_ADMINS": "1,2",
            "SOLIDARITY_TELEGRAM_TOKEN": "123:abc",
            "SOLIDARITY_DATABASE_URL": "postgresql+asyncpg://postgres@127.0.0.1/test",
            "SOLIDARITY_FETCH_ALLOW_PRIVATE_ADDRESSES": "true",
            "SOLIDARITY_DIGEST_TIME": "07:15",
            "SOLIDARITY_CORPUS_PATHS": "/srv/news, /srv/more",
            "SOLIDARITY_DELIVERY_MESSAGES_PER_SECOND": "25.5",
            "UNRELATED": "ignored",
        },
    )
    assert config.telegram.admins == (1, 2) and config.telegram.token == "123:abc"
    assert config.database.url == "postgresql+asyncpg://postgres@127.0.0.1/test"
    assert config.fetch.allow_private_addresses is True and config.fetch.timeout_seconds == 9
    assert config.digest.time == dt.time(7, 15)
    assert config.corpus.paths == ("/srv/news", "/srv/more")
    assert config.delivery.messages_per_second == 25.5


@pytest.mark.parametrize(("environ", "message"), [
    ({"SOLIDARITY_FETCH_MAX_BYTES": "5"}, "SOLIDARITY_FETCH_MAX_BYTES: must be at least 1024, got 5"),
    ({"SOLIDARITY_TELEGRAM_ADMINS": "1,x"}, "SOLIDARITY_TELEGRAM_ADMINS: item 2: expected a Telegram user id"),
    ({"SOLIDARITY_NOPE_URL": "x"}, "SOLIDARITY_NOPE_URL: unknown config section"),
    ({"SOLIDARITY_FETCH_NOPE": "1"}, "SOLIDARITY_FETCH_NOPE: unknown key fetch.nope"),
    ({"SOLIDARITY_DIGEST_TIMEZONE": "Mars/Base"}, "SOLIDARITY_DIGEST_TIMEZONE: unknown time zone 'Mars/Base'"),
    ({"SOLIDARITY_DATABASE_URL": "mysql://x"}, "SOLIDARITY_DATABASE_URL: must start with"),
])
def test_a_bad_environment_variable_stops_start_up_with_its_name(environ: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as raised:
        load_config(environ=environ)
    assert str(raised.value).startswith(message), str(raised.value)
