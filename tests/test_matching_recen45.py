"""English pass outside the US and the UK (issue 9, branch recen45): Sri Lanka Railways' unions by the names the
English-language press writes: the station masters' union as "Sri Lanka Railway(s) Station Masters' Union (SLRSMU)",
the engine drivers' union as the "Locomotive Engine Operators' Union", "Locomotive Engineering Operators' Union
(LEOU)" or "Locomotive Operating Engineers' Union (LOEU)", the railway guards' union (directory rows,
data/union_sources/sri-lanka-railways-recen45.tsv); a staff union named by its employer's acronym and the workforce
alone ("DBS Staff Union", "PHA Workers' Union"); Papua New Guinea's national centre named without "PNG" in its name,
by its acronym "TUC" in a story on PNG (a directory acronym) or after the country's possessive ("PNG's Trade Union
Congress": a main country's possessive before a name of generic words reads as "the" does); regions named like
persons ("Andrew Mwanza", "Lori Lightfoot", "Senhol Mary": gazetteer person_names)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_recen45")
    assert len(sample) >= 24
    assert not _pages_found_elsewhere("wide_recen45")


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_recen45 en-45006: the station masters' union by its acronym
    ("SLRSMU officials met the General Manager of Railways in Colombo on Monday.", "station-masters-union-lk"),
    # wide_recen45 en-45007: the engine drivers' union by the name written after the railway's
    ("Trains from Kandy were cancelled after the Locomotive Operating Engineers' Union walked out in Sri Lanka.",
     "leou-lk"),
    ("The LOEU secretary said drivers in Sri Lanka would strike over promotions.", "leou-lk"),
    # wide_english9 en-929: the railway guards' union written with a plural railway and a singular guard
    ("Two unions of Sri Lanka Railways, the Railways Guard Union among them, will strike on Friday.",
     "railway-guards-union-lk"),
])
def test_sri_lanka_railways_unions_are_found_by_the_names_the_press_writes(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_the_station_masters_union_named_in_full_is_tagged_with_its_acronym() -> None:
    # wide_recen45 en-45006, wide_en27 en-2726: the name the press writes, and the acronym a label gives it
    tags = tag_text("The Sri Lanka Railway Station Masters' Union said its members would stop work at Colombo Fort.")
    assert [tag.acronym for tag in tags.unions if tag.union_id == "station-masters-union-lk"] == ["SLRSMU"]


@pytest.mark.parametrize(("text", "union_id"), [
    # another country's station masters: not the Sri Lankan union
    ("The Railway Station Masters' Union of Bangladesh Railway met in Dhaka about promotions.",
     "station-masters-union-lk"),
    # Britain's train drivers and an American engineers' union: not Sri Lanka's engine drivers
    ("ASLEF said locomotive engineers in London would strike over pay.", "leou-lk"),
    ("The Brotherhood of Locomotive Engineers and Trainmen said engineers in New Jersey would strike.", "leou-lk"),
])
def test_other_countries_railway_unions_are_not_sri_lankas(text: str, union_id: str) -> None:
    assert union_id not in union_ids(tag_text(text))


@pytest.mark.parametrize(("text", "name"), [
    # wide_english9 en-987: a bank's staff union, by the bank's acronym
    ("The DBS Staff Union said in Singapore that its members would get a bonus.", "DBS Staff Union"),
    # wide_english17 en-4145: a health authority's workers' union, the possessive written with an apostrophe
    ("The PHA Workers' Union president told reporters in Lahore that salaries were late.", "PHA Workers' Union"),
    ("A rally of the WAPDA Workers’ Union blocked a road in Rawalpindi.", "WAPDA Workers’ Union"),
])
def test_a_staff_union_named_by_its_employers_acronym_is_found(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # an acronym before words that say which union: the confederation's, not part of the name
    "Members of the KCTU Korean Metal Workers' Union struck at Hyundai in Ulsan.",
    # an acronym before a coalition's words: no staff union
    "Ahmed, the convener of the PSM Trade Union Alliance, spoke in Karachi.",
])
def test_an_acronym_before_other_words_opens_no_staff_union(text: str) -> None:
    assert not any(name.split()[0].isupper() for name in discovered_names(tag_text(text)))


@pytest.mark.parametrize("text", [
    # wide_recen45 en-45025: the country's possessive before the centre's generic name
    "John Paska, who heads PNG's Trade Union Congress, said the strike at the Lihir mine was no surprise.",
    # wide_en31 en-31712: its acronym alone, in a story on PNG
    "In Port Moresby, TUC leaders resolved yesterday to ask members about a strike over the budget.",
])
def test_png_national_centre_named_without_png_is_found(text: str) -> None:
    assert "pngtuc" in union_ids(tag_text(text))


@pytest.mark.parametrize(("text", "union_id"), [
    # a person's possessive: no country's centre
    ("John Smith's Trade Union Congress speech in Port Moresby was long.", "pngtuc"),
    # Britain's TUC in a story on Britain stays Britain's
    ("TUC leaders in London called for a pay rise for nurses.", "pngtuc"),
    # another country's possessive in a story on PNG: not PNG's centre
    ("Fiji's Trade Union Congress leaders met miners in Port Moresby.", "pngtuc"),
])
def test_a_possessive_or_acronym_of_no_png_story_is_not_png_centre(text: str, union_id: str) -> None:
    assert union_id not in union_ids(tag_text(text))


@pytest.mark.parametrize(("text", "countries"), [
    # wide_recen45 en-45004: a Zambian surname, Tanzania's region
    ("Former union president Andrew Mwanza said mines in Kitwe, Zambia must consult workers. Mr Mwanza spoke on Friday.",
     {"ZM"}),
    # wide_enloc28 en-29734: a first name, Armenia's province
    ("Teachers in Chicago sent Lori Lightfoot a letter about class sizes.", {"US"}),
    # wide_enloc28 en-29725: a given name, Turkmenistan's province
    ("In Auckland, domestic worker Senhol Mary joined the union.", {"NZ"}),
])
def test_a_region_named_like_a_person_is_no_place_in_a_persons_name(text: str, countries: set[str]) -> None:
    assert primary_countries(tag_text(text)) == countries


@pytest.mark.parametrize(("text", "country"), [
    ("Fishermen in Mwanza on Lake Victoria went on strike over fuel prices.", "TZ"),
    ("Cotton pickers in Mary protested over unpaid wages.", "TM"),
])
def test_the_region_itself_stays_its_country(text: str, country: str) -> None:
    assert country in primary_countries(tag_text(text))
