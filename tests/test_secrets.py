"""The bot token never reaches a log line (at any level), an exception text or a reply; a token Telegram
rejects stops `run` with one line that does not print it."""

from __future__ import annotations

import io
import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.service.logs import REDACTED, SecretRedactor, install_redactor, redactor
from tests.botapi import TOKEN, BotApiServer
from tests.telegram_harness import ADMIN_ID

ROOT = Path(__file__).resolve().parent.parent
SECRET_KEY = TOKEN.partition(":")[2]
OPML = b"""<?xml version="1.0"?><opml version="2.0"><head><title>f</title></head><body>
<outline type="rss" text="Local" xmlUrl="http://127.0.0.1:9/feed.xml"/></body></opml>"""


@pytest.fixture
def debug_log() -> Iterator[io.StringIO]:
    """Every record of every logger at DEBUG, formatted into a string, through the process's redactor
    (as `configure_logging` installs it on the root logger's handlers)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    install_redactor(root)
    redactor.add(TOKEN)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


async def test_no_log_line_at_debug_carries_the_token(debug_log: io.StringIO, running_bot) -> None:
    """Commands, a button, a file download (the token URL-quoted in its address), a Bot API 5xx and an
    error inside a handler, all logged at DEBUG by httpx, httpcore, python-telegram-bot and the bot."""
    replies = await running_bot.send("/start")
    await running_bot.press(replies[0], "m:c")
    await running_bot.send("/subscribe Belarus")
    await running_bot.send(document=("feeds.opml", OPML), chat_id=ADMIN_ID)
    running_bot.api.fail_next("sendMessage", 502, "Bad Gateway")
    await running_bot.send("/list")
    log = debug_log.getvalue()
    assert log.count("\n") > 50 and "HTTP Request: POST" in log  # the request addresses were logged...
    assert f"/bot{REDACTED}/getUpdates" in log  # ...with the token replaced
    assert TOKEN not in log and SECRET_KEY not in log and "TEST-TOKEN" not in log
    assert "Bad Gateway" in log  # the failure was logged, with its traceback, redacted
    assert all(TOKEN not in message.get("text", "") for message in running_bot.api.sent_messages())


def test_redactor_covers_arguments_exception_text_and_quoted_forms() -> None:
    filter_ = SecretRedactor()
    filter_.add("42:SECRET-KEY-123")
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(filter_)
    logger = logging.getLogger("tests.secrets.unit")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("GET %s", "http://x/bot42:SECRET-KEY-123/getMe")
        logger.warning("file http://x/file/bot42%3ASECRET-KEY-123/doc")
        logger.warning("key alone: %r", {"key": "SECRET-KEY-123"})
        try:
            raise RuntimeError("The token `42:SECRET-KEY-123` was rejected by the server.")
        except RuntimeError:
            logger.exception("failed")
        logger.warning("bad format %d", "not a number")  # a broken logging call is still redacted, not lost
    finally:
        logger.removeHandler(handler)
    log = stream.getvalue()
    assert "SECRET-KEY-123" not in log and "SECRET" not in log
    assert log.count(REDACTED) == 5 and "Traceback" in log and "bad format" in log


def test_a_rejected_token_stops_run_with_one_line_and_never_prints_it(tmp_path: Path) -> None:
    """`solidarity-bot -v run` with a token the Bot API server refuses (401): one line on stderr naming
    the key, no traceback, the token nowhere in the output (even at DEBUG)."""
    wrong = "987654:WRONG-SECRET-abcdefgh"
    config = tmp_path / "config.toml"
    with BotApiServer() as api:
        config.write_text(
            f'[telegram]\nbase_url = "{api.base_url}"\n[database]\nurl = "sqlite+aiosqlite:///{tmp_path}/bot.db"\n',
            encoding="utf-8",
        )
        environment = {**os.environ, "TELEGRAM_BOT_TOKEN": wrong}
        result = subprocess.run(
            [sys.executable, "-m", "bot.cli", "-v", "run", "--config", str(config)],
            cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60,
        )
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "WRONG-SECRET" not in output and wrong not in output
    assert "Traceback" not in output
    # leave out the timestamped DEBUG lines (a background thread's line may land in the middle of another)
    errors = re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} [A-Z]+ [^\n]*\n?", "", result.stderr).splitlines()
    assert [line for line in errors if "telegram.token" in line] == [
        "solidarity-bot: telegram.token: the Bot API rejected the token (401); copy it again from @BotFather"]
    assert len(errors) == 1, errors


def test_the_cli_redacts_the_database_password_too() -> None:
    from bot.cli import redact_config_secrets
    from bot.config import Config, DatabaseConfig, TelegramConfig

    config = Config(telegram=TelegramConfig(token="555:CLI-TOKEN-secret"),
                    database=DatabaseConfig(url="postgresql+asyncpg://bot:S3cret-Passw0rd@db.internal/alerts"))
    redact_config_secrets(config)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(redactor)
    logger = logging.getLogger("tests.secrets.cli")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.error("cannot connect to %s with %s", config.database.url, config.telegram.token)
    finally:
        logger.removeHandler(handler)
    assert "S3cret-Passw0rd" not in stream.getvalue() and "CLI-TOKEN-secret" not in stream.getvalue()
    assert "db.internal" in stream.getvalue()
