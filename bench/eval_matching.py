"""The default tagger on the real-news development set (tests/data/realnews), as tables.

    python bench/eval_matching.py [--half tune|check|all] [--errors]
    python bench/eval_matching.py --data bench/data/wide_unions6 [--errors]
    python bench/eval_matching.py --samples [--half check|all]
    python bench/eval_matching.py --probes

Prints, for each half (tune, check and all unless --half picks one), primary-country and union
precision/recall with their counts and same-event consistency: overall, English, non-English and
per language ("labels agree": same-event stories whose tags are the same wherever their labels are).
--errors lists each story's missed and invented countries and unions, for the tune
half only: it refuses the check half and the held-out batches (bench/data/heldout_*), which are
kept for checking, not for tuning.
--data scores another directory of stories in the same format (a wide sample of pages outside the
set), all of it in one table, and --errors then lists all of its stories' errors.
--samples prints one table with rows for the tune half (overall, English, non-English), one per directory
of bench/data and one for all of them together, for comparing two versions of the tagger over every set in
one run; the check half's totals only with --half check or all (printed when a change is measured, not while
it is made).
--probes scores every held-out probe (bench/data/heldout_probe*) together, as one table by language: pages no
rule was fitted to, drawn in many languages, so their totals by language say where the matcher is weakest.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.realnews

from bot.matching import Tagger, default_tagger  # noqa: E402
from tests.realnews import dataset_counts, load_realnews, score  # noqa: E402

BENCH_DATA = Path(__file__).resolve().parent / "data"

HEADER = (f"{'group':<12}{'stories':>8} | {'country P':>9}{'R':>7}{'F1':>7}{'found/inv/miss':>16} | "
          f"{'union P':>8}{'R':>7}{'F1':>7}{'found/inv/miss':>16} | {'events ok':>10}{'labels agree':>13}")


def _rate(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _row(label: str, summary: dict, width: int = 12) -> str:
    countries, unions, events = summary["countries"], summary["unions"], summary["events"]
    country_counts = f"{countries['found']}/{countries['invented']}/{countries['missed']}"
    union_counts = f"{unions['found']}/{unions['invented']}/{unions['missed']}"
    return (f"{label:<{width}}{summary['stories']:>8} | {_rate(countries['precision']):>9}{_rate(countries['recall']):>7}"
            f"{_rate(countries['f1']):>7}{country_counts:>16} | {_rate(unions['precision']):>8}"
            f"{_rate(unions['recall']):>7}{_rate(unions['f1']):>7}{union_counts:>16} | "
            f"{events['consistent']:>4}/{events['events']:<5}{events['consistent_where_labels_agree']:>8}/{events['events']:<4}")


def print_table(title: str, result: dict) -> None:
    """One table: overall, English, non-English, then each language."""
    print(f"\n{title}")
    print(HEADER)
    print("-" * len(HEADER))
    print(_row("overall", result["overall"]))
    print(_row("English", result["english"]))
    print(_row("non-English", result["non_english"]))
    for lang, summary in result["languages"].items():
        print(_row(f"  {lang}", summary))
    overall = result["overall"]
    print(f"stories whose primary countries are exactly the labelled ones: "
          f"{overall['stories_with_exact_countries']}/{overall['stories']}; "
          f"passing mentions made primary: {overall['mentioned_as_primary']}")


def print_samples(tagger: Tagger, with_check: bool) -> None:
    """Rows for the tune half (and the check half's totals `with_check`), one per outside sample in bench/data
    and one for all of the outside samples together."""
    print(HEADER.replace("group       ", f"{'set':<24}"))
    print("-" * (len(HEADER) + 12))
    for half in ("tune", "check") if with_check else ("tune",):
        result = score(load_realnews(half), tagger)
        for group in ("overall", "english", "non_english"):
            print(_row(f"{half}, {group.replace('_', '-')}", result[group], width=24))
    outside: list[dict] = []
    for directory in sorted(path for path in BENCH_DATA.iterdir() if path.is_dir()):
        sample = load_realnews(directory=directory)
        outside.extend(sample)
        print(_row(directory.name, score(sample, tagger)["overall"], width=24))
    print(_row("all outside samples", score(outside, tagger)["overall"], width=24))


def print_errors(result: dict, with_half: bool = True) -> None:
    """Each story with something missed or invented; `with_half`: with the half of the development set it is in
    (an outside sample has no halves: its ids only hash like theirs)."""
    for story in result["stories"]:
        lines = [f"{label}: {', '.join(items)}" for label, items in (
            ("missed countries", story["missed_countries"]), ("invented countries", story["invented_countries"]),
            ("missed unions", story["missed_unions"]), ("invented unions", story["invented_unions"])) if items]
        if lines:
            print(f"{story['id']} ({story['half']})" if with_half else story["id"])
            for line in lines:
                print(f"    {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tune", "check", "all"),
                        help="score only this half (default: tune, check and all, one table each)")
    parser.add_argument("--errors", action="store_true",
                        help="list each story's missed and invented tags (the tune half, or --data's sample; "
                             "never the check half or a held-out batch)")
    parser.add_argument("--data", type=Path,
                        help="score this directory of *.jsonl stories instead, whole (no halves)")
    parser.add_argument("--samples", action="store_true",
                        help="one table: the tune half, each outside sample in bench/data and all of them "
                             "(the check half's totals too with --half check or all)")
    parser.add_argument("--probes", action="store_true",
                        help="one table by language over every held-out probe (bench/data/heldout_probe*) together")
    args = parser.parse_args()
    if args.errors and args.probes:
        parser.error("--errors lists the tune half or an outside sample only, never the held-out probes")
    if args.errors and (args.half in ("check", "all") or (args.data is not None and args.data.name.startswith("heldout_"))):
        parser.error("--errors lists the tune half or an outside sample only: the check half and the held-out "
                     "batches (bench/data/heldout_*) are read by their totals alone, so that no rule is fitted to them")

    tagger = default_tagger()
    if args.samples:
        print_samples(tagger, with_check=args.half in ("check", "all"))
        return
    if args.probes:
        probes = sorted(BENCH_DATA.glob("heldout_probe*"))
        print_table(f"every held-out probe ({len(probes)} batches)",
                    score([story for probe in probes for story in load_realnews(directory=probe)], tagger))
        return
    if args.data is not None:
        result = score(load_realnews(directory=args.data), tagger)
        print_table(f"stories of {args.data}", result)
        if args.errors:
            print_errors(result, with_half=False)
        return
    stories = load_realnews()
    counts = dataset_counts(stories)
    print(f"real-news set: {counts['stories']} stories, {counts['languages']} languages, "
          f"{counts['countries']} primary countries, {counts['unions']} distinct unions, {counts['events']} events")
    halves = ("tune", "check", "all") if args.half is None else (args.half,)
    for half in halves:
        print_table(f"half: {half}", score(load_realnews(None if half == "all" else half), tagger))
    if args.errors:
        error_half = args.half or "tune"
        print(f"\nerrors, half: {error_half}")
        print_errors(score(load_realnews(None if error_half == "all" else error_half), tagger))


if __name__ == "__main__":
    main()
