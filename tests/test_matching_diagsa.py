"""Hindi, Nepali, Marathi, Bangla and Urdu names lost at the recogniser's steps (issue 9, branch diagsa)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text


@pytest.mark.parametrize(("text", "name"), [
    # wide_recsa45 ne-45244's kind: Nepal's name, a word the lists lack ("hospital"), then the staff and the head
    ("काठमाडौंमा नेपाल सरकारी अस्पताल कर्मचारी संघले आज धर्ना दियो ।", "नेपाल सरकारी अस्पताल कर्मचारी संघ"),
    # wide_recsa44 ne-44243's kind: a province of Nepal opening the name
    ("जनकपुरमा मधेश तराई कर्मचारी युनियनले विरोध प्रदर्शन गर्‍यो ।", "मधेश तराई कर्मचारी युनियन"),
    # wide_recur39 ur-39112's kind: a province, two words the lists lack, then the staff and the head
    ("لاہور میں پنجاب ہیلتھ سپورٹ سٹاف ایسوسی ایشن نے احتجاج کیا۔", "پنجاب ہیلتھ سپورٹ سٹاف ایسوسی ایشن"),
    # wide_sa27 ur-27276's kind: "all Pakistan" opening the name of a board's employees' union
    ("اسلام آباد میں آل پاکستان سپورٹس بورڈ ایمپلائز یونین کا اجلاس ہوا۔", "آل پاکستان سپورٹس بورڈ ایمپلائز یونین"),
])
def test_a_nepali_or_urdu_name_opened_by_the_nation_or_a_province_goes_over_unlisted_words(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # Urdu's postposition between the province and the staff: the province's teachers' union, referred to
    "لاہور میں پنجاب کے ٹیچرز یونین کے رہنماؤں نے پریس کانفرنس کی۔",
    # Nepal's name then a word joined with a postposition: no name opens there
    "नेपालमा अस्पतालका कर्मचारी संघले माग राख्यो ।",
])
def test_an_opener_is_not_read_over_a_postposition(text: str) -> None:
    assert not discovered_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # wide_asia9 ur-906's kind: the world's trade union, the confederation's name written short
    "کراچی میں انٹرنیشنل ٹریڈ یونین کی اپیل پر مزدوروں نے ریلی نکالی۔",
    # wide_bnur28 ur-29245's kind: Pakistan's trade union, the start of a campaign's longer name
    "راولپنڈی میں پاکستان ٹریڈ یونین کے کارکنوں نے اجلاس کیا۔",
])
def test_an_urdu_trade_union_of_the_nation_or_the_world_is_no_name(text: str) -> None:
    assert not discovered_names(tag_text(text))


@pytest.mark.parametrize(("text", "name"), [
    # the nation's workers' confederation: a labour word other than "trade"
    ("لاہور میں پاکستان ورکرز کنفیڈریشن نے ہڑتال کا اعلان کیا۔", "پاکستان ورکرز کنفیڈریشن"),
    # a trade's word before "trade union": a name
    ("کوئٹہ میں پاکستان واپڈا ٹریڈ یونین کا اجلاس ہوا۔", "پاکستان واپڈا ٹریڈ یونین"),
])
def test_an_urdu_name_of_the_nation_with_other_words_stays_a_name(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))
