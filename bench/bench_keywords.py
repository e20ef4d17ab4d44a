"""Keyword routing at 1,000 to 100,000 distinct followed queries: the index against checking each query.

    python bench/bench_keywords.py [--sizes 1000 10000 100000] [--stories 200]

Queries are one to three terms drawn from a vocabulary of real words plus made-up names (as users
type them: employers, places, people), a quarter with an excluded term. Stories are ~3 KB texts from
the sample corpus. For each size, in the same process: the index's build time, its update time
after 1% of the queries change, its milliseconds per story, and the per-query check that routing
used before (`keyword_matches` on every distinct query) on the same stories. Both must give the
same matches; the run stops if they differ. Asserts nothing about speed.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from importlib import resources

from bot.matching import KeywordIndex, keyword_matches

STORY_CHARS = 3_000


def stories(count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(title, text) pairs of ~STORY_CHARS characters stitched from the sample corpus's paragraphs."""
    corpus = resources.files("bot.sample_corpus")
    paragraphs = [line.strip() for entry in sorted(corpus.iterdir(), key=lambda item: item.name)
                  if entry.name.endswith(".txt") for line in entry.read_text("utf-8").split("\n") if len(line.strip()) > 40]
    made = []
    for _ in range(count):
        chunks: list[str] = []
        while sum(len(chunk) for chunk in chunks) < STORY_CHARS:
            chunks.append(rng.choice(paragraphs))
        made.append((rng.choice(paragraphs)[:90], "\n".join(chunks)[:STORY_CHARS]))
    return made


def queries(count: int, vocabulary: list[str], rng: random.Random) -> list[str]:
    """`count` distinct queries of 1-3 terms, a quarter with an excluded term."""
    made: set[str] = set()
    while len(made) < count:
        terms = [rng.choice(vocabulary) for _ in range(rng.randint(1, 2))]
        if rng.random() < 0.25:
            terms.append("-" + rng.choice(vocabulary))
        made.add(" ".join(terms))
    return sorted(made)


def vocabulary(texts: list[tuple[str, str]], rng: random.Random) -> list[str]:
    """The corpus's words (so that queries do match) and 50,000 made-up names (so most queries are distinct)."""
    words = sorted({word.strip(".,;:()\"'").lower() for _, text in texts for word in text.split() if len(word) > 3})
    made_up = [f"name{rng.randrange(10**9)}" for _ in range(50_000)]
    return words + made_up


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--stories", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(7)
    texts = stories(args.stories, rng)
    words = vocabulary(texts, rng)
    print(f"{'queries':>9} {'build s':>8} {'update 1% s':>11} {'index ms/story':>14} "
          f"{'per-query ms/story':>18} {'matches/story':>13}")
    for size in args.sizes:
        followed = queries(size, words, rng)
        started = time.perf_counter()
        index = KeywordIndex(followed)
        built = time.perf_counter() - started
        changed = followed[size // 100:] + queries(size // 100, words, random.Random(size))
        started = time.perf_counter()
        index.update(changed)
        updated = time.perf_counter() - started
        index_times, naive_times, matched = [], [], 0
        naive_sample = texts[: max(5, min(len(texts), 2_000_000 // size))]  # the old way is slow at 100,000
        for title, text in texts:
            started = time.perf_counter()
            found = index.matches(title, text)
            index_times.append(time.perf_counter() - started)
            matched += len(found)
        for title, text in naive_sample:
            started = time.perf_counter()
            expected = {query for query in changed if keyword_matches(query, title, text)}
            naive_times.append(time.perf_counter() - started)
            if set(index.matches(title, text)) != expected:
                raise SystemExit(f"index and per-query check differ at {size} queries")
        print(f"{size:>9,} {built:>8.2f} {updated:>11.3f} {statistics.median(index_times) * 1000:>14.3f} "
              f"{statistics.median(naive_times) * 1000:>18.2f} {matched / len(texts):>13.1f}")


if __name__ == "__main__":
    main()
