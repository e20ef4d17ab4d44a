"""Every tag the tagger gives a fixed set of stories, one JSON line per story, for comparing two versions.

Run: python bench/tagger_outputs.py OUT.jsonl [--synthetic N]
Tags, each with and without its language: every story of tests/data/realnews (both halves), every
story of the seed documents (bot/sample_corpus), N synthetic bench stories (bench/bench_tagger.py's,
3,000 by default), stories stitched from real-news paragraphs of mixed languages, and variants of
the real-news stories that take the tagger's other paths (shouted in capitals, lower-cased, with
combining accents, one unbroken line, no title). Writes the countries (code, salience, evidence)
and unions (id, name, acronym, country, salience, evidence) of each, and prints the file's SHA-256.

A change meant to make the tagger faster, not different, must leave the file byte-identical: run
this on the base (`git archive main | tar -x -C /tmp/base`, then `PYTHONPATH=/tmp/base`) and on the
branch, and compare the two files (`cmp`). Asserts nothing itself.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import random
import sys
import unicodedata
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.realnews and bench

from bench.bench_tagger import synthetic_stories  # noqa: E402
from bot.ingest.corpus import split_document  # noqa: E402
from bot.matching import default_tagger, detect_language  # noqa: E402
from tests.realnews import load_realnews  # noqa: E402

Story = tuple[str, str | None, str]  # (label, title, text)


def _decomposed(text: str) -> str:
    """The text with accents as combining marks (NFD): the tagger's path that maps offsets back."""
    return unicodedata.normalize("NFD", text)


def stories(synthetic: int) -> Iterator[Story]:
    """(label, title, text) of every story compared, in a fixed order."""
    realnews = load_realnews()
    for story in realnews:
        yield f"realnews:{story['id']}", story["title"], story["text"]
    corpus = resources.files("bot.sample_corpus")
    for entry in sorted(corpus.iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".txt"):
            for index, story in enumerate(split_document(entry.read_text("utf-8"))):
                yield f"seed:{entry.name}:{index}", story.title, story.text
    for number, (title, text) in enumerate(synthetic_stories(synthetic)):
        yield f"synthetic:{number}", title, text
    paragraphs = [paragraph.strip() for story in realnews for paragraph in story["text"].split(". ")
                  if len(paragraph.strip()) > 30]
    rng = random.Random(3)
    for number in range(1_000):
        chunks = [rng.choice(paragraphs) for _ in range(rng.randint(2, 12))]
        yield f"mixed:{number}", rng.choice(paragraphs)[:100], ". ".join(chunks)
    for story in realnews:
        title, text = story["title"], story["text"]
        yield f"upper:{story['id']}", title.upper(), text.upper()
        yield f"lower:{story['id']}", title.lower(), text.lower()
        yield f"nfd:{story['id']}", _decomposed(title), _decomposed(text)
        yield f"oneline:{story['id']}", None, " ".join(text.split())
        yield f"titlecase:{story['id']}", title.title(), text[:400]


def tag_record(tags: object) -> dict[str, object]:
    """The story's tags as plain data (every field of every tag)."""
    return dataclasses.asdict(tags)  # type: ignore[call-overload]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--synthetic", type=int, default=3_000)
    args = parser.parse_args()
    tagger = default_tagger()
    digest = hashlib.sha256()
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for label, title, text in stories(args.synthetic):
            language = detect_language(title, text)
            for given in (language, None):
                line = json.dumps({"story": label, "language": given,
                                   "tags": tag_record(tagger.tag(title, text, given))},
                                  ensure_ascii=False, sort_keys=True) + "\n"
                out.write(line)
                digest.update(line.encode("utf-8"))
                count += 1
    print(f"{count:,} taggings written to {args.out}; sha256 {digest.hexdigest()}")


if __name__ == "__main__":
    main()
