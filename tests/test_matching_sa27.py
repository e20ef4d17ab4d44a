"""South Asian union names (issue 9, branch sa27): the Jatiya Sramik League by its short Bangla name, and the All
India Power Engineers Federation; sentences of their own, not taken from the real-news set or the samples."""

from __future__ import annotations

import pytest

from bot.matching.normalize import fold
from bot.matching.recognise import goes_on_before, names_script_workers_only
from tests.matching import tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


@pytest.mark.parametrize("text", [
    "রংপুরে সড়ক অবরোধের প্রতিবাদে বিক্ষোভ মিছিল করেছে শ্রমিক লীগ।",
    "খুলনায় শ্রমিকলীগের সমাবেশে নেতারা মজুরি বৃদ্ধির দাবি জানান।",
    "দিনাজপুর জেলা শ্রমিক লীগের সভাপতি বক্তব্য দেন।",
    "বিরামপুর উপজেলা শ্রমিক লীগের ত্রিবার্ষিক সম্মেলন হয়েছে দিনাজপুরে।",
])
def test_the_workers_league_alone_is_the_jatiya_sramik_league(text: str) -> None:
    assert union_ids(tag_text(text)) == {"jsl-bd"}


@pytest.mark.parametrize("text, union_id", [
    # a trade before the short name: another league, which the walk reads whole
    ("মালবাহী জাহাজের কর্মবিরতি ডেকেছে বাংলাদেশ নৌযান শ্রমিক লীগ। তবে যাত্রীবাহী লঞ্চ চলছে।",
     "found:BD:বাংলাদেশ-নৌযান-শরমিক-লীগ"),
    ("চাঁদপুরে জাতীয় ঘাট শ্রমিক লীগের নেতারা মানববন্ধন করেন।", "found:BD:জাতীয-ঘাট-শরমিক-লীগ"),
    ("কুমিল্লায় রেল শ্রমিক লীগের বিক্ষোভ হয়েছে।", "bangladesh-railway-sramik-league-bd"),
    ("ময়মনসিংহে বিদ্যুৎ শ্রমিকলীগের সমাবেশ হয়েছে।", "jatiya-bidyut-sramik-league-bd"),
])
def test_a_trade_before_the_workers_league_names_another_league(text: str, union_id: str) -> None:
    assert union_ids(tag_text(text)) == {union_id}


def test_parties_leagues_are_no_union() -> None:
    assert not tag_text("রাজশাহীতে আওয়ামী লীগ, যুবলীগ ও ছাত্রলীগের সমাবেশ হয়েছে।").unions


def test_the_shape_of_a_workers_only_name() -> None:
    assert names_script_workers_only(fold("শ্রমিক লীগ"))
    assert not names_script_workers_only(fold("নৌযান শ্রমিক লীগ"))
    assert not names_script_workers_only(fold("Workers Union"))
    text = "বাংলাদেশ নৌযান শ্রমিক লীগ, জেলা শ্রমিক লীগ"
    assert goes_on_before(text, text.index("শ্রমিক"))
    assert not goes_on_before(text, text.rindex("শ্রমিক"))


@pytest.mark.parametrize("text", [
    "लखनऊ में ऑल इंडिया पावर इंजीनियर्स फेडरेशन ने बिजली निजीकरण के खिलाफ बैठक की।",
    "In Chandigarh, the All India Power Engineers Federation (AIPEF) opposed the sale of the utility.",
])
def test_the_power_engineers_federation_is_known(text: str) -> None:
    assert "aipef-in" in union_ids(tag_text(text))


def test_a_name_opened_by_jatiya_keeps_its_own_league() -> None:
    # "জাতীয়" and a trade the word list lacks before the short name: the walk's name, not the federation
    ids = union_ids(tag_text("সিরাজগঞ্জে জাতীয় চাতালঘাট শ্রমিক লীগ মানববন্ধন করেছে।"))
    assert len(ids) == 1 and "jsl-bd" not in ids


def test_the_sa27_sample_is_outside_the_set_and_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_sa27")
    assert len(sample) >= 40 and not _pages_found_elsewhere("wide_sa27")
