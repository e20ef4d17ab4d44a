"""The real-news development set (tests/data/realnews/*.jsonl): loader, tune/check split and scorer.

Each file holds labelled excerpts of real labour news, one JSON object a line (see the README beside
the data). `load_realnews` reads and validates every file; `score` runs a tagger over stories and
measures it the way tests/test_matching_eval.py measures the seed stories, so the numbers mean the
same thing: primary countries against `countries`, unions found when a predicted union's name,
acronym or any directory name matches a gold union's name or acronym after folding.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pycountry

from bot.matching import StoryTags, UnionDirectory
from bot.matching.normalize import fold

REALNEWS_DIR = Path(__file__).resolve().parent / "data" / "realnews"
FIELDS = ("id", "lang", "source_url", "title", "text", "countries", "also_mentioned", "unions", "event", "notes")
HALVES = ("tune", "check")
# ISO 3166-1 user-assigned code in common use that pycountry does not list (LABELING.md: Kosovo is XK).
EXTRA_COUNTRY_CODES = frozenset({"XK"})

_ID = re.compile(r"[a-z]{2,3}-\d{3,}")
_LANG = re.compile(r"[a-z]{2,3}")
# an event's slug names one event ("ca-bc-ports-strike-2023-07"), not a kind of event ("strike")
_EVENT = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
_BRACKETED = re.compile(r"(.*?)\s*\((.*)\)\s*")


class RealNewsError(ValueError):
    """A record of the development set is malformed; the message names the file and line."""


class StoryTagger(Protocol):
    """What `score` needs of a tagger (bot.matching.Tagger has both)."""

    unions: UnionDirectory

    def tag(self, title: str | None, text: str) -> StoryTags: ...


def half_of(story_id: str) -> str:
    """"tune" or "check": the fixed half a story belongs to, from a hash of its id."""
    return "tune" if int(hashlib.sha256(story_id.encode()).hexdigest(), 16) % 2 == 0 else "check"


def _is_country_code(code: object) -> bool:
    return isinstance(code, str) and (code in EXTRA_COUNTRY_CODES
                                      or (len(code) == 2 and code.isupper()
                                          and pycountry.countries.get(alpha_2=code) is not None))


def _problem(record: object) -> str | None:
    """What is wrong with one parsed record, or None."""
    if not isinstance(record, dict):
        return "not a JSON object"
    missing = [key for key in FIELDS if key not in record]
    extra = [key for key in record if key not in FIELDS]
    if missing or extra:
        return f"keys must be exactly {', '.join(FIELDS)} (missing: {missing}, unexpected: {extra})"
    for key in ("id", "lang", "source_url", "title", "text", "notes"):
        if not isinstance(record[key], str) or not record[key].strip():
            return f"{key} must be a non-empty string"
    if not _ID.fullmatch(record["id"]):
        return f"id {record['id']!r} must look like 'en-001'"
    if not _LANG.fullmatch(record["lang"]):
        return f"lang {record['lang']!r} must be an ISO 639 code like 'en'"
    if not record["source_url"].startswith(("http://", "https://")):
        return f"source_url {record['source_url']!r} is not an http(s) address"
    for key in ("countries", "also_mentioned", "unions"):
        value = record[key]
        if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
            return f"{key} must be a list of non-empty strings"
        if len(set(value)) != len(value):
            return f"{key} lists an entry twice"
    for key in ("countries", "also_mentioned"):
        bad = [code for code in record[key] if not _is_country_code(code)]
        if bad:
            return f"{key} has codes that are not ISO 3166-1 alpha-2: {bad}"
    both = set(record["countries"]) & set(record["also_mentioned"])
    if both:
        return f"{sorted(both)} are both primary and only mentioned"
    if record["event"] is not None and (not isinstance(record["event"], str) or not _EVENT.fullmatch(record["event"])):
        return "event must be null or one event's slug, lower-case words joined by hyphens ('ca-ports-strike-2023')"
    return None


def load_realnews(half: str | None = None, directory: Path = REALNEWS_DIR) -> list[dict]:
    """Every story of every `*.jsonl` file in `directory`, validated; only one half when `half` is given.

    Raises RealNewsError naming the file and line of the first bad record (bad JSON, wrong keys, an
    unknown country code, a repeated id).
    """
    if half not in (None, *HALVES):
        raise ValueError(f"half must be one of {', '.join(HALVES)} or None, not {half!r}")
    stories: list[dict] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise RealNewsError(f"{where}: not valid JSON ({error.msg})") from None
            problem = _problem(record)
            if problem:
                raise RealNewsError(f"{where}: {problem}")
            if record["id"] in seen:
                raise RealNewsError(f"{where}: id {record['id']!r} already used at {seen[record['id']]}")
            seen[record["id"]] = where
            stories.append(record)
    return [story for story in stories if half is None or half_of(story["id"]) == half]


def gold_union_forms(gold: str) -> set[str]:
    """"Name (ACR)" counts as found by its name or its acronym, folded."""
    forms = {fold(gold)}
    bracketed = _BRACKETED.fullmatch(gold)
    if bracketed:
        forms |= {fold(bracketed.group(1)), fold(bracketed.group(2))}
    return forms - {""}


def _predicted_union_names(tags: StoryTags, directory: UnionDirectory) -> dict[str, set[str]]:
    """Folded names of each predicted union: its directory record's names, else the tag's own."""
    names: dict[str, set[str]] = {}
    for tag in tags.unions:
        record = directory.get(tag.union_id)
        candidates = record.all_names if record is not None else (tag.name, tag.acronym or "")
        names[tag.union_id] = {fold(name) for name in candidates} - {""}
    return names


@dataclass
class Tally:
    """True positives, false positives and false negatives of one kind of tag."""

    found: int = 0
    invented: int = 0
    missed: int = 0

    @property
    def precision(self) -> float | None:
        return self.found / (self.found + self.invented) if self.found + self.invented else None

    @property
    def recall(self) -> float | None:
        return self.found / (self.found + self.missed) if self.found + self.missed else None

    @property
    def f1(self) -> float | None:
        precision, recall = self.precision, self.recall
        if precision is None or recall is None or precision + recall == 0:
            return None
        return 2 * precision * recall / (precision + recall)

    def as_dict(self) -> dict[str, float | int | None]:
        return {"found": self.found, "invented": self.invented, "missed": self.missed,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


def _story_result(story: dict, tags: StoryTags, directory: UnionDirectory) -> dict:
    """One story's primary countries and unions against its labels."""
    primary = {tag.code for tag in tags.countries if tag.salience == "primary"}
    gold_countries = set(story["countries"])
    predicted = _predicted_union_names(tags, directory)
    matched: set[str] = set()
    missed_unions: list[str] = []
    found_unions = 0
    for gold in story["unions"]:
        forms = gold_union_forms(gold)
        hits = [union_id for union_id, names in predicted.items() if names & forms]
        if hits:
            found_unions += 1
            matched.add(hits[0])
        else:
            missed_unions.append(gold)
    invented_ids = sorted(set(predicted) - matched)
    names_by_id = {tag.union_id: tag.name for tag in tags.unions}
    return {
        "id": story["id"], "lang": story["lang"], "half": half_of(story["id"]), "event": story["event"],
        "primary_countries": sorted(primary),
        "missed_countries": sorted(gold_countries - primary),
        "invented_countries": sorted(primary - gold_countries),
        "mentioned_as_primary": sorted(primary & set(story["also_mentioned"])),
        "countries_found": len(primary & gold_countries),
        "unions_found": found_unions,
        "union_ids": sorted(predicted),
        "union_names": predicted,
        "gold_union_forms": [gold_union_forms(gold) for gold in story["unions"]],
        "union_ids_by_gold": sorted(matched),
        "missed_unions": missed_unions,
        "invented_unions": [f"{names_by_id[union_id]} [{union_id}]" for union_id in invented_ids],
    }


def _tags_labels_agree_on(result: dict, group: list[dict]) -> tuple[str, ...]:
    """A story's union ids less those found for a union that another story of its event does not label
    (two reports of one strike may name different unions; each should get its own right)."""
    own = set(result["union_ids_by_gold"])
    return tuple(union_id for union_id in result["union_ids"] if union_id not in own or all(
        any(forms & result["union_names"][union_id] for forms in other["gold_union_forms"]) for other in group))


def _summary(results: list[dict]) -> dict:
    """Counts and rates over some story results."""
    countries, unions = Tally(), Tally()
    for result in results:
        countries.found += result["countries_found"]
        countries.invented += len(result["invented_countries"])
        countries.missed += len(result["missed_countries"])
        unions.found += result["unions_found"]
        unions.invented += len(result["invented_unions"])
        unions.missed += len(result["missed_unions"])
    by_event: dict[str, list[dict]] = defaultdict(list)
    for result in results:
        if result["event"] is not None:
            by_event[result["event"]].append(result)
    events = [group for group in by_event.values() if len(group) > 1]
    consistent = sum(len({(tuple(r["primary_countries"]), tuple(r["union_ids"])) for r in group}) == 1
                     for group in events)
    consistent_where_labels_agree = sum(len({(tuple(r["primary_countries"]), _tags_labels_agree_on(r, group))
                                             for r in group}) == 1 for group in events)
    return {
        "stories": len(results),
        "countries": countries.as_dict(),
        "unions": unions.as_dict(),
        "mentioned_as_primary": sum(len(result["mentioned_as_primary"]) for result in results),
        "stories_with_exact_countries": sum(not result["missed_countries"] and not result["invented_countries"]
                                            for result in results),
        "events": {"events": len(events), "consistent": consistent,
                   "consistency": consistent / len(events) if events else None,
                   "consistent_where_labels_agree": consistent_where_labels_agree},
    }


def score(stories: Iterable[dict], tagger: StoryTagger) -> dict:
    """Tag every story and score it, overall, for English, for all other languages and per language.

    Returns {"overall", "english", "non_english": summary, "languages": {lang: summary},
    "stories": [per-story result]}. A summary holds the story count; "countries" and "unions" with
    found / invented / missed counts and precision, recall and F1 (None when undefined);
    "mentioned_as_primary" (labelled passing mentions the tagger made primary);
    "stories_with_exact_countries" (primary countries exactly the labelled ones, so that the many-country
    index stories do not hide how most stories fare); and "events": of the
    events with two or more stories here, how many got identical primary countries and unions in
    every story ("consistent"), and how many did where the labels agree ("consistent_where_labels_agree":
    a union that one story's labels name and another's do not may be tagged in the one only). A
    per-story result lists the missed and invented countries and unions.
    """
    results = [_story_result(story, tagger.tag(story["title"], story["text"]), tagger.unions)
               for story in stories]
    languages = sorted({result["lang"] for result in results})
    return {
        "overall": _summary(results),
        "english": _summary([result for result in results if result["lang"] == "en"]),
        "non_english": _summary([result for result in results if result["lang"] != "en"]),
        "languages": {lang: _summary([result for result in results if result["lang"] == lang])
                      for lang in languages},
        "stories": results,
    }


def dataset_counts(stories: Iterable[dict]) -> dict[str, int]:
    """Stories, languages, primary countries and distinct gold unions (by folded name) in a set."""
    stories = list(stories)
    return {
        "stories": len(stories),
        "languages": len({story["lang"] for story in stories}),
        "countries": len({code for story in stories for code in story["countries"]}),
        "countries_with_mentions": len({code for story in stories
                                        for code in story["countries"] + story["also_mentioned"]}),
        "unions": len({fold(union) for story in stories for union in story["unions"]}),
        "events": len({story["event"] for story in stories if story["event"] is not None}),
        "stories_without_unions": sum(not story["unions"] for story in stories),
    }
