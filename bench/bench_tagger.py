"""Tagger throughput: stories per second on one core, on ~3 KB stories built from the seed corpus.

Run: python bench/bench_tagger.py [--stories N]
Prints the automaton build time (cold, in this process) and the tagging rate; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import time
from importlib import resources

STORY_CHARS = 3_000


def synthetic_stories(count: int, seed: int = 7) -> list[tuple[str, str]]:
    """(title, text) pairs of about STORY_CHARS characters, stitched from seed-corpus paragraphs."""
    corpus = resources.files("bot.sample_corpus")
    paragraphs = [paragraph.strip()
                  for entry in sorted(corpus.iterdir(), key=lambda item: item.name) if entry.name.endswith(".txt")
                  for paragraph in entry.read_text("utf-8").split("\n") if len(paragraph.strip()) > 40]
    rng = random.Random(seed)
    stories = []
    for _ in range(count):
        chunks: list[str] = []
        while sum(len(chunk) + 2 for chunk in chunks) < STORY_CHARS:
            chunks.append(rng.choice(paragraphs))
        stories.append((rng.choice(paragraphs)[:90], "\n\n".join(chunks)[:STORY_CHARS]))
    return stories


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=20_000)
    args = parser.parse_args()

    started = time.perf_counter()
    from bot.matching import default_tagger
    from bot.matching.gazetteer import country_entries
    from bot.matching.unions import default_directory
    country_entries()
    default_directory()
    data_loaded = time.perf_counter()
    tagger = default_tagger()
    built = time.perf_counter()
    print(f"gazetteer and directory loaded: {data_loaded - started:.2f} s")
    print(f"automaton built:                {built - data_loaded:.2f} s "
          f"({len(tagger._automaton):,} keys)")  # noqa: SLF001 - reporting only

    stories = synthetic_stories(args.stories)
    average = sum(len(title) + len(text) for title, text in stories) / len(stories)
    for title, text in stories[:200]:  # warm caches
        tagger.tag(title, text)
    started, started_cpu = time.perf_counter(), time.process_time()
    tags = 0
    for title, text in stories:
        result = tagger.tag(title, text)
        tags += len(result.countries) + len(result.unions)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    print(f"tagged {len(stories):,} stories of ~{average:,.0f} chars ({tags / len(stories):.1f} tags per story)")
    print(f"  wall {elapsed:.2f} s: {len(stories) / elapsed:,.0f} stories/s")
    print(f"  cpu  {cpu:.2f} s: {len(stories) / cpu:,.0f} stories/s, {len(stories) * average / cpu / 1e6:.1f} MB/s "
          "(one core; the wall figure also counts other processes on the machine)")


if __name__ == "__main__":
    main()
