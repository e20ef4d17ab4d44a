"""Peak memory of the real `solidarity-bot run` process with many subscribers, feeds and stories.

    python bench/bench_memory.py [--subscribers 100000] [--feeds 1000] [--items 20] [--seconds 60] [--startup-only]

Fills a fresh SQLite database with `--subscribers` chats, each following one country (a hundred of
them follow the countries the stories are about, so routing makes a bounded number of alerts; the
rest follow other countries, and a fifth of all take a daily digest), serves `--feeds` RSS feeds of
`--items` items each from a separate process (the ingest benchmark's feeds), and starts
`solidarity-bot run` as its own process against a local Bot API server. It waits until the first
poll of every feed is stored and routed, lets delivery run for `--seconds` more, then reads the
process's peak resident memory (VmHWM from /proc) and stops it with SIGTERM.

The baseline, measured in the same run: a process that imports the bot and builds its Application
with an empty database (what any bot on this stack costs before it holds any data).
First, in a fresh process, it prints the resident memory after each start-up step (imports, the
Application, the language model, the tagger), which shows where the baseline and the data go;
`--startup-only` stops there. Only loopback traffic; every wait is bounded.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "bench"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import sqlite3  # noqa: E402

import pycountry  # noqa: E402
from bench_ingest import FeedFarm, ServeSettings  # noqa: E402

from tests.botapi import TOKEN, BotApiServer  # noqa: E402

STORY_COUNTRIES = ("AZ", "BY", "KZ", "BD", "KH", "MM", "CO", "GT", "HN", "NG", "ZW", "SZ", "IR", "TR", "EG", "QA",
                   "PH", "ID", "KR", "GE", "UA", "MD", "RS")
FOLLOWING_STORY_COUNTRIES = 100
DIGEST_SHARE = 5  # one subscriber in five takes a daily digest


def serve_feeds(settings: ServeSettings, urls_out: multiprocessing.connection.Connection, stop: multiprocessing.Event) -> None:
    """Child process: serve every feed until told to stop."""
    farm = FeedFarm(settings)
    farm.phase("healthy")
    urls_out.send(farm.urls)
    stop.wait(3600)
    farm.stop()


def write_config(folder: Path, api: BotApiServer, feed_urls: dict[int, str]) -> Path:
    feeds = "".join(f'[[feeds]]\nurl = "{url}"\ninterval = 60\n' for _, url in sorted(feed_urls.items()))
    config = folder / "config.toml"
    config.write_text(
        f'[telegram]\ntoken = "{TOKEN}"\nbase_url = "{api.base_url}"\n'
        f'[database]\nurl = "sqlite+aiosqlite:///{folder}/bench.db"\n'
        f"[fetch]\nallow_private_addresses = true\nconcurrency = 50\n{feeds}",
        encoding="utf-8",
    )
    return config


def fill_subscribers(database: Path, count: int) -> None:
    """`count` subscribers with one country subscription each, inserted straight into the migrated schema."""
    others = [country.alpha_2 for country in pycountry.countries if country.alpha_2 not in STORY_COUNTRIES]
    rng = random.Random(5)
    with sqlite3.connect(database) as connection:
        connection.executemany(
            "INSERT INTO subscribers (id, chat_id, chat_type, timezone, delivery_mode, digest_time, digest_weekday, "
            "include_mentioned, paused, active, created_at) VALUES (?, ?, 'private', 'UTC', ?, '08:00', 0, 0, 0, 1, "
            "'2026-11-30 00:00:00')",
            [(index + 1, 1_000_000 + index, "daily" if index % DIGEST_SHARE == 0 else "now") for index in range(count)],
        )
        connection.executemany(
            "INSERT INTO subscriptions (subscriber_id, kind, value, label, muted, created_at) "
            "VALUES (?, 'country', ?, ?, 0, '2026-11-30 00:00:00')",
            [(index + 1, code, code) for index, code in enumerate(
                STORY_COUNTRIES[index % len(STORY_COUNTRIES)] if index < FOLLOWING_STORY_COUNTRIES else rng.choice(others)
                for index in range(count))],
        )


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc status")


def counts(database: Path) -> tuple[int, int, int]:
    """(stories stored, clusters still to route, alerts sent) in the bot's database."""
    with sqlite3.connect(database, timeout=30) as connection:
        stories = connection.execute("SELECT count(*) FROM stories").fetchone()[0]
        unrouted = connection.execute("SELECT count(*) FROM story_clusters WHERE routed_at IS NULL").fetchone()[0]
        sent = connection.execute("SELECT count(*) FROM alerts WHERE status = 'sent'").fetchone()[0]
    return stories, unrouted, sent


def baseline_peak_mb() -> float:
    """Peak RSS of a process that imports the bot and builds its Application over an empty database."""
    code = (
        "import asyncio, sys\n"
        "from bot.config import parse_config\n"
        "from bot.app import build_application\n"
        "from storage.db import create_engine, session_factory, upgrade_database\n"
        "engine = create_engine('sqlite+aiosqlite:///' + sys.argv[1])\n"
        "asyncio.run(upgrade_database(engine))\n"
        f"build_application(parse_config({{'telegram': {{'token': '{TOKEN}'}}}}), session_factory(engine))\n"
        "print(open('/proc/self/status').read().split('VmHWM:')[1].split()[0])\n"
    )
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run([sys.executable, "-c", code, f"{folder}/empty.db"], capture_output=True, text=True,
                                check=True, cwd=ROOT)
    return int(result.stdout.split()[-1]) / 1024


STARTUP_STEPS = (
    "import ctypes, sys, tempfile\n"
    "def show(step):\n"
    "    status = dict(line.split(':', 1) for line in open('/proc/self/status'))\n"
    "    print(step, int(status['VmRSS'].split()[0]) // 1024, int(status['VmHWM'].split()[0]) // 1024, sep='\\t')\n"
    "show('interpreter')\n"
    "import asyncio\n"
    "from bot.app import build_application\n"
    "from bot.config import parse_config\n"
    "from storage.db import create_engine, session_factory, upgrade_database\n"
    "show('imports (bot.app and its libraries)')\n"
    "engine = create_engine('sqlite+aiosqlite:///' + tempfile.mkdtemp() + '/empty.db')\n"
    "asyncio.run(upgrade_database(engine))\n"
    f"build_application(parse_config({{'telegram': {{'token': '{TOKEN}'}}}}), session_factory(engine))\n"
    "show('Application over an empty database')\n"
    "from bot.matching import default_tagger, detect_language\n"
    "detect_language('Dockers walked out', 'The dockers walked out on Monday over unpaid wages and safety.')\n"
    "show('language model loaded (first story without a declared language)')\n"
    "tagger = default_tagger()\n"
    "show('tagger built (gazetteer, union directory, automata)')\n"
    "ctypes.CDLL('libc.so.6').malloc_trim(0)\n"
    "show('after malloc_trim(0): memory freed but kept by the allocator handed back')\n"
)


def startup_steps() -> list[tuple[str, int, int]]:
    """(step, RSS MB, peak RSS MB) after each start-up step of a fresh process, in the order `run` takes them."""
    result = subprocess.run([sys.executable, "-c", STARTUP_STEPS], capture_output=True, text=True, check=True, cwd=ROOT)
    return [(step, int(rss), int(peak)) for step, rss, peak in (line.split("\t") for line in result.stdout.splitlines())]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--feeds", type=int, default=1_000)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0, help="delivery time after routing is done")
    parser.add_argument("--timeout", type=float, default=900.0, help="give up waiting for the first poll after this")
    parser.add_argument("--startup-only", action="store_true", help="print the start-up steps' memory and stop")
    args = parser.parse_args()

    print("start-up step\tRSS MB\tpeak RSS MB")
    for step, rss, peak in startup_steps():
        print(f"{step}\t{rss}\t{peak}")
    if args.startup_only:
        return
    baseline = baseline_peak_mb()
    receive, send = multiprocessing.Pipe(duplex=False)
    stop = multiprocessing.Event()
    server = multiprocessing.Process(target=serve_feeds, args=(
        ServeSettings(args.feeds, args.items, use_gzip=True, fail_delay=0.0, origins=8), send, stop), daemon=True)
    server.start()
    feed_urls = receive.recv()
    with tempfile.TemporaryDirectory() as folder_name, BotApiServer() as api:
        folder = Path(folder_name)
        config = write_config(folder, api, feed_urls)
        command = [sys.executable, "-m", "bot.cli"]
        subprocess.run([*command, "db", "upgrade", "--config", str(config)], check=True, cwd=folder, capture_output=True)
        fill_subscribers(folder / "bench.db", args.subscribers)
        started = time.monotonic()
        bot = subprocess.Popen([*command, "run", "--config", str(config)], cwd=folder,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
        try:
            expected = args.feeds * args.items * 0.9  # syndicated copies are stored too, as duplicates of a cluster
            stories = unrouted = sent = 0
            while time.monotonic() - started < args.timeout:
                time.sleep(5)
                if bot.poll() is not None:
                    raise SystemExit(f"the bot exited early:\n{bot.stderr.read().decode()[-2000:]}")
                stories, unrouted, sent = counts(folder / "bench.db")
                if stories >= expected and unrouted == 0:
                    break
            else:
                raise SystemExit(f"first poll not done after {args.timeout:.0f} s: {stories} stories, {unrouted} unrouted")
            ready = time.monotonic() - started
            time.sleep(args.seconds)
            stories, unrouted, sent = counts(folder / "bench.db")
            peak = peak_rss_mb(bot.pid)
        finally:
            bot.send_signal(signal.SIGTERM)
            try:
                bot.wait(30)
            except subprocess.TimeoutExpired:
                bot.kill()
            stop.set()
    print(f"subscribers {args.subscribers:,}, feeds {args.feeds:,} x {args.items} items: {stories:,} stories stored, "
          f"first poll stored and routed after {ready:.0f} s, {sent:,} alerts sent in the next {args.seconds:.0f} s")
    print(f"peak RSS of `solidarity-bot run`: {peak:.0f} MB (target <= 200 MB)")
    print(f"baseline, same run: the bot's imports and Application over an empty database: {baseline:.0f} MB")


if __name__ == "__main__":
    main()
