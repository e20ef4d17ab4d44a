"""What a first poll of the bench feeds stores, as one sorted JSON line per story, and its SHA-256.

    python bench/stored_stories.py [--feeds 1000] [--items 20] [--out /tmp/NAME-stories.jsonl]

Serves the feeds of bench/bench_ingest.py (same documents, 2 server processes), polls them once into a
new SQLite database through the real ingest path, and writes every stored story: its source (by feed
name), guid, URLs, title, text, links, publication date, languages, content hash, fingerprint and
bands, and the (source, guid) of every story of its cluster. The feed servers' port is replaced by
"PORT" and the fetch time is left out, so two runs of the same code give the same file. A change made
for speed must leave the SHA-256 unchanged: run this on a `git archive` copy of main (with PYTHONPATH)
and on the branch, and compare.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # for bench.bench_ingest and tests.feedserver

from sqlalchemy import select  # noqa: E402

from bench.bench_ingest import Farms, ServeSettings, make_config  # noqa: E402
from bot.ingest.pipeline import ingest_all, sync_sources  # noqa: E402
from storage.db import create_engine, session_factory, upgrade_database  # noqa: E402
from storage.models import Source, Story  # noqa: E402

_LOCAL_PORT = re.compile(r"127\.0\.0\.1:[0-9]+")


async def stored_lines(farms: Farms, folder: str) -> list[str]:
    """Poll every feed once into a new SQLite database; every stored story as a JSON line, sorted."""
    database_url = f"sqlite+aiosqlite:///{folder}/stories.db"
    engine = create_engine(database_url)
    try:
        await upgrade_database(engine)
        sessions = session_factory(engine)
        config = make_config(farms.urls, database_url, concurrency=50, timeout=120.0)
        await sync_sources(sessions, config)
        summary = await ingest_all(sessions, config)
        if summary.failed:
            raise RuntimeError("; ".join(summary.lines()[:5]))
        async with sessions() as session:
            names = dict((await session.execute(select(Source.id, Source.name))).all())
            stories = (await session.scalars(select(Story))).all()
        members: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for story in stories:
            members[story.cluster_id].append((names[story.source_id], story.guid))
        lines = [
            json.dumps({
                "source": names[story.source_id], "guid": story.guid, "url": story.url,
                "canonical_url": story.canonical_url, "title": story.title, "text": story.text, "links": story.links,
                "published_at": story.published_at.isoformat() if story.published_at else None,
                "language": story.language, "detected_language": story.detected_language,
                "content_hash": story.content_hash, "fingerprint": story.fingerprint,
                "bands": [story.band0, story.band1, story.band2, story.band3],
                "cluster": sorted(members[story.cluster_id]),
            }, ensure_ascii=False, sort_keys=True)
            for story in stories
        ]
        return sorted(_LOCAL_PORT.sub("127.0.0.1:PORT", line) for line in lines)
    finally:
        await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1_000)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--out", type=Path, help="where to write the JSON lines (default: only print the SHA-256)")
    args = parser.parse_args()
    if not 1 <= args.feeds <= 100_000 or not 1 <= args.items <= 1_000:
        parser.error("--feeds 1..100000, --items 1..1000")
    farms = Farms(ServeSettings(args.feeds, args.items, use_gzip=True, fail_delay=30.0, origins=2), workers=2)
    try:
        farms.phase("healthy")
        with tempfile.TemporaryDirectory(prefix="stored-stories-") as folder:
            lines = asyncio.run(stored_lines(farms, folder))
    finally:
        farms.stop()
    text = "".join(line + "\n" for line in lines)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    clusters = {json.dumps(json.loads(line)["cluster"]) for line in lines}
    print(f"{len(lines):,} stories ({args.feeds * args.items:,} items served), {len(clusters):,} clusters; "
          f"sha256 {hashlib.sha256(text.encode()).hexdigest()}"
          + (f"; written to {args.out}" if args.out else ""))


if __name__ == "__main__":
    main()
