"""The real-news development set: it loads, every record is valid, it holds no seed text, the split is fair.

Quality targets for the tagger on this set belong in tests/test_matching_eval.py, not here.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bot.matching import CountryTag, StoryTags, UnionDirectory, UnionTag
from bot.matching.normalize import fold
from tests.conftest import ROOT, SEED_DIR
from tests.realnews import (
    FIELDS,
    REALNEWS_DIR,
    RealNewsError,
    dataset_counts,
    gold_union_forms,
    half_of,
    load_realnews,
    score,
)

SHARED_SEED_DIR = ROOT.parent / "shared" / "seeds"
README = REALNEWS_DIR / "README.md"
WINDOW = 60  # characters of folded text: a longer shared run means a copied passage


@pytest.fixture(scope="module")
def stories() -> list[dict]:
    return load_realnews()


@pytest.fixture(scope="module")
def english(stories: list[dict]) -> list[dict]:
    return [story for story in stories if story["lang"] == "en"]


def _good_record(**changes: object) -> dict:
    record = {"id": "en-900", "lang": "en", "source_url": "https://example.org/a", "title": "T", "text": "Text.",
              "countries": ["PK"], "also_mentioned": ["CA"], "unions": ["National Trade Union Federation (NTUF)"],
              "event": None, "notes": "n"}
    record.update(changes)
    return record


def _write(directory: Path, *records: dict | str) -> None:
    lines = [record if isinstance(record, str) else json.dumps(record) for record in records]
    (directory / "set.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_english_file_has_at_least_110_stories(english: list[dict]) -> None:
    assert len(english) >= 110, len(english)
    assert all(story["id"].startswith("en-") for story in english)


@pytest.mark.parametrize("change, message", [
    ({"countries": ["PK", "XX"]}, "not ISO 3166-1 alpha-2"),
    ({"countries": ["pk"]}, "not ISO 3166-1 alpha-2"),
    ({"also_mentioned": ["PK"]}, "both primary and only mentioned"),
    ({"unions": "NTUF"}, "unions must be a list"),
    ({"source_url": "ftp://example.org"}, "not an http(s) address"),
    ({"id": "001"}, "must look like 'en-001'"),
    ({"event": ""}, "event must be null"),
    ({"event": "strike"}, "one event's slug"),
    ({"event": "strike threat"}, "one event's slug"),
])
def test_a_bad_record_is_rejected_with_its_file_and_line(tmp_path: Path, change: dict, message: str) -> None:
    _write(tmp_path, _good_record(id="en-901"), _good_record(**change))
    with pytest.raises(RealNewsError, match=rf"^set\.jsonl:2: .*{re.escape(message)}"):
        load_realnews(directory=tmp_path)


def test_missing_or_extra_keys_and_bad_json_are_rejected(tmp_path: Path) -> None:
    record = _good_record()
    del record["notes"]
    _write(tmp_path, {**record, "note": "x"})
    with pytest.raises(RealNewsError, match=r"set\.jsonl:1: keys must be exactly .*'notes'.*'note'"):
        load_realnews(directory=tmp_path)
    _write(tmp_path, _good_record(), "{not json")
    with pytest.raises(RealNewsError, match=r"set\.jsonl:2: not valid JSON"):
        load_realnews(directory=tmp_path)


def test_an_id_used_twice_is_rejected(tmp_path: Path) -> None:
    _write(tmp_path, _good_record(), _good_record())
    with pytest.raises(RealNewsError, match=r"set\.jsonl:2: id 'en-900' already used at set\.jsonl:1"):
        load_realnews(directory=tmp_path)


def test_kosovo_is_accepted_and_a_good_file_loads(tmp_path: Path) -> None:
    _write(tmp_path, _good_record(countries=["XK"], also_mentioned=[]))
    assert [story["countries"] for story in load_realnews(directory=tmp_path)] == [["XK"]]


def test_every_record_has_the_fields_in_order(stories: list[dict]) -> None:
    assert all(tuple(story) == FIELDS for story in stories)


def test_every_story_has_a_source_address_and_an_excerpt_not_a_page(stories: list[dict]) -> None:
    for story in stories:
        assert urlsplit(story["source_url"]).netloc, story["id"]
        assert 100 <= len(story["text"]) <= 3000, (story["id"], len(story["text"]))


def _folded_seed_text() -> str:
    texts = [path.read_text("utf-8") for directory in (SEED_DIR, SHARED_SEED_DIR) if directory.is_dir()
             for path in sorted(directory.glob("*.txt"))]
    assert texts, "no seed documents found"
    return " \n ".join(fold(text) for text in texts)


def test_no_seed_story_text_is_in_the_set(stories: list[dict]) -> None:
    seeds = _folded_seed_text()
    copied = []
    for story in stories:
        text = fold(story["text"])
        windows = (text[start:start + WINDOW] for start in range(0, max(1, len(text) - WINDOW + 1), WINDOW // 2))
        if any(window in seeds for window in windows):
            copied.append(story["id"])
    assert copied == []


def test_the_split_is_about_half_and_half(stories: list[dict]) -> None:
    tune = load_realnews("tune")
    check = load_realnews("check")
    assert len(tune) + len(check) == len(stories)
    assert {story["id"] for story in tune}.isdisjoint(story["id"] for story in check)
    assert 0.4 <= len(tune) / len(stories) <= 0.6, (len(tune), len(check))


def test_the_split_is_fixed_by_the_id() -> None:
    assert [half_of(story_id) for story_id in ("en-001", "en-002", "en-003", "en-004")] == \
        ["check", "check", "check", "tune"]
    with pytest.raises(ValueError, match="half must be one of tune, check"):
        load_realnews("train")


def test_same_event_stories_share_their_labels_and_come_from_two_sites_or_more(english: list[dict]) -> None:
    by_event: dict[str, list[dict]] = defaultdict(list)
    for story in english:
        if story["event"] is not None:
            by_event[story["event"]].append(story)
    assert all(len(group) >= 2 for group in by_event.values()), {e: len(g) for e, g in by_event.items()}
    assert len(by_event) >= 5
    for event, group in by_event.items():
        assert len({tuple(sorted(story["countries"])) for story in group}) == 1, event
        assert len({tuple(sorted(map(fold, story["unions"]))) for story in group}) == 1, event
        assert len({urlsplit(story["source_url"]).netloc for story in group}) >= 2, event


def test_the_english_set_is_spread_over_the_world(english: list[dict]) -> None:
    counts = dataset_counts(english)
    assert counts["countries"] >= 30
    assert counts["unions"] >= 100
    assert counts["stories_without_unions"] >= 3
    assert sum(len(story["countries"]) >= 5 for story in english) >= 2  # indexes and lists of countries
    assert sum(bool(story["also_mentioned"]) for story in english) >= 15  # owners, home bases, datelines


def test_the_readme_reports_the_english_counts(english: list[dict]) -> None:
    counts = dataset_counts(english)
    readme = README.read_text("utf-8")
    expected = (f"{counts['stories']} stories", f"{counts['countries']} primary countries",
                f"{counts['unions']} distinct unions", f"{counts['events']} same-event groups")
    assert all(phrase in readme for phrase in expected), expected
    assert "## Non-English stories (intl.jsonl)" in readme


def test_gold_union_forms_are_name_and_acronym_folded() -> None:
    assert gold_union_forms("Confederation of Progressive Trade Unions of Turkey (DİSK)") == {
        "confederation of progressive trade unions of turkey disk", "confederation of progressive trade unions of turkey",
        "disk"}
    assert gold_union_forms("UNITE HERE") == {"unite here"}


class _FixedTagger:
    """Gives each story the tags listed for its title: stands in for the tagger to check the arithmetic."""

    def __init__(self, tags: dict[str, StoryTags], unions: UnionDirectory) -> None:
        self._tags = tags
        self.unions = unions

    def tag(self, title: str | None, text: str) -> StoryTags:
        return self._tags[title or ""]


def _country(code: str, salience: str = "primary") -> CountryTag:
    return CountryTag(code=code, name=code, salience=salience, evidence=())  # type: ignore[arg-type]


def _union(union_id: str, name: str, acronym: str | None = None) -> UnionTag:
    return UnionTag(union_id=union_id, name=name, acronym=acronym, country=None, salience="primary", evidence=())


def test_score_counts_countries_unions_and_events_per_language() -> None:
    directory = UnionDirectory.from_records([
        {"id": "disk", "name": "Confederation of Progressive Trade Unions of Turkey", "acronyms": ["DİSK"],
         "aliases": ["Devrimci İşçi Sendikaları Konfederasyonu"]},
    ])
    stories = [
        _good_record(id="en-901", title="a", countries=["TR"], also_mentioned=["DE"], event="tr-strike-1",
                     unions=["Devrimci İşçi Sendikaları Konfederasyonu", "Birleşik Metal-İş"]),
        _good_record(id="en-902", title="b", countries=["TR"], also_mentioned=[], event="tr-strike-1",
                     unions=["Devrimci İşçi Sendikaları Konfederasyonu", "Birleşik Metal-İş"]),
        _good_record(id="tr-001", lang="tr", title="c", countries=["TR", "GR"], also_mentioned=[], unions=[]),
    ]
    tagger = _FixedTagger({
        # DİSK found through its directory alias; Birleşik missed; "ver.di" (no record) invented; DE made primary.
        "a": StoryTags((_country("TR"), _country("DE")), (_union("disk", "DİSK"), _union("verdi", "ver.di"))),
        "b": StoryTags((_country("TR"), _country("DE", "mentioned")), (_union("disk", "DİSK"),)),
        "c": StoryTags((_country("TR"),), ()),
    }, directory)
    result = score(stories, tagger)
    overall = result["overall"]
    assert overall["stories"] == 3
    assert (overall["countries"]["found"], overall["countries"]["invented"], overall["countries"]["missed"]) == (3, 1, 1)
    assert overall["countries"]["precision"] == pytest.approx(0.75)
    assert overall["countries"]["recall"] == pytest.approx(0.75)
    assert (overall["unions"]["found"], overall["unions"]["invented"], overall["unions"]["missed"]) == (2, 1, 2)
    assert overall["unions"]["f1"] == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert overall["mentioned_as_primary"] == 1
    assert overall["stories_with_exact_countries"] == 1  # only "b"
    assert overall["events"] == {"events": 1, "consistent": 0, "consistency": 0.0, "consistent_where_labels_agree": 0}
    assert result["english"]["stories"] == 2 and result["non_english"]["stories"] == 1
    assert set(result["languages"]) == {"en", "tr"}
    assert result["languages"]["tr"]["countries"]["missed"] == 1
    assert result["languages"]["tr"]["unions"]["precision"] is None
    first = result["stories"][0]
    assert first["invented_countries"] == ["DE"] and first["missed_unions"] == ["Birleşik Metal-İş"]
    assert first["invented_unions"] == ["ver.di [verdi]"]


def test_event_consistency_where_labels_agree_lets_each_report_name_its_own_unions() -> None:
    directory = UnionDirectory.from_records([{"id": "disk", "name": "DİSK"}])
    stories = [
        _good_record(id="en-903", title="x", countries=["TR"], also_mentioned=[], event="tr-strike-2",
                     unions=["DİSK", "Birleşik Metal-İş"]),
        _good_record(id="en-904", title="y", countries=["TR"], also_mentioned=[], event="tr-strike-2", unions=["DİSK"]),
        _good_record(id="en-905", title="z", countries=["TR"], also_mentioned=[], event="e3", unions=["DİSK"]),
        _good_record(id="en-906", title="w", countries=["TR"], also_mentioned=[], event="e3", unions=["DİSK"]),
    ]
    birlesik = _union("found:TR:birlesik-metal-is", "Birleşik Metal-İş")
    tagger = _FixedTagger({
        "x": StoryTags((_country("TR"),), (_union("disk", "DİSK"), birlesik)),
        "y": StoryTags((_country("TR"),), (_union("disk", "DİSK"),)),
        # Birleşik is labelled in neither story of e3: tagged in one only, the reports disagree.
        "z": StoryTags((_country("TR"),), (_union("disk", "DİSK"), birlesik)),
        "w": StoryTags((_country("TR"),), (_union("disk", "DİSK"),)),
    }, directory)
    events = score(stories, tagger)["overall"]["events"]
    assert events["events"] == 2 and events["consistent"] == 0
    assert events["consistent_where_labels_agree"] == 1
