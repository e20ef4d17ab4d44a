"""How far two labellers agree on the check half, and how the tagger scores against each.

    python bench/eval_label_agreement.py [--relabel bench/agreement/check-non-english-relabel22.jsonl]

The relabelling (one JSON object a line: id, countries, also_mentioned, unions, note) was made by labellers who
saw only each story's title and text, LABELING.md and bench/data/README.md's conventions, never the labels nor
the tagger's output. Unions agree as `tests.realnews.score` matches them (a label's name, acronym or directory
record's names, folded), each label paired once; countries are the primary ones. Prints totals only: the
labellers' agreement as F1 (the original labels taken as gold), then the tagger against either set of labels.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.realnews

from bot.matching import UnionDirectory, default_tagger  # noqa: E402
from bot.matching.normalize import fold  # noqa: E402
from tests.realnews import Tally, gold_union_forms, load_realnews, score  # noqa: E402

RELABEL = Path(__file__).resolve().parent / "agreement" / "check-non-english-relabel22.jsonl"


def label_names(label: str, directory: UnionDirectory) -> set[str]:
    """The folded forms a union label goes by: its own, and its directory record's names when it has one."""
    forms = gold_union_forms(label)
    for form in forms:
        record = directory.get(directory.id_for_name(form) or "")
        if record is not None:
            return forms | {fold(name) for name in record.all_names} - {""}
    return forms


def union_agreement(gold: list[str], other: list[str], directory: UnionDirectory, tally: Tally) -> None:
    """Adds one story's union labels to `tally`: found when both label a union, else missed or invented."""
    other_names = [label_names(label, directory) for label in other]
    paired: set[int] = set()
    for label in gold:
        forms = label_names(label, directory)
        hit = next((index for index, names in enumerate(other_names) if index not in paired and names & forms), None)
        if hit is None:
            tally.missed += 1
        else:
            tally.found += 1
            paired.add(hit)
    tally.invented += len(other) - len(paired)


def _line(name: str, tally: Tally) -> str:
    return (f"{name}: F1 {tally.f1:.3f}, P {tally.precision:.3f}, R {tally.recall:.3f} "
            f"(found/invented/missed {tally.found}/{tally.invented}/{tally.missed})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relabel", type=Path, default=RELABEL, help="the independent labels (JSON lines)")
    args = parser.parse_args()
    relabels = [json.loads(line) for line in args.relabel.read_text(encoding="utf-8").splitlines() if line.strip()]
    original = {story["id"]: story for story in load_realnews(half="check")}
    tagger = default_tagger()
    unions, countries = Tally(), Tally()
    for relabel in relabels:
        story = original[relabel["id"]]
        union_agreement(story["unions"], relabel["unions"], tagger.unions, unions)
        gold, other = set(story["countries"]), set(relabel["countries"])
        countries.found += len(gold & other)
        countries.missed += len(gold - other)
        countries.invented += len(other - gold)
    print(f"{len(relabels)} stories of the check half labelled twice")
    print(_line("labellers, unions", unions))
    print(_line("labellers, primary countries", countries))
    stories = [original[relabel["id"]] for relabel in relabels]
    relabelled = [dict(original[relabel["id"]], countries=relabel["countries"], unions=relabel["unions"],
                       also_mentioned=[code for code in relabel["also_mentioned"] if code not in relabel["countries"]])
                  for relabel in relabels]
    for name, labelled in (("the original labels", stories), ("the relabelling", relabelled)):
        overall = score(labelled, tagger)["overall"]
        print(_line(f"tagger against {name}, unions", Tally(**{key: overall["unions"][key]
                                                              for key in ("found", "invented", "missed")})))


if __name__ == "__main__":
    main()
