"""How many discovered unions whose id a matcher change altered find their successor (`bot.matching.renamed_union`).

Run: git archive BASE | tar -x -C /tmp/base; python bench/eval_renamed_unions.py /tmp/base [--show N]
Tags every story of bench/data/*/sample.jsonl with the base tree's tagger (a subprocess with the base on
PYTHONPATH, the stories read from this tree) and with this tree's; for every discovered union ("found:...") the
base gave a story and this tree does not, asks `renamed_union` which of this tree's tags took its place, as
the bot does at start-up for followed discovered unions. Prints how many were mapped, how many had no new
tag at all (the base's tag was no union, or the union is now missed), and how many had new tags none of
which (or more than one of which) names the same union; with --show, N examples of each, to read by hand (none from the held-out batches, read by their totals only).
Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

Dumped = dict[str, list[list]]  # story -> [union_id, name, acronym, country, salience, [evidence texts]]


def dump_tags(stories_root: Path) -> Dumped:
    """Every sample story's union tags by the tagger importable here."""
    from bot.matching import default_tagger

    tagger = default_tagger()
    dumped: Dumped = {}
    for path in sorted((stories_root / "bench" / "data").glob("*/sample.jsonl")):
        for line in path.open(encoding="utf-8"):
            story = json.loads(line)
            tags = tagger.tag(story["title"], story["text"])
            dumped[f"{path.parent.name}/{story['id']}"] = [
                [tag.union_id, tag.name, tag.acronym, tag.country, tag.salience, [item.text for item in tag.evidence]]
                for tag in tags.unions]
    return dumped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", nargs="?", type=Path, help="a tree of the base version (git archive)")
    parser.add_argument("--show", type=int, default=0, help="examples of each outcome")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # the subprocess's side: write the tags here
    args = parser.parse_args()
    if args.dump:  # the base's tagger: its tree is first on the path, this tree only gives the stories
        args.dump.write_text(json.dumps(dump_tags(ROOT), ensure_ascii=False), encoding="utf-8")
        return
    if args.base is None:
        parser.error("give the base tree's path")
    sys.path.insert(0, str(ROOT))
    from bot.matching import Evidence, StoryTags, UnionTag, renamed_union

    base_file = ROOT / ".renamed-base.json"
    try:
        subprocess.run([sys.executable, "-c", "import sys, runpy; sys.argv = sys.argv[1:]; "
                        "runpy.run_path(sys.argv[0], run_name='__main__')", __file__, "--dump", str(base_file)],
                       check=True, cwd=args.base, env={**os.environ, "PYTHONPATH": str(args.base)})
        base: Dumped = json.loads(base_file.read_text(encoding="utf-8"))
    finally:
        base_file.unlink(missing_ok=True)
    head = dump_tags(ROOT)
    outcomes: dict[str, list[tuple[str, str, object]]] = defaultdict(list)
    for story, before in base.items():
        after = head.get(story, [])
        after_ids = {tag[0] for tag in after}
        stored = {tag[0] for tag in before}
        today = StoryTags((), tuple(UnionTag(tag[0], tag[1], tag[2], tag[3], tag[4],
                                             tuple(Evidence(text, 0, len(text), "text") for text in tag[5]))
                                    for tag in after))
        for union_id, name, acronym, country, _, _ in before:
            if not union_id.startswith("found:") or union_id in after_ids:
                continue
            successor = renamed_union(union_id, name, acronym, country, stored, today)
            fresh = [tag[0] for tag in after if tag[0] not in stored]
            kind = "mapped" if successor else "new tags, none taken" if fresh else "no new tag"
            outcomes[kind].append((story, union_id, successor.union_id if successor else fresh))
    changed = sum(len(items) for items in outcomes.values())
    print(f"discovered unions of the base that this tree's tags no longer carry: {changed}")
    for kind in ("mapped", "new tags, none taken", "no new tag"):
        print(f"  {kind}: {len(outcomes[kind])}")
        shown = [example for example in outcomes[kind] if not example[0].startswith("heldout_")]  # totals only there
        for example in shown[:args.show]:
            print(f"    {example}")


if __name__ == "__main__":
    main()
