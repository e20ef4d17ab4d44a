"""Peak memory and time of the fetcher on bombs: a nested `Content-Encoding: gzip, gzip` bomb, a
single gzip bomb and an EBCDIC (cp037) entity bomb, each fetched from a local server in a fresh
process so its peak RSS is its own.

Run: python bench/bench_hostile_fetch.py [--megabytes 1024] [--baseline PATH/TO/old_feeds.py]
`--baseline` runs the same bombs through another copy of bot/ingest/feeds.py (e.g.
`git show REV:bot/ingest/feeds.py > /tmp/old_feeds.py`), side by side. The fetch cap is the default
5 MB. Prints one line per bomb and fetcher; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import resource
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import FetchConfig  # noqa: E402
from tests.feedserver import FeedServer  # noqa: E402
from tests.hostile import encoded_document, gzip_bomb, nested_gzip_bomb, quadratic_blowup_text  # noqa: E402

BOMBS = ("nested-gzip", "gzip", "cp037-entities")


def load(path: Path | None) -> ModuleType:
    if path is None:
        from bot.ingest import feeds

        return feeds
    spec = importlib.util.spec_from_file_location("baseline_feeds", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def bomb(name: str, megabytes: int) -> tuple[bytes, dict[str, str]]:
    if name == "nested-gzip":
        return nested_gzip_bomb(megabytes), {"Content-Encoding": "gzip, gzip"}
    if name == "gzip":
        return gzip_bomb(megabytes), {"Content-Encoding": "gzip"}
    text = quadratic_blowup_text(value_chars=10_000, references=megabytes * 10)  # ~megabytes * 100 kB expanded
    return encoded_document(text, "cp037", "cp037"), {}


def run_one(name: str, megabytes: int, baseline: Path | None) -> None:
    feeds = load(baseline)
    body, headers = bomb(name, megabytes)
    # A baseline from before the fetcher took the config's FetchConfig has its own FetchSettings.
    settings_type = getattr(feeds, "FetchSettings", None) or FetchConfig
    settings = settings_type(timeout_seconds=600, allow_private_addresses=True)
    with FeedServer() as server:
        url = server.route("/bomb", body, headers=headers)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started, cpu = time.perf_counter(), time.process_time()

        async def fetch():  # type: ignore[no-untyped-def]
            async with feeds.make_client(settings) as client:
                return await feeds.fetch_feed(client, url, settings=settings)

        result = asyncio.run(fetch())
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    outcome = result.error or f"stored {sum(len(entry.title) + len(entry.summary) for entry in result.entries):,} chars"
    who = "baseline" if baseline else "current"
    print(f"{name:<15} {len(body):>9,} B  {who:<8} peak RSS +{(peak - before) / 1024:8.1f} MB  "
          f"{elapsed:6.2f} s ({cpu:.2f} s CPU)  {outcome[:60]}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=1024, help="decoded size of the gzip bombs")
    parser.add_argument("--baseline", type=Path)
    parser.add_argument("--only", choices=BOMBS, help=argparse.SUPPRESS)  # one bomb, in this process
    parser.add_argument("--use-baseline", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.only:
        run_one(args.only, args.megabytes, args.baseline if args.use_baseline else None)
        return
    for name in BOMBS:
        for use_baseline in ([False, True] if args.baseline else [False]):
            command = [sys.executable, __file__, "--only", name, "--megabytes", str(args.megabytes)]
            if args.baseline:
                command += ["--baseline", str(args.baseline)]
            if use_baseline:
                command.append("--use-baseline")
            subprocess.run(command, check=False)


if __name__ == "__main__":
    main()
