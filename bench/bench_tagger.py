"""Tagger throughput: stories per second on one core, on ~3 KB stories built from the seed corpus.

Run: python bench/bench_tagger.py [--stories N]
Prints the build time (cold, in this process), the memory the tagger holds, the tagging rate, the
language detector's rate, and, when geotext is installed (pip install ".[bench]"), geotext's rate
on the same stories as a baseline; asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from importlib import resources
from pathlib import Path

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

    rss_before = resident_mb()
    started = time.perf_counter()
    from bot.matching import default_tagger
    from bot.matching.gazetteer import country_entries
    from bot.matching.unions import default_directory
    country_entries()
    default_directory()
    data_loaded = time.perf_counter()
    tagger = default_tagger()
    built = time.perf_counter()
    gc.collect()
    print(f"gazetteer and directory loaded: {data_loaded - started:.2f} s")
    print(f"automaton built:                {built - data_loaded:.2f} s "
          f"({sum(len(automaton) for automaton in tagger._automata):,} keys)")  # noqa: SLF001 - reporting only
    print(f"build total:                    {built - started:.2f} s, "
          f"resident memory +{resident_mb() - rss_before:.0f} MB (imports and tagger)")

    from bot.matching import detect_language
    started = time.perf_counter()
    detect_language(None, "Los trabajadores convocaron una huelga general.")  # loads the model, once
    print(f"language model loaded:          {time.perf_counter() - started:.2f} s "
          "(lazily, at the first story that needs it)")

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

    started_cpu = time.process_time()
    for title, text in stories:
        detect_language(title, text)
    cpu = time.process_time() - started_cpu
    print(f"detect_language: {len(stories) / cpu:,.0f} stories/s (cpu, one core)")

    try:
        from geotext import GeoText
    except ImportError:
        print("geotext not installed (pip install '.[bench]'): no baseline")
        return
    GeoText("warm up in Paris")
    started_cpu = time.process_time()
    for title, text in stories:
        GeoText(f"{title}\n{text}").country_mentions  # noqa: B018 - the work being timed
    cpu = time.process_time() - started_cpu
    print(f"geotext baseline (countries from place names only): {len(stories) / cpu:,.0f} stories/s (cpu, one core)")


def resident_mb() -> float:
    """This process's resident memory in MB (Linux), or 0 where /proc is missing."""
    status = Path("/proc/self/status")
    if not status.exists():
        return 0.0
    line = next(line for line in status.read_text().splitlines() if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


if __name__ == "__main__":
    main()
