"""Instructions the tagger spends on a fixed set of stories, counted by callgrind, or its Python calls by cProfile.

Run (instructions; one set at a time):
    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no \
        --toggle-collect=functools_reduce --callgrind-out-file=OUT python bench/count_instructions.py bench|pages
The driver builds the tagger, warms it up on other stories (the 200 bench stories after the measured ones; the
second page of each wide sample), writes its pid to `--ready` (default /tmp/count_instructions.pid) and spins until
the file `<ready>.go` exists; meanwhile the caller switches instrumentation on (`callgrind_control -i on PID`) and
creates that file. Only the tagging itself, run inside one `functools.reduce` call, is collected (the toggle), so
the spin and the exit are not counted. The process ends by os._exit (no teardown). `bench/count_instructions.sh`
does all of this and prints the totals.

Sets: "bench" = the first 150 `synthetic_stories` of bench/bench_tagger.py with their detected language; "pages"
= the first page of each bench/data/wide_* sample (path order; never heldout_*), with its detected language.

`--profile N` instead runs cProfile over the first N bench stories (after a warm-up on the 200 after them), or over
the pages (any N > 0; warm-up on the second pages), and prints the functions by cumulative time (for ranking rule
families); no valgrind needed.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import json
import os
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_tagger import synthetic_stories  # noqa: E402
from bot.matching import default_tagger, detect_language  # noqa: E402

BENCH_MEASURED = 150
BENCH_WARM_UP = 200
Story = tuple[str | None, str, str | None]  # (title, text, language)


def bench_sets() -> tuple[list[Story], list[Story]]:
    """(measured, warm-up) bench stories with their detected language."""
    stories: list[Story] = [(title, text, detect_language(title, text))
                             for title, text in synthetic_stories(BENCH_MEASURED + BENCH_WARM_UP)]
    return stories[:BENCH_MEASURED], stories[BENCH_MEASURED:]


def page_sets() -> tuple[list[Story], list[Story]]:
    """(first page, second page) of every wide_* sample, path order, with their detected language."""
    first: list[Story] = []
    second: list[Story] = []
    for sample in sorted((ROOT / "bench" / "data").glob("wide_*/sample.jsonl")):
        pages = [json.loads(line) for line in sample.read_text("utf-8").splitlines() if line.strip()]
        for page, into in zip(pages[:2], (first, second), strict=False):
            title, text = page.get("title"), page["text"]
            into.append((title, text, detect_language(title, text)))
    return first, second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", choices=("bench", "pages"))
    parser.add_argument("--ready", type=Path, default=Path("/tmp/count_instructions.pid"))
    parser.add_argument("--profile", type=int, default=0, help="cProfile this many bench stories instead")
    parser.add_argument("--top", type=int, default=80)
    args = parser.parse_args()

    tagger = default_tagger()
    measured, warm_up = bench_sets() if args.set == "bench" else page_sets()
    if args.profile:
        if args.set == "bench":
            stories: list[Story] = [(title, text, detect_language(title, text))
                                     for title, text in synthetic_stories(args.profile + BENCH_WARM_UP)]
            measured, warm_up = stories[:args.profile], stories[args.profile:]
        for title, text, language in warm_up:
            tagger.tag(title, text, language)
        profile = cProfile.Profile()
        profile.enable()
        for title, text, language in measured:
            tagger.tag(title, text, language)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(args.top)
        return

    for title, text, language in warm_up:
        tagger.tag(title, text, language)
    go = args.ready.with_name(args.ready.name + ".go")
    go.unlink(missing_ok=True)
    args.ready.write_text(str(os.getpid()))
    while not go.exists():  # the caller switches instrumentation on, then creates `go`
        pass

    def tag_one(count: int, story: Story) -> int:
        tagger.tag(*story)
        return count + 1

    tagged = functools.reduce(tag_one, measured, 0)  # the only call collected (--toggle-collect=functools_reduce)
    print(f"{args.set}: {tagged} stories tagged", flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
