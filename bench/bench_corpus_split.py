"""Corpus splitter time on long documents: one story of N paragraphs whose headline-like subheadings
all talk about the same people and places, so the splitter weighs (and rejects) a split at each one.

Run: python bench/bench_corpus_split.py [--paragraphs 2000 12000] [--baseline PATH/TO/old_corpus.py]
`--baseline` times another copy of bot/ingest/corpus.py (e.g. `git show REV:bot/ingest/corpus.py`)
on the same documents, side by side. Prints seconds per document; asserts only that both agree.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

SUBHEADING = "Union Leaders Meet Port Workers In Baku"
PARAGRAPH = (
    "The dock workers of Baku met again on Monday with Azerbaijan's port authority and the Caspian "
    "Shipping Company, said Elnur Mammadov of the Oil Workers' Rights Protection Organization. "
    "Talks with SOCAR and the ministry continued while the International Transport Workers' Federation "
    "watched, and the Solidarity Center sent observers to the meeting in Baku."
)


def document(paragraphs: int) -> str:
    """A document of `paragraphs` paragraphs: a subheading before every other one."""
    blocks = [SUBHEADING if number % 2 else PARAGRAPH for number in range(paragraphs)]
    return "\n\n".join(blocks)


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"corpus_{abs(hash(path))}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, nargs="+", default=[2_000, 12_000])
    parser.add_argument("--baseline", type=Path, help="another corpus.py to time on the same documents")
    args = parser.parse_args()
    from bot.ingest import corpus

    modules = [("current", corpus)] + ([("baseline", load(args.baseline))] if args.baseline else [])
    for count in args.paragraphs:
        text = document(count)
        results = []
        for name, module in modules:
            started = time.perf_counter()
            stories = module.split_document(text)
            elapsed = time.perf_counter() - started
            results.append([(story.title, story.text) for story in stories])
            print(f"{count:>7,} paragraphs ({len(text) / 1e6:.2f} MB)  {name:<8} {elapsed:8.3f} s  {len(stories)} stories")
        assert all(result == results[0] for result in results), "the splitters disagree"


if __name__ == "__main__":
    main()
