"""The tagger against the hand-labelled seed stories (shared/eval/seed_stories.jsonl)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.ingest.corpus import split_document
from bot.matching import StoryTags, UnionDirectory, UnionTag, default_tagger
from bot.matching.normalize import fold
from tests.conftest import SEED_DIR, load_eval_stories
from tests.realnews import REALNEWS_DIR, gold_union_forms, load_realnews, score


def _load_labelled_stories() -> list[tuple[dict, str | None, str]]:
    """Each labelled story with its title and text, split from the bundled copy of its seed document."""
    stories = []
    for label in load_eval_stories():
        story = split_document((SEED_DIR / label["file"]).read_text("utf-8"))[label["index"]]
        stories.append((label, story.title, story.text))
    return stories


def _tag_names(tag: UnionTag, directory: UnionDirectory) -> set[str]:
    """Folded names a union tag answers to: the directory record's, or a discovered union's own."""
    record = directory.get(tag.union_id)
    names = record.all_names if record is not None else (tag.name, *([tag.acronym] if tag.acronym else []))
    return {fold(name) for name in names}


@pytest.fixture(scope="module")
def tagged() -> list[tuple[dict, StoryTags]]:
    tagger = default_tagger()
    return [(label, tagger.tag(title, text)) for label, title, text in _load_labelled_stories()]


def test_primary_countries_meet_recall_and_precision_targets(tagged: list[tuple[dict, StoryTags]]) -> None:
    true_positives = false_positives = false_negatives = 0
    for label, tags in tagged:
        primary = {tag.code for tag in tags.countries if tag.salience == "primary"}
        gold = set(label["countries"])
        true_positives += len(primary & gold)
        false_positives += len(primary - gold)
        false_negatives += len(gold - primary)
    recall = true_positives / (true_positives + false_negatives)
    precision = true_positives / (true_positives + false_positives)
    assert recall >= 0.97, f"primary-country recall {recall:.3f}"
    assert precision >= 0.95, f"primary-country precision {precision:.3f}"


def test_every_story_finds_all_its_primary_countries(tagged: list[tuple[dict, StoryTags]]) -> None:
    for label, tags in tagged:
        primary = {tag.code for tag in tags.countries if tag.salience == "primary"}
        assert set(label["countries"]) <= primary, (label["file"], label["index"])


def test_passing_mentions_are_never_primary(tagged: list[tuple[dict, StoryTags]]) -> None:
    for label, tags in tagged:
        primary = {tag.code for tag in tags.countries if tag.salience == "primary"}
        assert not primary & set(label["also_mentioned"]), (label["file"], label["index"])


def test_global_conference_story_has_no_primary_country(tagged: list[tuple[dict, StoryTags]]) -> None:
    conference = [tags for label, tags in tagged if label["file"].startswith("003") and label["index"] == 3]
    assert [tag for tag in conference[0].countries if tag.salience == "primary"] == []


def test_unions_meet_f1_target(tagged: list[tuple[dict, StoryTags]]) -> None:
    directory = default_tagger().unions
    found = missing = invented = 0
    for label, tags in tagged:
        tagged_names = {tag.union_id: _tag_names(tag, directory) for tag in tags.unions}
        matched: set[str] = set()
        for gold in label["unions"]:
            hits = [union_id for union_id, names in tagged_names.items() if names & gold_union_forms(gold)]
            if hits:
                found += 1
                matched.add(hits[0])
            else:
                missing += 1
        invented += len(set(tagged_names) - matched)
    precision = found / (found + invented)
    recall = found / (found + missing)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.90, f"union precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}"


def test_stories_without_unions_get_none(tagged: list[tuple[dict, StoryTags]]) -> None:
    for label, tags in tagged:
        if not label["unions"]:
            assert tags.unions == (), (label["file"], label["index"], tags.unions)


# -- the real-news development set (tests/data/realnews) ----------------------------------------
# Floors a little under the figures measured when they were set (BENCHMARKS.md, "Matching on real
# news"), so that a regression fails; the issue's targets for unions (F1 >= 0.90 on the checking
# half, overall and for non-English stories) and for non-English countries are not reached yet and
# are not asserted. Lowered on 2026-11-30 where 97 added non-English stories (issue 9, item 8)
# made the measured level lower, with the tagger unchanged: tune overall countries P 0.970
# (255/263) R 0.970, unions P 0.940 R 0.897 F1 0.918; tune non-English countries P 0.959 R 0.947,
# unions F1 0.873; check overall unions P 0.882 R 0.824 F1 0.852; check non-English unions F1 0.813.
REALNEWS_FLOORS = {
    # (half, group): {(kind, measure): floor}; the country floors are at or above the target (0.95)
    ("tune", "overall"): {("countries", "precision"): 0.97, ("countries", "recall"): 0.97,
                          ("unions", "precision"): 0.97, ("unions", "recall"): 0.94, ("unions", "f1"): 0.96},
    ("tune", "non_english"): {("countries", "precision"): 0.95, ("countries", "recall"): 0.95,
                              ("unions", "f1"): 0.94},
    ("check", "overall"): {("countries", "precision"): 0.97, ("countries", "recall"): 0.95,
                           ("unions", "precision"): 0.89, ("unions", "recall"): 0.87, ("unions", "f1"): 0.88},
    ("check", "english"): {("countries", "precision"): 0.98, ("countries", "recall"): 0.96,
                           ("unions", "f1"): 0.90},
    ("check", "non_english"): {("countries", "precision"): 0.95, ("countries", "recall"): 0.95,
                               ("unions", "f1"): 0.87},
}


@pytest.fixture(scope="module")
def realnews_scores() -> dict[str, dict]:
    tagger = default_tagger()
    return {half: score(load_realnews(half), tagger) for half in ("tune", "check")}


@pytest.mark.parametrize("half, group", sorted(REALNEWS_FLOORS))
def test_real_news_scores_stay_above_their_floors(realnews_scores: dict[str, dict], half: str, group: str) -> None:
    summary = realnews_scores[half][group]
    below = {f"{kind} {measure}": round(summary[kind][measure] or 0.0, 3)
             for (kind, measure), floor in REALNEWS_FLOORS[(half, group)].items()
             if (summary[kind][measure] or 0.0) < floor}
    assert not below, f"{half} half, {group}: below the floor: {below}"


BENCH_DATA = REALNEWS_DIR.parent.parent.parent / "bench" / "data"
# The outside samples of union pages (bench/eval_matching.py --data) and the languages each must hold
# at least 8 pages of.
WIDE_UNION_SAMPLES = {"wide_unions6": ("bn", "hi", "ja", "ko"), "wide_unions7a": ("bn", "hi", "id", "ja", "ko"),
                      "wide_cjk31": ("ja", "ko", "zh"), "wide_cjk32": ("ja", "ko", "zh"),
                      "wide_unions7b": ("en", "es", "pt", "sv"), "wide_unions8a": ("bn", "en", "id", "ja", "ko"),
                      "wide_unions8b": ("en", "es", "fr", "pt", "sv"), "wide_events8": ("en", "fr"),
                      "wide_asia9": ("bn", "id", "ja", "ko"), "wide_english9": ("en",),
                      "wide_north9": ("sv", "nb", "fi", "tr", "ar"), "wide_latin9": ("es", "fr", "pt"),
                      "wide_north11": ("sv", "nb", "da", "fi", "de", "nl", "pl"), "wide_es11": ("es",),
                      "wide_east11": ("en", "id", "ja", "ko"), "wide_south11": ("bn", "en", "hi", "ur"),
                      "wide_english11": ("en",), "wide_pt11": ("fr", "it", "pt"), "wide_nordic12": ("sv", "nb", "da"),
                      "wide_cyr12": ("id", "ru", "uk"), "wide_kojp12": ("ja", "ko"), "wide_es12": ("es",),
                      "wide_bn12": ("ar", "bn", "ur"), "wide_romance12": ("fr", "it", "pt"),
                      "wide_rare17": ("ms", "pl", "tl", "tr"), "wide_arabic17": ("ar",), "wide_german17": ("de", "nl"),
                      "wide_es17": ("es",), "wide_cyr17": ("ru", "uk"), "wide_english17": ("en",),
                      "wide_kojp17": ("ja", "ko"), "wide_bn17": ("bn",), "wide_fr17": ("fr",), "wide_sv17": ("sv",),
                      "wide_ur18": ("hi", "ur"), "wide_ru18": ("ru",), "wide_ja18": ("ja",),
                      "wide_smallrom18": ("es", "fr", "pt"), "wide_fr18": ("fr",), "wide_hi18": ("hi",),
                      "wide_pt19": ("pt",), "wide_bn19": ("bn",), "wide_ko19": ("ko",),
                      "wide_nordic19": ("sv", "nb", "da", "fi"), "wide_jaar19": ("ar", "ja"), "wide_es19": ("es",),
                      "wide_fr19": ("fr",), "wide_ur19": ("hi", "ur"), "wide_it19": ("it",), "wide_ar19": ("ar",),
                      "wide_ja19": ("ja",), "wide_en19": ("en",), "wide_ko19b": ("ko",), "wide_id19": ("id", "ms"),
                      "wide_tr19": ("tr",), "wide_cee19": ("pl", "ro", "cs", "bg", "hu"), "wide_de19": ("de",),
                      "wide_zh19": ("zh",), "wide_ne19": ("ne",), "wide_enam19": ("en",), "wide_ru19": ("ru", "uk"),
                      "wide_el19": ("el",), "wide_nl19": ("nl",), "wide_th19": ("th",), "wide_fa19": ("fa",),
                      "wide_bn20": ("bn",), "wide_jaar20": ("ja", "ar"), "wide_ko20": ("ko",),
                      "wide_es20": ("es",), "wide_ptfr20": ("pt", "fr"), "wide_ru20": ("ru",), "wide_hiur20": ("hi", "ur"),
                      "wide_es20b": ("es",), "wide_fr20": ("fr",), "wide_ko20c": ("ko",),
                      "wide_pl20": ("pl",), "wide_tl20": ("tl",),
                      "wide_artr31": ("ar", "fa", "he", "tr"), "wide_en31": ("en",), "wide_frit31": ("fr", "it"),
                      "wide_es32": ("es",), "wide_nordic32": ("sv", "nb", "da", "fi", "nl", "de"),
                      "wide_nordic34": ("sv", "nb", "da", "fi", "nl", "de"),
                      "wide_fr32": ("fr", "it"),
                      "wide_fr34": ("fr", "it"),
                      "wide_frb35": ("fr", "it"),
                      "wide_pt32": ("pt",),
                      "wide_sa32": ("bn", "hi", "ur"), "wide_esb32": ("es",), "wide_en32": ("en",),
                      "wide_es34": ("es",), "wide_mix34": ("pt", "pl", "tr", "id", "tl"), "wide_bn34": ("bn", "hi", "ne", "ur"), "wide_ko34": ("ko", "ja"), "wide_ar34": ("ar", "ru", "uk", "el", "he", "fa"), "wide_events34": ("en", "es", "fr"),
                      "wide_de35": ("de", "pl", "tr", "cs", "hu", "ro"),
                      "wide_sea35": ("id", "ms", "tl", "th", "vi"),
                      "wide_esb35": ("es", "pt"), "wide_en35": ("en",),
                      "wide_cyr36": ("ru", "uk", "bg", "mk"),
                      "wide_sa36": ("bn", "hi", "ur", "en", "ta"),
                      "wide_latam36": ("es", "pt"),
                      "wide_asia36": ("ja", "ko", "zh", "th"),
                      "wide_events36": ("en", "es"),
                      "wide_events37": ("en", "fr"),
                      "wide_events38": ("en", "de", "es", "fr"),
                      "wide_afr36": ("en", "fr", "pt")}
# wide_unions6 and wide_places4 were drawn in the same session and share two pages (ja-607 = ja-903,
# ko-602 = ko-902), labelled in each; every later sample is drawn outside all of them.
DRAWN_TOGETHER = {"wide_unions6": {"wide_places4"}}


def _pages_found_elsewhere(name: str) -> list[str]:
    """Ids of the outside sample `name`'s pages whose address is also in the real-news set or in another
    sample (except one drawn together with it)."""
    elsewhere = {story["source_url"].rstrip("/") for story in load_realnews()} | {
        story["source_url"].rstrip("/") for directory in BENCH_DATA.iterdir()
        if directory.name not in {name, *DRAWN_TOGETHER.get(name, ())} and (directory / "sample.jsonl").exists()
        for story in load_realnews(directory=directory)}
    return [story["id"] for story in load_realnews(directory=BENCH_DATA / name)
            if story["source_url"].rstrip("/") in elsewhere]


@pytest.mark.parametrize("name", sorted(WIDE_UNION_SAMPLES))
def test_each_wide_sample_is_valid_and_outside_the_set_and_every_other_sample(name: str) -> None:
    sample = load_realnews(directory=BENCH_DATA / name)
    assert len(sample) >= 60
    assert not _pages_found_elsewhere(name)
    assert min(sum(story["lang"] == lang for story in sample) for lang in WIDE_UNION_SAMPLES[name]) >= 8


# Floors of outside samples (union F1; primary-country F1 where a sample was drawn for places), a little under
# what main reaches on 2026-12-01 after the merges of asia9, en9, events9, north9 and latin9 (bench/eval_matching.py
# --data): each was 0.01-0.07 lower on main 679bf8c before them. wide_unions6, 7a and 8a raised after branch south16
# (0.952, 0.927, 0.905).
WIDE_SAMPLE_FLOORS: dict[str, dict[tuple[str, str], float]] = {
    "heldout_places4": {("unions", "f1"): 0.87, ("countries", "f1"): 0.97},
    "heldout_latinx": {("unions", "f1"): 0.84},
    "wide_asia9": {("unions", "f1"): 0.90}, "wide_english9": {("unions", "f1"): 0.92},
    "wide_events8": {("unions", "f1"): 0.95}, "wide_events9": {("unions", "f1"): 0.96},
    "wide_latin9": {("unions", "f1"): 0.93, ("countries", "f1"): 0.97}, "wide_north9": {("unions", "f1"): 0.92},
    # wide_unions6: 0.952 with branch south16, 0.948 once romance16's KSPSI rule met it (its id-605/607 labels leave
    # KSPSI out of "SP KEP SPSI" names, as 2 of the 15 such pages in the samples do): a label convention, not a miss
    "wide_places4": {("unions", "f1"): 0.95, ("countries", "f1"): 0.98}, "wide_unions6": {("unions", "f1"): 0.945},
    "wide_unions7a": {("unions", "f1"): 0.92}, "wide_unions7b": {("unions", "f1"): 0.96},
    "wide_unions8a": {("unions", "f1"): 0.90}, "wide_unions8b": {("unions", "f1"): 0.90},
    "wide_east11": {("unions", "f1"): 0.92, ("countries", "f1"): 0.99},
    # wide_kojp12 raised from 0.89 after branch kojp17 (0.908); wide_kojp17: main 0.855, branch kojp17 0.908
    "wide_kojp12": {("unions", "f1"): 0.90, ("countries", "f1"): 0.99},
    "wide_kojp17": {("unions", "f1"): 0.90, ("countries", "f1"): 0.99},
    # wide_ja18: main 0.782, branch ja18 0.875 (union F1); primary countries 0.985
    "wide_ja18": {("unions", "f1"): 0.86, ("countries", "f1"): 0.98},
    # wide_hi18: main 0.667, branch hi18 0.778 (union F1); primary countries 1.0
    "wide_hi18": {("unions", "f1"): 0.76, ("countries", "f1"): 0.99},
    # wide_ko19: main 0.880, branch ko19 0.919 (union F1); primary countries 0.994
    "wide_ko19": {("unions", "f1"): 0.91, ("countries", "f1"): 0.99},
    # wide_ko19b: main 0.747, branch ko19b 0.898 (union F1); primary countries 0.957 on both; branch prec20b 0.919
    "wide_ko19b": {("unions", "f1"): 0.91, ("countries", "f1"): 0.94},
    # wide_fr19: main 0.802, branch fr19 0.942 (union F1; most of the gain is its own directory rows); primary
    # countries main 0.916, branch 0.964
    "wide_fr19": {("unions", "f1"): 0.93, ("countries", "f1"): 0.95},
    # drawn and labelled after branch scriptx's changes, to check them on pages in non-Latin scripts
    "heldout_scriptx": {("unions", "f1"): 0.77},
    # drawn after branch precx's precision fixes, to check them (main and the branch: union F1 0.863)
    "heldout_precx": {("unions", "f1"): 0.87, ("countries", "f1"): 0.89},
    # Swedish, Norwegian, Danish and Finnish pages of branch nordic19 (union F1: main 0.897, branch nordic19 0.980)
    "wide_nordic19": {("unions", "f1"): 0.97},
    # same-event reports drawn after branch events10's changes, to check them (main and the branch: 0.932)
    "heldout_events10": {("unions", "f1"): 0.93},
    # same-event reports drawn by branch events16 (no matching change; main and the branch: 0.914)
    "heldout_events16": {("unions", "f1"): 0.91},
    # drawn after branch english10's fix (bare numbered locals), to check it (main 0.873, the branch 0.889)
    "heldout_english10": {("unions", "f1"): 0.88, ("countries", "f1"): 0.91},
    # Nordic, German, Dutch and Polish pages of branch north11 (main 0.892, the branch 0.961)
    "wide_north11": {("unions", "f1"): 0.95},
    # German and Dutch pages of branch german17 (main 0.782, the branch 0.944 with its directory records)
    "wide_german17": {("unions", "f1"): 0.93},
    # drawn after branch north11's fixes, to check them (main 0.884, the branch 0.907)
    "heldout_north11": {("unions", "f1"): 0.90},
    # Spanish pages of many countries drawn for branch es11 (main 0.820, the branch 0.894; branch es16 0.938)
    "wide_es11": {("unions", "f1"): 0.92, ("countries", "f1"): 0.95},
    # Spanish pages drawn after branch es11's fixes, to check them (main 0.848, the branch 0.860; 0.848 after
    # branch cross11's trade-only rule, which drops "Sindicato de Estibadores", labelled here as a judgement call,
    # as other samples' labels drop "Sindicato dos Metalúrgicos" with nothing saying which)
    "heldout_es11": {("unions", "f1"): 0.84, ("countries", "f1"): 0.92},
    # Spanish pages of Central America, the Caribbean, the Andes, Paraguay, Uruguay and Spain's regions, teachers'
    # and health unions and seccionales, drawn for branch es12 (main 0.844 unions, 0.830 countries; the branch 0.896,
    # 0.872; branch es16 0.906, 0.902; countries 0.932 after branch places17)
    "wide_es12": {("unions", "f1"): 0.90, ("countries", "f1"): 0.92},
    # Spanish pages of national press, health/transport/mining/farm/platform strikes and union sites, drawn for
    # branch es17 (main 0.895 unions, 0.903 countries; the branch 0.923, 0.910)
    "wide_es17": {("unions", "f1"): 0.91, ("countries", "f1"): 0.90},
    # es/pt/fr/it pages of countries the samples draw least (Haiti, Chad, Cabo Verde, Guinea-Bissau, San Marino,
    # Ticino, Nicaragua, Venezuela ...), drawn and labelled by branch probe17a to measure the day's changes, no
    # matching change (main c832010: unions 0.747, countries 0.955; the session's start 290f685: 0.738, 0.901)
    "heldout_probe17a": {("unions", "f1"): 0.74, ("countries", "f1"): 0.94},
    # drawn after branch es12's fixes, to check them (main and the branch: unions 0.811, countries 0.898)
    "heldout_es12": {("unions", "f1"): 0.81, ("countries", "f1"): 0.89},
    # drawn after branch east11's fixes, to check them (main and the branch: 0.869)
    "heldout_east11": {("unions", "f1"): 0.86},
    # Russian, Ukrainian and Indonesian pages drawn for branch cyr12 (main 0.620, the branch 0.847; 0.927 after
    # branch cyr17)
    "wide_cyr12": {("unions", "f1"): 0.92, ("countries", "f1"): 0.95},
    # drawn after branch cyr12's fixes, to check them (main 0.813, the branch 0.835; 0.911 after branch cyr17)
    "heldout_cyr12": {("unions", "f1"): 0.90, ("countries", "f1"): 0.92},
    # Russian, Ukrainian and Belarusian pages (Russia, Ukraine, Belarus, Kazakhstan, Kyrgyzstan) drawn for branch
    # cyr17 (main: unions 0.435, countries 0.915; the branch 0.903, 0.965; unions 0.942 after branch ru18)
    "wide_cyr17": {("unions", "f1"): 0.92, ("countries", "f1"): 0.95},
    # Russian-language pages (FNPR branch unions, seafarers, couriers, miners; Moldova, Armenia, Georgia, Azerbaijan,
    # Central Asia) drawn for branch ru18 (main: unions 0.470, countries 0.892; the branch 0.884, 0.903)
    "wide_ru18": {("unions", "f1"): 0.86, ("countries", "f1"): 0.88},
    # Russian and Ukrainian pages (Kazakhstan, Kyrgyzstan, Belarus, Moscow, Ukraine, Georgia, Moldova, Azerbaijan)
    # drawn for branch ru19 (main: unions 0.727, countries 0.955; the branch 0.844, 0.963)
    "wide_ru19": {("unions", "f1"): 0.83, ("countries", "f1"): 0.95},
    # Russian pages naming places by their adjectives, FNPR regional federations, FPB's bodies (main 0.563 and 0.870,
    # branch ru20 0.902 and 0.976)
    "wide_ru20": {("unions", "f1"): 0.89, ("countries", "f1"): 0.97},
    "heldout_kojp12": {("unions", "f1"): 0.87},
    # Korean and Japanese pages drawn after branch asia16's fixes, to check them (main 0.839, the branch 0.860)
    "heldout_asia16": {("unions", "f1"): 0.83},
    # South Asian pages drawn for branch south11 (main 0.720, the branch 0.833; 0.849 after branch south16)
    "wide_south11": {("unions", "f1"): 0.84},
    # drawn after branch south11's changes, to check them (main and the branch: 0.763)
    "heldout_south11": {("unions", "f1"): 0.75},
    # English pages from Africa, North America, the UK and Ireland, Oceania and the global union federations
    # (main 0.886, branch english11 0.913)
    "wide_english11": {("unions", "f1"): 0.91, ("countries", "f1"): 0.93},
    # drawn after branch english11's fixes, to check them (main and the branch: union F1 0.824)
    "heldout_english11": {("unions", "f1"): 0.82, ("countries", "f1"): 0.95},
    # English pages of Africa, Asia-Pacific, the Caribbean and Canada drawn for branch english17 (main 0.898 unions,
    # 0.979 countries; the branch 0.934, 0.979)
    "wide_english17": {("unions", "f1"): 0.93, ("countries", "f1"): 0.97},
    # Portuguese, French and Italian pages drawn for branch pt11 (main 0.886 unions, 0.944 countries; the branch
    # 0.938, 0.988)
    "wide_pt11": {("unions", "f1"): 0.93, ("countries", "f1"): 0.98},
    # drawn after branch pt11's changes, to check them (main and the branch: unions 0.854, countries 0.923)
    "heldout_pt11": {("unions", "f1"): 0.85, ("countries", "f1"): 0.92},
    # drawn after branch cross11's fixes (kinds recurring across samples), to check them (main 7a921c2 0.761, main
    # after this session's merges 0.791; two pages pt11 drew too were dropped)
    "heldout_cross11": {("unions", "f1"): 0.78},
    # Swedish, Norwegian and Danish pages drawn for branch nordic12 (main 0.903, the branch 0.982)
    "wide_nordic12": {("unions", "f1"): 0.97},
    # drawn after branch nordic12's fixes, to check them (main 0.901, the branch 0.909)
    "heldout_nordic12": {("unions", "f1"): 0.90},
    # drawn after branch cross12's fixes (acronyms backed beside unions named for sure), to check them (main and
    # the branch: unions 0.795, countries 0.966)
    "heldout_cross12": {("unions", "f1"): 0.79, ("countries", "f1"): 0.96},
    # Bangla, Arabic and Urdu pages drawn for branch bn12 (main 0.697, the branch 0.869; 0.954 after branch south16)
    "wide_bn12": {("unions", "f1"): 0.95},
    # drawn after branch bn12's changes, to check them (main 0.667, the branch 0.720)
    "heldout_bn12": {("unions", "f1"): 0.71},
    # Portuguese, French and Italian pages drawn for branch romance12 (main 0.859 unions, 0.975 countries; the
    # branch 0.923, 0.992)
    "wide_romance12": {("unions", "f1"): 0.92, ("countries", "f1"): 0.99},
    # drawn after branch romance12's fixes, to check them (main 0.890, the branch 0.896; countries 0.894 both)
    "heldout_romance12": {("unions", "f1"): 0.89, ("countries", "f1"): 0.89},
    # Bangla, Urdu and Arabic pages drawn after branch south16's changes, to check them (main and the branch: unions
    # 0.611, countries 0.880)
    "heldout_south16": {("unions", "f1"): 0.60, ("countries", "f1"): 0.87},
    # Swedish, Norwegian, Danish and Finnish pages drawn after branch nordic16's fixes, to check them (main and the
    # branch: unions 0.850)
    "heldout_nordic16": {("unions", "f1"): 0.83},
    # drawn after branch es16's fixes, to check them (main and the branch: unions 0.946; countries main 0.899, the
    # branch 0.914)
    "heldout_es16": {("unions", "f1"): 0.94, ("countries", "f1"): 0.89},
    # French, Italian, Portuguese, Indonesian and Russian pages drawn after branch romance16's fixes, to check them
    # (main 0.833, the branch 0.859; countries 0.963 both)
    "heldout_romance16": {("unions", "f1"): 0.82, ("countries", "f1"): 0.95},
    # Tagalog, Malay, Turkish and Polish pages drawn for branch rare17 (main 0.893 unions, 0.940 countries; the
    # branch 0.950, 0.940)
    "wide_rare17": {("unions", "f1"): 0.94, ("countries", "f1"): 0.93},
    # Arabic pages of the Maghreb, the Mashreq, the Gulf, Sudan, Yemen and Mauritania drawn for branch arabic17
    # (main 0.645 unions, 0.902 countries; the branch 0.908, 0.932)
    "wide_arabic17": {("unions", "f1"): 0.89, ("countries", "f1"): 0.92},
    # Bangla pages of Bangladesh and West Bengal (hawkers, shipbreaking, transport, SKOP, the tea belt) drawn for
    # branch bn17 (main 0.760 unions, 0.949 countries; the branch 0.879, 1.000)
    "wide_bn17": {("unions", "f1"): 0.87, ("countries", "f1"): 0.99},
    # French pages of francophone Africa, the Maghreb, Québec, Belgium and Switzerland drawn for branch fr17 (main
    # 0.782 unions, 0.963 countries; the branch 0.922, 0.978, most of it directory rows for unions these pages name)
    "wide_fr17": {("unions", "f1"): 0.91, ("countries", "f1"): 0.96},
    # French pages of France's federations, UD/UL, regional press, Corsica's STC and the Pays basque's LAB drawn for
    # branch fr18 (main 0.828 unions, 0.879 countries; the branch 0.872, 0.956)
    "wide_fr18": {("unions", "f1"): 0.86, ("countries", "f1"): 0.95},
    # Swedish-language pages of the labour press, regional papers, union branches and Finland's Swedish press
    # drawn for branch sv17 (main 0.891, the branch 0.961)
    "wide_sv17": {("unions", "f1"): 0.95},
    # Urdu pages of Pakistan (WAPDA, railway, teachers, clerks, brick-kiln, mines, CBA referendums) and Hindi pages of
    # Indian central and state unions drawn for branch ur18 (main 0.815 unions, 0.984 countries; the branch 0.887)
    "wide_ur18": {("unions", "f1"): 0.88, ("countries", "f1"): 0.97},
    # Portuguese, French, Spanish and Italian pages of rarely drawn countries (Lusophone Africa and Timor-Leste, Haiti,
    # Chad, Central Africa, Mauritius, Madagascar, Central America and the Caribbean, San Marino, Sardinia, Sicily)
    # drawn for branch smallrom18 (main 0.730 unions, 0.927 countries; the branch 0.903, 0.959, most of it directory
    # rows for the national centres and teachers' unions these pages name)
    "wide_smallrom18": {("unions", "f1"): 0.89, ("countries", "f1"): 0.95},
    # Portuguese pages of Brazil's state and municipal unions, federations and centres, Portugal's centres, post,
    # teachers' and doctors' unions, and Lusophone Africa and Timor-Leste, drawn for branch pt19 (main 0.811 unions,
    # 0.944 countries; the branch 0.927, 0.980, part of it directory rows for unions these pages name)
    "wide_pt19": {("unions", "f1"): 0.91, ("countries", "f1"): 0.96},
    # Spanish pages of Central America, the Caribbean, the Andes, Uruguay, Paraguay and Spain's regional and sectoral
    # unions (CIG, LAB, SAT, IAC/Intersindical-CSC, FeSMC-UGT, CGT, CNT) drawn for branch es19 (main 0.824 unions,
    # 0.896 countries; the branch 0.916, 0.947)
    "wide_es19": {("unions", "f1"): 0.90, ("countries", "f1"): 0.93},
    # English, Swedish, German, Russian/Ukrainian and Indonesian pages drawn after the session's matching changes,
    # to measure how far they carry (main: unions 0.876, countries 0.939; the session's start 290f685: unions 0.841,
    # countries 0.939)
    "heldout_probe17c": {("unions", "f1"): 0.86, ("countries", "f1"): 0.92},
    # Korean, Japanese, Bangla, Arabic and Urdu pages drawn after the day's merges (kojp17, bn17, arabic17 ...) by
    # branch probe17b, which changed no rule, to measure how far they carry (main 0.787 unions, 0.959 countries; the
    # session's start 290f685 0.735, 0.939)
    "heldout_probe17b": {("unions", "f1"): 0.77, ("countries", "f1"): 0.94},
    # en/es/fr/pt/de/it/id/tr/pl/sv pages (Ghana, Zambia, New Zealand, Bolivia, Paraguay, Burkina Faso, Mozambique,
    # Finland ...) drawn and labelled by branch probe18a, which changed no rule, to measure main on unseen pages (main
    # 3ff5a2a: unions 0.880, countries 0.974; the session's start 290f685: 0.846, 0.974)
    "heldout_probe18a": {("unions", "f1"): 0.87, ("countries", "f1"): 0.95},
    # Arabic, Russian, Korean, Japanese, Bangla, Urdu and Hindi pages drawn and labelled by branch probe18b, which
    # changed no rule, to measure main as it stands (main 3ff5a2a 0.878 unions, 0.989 countries; the session's start
    # 290f685 0.794, 0.978)
    "heldout_probe18b": {("unions", "f1"): 0.86, ("countries", "f1"): 0.97},
    # drawn after branch prec19's rule was final (main 02d7964 0.839 unions, 0.941 countries; branch the same)
    "heldout_prec19": {("unions", "f1"): 0.82, ("countries", "f1"): 0.92},
    # zh/th/ja/ko/es/fr pages drawn after branch prec20's rules were final (main 2f7f1a5: unions 0.756, countries
    # 0.808; branch prec20: 0.787, 0.808)
    "heldout_prec20": {("unions", "f1"): 0.75, ("countries", "f1"): 0.80},
    # en/es/pt/fr/it/de/nl/pl/tr/id/fi/da pages of small countries and territories (Malawi, Fiji, Papua New Guinea,
    # Belize, Mongolia, Timor-Leste, Greenland, the Faroes, Panama, Costa Rica, Guinea-Bissau, Benin, Madagascar,
    # Luxembourg, Suriname, northern Cyprus, North Kalimantan ...) drawn and labelled by branch probe19a, which changed
    # no rule (the session's start 02d7964: unions 0.800, countries 0.857; main 7faf061: 0.811, 0.871)
    "heldout_probe19a": {("unions", "f1"): 0.79, ("countries", "f1"): 0.85},
    # Arabic (Sudan, Iraq, Algeria), Russian (Ukraine, Kazakhstan), Greek (Greece, Cyprus), Chinese (Hong Kong,
    # Taiwan, China), Nepali, Thai, Hindi, Urdu, Korean and Japanese pages drawn and labelled by branch probe19b, which
    # changed no rule (main 7faf061: unions 0.713, countries 0.898; the session's start 02d7964: 0.704, 0.898)
    "heldout_probe19b": {("unions", "f1"): 0.70, ("countries", "f1"): 0.88},
    # es/pt/fr/it/de/sv/nb/id/tr/pl pages (Argentina, Chile, Peru, Bolivia, Mexico, Spain, Brazil, Portugal, Senegal,
    # Québec, Belgium, Norway ...) drawn and labelled by branch probe20, which changed no rule (main a4dd29f: unions
    # 0.845, countries 0.938)
    "heldout_probe20a": {("unions", "f1"): 0.83, ("countries", "f1"): 0.92},
    # Korean, Arabic (Tunisia, Egypt, Morocco, Iraq), Bangla (Bangladesh, Kolkata, Siliguri), Japanese, Hindi, Urdu and
    # Russian (Ukraine, Russia) pages drawn and labelled by branch probe20, which changed no rule (main a4dd29f: unions
    # 0.708, countries 0.966)
    "heldout_probe20b": {("unions", "f1"): 0.69, ("countries", "f1"): 0.95},
    # es/pt/fr/it/de/id/tl/tr pages and English from Zimbabwe, Sri Lanka, Fiji, Ghana and the Philippines (Colombia,
    # Honduras, Paraguay, Ecuador, Costa Rica, Bolivia, Uruguay, Angola, Mozambique, Cameroon, Côte d'Ivoire, Tunisia,
    # Madagascar ...) drawn and labelled by branch probe21a, which changed no rule (main 2b3356f: unions 0.842,
    # countries 0.968)
    "heldout_probe21a": {("unions", "f1"): 0.83, ("countries", "f1"): 0.95},
    # Korean, Bangla (Sylhet's tea gardens, Chattogram, Narayanganj), Arabic (Morocco, Jordan, Egypt, Tunisia),
    # Japanese, Russian (Kuzbass, Rostov, Kazakhstan), Urdu, Hindi, Chinese (Hong Kong, Taiwan) and Thai pages drawn and
    # labelled by branch probe21b, which changed no rule (main 2b3356f: unions 0.857, countries 0.967)
    "heldout_probe21b": {("unions", "f1"): 0.84, ("countries", "f1"): 0.95},
    # es/pt/fr/en/id/tl/pl/tr/it/de pages of 35 countries (Panama, Venezuela, São Tomé, Gabon, Guinea, Haiti, Trinidad
    # and Tobago, Eswatini, Nigeria ...) drawn and labelled by branch probe22a before any tagger run (main 4bd2c02:
    # unions 0.865, countries 0.945; after the session's review fixes 0.869)
    "heldout_probe22a": {("unions", "f1"): 0.86, ("countries", "f1"): 0.94},
    # ko/ru/ar/hi/ur/bn/ja/zh/th pages (Korea, India, Pakistan, Bangladesh, Ukraine, Belarus, Kazakhstan, Iraq, Sudan,
    # Mauritania, Bahrain ...) drawn and labelled by branch probe22b before any tagger run (main 4bd2c02: unions 0.697,
    # countries 0.956)
    "heldout_probe22b": {("unions", "f1"): 0.69, ("countries", "f1"): 0.95},
    # Bangla pages of Bangladesh's ports, railways, power board, construction, hawkers and party-affiliated
    # federations, and of Tripura, Assam's Barak valley, the Hooghly's jute mills and Kolkata's taxis, drawn for
    # branch bn19 (main 0.659 unions, 0.905 countries; the branch 0.957, 0.993, most of the unions' gain directory rows
    # for the unions these pages name)
    "wide_bn19": {("unions", "f1"): 0.94, ("countries", "f1"): 0.98},
    # Bangla pages of Bangladesh's transport, tea, hotel, construction, jute and port unions, national centres and
    # party federations, and of West Bengal's and Tripura's CITU, INTUC, AIUTUC, tea, steel and teachers' unions,
    # drawn for branch bn20 (main 0.712 unions, 0.955 countries; the branch 0.915, 0.970)
    "wide_bn20": {("unions", "f1"): 0.91, ("countries", "f1"): 0.96},
    # Japanese (Rengo's prefectural bodies, dockworkers' unions, JCM, Zenrokyo, community unions) and Arabic pages
    # (the UGTT's regional unions and transport federation, Morocco, Algeria, Egypt, Lebanon, Palestine, Iraq, the
    # Gulf) drawn for branch jaar19 (main 0.732 unions, 0.913 countries; the branch 0.904, 0.933)
    "wide_jaar19": {("unions", "f1"): 0.89, ("countries", "f1"): 0.92},
    # Urdu and Hindi pages of Pakistan's employees' associations and alliances (YDA, SPLA, APTA, APCA, AGEGA, BEWGA,
    # PIA's People's Unity) and India's state employees', power, bank and scheme workers' unions, drawn for branch ur19
    # (main 0.547 unions, 0.984 countries; the branch 0.906, 0.984, the gain directory rows)
    "wide_ur19": {("unions", "f1"): 0.90, ("countries", "f1"): 0.97},
    # Turkish pages of DİSK's, Türk-İş's, Hak-İş's, KESK's, Memur-Sen's and Türkiye Kamu-Sen's unions, Bağımsız
    # Maden-İş and the Turkish Cypriot unions (KTAMS, KTÖS, KTOEÖS, KAMUSEN), drawn for branch tr19 (main 0.923 unions,
    # 0.832 countries; the branch 0.950, 0.967, the gain Northern Cyprus's names and directory rows)
    "wide_tr19": {("unions", "f1"): 0.93, ("countries", "f1"): 0.95},
    # Italian pages of CGIL/CISL/UIL category federations, base unions (USB, SI Cobas, CUB, Orsa, Cobas), UGL's
    # federations, provincial chambers and UST, Ticino (OCST, Unia, Syna, SEV) and San Marino, drawn for branch it19
    # (main 0.941 unions, 0.964 countries; the branch 0.978, 0.964, the gain directory rows)
    "wide_it19": {("unions", "f1"): 0.96, ("countries", "f1"): 0.95},
    # Arabic pages of the Mashreq, the Nile valley and the Gulf (ETUF's general unions, Egypt's independent
    # federations and doctors' syndicate, Jordan's electricity union and independent federation, GFIW, Lebanon's
    # teachers' leagues, Syria's GFTU, Sudan's doctors' central committee, Yemen's teachers, Bahrain's airport and
    # Bapco unions, Oman, Mauritania) drawn for branch ar19 (main 0.632 unions, 0.941 countries; the branch 0.933,
    # 0.949, the gain directory rows)
    "wide_ar19": {("unions", "f1"): 0.92, ("countries", "f1"): 0.94},
    "wide_ja19": {("unions", "f1"): 0.93, ("countries", "f1"): 0.92},  # main 0.654 / 0.853, branch ja19 0.945 / 0.930
    # English pages of the Pacific (Fiji, PNG, Samoa, Tonga, Solomon Islands), Uganda, Tanzania, Zimbabwe, Botswana,
    # Namibia, Malawi, Eswatini, Sierra Leone, Jamaica, Trinidad, Guyana, Sri Lanka, Nepal, Cambodia, Malta and Cyprus,
    # drawn for branch en19 (main 0.871 unions, 0.896 countries; the branch 0.923, 0.920, the gain directory rows)
    "wide_en19": {("unions", "f1"): 0.91, ("countries", "f1"): 0.91},
    # Indonesian pages of federations and their company and branch units (SP PLN group, FSPBUN and plantation
    # unions, FSB GARTEKS, SPN, KSN, Sekar Telkom) from Jawa Timur, Jawa Barat, Batam, Sumatra and Sulawesi, and
    # Malay pages of MTUC, CUEPACS, NUBE and NUTP, drawn for branch id19 (main 0.721 unions, 0.959 countries; the
    # branch 0.919, 0.975)
    "wide_id19": {("unions", "f1"): 0.90, ("countries", "f1"): 0.96},
    # main 0.583 unions, 0.840 countries; branch 0.988, 0.838 (countries unchanged: the tagger names a national
    # union's home country on the pages that name no country, which the labels leave out)
    "wide_cee19": {("unions", "f1"): 0.97, ("countries", "f1"): 0.82},
    # main: unions 0.830, countries 0.919; branch de19: unions 0.942, countries 0.953
    "wide_de19": {("unions", "f1"): 0.93, ("countries", "f1"): 0.94},
    # Chinese pages (traditional and simplified) of Hong Kong (HKCTU's dissolution, HKFTU, FLU, PTU, HAEA, aircrew
    # unions), Taiwan (台鐵產業工會, 全教總, 高教工會, 桃園市空服員職業工會, 中華郵政工會), Macau (工聯 and its unions),
    # mainland federations (ACFTU, provincial, city and township 總工會), Singapore's NTUC, Malaysia's MTUC and
    # Chinese reports of the UAW and KCTU, drawn for branch zh19 (main 0.571 unions, 0.868 countries; the branch
    # 0.947, 0.922 with its two Chinese name rules, which invented three unions on heldout_probe19b's four Chinese
    # pages and were left out at the merge: its directory rows alone give 0.809, 0.915; branch prec20 0.911, 0.922
    # with Chinese names started after a glued clause)
    "wide_zh19": {("unions", "f1"): 0.90, ("countries", "f1"): 0.91},
    # Nepali pages of GEFONT, NTUC, ANTUF and smaller centres, transport, tea and teachers' unions, nurses and the
    # minimum wage, and four Nepali pages from Darjeeling and the Dooars, drawn for branch ne19 (main 0.081 unions,
    # 0.927 countries; the branch 0.777, 0.968: Nepali case endings on directory names, Nepali directory rows,
    # Nepali heads, case endings and words in the Devanagari name walk, the tea belt's places in Nepali)
    "wide_ne19": {("unions", "f1"): 0.76, ("countries", "f1"): 0.95},
    # English pages of US locals and councils (UAW, SEIU, Teamsters, AFSCME DC37, UNITE HERE), Canada (CUPE locals,
    # CUPW, OFL, OPSEU, BCGEU), Nigeria (NLC, TUC, ASUU, SSANU/NASU, NUEE), Ghana (GNAT, NAGRAT, CCT, UTAG, TUC),
    # Kenya (KMPDU, KUPPET) and South Africa (Cosatu, Saftu, Fedusa, Numsa, Nehawu, SAMWU), drawn for branch enam19
    # (main 0.916 unions, 1.000 countries; branch: see bench/data/wide_enam19/README.md)
    "wide_enam19": {("unions", "f1"): 0.90, ("countries", "f1"): 0.98},
    # Greek-language pages of Greece (ΓΣΕΕ, ΑΔΕΔΥ, ΠΟΕΔΗΝ, ΠΝΟ, ΔΟΕ, ΟΛΜΕ, labour centres) and Cyprus (ΠΕΟ, ΣΕΚ,
    # ΟΕΛΜΕΚ, ΠΟΕΔ and their sector unions), drawn for branch el19 (main 0.412 unions, 0.698 countries; the branch
    # 0.928, 0.946: Greek directory rows, Greek genitives of directory names, Cyprus's towns and case forms in Greek)
    "wide_el19": {("unions", "f1"): 0.92, ("countries", "f1"): 0.93},
    # Dutch pages of the Netherlands (FNV and its sector unions, CNV, De Unie, AOb, VNV), Flanders (ABVV, ACV, ACLVB,
    # ACOD Spoor), Suriname (Ravaksur, C-47, CLO, BvL/ALS) and Curaçao/Aruba, drawn for branch nl19 (main 0.714
    # unions, 0.835 countries; the branch 0.907, 0.868: Surinamese, Curaçao and Dutch sector-union directory rows)
    "wide_nl19": {("unions", "f1"): 0.89, ("countries", "f1"): 0.85},
    # Thai pages of Thailand's labour press (คสรท., สรส., state-enterprise unions of rail, power and water, factory
    # unions, area union groups, teachers, riders), drawn for branch th19 (main 0.284 unions, 0.983 countries; the
    # branch 0.539, 0.983: Thai directory rows, Thai names cut before a glued predicate; branch prec20 0.652, 0.983:
    # names through "และ" to "แห่งประเทศไทย", an area's group of unions from "กลุ่ม"; branch prec20b 0.687: a head with
    # only a sector after it, "รัฐวิสาหกิจ", names none)
    "wide_th19": {("unions", "f1"): 0.67, ("countries", "f1"): 0.97},
    # Persian pages of Iran (Vahed and Haft Tappeh syndicates, teachers' associations, FUIW, Workers' House) and Dari
    # pages of Afghanistan (NUAWE), drawn for branch fa19 (main: no union found, 0.642 countries; the branch 0.958,
    # 0.879: Iranian and Afghan directory rows, Iran's cities in Persian)
    "wide_fa19": {("unions", "f1"): 0.94, ("countries", "f1"): 0.86},
    # Japanese (Rengo's prefectural bodies, company unions, foreign strikes in Japanese) and Arabic (Morocco, Tunisia,
    # Palestine's teachers, Bahrain, Iraq, Sudan) pages drawn for branch jaar20 (main: 0.808 unions, 0.905 countries;
    # the branch 0.899, 0.905)
    "wide_jaar20": {("unions", "f1"): 0.88, ("countries", "f1"): 0.89},
    # Korean pages on local-government, care, platform, bus, media, railway and FKTU unions and Korean reports of the
    # IAM's and France's strikes, drawn for branch ko20 (main 0.806 unions, 0.965 countries on its first 57 pages;
    # the branch 0.850, 1.000 on 62: IAM and drivers' union directory rows, role words before 노조, a union named
    # with its branch; branch prec20b 0.859: trade words alone before 노조, a trade's short name in a story abroad)
    "wide_ko20": {("unions", "f1"): 0.85, ("countries", "f1"): 0.98},
    # Spanish pages of Central America, the Caribbean, the Andes, Paraguay/Uruguay and Spain's regional unions
    # (STENEE, STISSS, ANEP, ASOPROF, CONMERB, Petroecuador's unions, Dominican drivers' centres, PROSOL-UTIER, USTEA,
    # CIG), drawn for branch es20 (main 0.787 unions, 0.810 countries; the branch 0.922, 0.893: directory rows from
    # the pages, "Pero" and "Rivera" no places; 0.899 at the merge, which left out two rows, see its README)
    "wide_es20": {("unions", "f1"): 0.89, ("countries", "f1"): 0.89},
    # Portuguese pages of Brazil's state unions (Pernambuco's bank workers, Minas metalworkers, municipal servants,
    # private-school teachers), Portugal (STAL, SEP) and Mozambique's professional associations, and French pages
    # of Belgium's rail centrales, Québec's FAE unions and SCFP 301, Switzerland, Senegal, Congo, Guinea, drawn for
    # branch ptfr20 (main 0.774 unions, 0.927 countries; the branch 0.879, 0.927: professions' Portuguese
    # associations and sectors' intersyndicales named no union, French "Guinée", directory rows)
    "wide_ptfr20": {("unions", "f1"): 0.87, ("countries", "f1"): 0.92},
    # Hindi pages of India's rural postal, farm labour, construction, zonal railway, bank and state employees' unions
    # and Urdu pages of Pakistan's journalists (PFUJ), PIA, nurses', teachers' and power-loom unions, drawn for branch
    # hiur20 (main 0.573 unions, 0.985 countries; the branch 0.857, 0.993: directory rows, Hindi "एसोसिएशन" and a
    # state after a Hindi head, more Hindi and Urdu name words)
    "wide_hiur20": {("unions", "f1"): 0.85, ("countries", "f1"): 0.98},
    # Spanish pages of Mexico (SNTE sections, STPRM, SME, STRM, STUNAM, Matamoros's maquila unions, SINTTIA), Argentina
    # (CGT and transport unions, CTERA and provincial teachers' unions, La Bancaria, ATE Neuquén, Luz y Fuerza), Chile,
    # Colombia (FECODE, USO, Sintrainagro) and Spain (CCOO/UGT federations, CSIF, SATSE, STEs), drawn for branch es20b
    # (main 0.805 unions, 0.937 countries; the branch 0.828, 0.937: numbered sections in lower case or capitals)
    "wide_es20b": {("unions", "f1"): 0.82, ("countries", "f1"): 0.93},
    # French pages weighted to France's local and departmental bodies, Liège, Geneva, Sfax, Québec's CSQ, Senegal and
    # Côte d'Ivoire, drawn for branch fr20 (main 0.824 unions, 0.965 countries; the branch the same: its one rule, dash-
    # joined intersyndicale lists, fixed pages of wide_fr18 and wide_ptfr20)
    "wide_fr20": {("unions", "f1"): 0.82, ("countries", "f1"): 0.96},
    # Korean pages on large firms' unions (전삼노, 현대차·한국GM지부, Kakao, Coupang, Homeplus, Samsung's 초기업 노조),
    # public enterprises (전력노조, 발전노조, the NHIS's unions, 철도노조, Seoul Metro's), the media union's KBS and MBC
    # divisions, second-level branches and independent company unions, drawn for branch ko20c (main 0.792 unions,
    # 1.000 countries; the branch 0.908, 1.000: kinds before 노조, a firm before a union's own name, broadcasters'
    # 본부, a 지회 after its 지부, two directory rows)
    "wide_ko20c": {("unions", "f1"): 0.89, ("countries", "f1"): 0.99},
    # Polish pages: Solidarność's regions, secretariats and Komisje, OPZZ's federations, ZNP, FZZ, OZZPiP, the railway
    # drivers, miners' and LOT's unions, company unions (MZZP ArcelorMittal, MZZMiPK), mostly in oblique cases, drawn
    # for branch pl20 (main 0.853 unions, 0.976 countries; the branch 0.922, 0.976: agreeing adjectives before a
    # Polish head, names without their "w Polsce", the FZZMiH row)
    "wide_pl20": {("unions", "f1"): 0.91, ("countries", "f1"): 0.97},
    # Tagalog pages on the Philippines' labour centres (KMU, TUCP, BMP, SENTRO, Nagkaisa!, COURAGE, ACT, TDC, AHW),
    # KMU's OLALIA locals ("Unyon ng mga Panadero sa ..."), company unions in Laguna and jeepney strikes (PISTON,
    # Manibela: no union), drawn for branch tl20 (main 0.722 unions, 0.944 countries; the branch 0.790, 0.960: Tagalog
    # place names, lower-case "sentro", "Inc."/"Corp." inside company unions' names, OLALIA and TDC rows)
    "wide_tl20": {("unions", "f1"): 0.78, ("countries", "f1"): 0.95},
    # Urdu, Bangla, Hindi and Nepali pages from sites the earlier South Asian samples used least (company, port,
    # sports-board and rickshaw unions, APCA, PFUJ, the Jatiya Sramik League's committees, Chhattisgarh's employees'
    # federation, India's power-sector federations, GEFONT, Nepal's transport unions), 42 pages, drawn for branch sa27
    # (main 0.765 unions, 1.000 countries; the branch 0.811, 1.000: the workers' league alone, the AIPEF row)
    "wide_sa27": {("unions", "f1"): 0.80, ("countries", "f1"): 0.99},
    # English-language South Asian press (Bangladesh, Pakistan, India, Nepal, Sri Lanka: transliterated Sramik,
    # Mazdoor, Mahasangh names, WAPDA's unions, Sri Lanka's plantation and teachers' unions, the CTUs' platform) with
    # Bangla (West Bengal's postal and hawkers' unions, BD postal and party federations), Hindi, Nepali and Urdu pages,
    # 60 pages, drawn for branch sa31 (main 0.823 unions, 0.943 countries; the branch 0.899, 0.959: West Bengal places
    # opening Bangla names and as places, a verb before a committee's level, names spaced otherwise, "(CBA)",
    # acronyms spelling words before a directory name, TUCC and Pegham Union names)
    "wide_sa31": {("unions", "f1"): 0.88, ("countries", "f1"): 0.95},
    # Bangla (Bangladesh's railway, jute, bank, port and building workers' unions; West Bengal's, Tripura's and the
    # Dooars'), Hindi (railway zone unions, anganwadi, roadways, bank and teachers' unions, Assam's tea union), Urdu
    # (KMC, PIA, APCA, Balochistan) and a first few Nepali, Tamil and Sinhala pages, 71 pages, drawn for branch sa32
    # (main 0.519 unions, 0.979 countries; the branch 0.740, 1.000: glued শ্রমিকলীগ after a trade, bank and thana
    # names, Urdu "مالی" not Mali, a name before its union's Latin acronym, Tamil and Sinhala names, Malda)
    "wide_sa32": {("unions", "f1"): 0.72, ("countries", "f1"): 0.98},
    # Bangla, Hindi, Urdu, Nepali, English, Tamil and Sinhala pages of South Asia's sectoral and local unions (ASHA and
    # anganwadi, bank, teachers', power, jute, tea, transport, railway, plantation and doctors' unions of India,
    # Pakistan, Bangladesh, Nepal and Sri Lanka), 8 of them for precision, 67 pages drawn for branch sa36 (main 0.849
    # unions, 0.985 countries; the branch 0.898, 0.993: Tamil spelt acronyms, Bangla case endings after spelt ones,
    # "सम्बद्ध" (affiliated) before a name, "and" before a head, Urdu "دلی" not Dili, GMOA's and CBEU's Sinhala names)
    "wide_sa36": {("unions", "f1"): 0.88, ("countries", "f1"): 0.97},
    # English pages from Nigeria, Ghana, Zambia, Pakistan, Kenya, Ireland, Australia, New Zealand, Sri Lanka, Uganda,
    # the Caribbean, Zimbabwe, South Africa and Nepal, 41 pages, drawn for branch en27 (main 0.877 unions, 0.976
    # countries; the branch 0.906, 0.988: directory rows for RAFFWU, HACSU, OCHU, TEEU, the PNA, Trinidad's PSA)
    "wide_en27": {("unions", "f1"): 0.89, ("countries", "f1"): 0.97},
    # Spanish and Portuguese pages of the least-drawn unions (Spain's ELA, LAB, CIG, CSIF, CGT; Chile's Colegio de
    # Profesores, Confusam, ANEF; Argentina's ATE, UOM; Mexico's SNTE sections, CATEM, SINTTIA; Colombia, Bolivia,
    # Uruguay, Cuba, the Dominican Republic; Brazil's centrals and bank unions; Portugal's STAL, UGT, CGTP-IN, Fenprof)
    # and employers' confederations and colegios médicos for precision, 44 pages, drawn for branch es28 (main 0.950
    # unions, 0.921 countries; the branch 0.961, 0.943: rows for FENALTEC and AGREMEDCH, Herrera and Ariana as names)
    "wide_es28": {("unions", "f1"): 0.95, ("countries", "f1"): 0.93},
    # French pages from France's federations and local bodies, Belgium's public services, Québec, Senegal, Côte
    # d'Ivoire, Mali, Niger, DR Congo, Madagascar, the Maghreb, Benin, Guinea, Haiti and Fribourg, with collectives,
    # employers' bodies and parties for precision, 45 pages, drawn for branch fr28 (main 0.899 unions, 0.978
    # countries; the branch 0.929, 0.978: directory rows for FO-Cheminots, SNFOCOS, SIMSP, FEDE, FSPE)
    "wide_fr28": {("unions", "f1"): 0.91, ("countries", "f1"): 0.96},
    # Arabic, Korean and Japanese pages on unions and sites the earlier samples drew least (Egypt's general and
    # independent unions, Iraq's electricity and Basra unions, Tunisia's education federations, Mauritania, Bahrain,
    # Gaza; KCTU and FKTU member unions, counted unions; Rengo's and Zenroren's federations, 全日建 and its Kansai
    # branch, 首都圏青年ユニオン) and employers' bodies (경총, 経団連), 49 pages, drawn for branch arkj28 (main 0.855
    # unions, 0.970 countries; the branch 0.926, 0.970: sector words of general unions, workers' words joined by
    # "and", unions of the workers "in" a workplace, names without their country, merchants' syndicates, counted
    # Korean union words, rows for 全日建, 関西生コン and 埼教組)
    "wide_arkj28": {("unions", "f1"): 0.91, ("countries", "f1"): 0.96},
    # Italian pages on CGIL/CISL/UIL categories, base unions (SI Cobas, Adl Cobas, Cub, USB, Orsa), UGL and Confsal,
    # school unions, Camere del Lavoro and Ticino's unions, with four pages drawn for precision, 54 pages, drawn for
    # branch it28 (main 0.938 unions, 0.964 countries; the branch 0.967, 0.982: "ticinese" and "Ticino" for
    # Switzerland, Italian articulated prepositions and "è" in found names, "FilleaCgil" as two names, UGL Salute and
    # Ticino's SIT rows)
    "wide_it28": {("unions", "f1"): 0.95, ("countries", "f1"): 0.97},
    # Bangla, Urdu, Hindi and Nepali pages on Bangladesh's garment federations and the sramik league's and dal's
    # local units, West Bengal's INTTUC, AIUTUC and tea unions, Pakistan's APFTU, PUWF, WAPDA Hydro, PTV and PIA
    # unions, India's INTUC units, anganwadi, ASHA and hotel unions, GEFONT, ANTUF, NTUC and Nepal's civil servants,
    # with 12 pages drawn for precision (BGMEA, parties' student wings, rural councils called "ইউনিয়ন"), 45 pages,
    # drawn for branch bnur28 (main 0.680 unions, 0.978 countries; the branch 0.800, 0.978: "व" and "اینڈ" as
    # joiners, a district's or province's workers no name, "जिला" before a district's name, four directory rows)
    "wide_bnur28": {("unions", "f1"): 0.79, ("countries", "f1"): 0.97},
    # Polish, Ukrainian, Turkish and German pages from sites the earlier samples drew least (FZZ, OZZPiP, ZZ Kadra,
    # ФПУ's oblast bodies, ППОНУ's oblast organisations, the state-institutions union, five teachers' unions, TEKSİF,
    # NGG, GEW, IG BCE, vida, Unia and Syna; Lewiatan, TİSK, a works council for precision), 46 pages, drawn for
    # branch cee28 (main 0.897 unions, 0.956 countries; the branch 0.971, 0.956: Turkish confederations' names read
    # whole, a union's own capitalised "Профспілка" after a noun, DİSK opening a member's name, rows for ППДУ and
    # the agro-industrial union)
    "wide_cee28": {("unions", "f1"): 0.95, ("countries", "f1"): 0.94},
    # English, Swahili and Portuguese pages from Africa (NUPENG, SSANU, NASU, NAAT, JOHESU, NUEE and the NLC's state
    # councils, GRNMA, GMA and UTAG, KMPDU, KNUT and COTU, ZIMTA, PTUZ and ARTUZ, ZCTU, UNATU, COSATU's public-service
    # unions, SAPU, NUM and AMCU, CWT, TUCTA, TUGHE, SINMEA, OTM-CS and Angola's three centres; NECA, FKE, DTCDA,
    # Anapro and the AMM for precision), 41 pages, drawn for branch afr28 (main 0.892 unions, 1.000 countries; the
    # branch 0.985, 1.000: "Non-" before a name, the workers' plural possessive ending a name, "media" after one,
    # rows for SAPU, SAMATU, GMA, SSAUTHRIAI, CHAKUHAWATA and NAAT's acronym)
    "wide_afr28": {("unions", "f1"): 0.96, ("countries", "f1"): 0.97},
    # Chinese pages on Taiwan's company, occupational and industrial unions (Tainan's union awards, 桃產總, 台灣鐵路工會,
    # 全教總 and 全教產), Hong Kong's HAEA, PTU, HKCTU, FLU and HKFTU affiliates, Macau's 工聯, 天津市总工会, NTUC and its
    # 1970s unions, MTUC, with 10 pages naming no union drawn for precision (工總, doctors' 公會, government, charities, strikes naming
    # no union), 36 pages, drawn for branch zh28 (main 0.747 unions, 0.946 countries; the branch 0.945, 0.946: verbs,
    # 對 and counts of people before 工會 no part of a name, merit words and 另一 as kinds, "X企業企業工會", four rows)
    "wide_zh28": {("unions", "f1"): 0.93, ("countries", "f1"): 0.94},
    # English pages naming union locals, lodges, joint and district councils, city and state labour federations
    # and branches (Teamsters Joint Council 7, DC 37, UFCW and UNITE HERE locals, CUPE locals, the Chicago
    # Federation of Labor, the Victorian Trades Hall Council, UNISON branches, SIPTU district councils; a city
    # council and worker centres for precision), 41 pages, drawn for branch enloc28 (main 0.798 unions, 0.905
    # countries; the branch 0.870, 0.918: rows for central labour bodies and Teamsters joint councils, DC 37's
    # acronym, a bare local after a numbered council owned by the union named before it)
    "wide_enloc28": {("unions", "f1"): 0.86, ("countries", "f1"): 0.90},
    # Tagalog, Thai, Indonesian and Malay pages (teachers' and health workers' unions, company and state-company
    # unions, railway unions; parties, coalitions, cooperatives and employers' bodies for precision), 34 pages,
    # drawn for branch sea28 (main 0.759 unions, 0.957 countries; the branch 0.857, 0.957: Indonesian titles
    # "Sekretaris Jenderal"/"Koordinator" end a name, "Serikat Pekerja (SP)" is no name, rows for ASPEK Indonesia,
    # FSPPB, FSP BUMN Bersatu and RUM)
    "wide_sea28": {("unions", "f1"): 0.82, ("countries", "f1"): 0.94},
    # South-East Asian pages: Indonesian company units and branches of federations (PUK SPAMK/SPAI FSPMI, PTP SBM, DPW
    # FKSPN), company unions (SKSI, SPSP, SP PLN, PPIP), KSPN, KASBI, KSBSI; Malaysia's CUEPACS, NUBE, NUTP, MTUC and
    # "Kesatuan Pekerja2 KTMB"; Philippine company unions with their federation and centre, KMU, BMP, ACT, TDC, FFW;
    # Thai company unions, an employees' council, SERC, the Workers' Union; Vietnam's VGCL bodies and sector unions;
    # CTUM and C.CAWDU in English and Thai; 7 pages naming no union, 59 pages, drawn for branch sea31 (main 0.752 unions,
    # 0.959 countries on 60 pages; the branch 0.93, 0.98: Thai clause words and councils, an Indonesian/Malay name
    # starting at its head, Pekerja2, Tagalog "Nagkakaisang Manggagawa" and "Liga", Vietnamese sector unions, streets named after
    # countries, foreign workers' origin, rows for KSPN, FKSPN, the VGCL's Vietnamese names, ANGLO and NFSW)
    "wide_sea31": {("unions", "f1"): 0.90, ("countries", "f1"): 0.95},
    # South-East Asian pages: Indonesian centres (KSPI, KASBI, KSPSI), FSPMI in four provinces, the state-energy
    # unions (FSPPB, SP PLN, SP PJB, PPIP) with PSI, the ojol drivers' Garda Indonesia; Malaysia's CUEPACS, MTUC, UNI
    # Global, RUM; the Philippines' TUCP, KMU, ACT, FFW; Thai company unions, the Thai Airways union, SERC, the TLSC,
    # the automobile employees' council, IG Metall in Thai; Vietnam's VGCL bodies and sector unions written "CĐ"; 13
    # pages naming no union (PISTON/Manibela, Kadamay, MAPSU, ojol protests), 58 pages, drawn for branch sea32 (main
    # 0.864 unions, 0.983 countries; the branch 0.926, 0.983: a company acronym after "PT.", Thai เพื่อน and ปกป้อง,
    # a foreign union's short name in brackets after its Thai name, Vietnamese "CĐ", rows for Garda Indonesia and the
    # Ho Chi Minh City federation of labour)
    "wide_sea32": {("unions", "f1"): 0.90, ("countries", "f1"): 0.96},
    # branch ru28 (main 0.590 unions, 0.930 countries; the branch 0.806, 0.930: regional federations named after their
    # region, Armenian, Georgian, Romanian and Kazakh case forms, a person after a name's country cut, two rows)
    "wide_ru28": {("unions", "f1"): 0.79, ("countries", "f1"): 0.92},
    # Italian pages on the doctors' and nurses' unions (Anaao Assomed and the medical intersindacale, Nursind, Nursing
    # Up), CGIL/CISL/UIL categories and regional bodies, USB, SI Cobas, Orsa, Faisa-Confail, OCST and Unia, strikes in
    # France, Germany, Britain and Argentina told in Italian, with 7 pages naming no union drawn for precision
    # (Confindustria, Codacons, parties, an Rsu), 56 pages, drawn for branch it29 (main 0.913 unions, 0.957 countries;
    # the branch 0.940, 0.965: "Monaco" for Munich beside Germany, a found "Cgt" taking the union of the story's
    # country, rows for the doctors' unions and Ugl Trasporto Aereo)
    "wide_it29": {("unions", "f1"): 0.93, ("countries", "f1"): 0.95},
    # Spanish pages on Mexico's miners, SME and STRM, Argentina's UOM, Camioneros, SMATA, UOCRA, ATE, La Bancaria and the
    # CTAs, Colombia's FECODE, Sintrainagro, CUT and ANTHOC, Chile's ANEF and FTC, Peru's CGTP, Bolivia's COB, Spain's
    # ELA, LAB, CIG, CGT, SATSE, FSES and CSIF; employers (Coparmex, CEOE), cooperatives' bodies and a Honduran NGO
    # for precision, 40 pages, drawn for branch es29 (main 0.917 unions, 0.919 countries; the branch 0.959, 0.961: an
    # acronym a dash sets off after a name, rows for ATE's official name, UOCRA, Sivendia, ANTHOC, FSES, Los Mineros)
    "wide_es29": {("unions", "f1"): 0.94, ("countries", "f1"): 0.94},
    # Portuguese pages on Brazil's local unions (São Paulo's bus drivers, shop workers and app couriers, municipal
    # servants of São Paulo, Limeira and Salvador, journalists' unions, the FUP, Contraf, CNTE), the national centres
    # and CSP-Conlutas, Portugal's CGTP, SIM/FNAM, SEP, STOP, STAL and rail unions, Angola, Mozambique, Cape Verde and
    # São Tomé, with 11 pages naming no union drawn for precision (Fiesp, CNI, CIP and Portugal's employers'
    # confederations, parties, the AMM), 48 pages, drawn for branch pt29 (main 0.827 unions, 0.979 countries; the
    # branch 0.871, 0.989: a state's code after a one-word Sind- name, "Força" listed with other centres, six rows)
    "wide_pt29": {("unions", "f1"): 0.85, ("countries", "f1"): 0.97},
    # Spanish pages of Central America, the Dominican Republic, the Andes, Paraguay and Puerto Rico (company and
    # municipal unions, transport centrals, the FSTMB, Cedocut, FUT, USO, Suntracs, Nicaragua's centres), Catalan,
    # Galician and Basque pages (CCOO/UGT de Catalunya, Semaf, the CIG and its forerunners, ELA, LAB, ESK, Steilas),
    # Portuguese pages of Brazil's Sindipetros and bank workers, Portugal's public-service unions, Angola and
    # Mozambique, with 9 pages naming no union drawn for precision, 66 pages, drawn for branch ibero31 (main 0.802
    # unions, 0.892 countries; the branch 0.887, 0.922: Spain's co-official languages, a Sind- name's region, a long
    # name run on to its acronym, Brazil's Salvador, rows for the Sindipetros, FESINAP, the FNSTFPS and Nicaragua)
    "wide_ibero31": {("unions", "f1"): 0.86, ("countries", "f1"): 0.90},
    # French pages on France's federations and departmental unions (FNIC-CGT, SNB/CFE-CGC, Solidaires FP, the rail
    # federations, six UD FO), Brussels' FGTB/CSC/CGSP, the Québec Front commun, FIQ and Unifor locals, Unia's and Syna's
    # Romandy, the UGTT, Morocco's and Algeria's centres, Senegal, Gabon, Congo, the CAR and Cameroon, with 8 pages for
    # precision (Medef, CGPME, unnamed unions, a movement), 55 pages, drawn for branch fr29 (main 0.916 unions, 0.981
    # countries; the branch 0.934, 0.991: Centrafrique/centrafricain, French trades inside lower-case names, rows for
    # CGT-Force ouvrière, SNFOLC, FNIC-CGT and the Union syndicale valaisanne)
    "wide_fr29": {("unions", "f1"): 0.92, ("countries", "f1"): 0.97},
    # Arabic pages on the UGTT's regional unions and federations (Sfax, banks, food, electricity), Morocco's centres
    # and education unions beside the CGEM, Algeria's SNAPAP, CGATA, CNAPESTE and UGTA, the CGTL and Lebanon's
    # teachers, Jordan, Egypt's petroleum union and syndicates, Iraq's federations, the PGFTU, the SPA, Kuwait's
    # unions and Gulf migrant workers, with 11 pages drawn for precision, 59 pages, drawn for branch ar29 (main
    # 0.782 unions, 0.923 countries; the branch 0.874, 0.940: a noun's own "و" (وزارة, ولاية), a university after
    # a workplace's "في", tanween marks no place, rows for the banks federation, Egypt's petroleum union and CGATA)
    "wide_ar29": {("unions", "f1"): 0.86, ("countries", "f1"): 0.92},
    # Bangla pages of Bangladesh (building, transport, river and lighterage unions, garment federations of
    # Narayanganj and Ashulia, the party federations' local units), Tripura and West Bengal (CITU's tea, rubber and
    # transport unions, INTUC, INTTUC, bank unions), Bangladeshi migrants in Malaysia, Saudi Arabia and Qatar, and
    # owners' bodies and BILS for precision, 42 pages, drawn for branch bn29 (main 0.810 unions, 0.921 countries; the
    # branch 0.894, 0.966: "টি" tea, an "and" after a head, a counted plural, "সদর", workers' demonym after a country
    # in the locative, UFBU's Bangla names, Jago Bangladesh Garments Sramik Federation)
    "wide_bn29": {("unions", "f1"): 0.87, ("countries", "f1"): 0.95},
    # Korean, Japanese and German pages (KCTU and FKTU members: 화물연대 and its branches, 금융노조 bank branches, the
    # POSCO union, 건설노조; Rengo and Zenroren members: 全トヨタ労連, UA Zensen, JP労組, 自治労連, JMITU, a co-op
    # part-timers' union; ver.di, GDL, EVG, IG Metall, IG BAU, GEW, NGG, Marburger Bund, VC, UFO, dbb, GPA, vida, ÖGB,
    # GPF, Unia, Syna, syndicom; 경총, 전경련, 経団連, Gesamtmetall, works councils, labour inspectorates and
    # parties for precision), 45 pages, drawn for branch kjd29 (main 0.930 unions, 0.966 countries; the branch 0.950,
    # 1.000: "hereinafter" short names in brackets, part-timers' 労組, union theory and law, 교섭노조, German
    # genitives of countries, Chinese-only country names inside Japanese words, the dbb as "Beamtenbund")
    "wide_kjd29": {("unions", "f1"): 0.94, ("countries", "f1"): 0.98},
    # Polish, Ukrainian and Turkish pages on Solidarność's regions and sections, OPZZ and its members (ZZMwP, ZZDR,
    # ZZG, Konfederacja Pracy), OZZL's residents, Sierpień 80, Atomprofspilka, the health, education and rail unions
    # of Ukraine, an oblast federation, the Ukrainian workers' union in Poland, Petrol-İş, Hava-İş and Hava-Sen, Dev
    # Maden-Sen, Genel-İş, Türk Metal, Tez-Koop-İş, Memur-Sen, KESK and Birleşik Kamu-İş, with 8 pages drawn for
    # precision (Lewiatan, TİSK, MESS, parties, an NGO, unions only referred to), 43 pages, drawn for branch cee29
    # (main 0.909 unions, 0.977 countries; the branch 0.961, 0.977: "професійна спілка"/"профессиональный союз"
    # for a name's short head, a number joined to a noun no name's word, rows for ZZDR, ZZM and "Sierpnia 80"; with
    # the long plural "профессиональных союзов" and the Pskov council's row wide_cyr27 went from 0.720 to 0.740)
    "wide_cee29": {("unions", "f1"): 0.94, ("countries", "f1"): 0.96},
    # Korean, Japanese and Chinese pages on local unions, branches and company unions (…지부/…지회, 乗員組合, …分会,
    # 職業工會, 產業總工會, 总工会, 联合工会, names holding 及 or 、), taxi federations, Hong Kong's teachers' unions, with 9
    # pages drawn for precision, 62 pages, drawn for branch cjk31 (main 0.616 unions, 0.960 countries; the branch
    # 0.865, 0.960: Chinese words glued before a name cut, 及/、 inside a name, 聯合工會, place-led and company names
    # before a bare 工會, 乗員組合, rows for 민주택시연맹, 전택노련, 학습지노조, HKFEW, 日航乗員組合, 全医労)
    "wide_cjk31": {("unions", "f1"): 0.84, ("countries", "f1"): 0.94},
    # Korean, Japanese and Chinese pages on public-sector, transport, health, care, teachers' and platform unions of
    # many regions (county civil servants' unions and their federations, subcontract units, 全駐労, taxi federations,
    # community and care unions, Taiwan's hospital unions, mainland company and district unions), with 9 pages drawn
    # for precision, 69 pages, drawn for branch cjk32 (main 0.786 unions, 0.934 countries; the branch 0.888, 0.949:
    # Chinese time words, verbs and counts before a name cut, 全国委员会, 工會大隊/籌備會, Japanese kinds alone, a
    # province's trade union written apart, 버스노조 a kind, a branch's written form, 강원도 and 臺灣, rows for the
    # UAW's Korean name, 시군구연맹, 全駐労, 自交総連)
    "wide_cjk32": {("unions", "f1"): 0.86, ("countries", "f1"): 0.93},
    # Hebrew pages (the Histadrut, the National Labour Federation, the teachers', nurses', social workers' and medical
    # unions, Mirsham; works committees, the Manufacturers Association and unrelated headlines for precision), Arabic
    # pages on the Histadrut, Egypt's railway union and workplace union committees, Bahrain's GFBTU and BFLUF, Yemen's,
    # Sudan's, Libya's and Morocco's teachers and the UMT, Persian pages on NUAWE, Vahed, UMMI and the CCITTA, Sorani
    # pages on the Kurdistan Teachers' Union, and Turkish pages on DİSK Genel-İş, TÜMTİS, Sağlık-Sen, SES and KESK, 60
    # pages, drawn for branch artr31 (main 0.752 unions, 0.865 countries; the branch 0.949, 0.912: Hebrew clitics on
    # places and union names, Israel's cities in Hebrew, Hebrew union names by their shape, Turkish "-Sen" with a spaced
    # dash, rows for Israel's unions, the Kurdistan Teachers' Union, TÜMTİS and SES; five Hebrew pages that name no place
    # are labelled with no country, which the tagger gives Israel by the story's language)
    "wide_artr31": {("unions", "f1"): 0.93, ("countries", "f1"): 0.89},
    # English pages from Anglophone Africa, the Caribbean, Oceania, Ireland, Canada's provinces, US locals and UK
    # branches, with 8 pages drawn for precision (employers' bodies, NGOs, parties, unions only referred to), 60 pages,
    # drawn for branch en31 (main 0.871 unions, 0.959 countries; the branch 0.953, 0.984: a local after a name joined
    # by "and", numbered district and joint councils, a town's trades council, a sector's senior staff association, a
    # country's name before a directory name ending a longer one, an acronym the story defines that another language's
    # name for a country spells, "Aden" as a given name, and rows for unions of Lesotho, the Bahamas, Ghana, Fiji,
    # Papua New Guinea and Malawi)
    "wide_en31": {("unions", "f1"): 0.94, ("countries", "f1"): 0.97},
    # English pages from Anglophone Africa (municipal, teachers', judiciary, nurses' and health unions of South Africa,
    # Nigeria, Ghana, Liberia, the Gambia, Zambia, Zimbabwe, Botswana, Namibia, Sierra Leone), the Caribbean (the OWTU
    # and its neighbours, NUPW, Jamaica's nurses and teachers, Guyana's GTU), South and South-East Asia (APFUTU, GMOA,
    # BMS, NUBE, NTUC, TUCP), Oceania (Fiji's FNA and FICTU, PNGTA, NSWNMA), Ireland, CUPE locals, Teamsters locals and
    # UK branches, with 8 pages drawn for precision (professional associations, NGOs, recruiters' and employers'
    # bodies, unions only referred to), 67 pages, drawn for branch en32 (main 0.894 unions, 1.000 countries; the branch
    # 0.966, 1.000: a central bank no union, a title-case headline's verb ending a name, a local written with its
    # parent's other acronym, a name after a list closed by "and" no list item, rows for Trinidad's CWU and TIWU,
    # COLAZ, TUZ, Zimbabwe's PSA, NAHWUL/NAHWAL, OSBCU, RTUZ as ARTUZ and a bare "Public Service Association" for FPSA)
    "wide_en32": {("unions", "f1"): 0.94, ("countries", "f1"): 0.98},
    # Czech, Slovak, Hungarian, Romanian, Serbian, Croatian, Bosnian, Baltic, Finnish and Danish pages (rail and
    # education unions of Czechia and Slovakia, KOZ SR, MASZSZ, SZEF, PDSZ/PSZ, the Hungarian rail unions and the
    # doctors' MOSZ, Cartel Alfa, FSIE, the Croatian confederations, SSSS and UGS Nezavisnost, Bosnian cantonal
    # education unions, AKT, JHL, Teollisuusliitto, DSR, 3F, BUPL, LŠDPS, LBAS, EAKL, EHL), 8 of them for precision,
    # 55 pages drawn for branch europe31 (main 0.709 unions, 0.953 countries; the branch 0.897, 1.000)
    "wide_europe31": {("unions", "f1"): 0.88, ("countries", "f1"): 0.98},
    # Polish, Czech, Slovak, Romanian, Hungarian, Bulgarian, Serbian, Croatian, Bosnian, Slovenian, Greek and Turkish
    # pages (Solidarność's sections, OPZZ, Sierpień 80, OZZL's residents; OS KOVO, ČMKOS, ČMOS PŠ; Sanitas, BNS, FSLI,
    # Spiru Haret, Alma Mater, Cartel Alfa; Vasas, VDSZ, PDSZ, PSZ; КНСБ, Подкрепа, СБУ; SSSS, Nezavisnost; Preporod,
    # NSZSSH; ZSSS, Pergam; SSSBiH and Sarajevo's cantonal unions; ΓΣΕΕ, ΑΔΕΔΥ, ΠΟΕΔΗΝ, ΔΟΕ, ΟΛΜΕ; Turkish branches of
    # Eğitim-İş, Tüm Bel-Sen, Yol-İş, Petrol-İş), 7 of them for precision, 81 pages drawn for branch cee32 (main 0.747
    # unions, 0.938 countries; the branch 0.884, 0.963: foreign demonyms honour the foreign stoplist, "Piata",
    # Kruševac, BCS genitive chains and quoted names, "Sindikalci", Turkish case endings and bare heads, 13 directory
    # rows)
    "wide_cee32": {("unions", "f1"): 0.86, ("countries", "f1"): 0.94},
    # German (with Austria and Switzerland), Polish, Turkish, Czech, Hungarian and Romanian pages on works councils,
    # sectoral bargaining and national confederations (IG BCE, NGG, EVG, GEW, GDL, PRO-GE, GPA, vida, Unia, VPOD;
    # Solidarność's plant bodies, OPZZ, OZZPiP; Koop-İş, Hizmet-İş, KESK, Memur-Sen, DİSK/Tekstil, GMİS; ČMKOS, ASO,
    # OS KOVO, OSŽ, OS SOO; Vasas, VDSZ, VDSZSZ, MKKSZ, AHFSZ; BNS, CNSLR-Frăția, Cartel ALFA, Solidaritatea Sanitară),
    # 3 of them for precision, 65 pages drawn for branch de35 (main 0.896 unions, 0.947 countries; the branch 0.991,
    # 0.955: Turkish chambers, "Toplu-İş Sözleşmesi", platforms after a head, German action plurals after
    # "Gewerkschaft", Mioveni, 8 directory rows)
    "wide_de35": {("unions", "f1"): 0.97, ("countries", "f1"): 0.94},
    # Spanish and Portuguese pages from Mexico, Central America, the Caribbean, the Andes, the Southern Cone and Brazil
    # (company unions by acronym in Colombia, SITIAVW, SITGM, the miners' Sección 65, UOM, CGT, the oilseed unions,
    # STEG, SITRATERCO, SUTRASFCO, CNUS/CASC/CNTD, UTIER, FSTMB, CETRAPEP, SIL, Contraf-CUT, SMetal), 5 of them for
    # precision, 61 pages drawn for branch latam36 (main 0.904 unions, 0.975 countries, before the Sección 65 label
    # change; the branch 0.959, 0.984: a second name after "y el" and an ordinal, "desde"/"hasta" before towns, a
    # translated name before its union's dashed acronym, 4
    # directory rows)
    "wide_latam36": {("unions", "f1"): 0.94, ("countries", "f1"): 0.97},
    # Same-event reports (22 events, 63 pages, 10 events in two or three languages) drawn for branch events36 (main 0.956
    # unions, 0.984 countries; the branch 1.000, 1.000: a city before its transport or public body, O'Higgins, 4
    # directory rows)
    "wide_events36": {("unions", "f1"): 0.97, ("countries", "f1"): 0.97},
    # wide_events37: main 0.865 unions, 0.986 countries; branch events37 0.989 and 1.0
    "wide_events37": {("unions", "f1"): 0.97, ("countries", "f1"): 0.98},
    # wide_events38: main 0.961 unions, 0.981 countries; branch events38 0.988 and 1.0 (labels completed after the first
    # run: see its README)
    "wide_events38": {("unions", "f1"): 0.97, ("countries", "f1"): 0.98},
    # French and Italian pages on sectoral and local union names and francophone Africa's centres (SYNTSHA, SEMPAMA,
    # UNNOH/UNNOEH/CNEH, USTG, SLECG, SYNTASS, STT, UNTM, Synamed, UGTT, Morocco's education federations, SETCa, CNE,
    # CSC, Unia Transjurane, Syndicat des Métallos, FIM-CSN, SNES-FSU, SUD Santé Sociaux, AMUF; Italian categories with
    # and without their confederation, base unions listed at Naples, Ticino's OCST and Unia), with 9 pages drawn for
    # precision (unnamed centrales, movements, a pupils' union, Confcommercio), 73 pages, drawn for branch frit31 (main
    # 0.931 unions, 0.972 countries; the branch 0.969, 0.979: rows for SEMPAMA, the Syndicat des Métallos, Belgium's and
    # the DR Congo's CSC-Enseignement, AMUF, UGL TLC, USAE, CLAP, Sial Cobas; "<acronym> Cobas" names; "RDC")
    "wide_frit31": {("unions", "f1"): 0.95, ("countries", "f1"): 0.96},
    # Swedish, Norwegian, Danish, Icelandic, Finnish, Dutch/Flemish and German pages (the Swedish port conflict, Seko's
    # clubs, HRF, Vårdförbundet; Unio, NSF, Fellesforbundet's avdeling 1, Safe, Industri Energi, NFO; BUPL, LC, DLF,
    # 3F, FH, Krifa, Greenland's SIK; Efling, ASÍ, SGS; SAK, STTK, Teollisuusliitto, Pro, AKT, JHL, PAU, OAJ, JUKO;
    # ACV, ABVV, ACLVB and their centrales; FNV, CNV, FBZ, LAD, NU'91; ver.di, GEW, dbb, vida, Unia, Syna, syndicom,
    # VPOD), with 8 pages drawn for precision (a state agency, employers' bodies, works councils, unions only referred
    # to), 69 pages, drawn for branch nordic32 (main 0.869 unions, 0.978 countries; the branch 0.970, 0.993: Nordic
    # countries' genitives, shipowners' bodies, Icelandic case forms, Finnish "unioni" and "PAUn", "STTK:n alainen
    # Pro", "fagforeningen Safe", and rows for NFO, SAFE, SGS, PAU, ACV Metea, LAD, Sjöfolksförbundet, Seko's clubs;
    # its JUKO and JAU labels are left missed, as wide_nordic19 and wide_sv17 leave those bargaining bodies unlabelled)
    "wide_nordic32": {("unions", "f1"): 0.95, ("countries", "f1"): 0.97},
    # local and union-press Nordic, Dutch and German pages of branch nordic34 (main 0.942 unions, 0.985 countries; the
    # branch 0.987, 1.0)
    "wide_nordic34": {("unions", "f1"): 0.97, ("countries", "f1"): 0.98},
    # French and Italian pages on Luxembourg's centres, francophone Africa's sector unions (SENA, SYNETECPRO, F-SYNTER,
    # SYNAPEC, SAM, SYLIMA, SYNACEB, SYNTRASESH, SLECG, SYNECAT, SET, USET, UST, SYNECS), Swiss postal unions, French
    # pilots', cabin crew's, police and press unions, Québec's SCFP locals, FAE and SÉTUE, and Italian categories
    # (Fiom/Cgil, Flai Cgil, Cub Trasporti, Orsa Ferrovie), with 8 pages drawn for precision, 65 pages, drawn for
    # branch fr32 (main 0.861 unions, 0.976 countries; the branch 0.949, 0.992: rows for transfair, SPAF, UNAC, SNGAF,
    # UNSA Police, Unité SGP Police-FO, SIEN-UNSA, SNJ-CGT, F-SYNTER, SYNTRASESH, SÉTUE, SYNECS; the ICFTU's and
    # OATUU's French names; an acronym bracketed after an international body's name kept that body's; "SCFP 2614")
    "wide_fr32": {("unions", "f1"): 0.93, ("countries", "f1"): 0.97},
    # French and Italian pages of regional press, unions' own communiqués, professional and RSU elections,
    # intersyndicales (Belgium's nine teachers' unions, media unions), francophone Africa's teachers' and health unions
    # (SAEMSS/CUSEMS, SECA, SYNECAM, Coordisanté, Coalisanté, SEMPAMA, VMM, UNNOH, SYNATEB, Mali's eight, F-SYNTER,
    # CONASYSED/SEENA), Québec's FTQ/CSN/CSQ and their locals, Swiss SSP, Italy's school, media, call-centre, farm,
    # logistics and waste-collection unions, with 7 pages drawn for precision, 68 pages, drawn for branch fr34 (main
    # 0.910 unions, 0.941 countries; the branch 0.945, 0.978: hyphenated runs of acronyms, "Bruxelles" outside EU
    # stories, Belgium's Arizona coalition and "di Reno" blocked, a Québec local's two dashed regions, 7 rows)
    "wide_fr34": {("unions", "f1"): 0.93, ("countries", "f1"): 0.96},
    # Arabic pages on Algeria's health unions in Arabic (SAP, SNPSP, SNPSSP), Morocco's CDT, FDT, UMT and its two
    # higher-education unions, Libya's electricity workers, Tunisia's FGES, Sudan's teachers' committee, Palestine's
    # nurses, Egypt's independent railway union, Aden's university syndicates, Kuwait's and Oman's federations, and
    # Russian-language pages on the RF health union, Deystvie, MPRA, the dockers' and water transport unions, the FPB and
    # Belarus's education union, the FPU, Moldova's CNSM, Kyrgyzstan's FPK, Kazakhstan's Қорғау, Azerbaijan's oil union and
    # the GTUC, with 9 pages drawn for precision (a lawyers' bar, unnamed unions), 67 pages, drawn for branch arru32 (main
    # 0.675 unions, 0.945 countries; the branch 0.859, 0.977: rows for the Arabic and Russian names above, a Latin
    # acronym amid Cyrillic or Arabic words, a country's Russian genitive after a capitalised word, Russian capitals,
    # "профсоюз сотрудников ...", "Профсоюз железнодорожников Молдовы")
    "wide_arru32": {("unions", "f1"): 0.84, ("countries", "f1"): 0.95},
    # Russian, Ukrainian, Bulgarian, Macedonian, Serbian (Cyrillic), Kazakh, Kyrgyz and Georgian pages on Russia's
    # forestry union and regional federations, the KTR and its dockers, Kazakhstan's FPRK and Korgau, Kyrgyzstan's
    # federation and education union, the GTUC in Russian, Ukraine's FPU, NPGU, PPONU, KVPU and medical union,
    # Belarus's FPB, Bulgaria's transport, miners' and medical unions, Macedonia's SSM, KSS and health unions, Serbia's
    # police union, 60 pages drawn for branch cyr36 (main 0.806 unions, 0.957 countries; the branch 0.988, 0.992: 19
    # directory rows, "Белоруссия", "Республике <country>", a president's country before his names, "всеукраинский")
    "wide_cyr36": {("unions", "f1"): 0.96, ("countries", "f1"): 0.96},
    # Chinese (Hong Kong, Taiwan, mainland), Korean, Japanese, Thai, Vietnamese, Malay, Khmer and Burmese pages on
    # enterprise unions, branches, federations and national centres (HKCTU, HKPTU, HAEA, 台鐵產工, the Taoyuan cabin
    # crew's and pilots' unions, Shenzhen's, Luohu's and Shantou's federations; 화물연대, KTU, KHMU, 의료연대본부 and its
    # branches, the Seoul Metro and Hyundai Motor unions; Rengo, Zenroren, UA Zensen, JP労組, 動労千葉; TEAM, TAM, the
    # Honda union; MTUC, VGCL), with 9 pages drawn for precision, 62 pages, drawn for branch asia36 (main 0.804
    # unions, 0.912 countries on the labels as corrected; the branch 0.860, 0.928: Thai clause words and bare
    # federation heads, "of Thailand" written apart, Chinese object markers, years and the Registry of Trade Unions,
    # Latin letters before "連合", "TP.HCM" and Vietnamese "ở"/"tại" and owners, a row for Taoyuan's pilots' union)
    "wide_asia36": {("unions", "f1"): 0.84, ("countries", "f1"): 0.90},
    # English, French and Portuguese pages of African sectoral and local unions and national centres (UTAG, TUTAG,
    # UASU/KUSU, SAMWU, DENOSA, KUCO, Zambia's eight mine unions and its teacher unions, SLTU, NAHWUL, BOFEPUSU and its
    # affiliates, NANTU/TUN, TTU, UNATU/UPSTU, ZCTU, Apex Council; SYNAMED, SYNTSHA, SYNTAS/CGT-B, UNTM/CDTM, SECNAMI,
    # SLECG, SET, SECA, SNAES, SUTSAS/SUDTM/And Gueusseum, Coordisanté, SEMPAMA/SECES; SINMEA, ANAPRO, SINDEP, AMM), with
    # 4 pages drawn for precision, 70 pages drawn for branch afr36 (main 0.875 unions, 0.993 countries; the branch
    # 0.960, 1.000: a day of the week before "le syndicat" is no name, 14 directory rows)
    "wide_afr36": {("unions", "f1"): 0.93, ("countries", "f1"): 0.98},
}
# Held-out batches, drawn after a branch's rules were chosen and labelled before the tagger ran on them; too
# small for WIDE_UNION_SAMPLES, and in no other set either.
HELDOUT_SAMPLES = ("heldout_asia16", "heldout_bn12", "heldout_cross11", "heldout_cross12", "heldout_cyr12",
                   "heldout_east11", "heldout_english10", "heldout_english11", "heldout_es11", "heldout_es12",
                   "heldout_es16", "heldout_events10", "heldout_events16", "heldout_kojp12", "heldout_latinx",
                   "heldout_nordic12", "heldout_nordic16", "heldout_north11", "heldout_prec19", "heldout_prec20",
                   "heldout_precx", "heldout_probe17a", "heldout_probe17b", "heldout_probe17c", "heldout_probe18a",
                   "heldout_probe18b", "heldout_probe19a", "heldout_probe19b", "heldout_probe20a", "heldout_probe20b",
                   "heldout_probe21a", "heldout_probe21b", "heldout_probe22a", "heldout_probe22b", "heldout_probe27",
                   "heldout_probe28", "heldout_probe28b", "heldout_probe29", "heldout_probe30", "heldout_probe31",
                   "heldout_probe32", "heldout_probe32b", "heldout_probe34", "heldout_probe35", "heldout_probe36",
                   "heldout_probe37",
                   "heldout_probe38", "heldout_probe39", "heldout_probe40", "heldout_probe41",
                   "heldout_probe44",
                   "heldout_probe45",
                   "heldout_probe46sa", "heldout_probe46cyr", "heldout_probe46en",
                   "heldout_probe47",
                   "heldout_probe49",
                   "heldout_pt11", "heldout_romance12",
                   "heldout_romance16", "heldout_scriptx", "heldout_south11", "heldout_south16")


@pytest.mark.parametrize("name", HELDOUT_SAMPLES)
def test_each_heldout_batch_is_outside_the_set_and_every_other_sample(name: str) -> None:
    assert len(load_realnews(directory=BENCH_DATA / name)) >= 25
    assert not _pages_found_elsewhere(name)


@pytest.mark.parametrize("name", sorted(WIDE_SAMPLE_FLOORS))
def test_wide_samples_stay_above_their_floors(name: str) -> None:
    summary = score(load_realnews(directory=BENCH_DATA / name), default_tagger())["overall"]
    below = {measure: summary[kind][measure] for (kind, measure), floor in WIDE_SAMPLE_FLOORS[name].items()
             if (summary[kind][measure] or 0.0) < floor}
    assert not below, f"{name} below the floor: {below}"


# The outside samples of same-event reports (issue 9: "stories on the same event from two sources get the
# same tags"): their events (each reported by 2-3 different sites, often in two or three languages), and of
# them how many get identical primary countries and unions in every report ("consistent") and how many do
# where the reports' labels agree; most of the rest name different unions (the labels differ too).
# wide_events8: 26 events, 74 pages; wide_events9: 19 events, 55 pages (drawn on 2026-12-01, branch events9);
# heldout_events10: 9 events, 27 pages (branch events10, drawn after its changes, as a check).
# Floors at the level reached on 2026-12-01. "consistent" was 11 and 10 before branch english10: a report that
# names locals the other reports of its event do not ("Local 2250", "el Local 333 de ILA") now gets them, as its
# labels say, so those events' tags differ as their labels do; where the labels agree nothing changed.
# heldout_events16: 9 events, 27 pages (branch events16, which changed no matching rule; floors at main's level).
# wide_events34: 25 events, 74 pages (branch events34, 2026-12-03; main: 9 consistent, 16 where labels agree).
# wide_events36: 22 events, 63 pages (branch events36, 2026-12-03; main: 9 consistent, 18 where labels agree; the
# branch 11 and 22), which also raised wide_events9's floors to 10 and 18 (a wire's "IG Metal" is IG Metall).
# wide_events37: 15 events, 71 pages (branch events37, 2026-12-03; main: 5 consistent, 10 where labels agree; the
# branch 7 and 14: PSAC's French name AFPC, the air traffic controllers' UNSA-ICNA and USAC-CGT, short forms, a city
# before its centre), which also raised wide_events34's floors to 11 and 23 (Mahalla by its short name; a headline's
# "Sindicato da Hyundai", which its story writes in lower case, and Indonesia's "Koalisi Serikat Pekerja" no union).
# wide_events38: 20 events, 78 pages (branch events38, 2026-12-03; main: 6 consistent, 14 where labels agree; the branch
# 6 and 20: names of the unions the directory lacked, a country after a preposition in another language than English,
# an airline's home, Constantine a given name).
# wide_events39: 12 events, 40 pages (branch events39, 2026-12-03; main: 3 consistent, 5 where labels agree; the branch
# 4 and 7: the ILWU and ILWU Canada, the RMT, AIBEA, the SPM and Birleşik Metal-İş by the names an event's reports
# write).
WIDE_EVENTS_SAMPLES = {"wide_events8": 26, "wide_events9": 19, "heldout_events10": 9, "heldout_events16": 9,
                       "wide_events34": 25, "wide_events36": 22, "wide_events37": 15,
                       "wide_events38": 20, "wide_events39": 12}
# Raised at the end of the session of 2026-12-01 16:00-18:00 to what main reaches (wide_events8 11 and 25, heldout_events10
# 5 and 7; they were 10/22 and 4/6); on 2026-12-03 wide_events8 to 12 and 26 (a Polish report no longer names Poland's
# Konfederacja Pracy for Argentina's CGT) and heldout_events10's second floor to 8, where main stands.
WIDE_EVENTS_FLOORS = {"wide_events8": {"consistent": 12, "consistent_where_labels_agree": 26},
                      "wide_events9": {"consistent": 10, "consistent_where_labels_agree": 18},
                      "heldout_events10": {"consistent": 5, "consistent_where_labels_agree": 8},
                      "heldout_events16": {"consistent": 1, "consistent_where_labels_agree": 5},
                      "wide_events34": {"consistent": 11, "consistent_where_labels_agree": 23},
                      "wide_events36": {"consistent": 10, "consistent_where_labels_agree": 21},
                      "wide_events37": {"consistent": 6, "consistent_where_labels_agree": 13},
                      "wide_events38": {"consistent": 5, "consistent_where_labels_agree": 18},
                      "wide_events39": {"consistent": 4, "consistent_where_labels_agree": 7}}


@pytest.mark.parametrize("name", sorted(WIDE_EVENTS_SAMPLES))
def test_reports_of_one_event_from_different_sources_keep_getting_the_same_tags(name: str) -> None:
    assert not _pages_found_elsewhere(name)
    sample = load_realnews(directory=BENCH_DATA / name)
    events = score(sample, default_tagger())["overall"]["events"]
    assert events["events"] == WIDE_EVENTS_SAMPLES[name]
    below = {measure: events[measure] for measure, floor in WIDE_EVENTS_FLOORS[name].items() if events[measure] < floor}
    assert not below, f"events of {name} below the floor: {below}"



@pytest.mark.parametrize("arguments", [("--half", "check", "--errors"), ("--half", "all", "--errors"),
                                       ("--data", "bench/data/heldout_probe19a", "--errors"), ("--probes", "--errors")])
def test_the_eval_lists_no_errors_of_the_check_half_or_a_heldout_batch(arguments: tuple[str, ...]) -> None:
    script = REALNEWS_DIR.parent.parent.parent / "bench" / "eval_matching.py"
    run = subprocess.run([sys.executable, str(script), *arguments], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert "--errors lists the tune half or an outside sample only" in run.stderr
    assert "missed" not in run.stdout
