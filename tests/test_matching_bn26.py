"""Bangla union names (branch bn26): a district's union written short beside its full name, the branch and
sub-district committees of a national federation, and the Bangla name of a national centre."""

from __future__ import annotations

import pytest

from bot.matching import default_tagger
from bot.matching.normalize import fold
from bot.matching.recognise import in_order


def _union_ids(text: str) -> list[str]:
    return sorted(tag.union_id for tag in default_tagger().tag(None, text).unions)


@pytest.mark.parametrize("text, full", [
    # the district word left out
    ("কুমিল্লা হোটেল শ্রমিক ইউনিয়নের কর্মীসভা হয়েছে। সভায় কুমিল্লা জেলা হোটেল শ্রমিক ইউনিয়নের নেতারা মজুরির দাবি "
     "তোলেন।", "কুমিল্লা জেলা হোটেল"),
    # the district town's level ("সদর উপজেলা") left out
    ("পাবনা রিকশা শ্রমিক ইউনিয়ন বিক্ষোভ করেছে। পাবনা সদর উপজেলা রিকশা শ্রমিক ইউনিয়নের সভাপতি বক্তব্য দেন।",
     "পাবনা সদর উপজেলা রিকশা"),
    # the vehicles a transport union lists left out
    ("নাটোর জেলা বাস, মিনিবাস, কোচ মটর শ্রমিক ইউনিয়ন ধর্মঘট ডেকেছে। নাটোর জেলা মটর শ্রমিক ইউনিয়নের নেতারা "
     "জানান।", "নাটোর জেলা বাস মিনিবাস কোচ মটর"),
])
def test_a_districts_union_written_short_is_the_one_written_in_full(text: str, full: str) -> None:
    ids = _union_ids(text)
    assert len(ids) == 1 and ids[0].startswith("found:BD:" + "-".join(fold(full).split())), ids


@pytest.mark.parametrize("text", [
    # a trade left out may name another union: both stay
    "রংপুর জেলা হোটেল শ্রমিক ইউনিয়ন সভা করেছে। রংপুর জেলা হোটেল মিষ্টি বেকারি শ্রমিক ইউনিয়নের নেতারাও ছিলেন।",
    # another district's union with the same trade is another union
    "রংপুর জেলা হোটেল শ্রমিক ইউনিয়ন সভা করেছে। দিনাজপুর জেলা হোটেল শ্রমিক ইউনিয়নের নেতারাও ছিলেন।",
])
def test_a_districts_unions_that_differ_by_a_trade_or_a_place_stay_apart(text: str) -> None:
    assert len(_union_ids(text)) == 2


def test_a_short_form_fitting_two_full_names_goes_to_neither() -> None:
    text = ("যশোর জেলা ট্রাক শ্রমিক ইউনিয়ন সভা করেছে। যশোর জেলা ট্রাক, পিকআপ শ্রমিক ইউনিয়নের নেতারা ছিলেন। যশোর "
            "জেলা ট্রাক, লরি শ্রমিক ইউনিয়নের নেতারাও ছিলেন।")
    assert len(_union_ids(text)) == 3


@pytest.mark.parametrize("text, federation", [
    ("জাতীয়তাবাদী শ্রমিক দলের কেন্দ্রীয় নেতারা সমাবেশ করেন। পরে খুলনা শাখা শ্রমিক দলের মিছিল হয়।", "bjsd"),
    ("জাতীয় শ্রমিক লীগ দেশজুড়ে সমাবেশ করেছে। মোল্লাহাট উপজেলা শ্রমিক লীগের সভাপতি বক্তব্য দেন।", "jsl-bd"),
    ("জাতীয় শ্রমিক লীগ দেশজুড়ে সমাবেশ করেছে। খুলনা থানা শ্রমিক লীগের নেতারাও ছিলেন।", "jsl-bd"),
])
def test_a_branch_or_sub_district_committee_is_its_national_federation(text: str, federation: str) -> None:
    assert _union_ids(text) == [federation]


def test_a_sub_districts_own_trade_union_is_no_federations_committee() -> None:
    text = "জাতীয় শ্রমিক লীগ সমাবেশ করেছে। মোল্লাহাট উপজেলা ইজিবাইক শ্রমিক লীগের সভাপতি বক্তব্য দেন।"
    ids = _union_ids(text)
    assert "jsl-bd" in ids and any(union_id.startswith("found:BD:মোললাহাট-উপজেলা-ইজিবাইক") for union_id in ids)


@pytest.mark.parametrize("text", [
    "বাংলাদেশ ফ্রি ট্রেড ইউনিয়ন কংগ্রেসের জাতীয় সম্মেলন ঢাকায় হয়েছে।",
    "সমাবেশে বিএফটিইউসির নেতারা ন্যূনতম মজুরির দাবি জানান।",
])
def test_the_free_trade_union_congress_in_bangla(text: str) -> None:
    assert _union_ids(text) == ["bftuc"]


def test_in_order_takes_words_as_well_as_letters() -> None:
    assert in_order(["a", "c"], ["a", "b", "c"]) and not in_order(["c", "a"], ["a", "b", "c"])
    assert in_order("県職労", "長野県職員労働組合")


@pytest.mark.parametrize("text", [
    # a found name with its state and without it
    "पंजाब में निर्माण मजदूर यूनियन पंजाब ने धरना दिया। बाद में निर्माण मजदूर यूनियन के नेताओं ने ज्ञापन सौंपा।",
    "आशा कर्मचारी संघ हरियाणा की बैठक हुई। आशा कर्मचारी संघ के नेताओं ने ज्ञापन सौंपा।",
])
def test_a_hindi_name_without_the_state_after_its_head_is_the_one_with_it(text: str) -> None:
    assert len(_union_ids(text)) == 1, _union_ids(text)


def test_a_hindi_name_with_a_state_of_its_own_stays_apart() -> None:
    # the state before the head names another union than the national one without it
    text = "अखिल भारतीय किसान मजदूर सभा और हरियाणा किसान मजदूर सभा ने सम्मेलन किया।"
    assert len(_union_ids(text)) == 2, _union_ids(text)


def test_a_devanagari_acronym_may_spell_e_with_the_short_vowel() -> None:
    text = "लखनऊ: बैंक कर्मियों की हड़ताल में बीइएफआइ और एनसीबीइ के सदस्य भी शामिल होंगे।"
    assert _union_ids(text) == ["befi-in", "ncbe-in"]


@pytest.mark.parametrize("text", [
    "इस बार इन कर्मचारियों ने कहा कि बीइ की परीक्षा अगले महीने होगी।",
    "इसी बीच इलाके में इमारत गिरने से मजदूर घायल हुए।",
])
def test_the_short_vowel_alone_spells_no_acronym(text: str) -> None:
    assert _union_ids(text) == []
