"""The `solidarity-bot` command: run, preview, ingest, tag, db upgrade."""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import ctypes.util
import logging
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from bot.config import Config, ConfigError, TokenRejected, load_config
from bot.ingest.pipeline import IngestSummary, ingest_all, sync_sources
from bot.service.logs import configure_logging, redact_secret
from storage.db import DatabaseOpenError, open_database, password_of


class ProgressBar:
    """A one-line progress bar on a terminal; silent when the stream is not one."""

    WIDTH = 30

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self.total = 0
        self.done = 0

    def start(self, total: int) -> None:
        self.total, self.done = total, 0

    def step(self, label: str) -> None:
        self.done += 1
        if not self.enabled or not self.total:
            return
        filled = self.WIDTH * self.done // self.total
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} {label[:40]:<40}")
        if self.done == self.total:
            self.stream.write("\n")
        self.stream.flush()


async def ingest_command(config: Config, out: TextIO) -> int:
    """Poll every source once and print a summary."""
    async with open_database(config.database.url) as sessions:
        await sync_sources(sessions, config)
        summary = await ingest_all(sessions, config, progress=ProgressBar(sys.stderr))
    _print_summary(summary, out)
    return 0


def _print_summary(summary: IngestSummary, out: TextIO) -> None:
    for line in summary.lines():
        print(line, file=out)


async def preview_command(config: Config, args: argparse.Namespace, out: TextIO) -> int:
    """Ingest the configured sources and print what was found."""
    from bot.preview import render_preview

    async with open_database(config.database.url) as sessions:
        await sync_sources(sessions, config)
        summary = await ingest_all(sessions, config)
        _print_summary(summary, out)
        print(file=out)
        return await render_preview(sessions, config, args, out)


async def upgrade_command(config: Config, out: TextIO) -> int:
    """Apply the database migrations."""
    async with open_database(config.database.url):
        pass
    print(f"database is up to date: {config.database.url}", file=out)
    return 0


def tag_command(args: argparse.Namespace, out: TextIO) -> int:
    """Tag JSON-lines stories from stdin or --input."""
    from bot.matching import default_tagger
    from bot.matching.tag_cli import run_tag

    if args.input in (None, "-"):
        return run_tag(sys.stdin, out, default_tagger())
    try:
        with open(args.input, encoding="utf-8") as stream:
            return run_tag(stream, out, default_tagger())
    except OSError as error:
        raise ConfigError(f"--input: cannot read {args.input}: {error.strerror}") from None


M_ARENA_MAX = -8  # glibc's mallopt parameter for the number of malloc arenas
MALLOC_ARENAS = 2


def limit_malloc_arenas(arenas: int = MALLOC_ARENAS) -> bool:
    """Cap glibc's malloc arenas (as MALLOC_ARENA_MAX would); True if the C library took it.

    glibc gives threads their own arenas (up to eight per core); the service's threads (the tagger's
    build, feed parsing, one per SQLite connection) each kept freed memory in theirs, which cost the
    `run` process ~30 MB of peak RSS with 100,000 subscribers (BENCHMARKS.md, Memory). Call it before
    any thread starts; other C libraries are left alone."""
    name = ctypes.util.find_library("c")
    if name is None or "libc.so" not in name:
        return False
    libc = ctypes.CDLL(name)
    if not hasattr(libc, "mallopt") or not hasattr(libc, "gnu_get_libc_version"):
        return False
    return bool(libc.mallopt(M_ARENA_MAX, arenas))


def serve_command(config: Config, role: str, verbose: bool) -> int:
    """Run the bot as `role` ("run" or "worker") until SIGTERM or SIGINT (a token is needed first)."""
    config.require_token()
    limit_malloc_arenas()
    from bot.service.logs import configure_service_logging
    from bot.service.roles import serve

    configure_service_logging(config, verbose)
    code = asyncio.run(serve(config, role))
    # Everything worth keeping is in the database and the log: skip the interpreter's teardown of the
    # tagger's millions of objects (and of a tagger still being built in its daemon thread), which took
    # 2 s of a 5 s stop budget on a loaded machine.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def use_matcher_cache(config: Config) -> None:
    """Keep the matcher's build where `[matching]` says (bot.matching.cache): its folder, the default one, or none."""
    from bot.matching.cache import default_cache_dir, use_cache_dir

    use_cache_dir((config.matching.cache_dir or default_cache_dir()) if config.matching.cache else None)


def redact_config_secrets(config: Config) -> None:
    """Keep the bot token and the database password out of every log line."""
    redact_secret(config.telegram.token)
    redact_secret(password_of(config.database.url))


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="solidarity-bot", description="Solidarity Alerts: labour-rights news alerts on Telegram."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--config", metavar="PATH", help="config file (default: ./config.toml if present, else built-in defaults)")
        return sub

    command("run", "run the bot: Telegram polling (or the webhook), scheduled feed polling, alerts and digests")
    command("worker", "run everything but reading Telegram updates: alerts, digests, scheduled feed polling "
                      "(PostgreSQL: beside one `run` or several webhook `run`s)")
    preview = command("preview", "ingest the sources and print the alerts as they would appear (no Telegram needed)")
    preview.add_argument("--country", action="append", default=[], metavar="NAME", help="a country to follow (repeatable)")
    preview.add_argument("--union", action="append", default=[], metavar="NAME", help="a union to follow (repeatable)")
    preview.add_argument("--keyword", action="append", default=[], metavar="QUERY", help='a keyword query, e.g. "strike -football"')
    preview.add_argument("--limit", type=int, default=50, help="at most this many alerts, the newest (default 50)")
    command("ingest", "poll every source once and store new stories")
    tag = command("tag", "tag JSON-lines stories ({id, title, text}) with countries and unions")
    tag.add_argument("--input", metavar="FILE", help="read stories from FILE instead of standard input")
    db = command("db", "database maintenance")
    db.add_argument("action", choices=["upgrade"], help="upgrade: apply migrations")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `solidarity-bot` console script."""
    args = build_parser().parse_args(argv)
    configure_logging(args.verbose)
    redact_secret(os.environ.get("TELEGRAM_BOT_TOKEN", "").strip())
    out = sys.stdout
    try:
        config = load_config(args.config)
        redact_config_secrets(config)
        use_matcher_cache(config)
        if args.command == "tag":
            return tag_command(args, out)
        if args.command in ("run", "worker"):
            return serve_command(config, args.command, args.verbose)
        if args.command == "ingest":
            return asyncio.run(ingest_command(config, out))
        if args.command == "preview":
            return asyncio.run(preview_command(config, args, out))
        return asyncio.run(upgrade_command(config, out))
    except ConfigError as error:
        print(f"solidarity-bot: {error}", file=sys.stderr)
        return 1 if isinstance(error, TokenRejected) else 2
    except DatabaseOpenError as error:
        print(f"solidarity-bot: database.url: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`solidarity-bot preview | head`): not an error. Point stdout at
        # /dev/null so Python's exit-time flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
