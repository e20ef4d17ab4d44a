"""English-language unions the directory lacked (issue 9, branch en27): Australia's RAFFWU and HACSU, Ontario's
OCHU, Ireland's TEEU/Connect and Psychiatric Nurses Association, Trinidad and Tobago's PSA, and NUBIFIE's acronym;
sentences of their own, not taken from the real-news set or the samples."""

from __future__ import annotations

import pytest

from bot.matching.normalize import normalize
from tests.matching import tag_text, union_ids, union_names
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


@pytest.mark.parametrize("text, union_id", [
    ("Supermarket staff in Adelaide joined the Retail and Fast Food Workers Union last month.", "raffwu-au"),
    ("RAFFWU organisers met night-shift workers at a Brisbane warehouse.", "raffwu-au"),
    ("HACSU delegates at a Launceston hospital voted for work bans.", "hacsu-au"),
    ("OCHU called a rally outside a hospital in Sudbury, Ontario.", "ochu-ca"),
    ("Electricians in the TEEU balloted for action at a Limerick plant.", "teeu-ie"),
    ("The Technical Engineering and Electrical Union wrote to employers in Cork.", "teeu-ie"),
    ("In Waterford the Psychiatric Nurses Association warned of bed closures.", "psychiatric-nurses-association-ie"),
    ("Customs officers in Port of Spain, Trinidad, met the Public Services Association on Monday.", "psa-tt"),
    ("NUBIFIE told bank staff in Abuja to stay at home during the strike.",
     "national-union-of-banks-insurance-and-financial-institution-ng"),
])
def test_an_added_union_is_found_by_its_name_or_acronym(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_the_psa_of_another_country_stays_its_own() -> None:
    # the acronym is shared: New Zealand's PSA keeps a New Zealand story, Trinidad's is not invented there
    ids = union_ids(tag_text("In Wellington the PSA said public servants would walk out on Thursday."))
    assert "psa-nz" in ids and "psa-tt" not in ids


@pytest.mark.parametrize("text", [
    "The impact of the strike on Dublin hospitals was large.",
    "Nurses in Galway said they would connect with other unions.",
])
def test_ordinary_words_name_no_added_union(text: str) -> None:
    assert not union_ids(tag_text(text)) & {"teeu-ie", "psychiatric-nurses-association-ie"}


@pytest.mark.parametrize("text, union_id", [
    ("Solidarity with Turkish glass workers\n\n3 March, 2016IndustriALL Global Union backs the strike in Izmit.",
     "industriall"),
    ("Longwall crew stood down\n\n9 July, 2019CFMEU officials in Mackay, Queensland, called a meeting.", "cfmmeu-au"),
])
def test_a_union_right_after_a_glued_dateline_year_is_found(text: str, union_id: str) -> None:
    # a page's layout runs the dateline's year into the story's first word
    assert union_id in union_ids(tag_text(text))


def test_a_glued_year_is_unglued_in_the_folded_text_only() -> None:
    folded = normalize("9 July, 2019CFMEU met")
    assert folded.lower == "9 july  201 cfmeu met" and folded.original == "9 July, 2019CFMEU met"


@pytest.mark.parametrize("text", ["Flight AB2019CFMEU", "Batch 2019cfmeu", "Model 19CFMEU", "Year 3019CFMEU"])
def test_digits_that_are_no_year_before_a_word_stay_glued(text: str) -> None:
    # only a year (19xx, 20xx) standing at a word's start is cut from the word after it
    assert " cfmeu" not in normalize(text).lower


@pytest.mark.parametrize("text, name", [
    ("In Lagos the Federation of Informal Workers Unions’ Central Committee met on Friday.",
     "Federation of Informal Workers Unions"),
    ("In Harare the Federation of Transport Workers Unions' General Council met on Friday.",
     "Federation of Transport Workers Unions"),
])
def test_a_head_word_in_the_possessive_ends_the_name(text: str, name: str) -> None:
    # what follows "Unions’" is what the union has, not more of its name, whichever way the walk reads it
    assert union_names(tag_text(text)) == {name}


def test_a_possessive_trade_before_the_head_stays_in_the_name() -> None:
    assert union_names(tag_text("In Mombasa the Federation of Kenya Dock Workers’ Union met.")) == {
        "Federation of Kenya Dock Workers’ Union"
    }


def test_the_en27_sample_is_outside_the_set_and_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_en27")
    assert len(sample) >= 40 and not _pages_found_elsewhere("wide_en27")
