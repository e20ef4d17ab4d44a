"""Logging set-up: one format (or JSON lines for the service roles), and no secret in any log line.

python-telegram-bot puts the bot token in every Bot API address (`.../bot<token>/sendMessage`); httpx
logs each request's address at INFO, httpcore and python-telegram-bot log more at DEBUG, and
python-telegram-bot's InvalidToken error quotes the token. `SecretRedactor`, a filter on every handler
of the root logger, replaces each registered secret in a record's message, its arguments, its
exception text and its stack before any handler formats the record.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from urllib.parse import quote

from bot.config import Config

__all__ = [
    "REDACTED", "JsonLogFormatter", "SecretRedactor", "configure_logging", "configure_service_logging",
    "install_redactor", "redact_secret", "redactor",
]

REDACTED = "[REDACTED]"
MIN_SECRET_PART = 8  # shorter pieces of a secret are not worth redacting on their own (too many false hits)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class SecretRedactor(logging.Filter):
    """A logging filter that replaces registered secrets (and their URL-quoted forms) with [REDACTED]."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: list[str] = []

    def add(self, secret: str | None) -> None:
        """Redact `secret` from now on: as it is, URL-quoted, and (for a bot token `id:key`) its key alone."""
        if not secret:
            return
        forms = {secret, quote(secret, safe="")}
        _, _, key = secret.partition(":")
        if len(key) >= MIN_SECRET_PART:
            forms.add(key)
        # Longest first, so that a token is replaced whole rather than leaving its id around a redacted key.
        self._secrets = sorted(set(self._secrets) | forms, key=len, reverse=True)

    def redact(self, text: str) -> str:
        """`text` with every registered secret replaced."""
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the record in place (message with its arguments merged in, exception text, stack); keep it."""
        if not self._secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed call (arguments not matching the format): keep what we can
            message = f"{record.msg} {record.args!r}"
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


redactor = SecretRedactor()
"""The process's redactor: `configure_logging` puts it on the root logger's handlers."""


def configure_logging(verbose: bool = False) -> None:
    """Log to stderr (DEBUG when `verbose`, else WARNING) through the secret redactor."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format=LOG_FORMAT)
    install_redactor(logging.getLogger())


def install_redactor(logger: logging.Logger) -> None:
    """Put the redactor on every handler of `logger` (handler filters see records from child loggers too,
    which logger filters do not)."""
    for handler in logger.handlers:
        if redactor not in handler.filters:
            handler.addFilter(redactor)


def redact_secret(secret: str | None) -> None:
    """Keep `secret` out of every log line from now on."""
    redactor.add(secret)


class JsonLogFormatter(logging.Formatter):
    """One JSON object a line (`[log] format = "json"`): time, level, logger, message, and the traceback
    when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(), "logger": record.name, "message": record.getMessage(),
        }
        if record.exc_text:  # first: a logging filter may have redacted it
            entry["traceback"] = record.exc_text
        elif record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_service_logging(config: Config, verbose: bool) -> None:
    """The service roles log the project's own INFO lines (started, stopping, retries, leadership) in the
    configured format; libraries stay at WARNING unless -v (their INFO lines are per request)."""
    if config.log.format == "json":
        for handler in logging.getLogger().handlers:
            handler.setFormatter(JsonLogFormatter())
    if not verbose:
        for project_logger in ("bot", "storage"):  # storage/ logs the leader lock changing hands
            logging.getLogger(project_logger).setLevel(logging.INFO)
