"""Urdu, Hindi and Bangla recogniser pass (issue 9, branch recsa40): an Urdu name's word written against the word
before it with no space after a letter that joins none; the English words of India's power-sector federations in
every spelling Hindi news gives them."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids, union_names


@pytest.mark.parametrize(("text", "name"), [
    # "میں" (in) written against the name's first word: the name starts at "پاکستان", not at "اسٹیل"
    ("کراچی: مزدوروں کے جلسے میںپاکستان اسٹیل لیبر یونین کے عہدیداروں نے شرکت کی۔", "پاکستان اسٹیل لیبر یونین"),
    ("لاہور: اجلاس کے بعدپنجاب ٹیچرز یونین نے احتجاج کا اعلان کیا۔", "پنجاب ٹیچرز یونین"),
])
def test_an_urdu_name_glued_to_the_word_before(text: str, name: str) -> None:
    assert name in union_names(tag_text(text, language="ur"))


def test_an_urdu_name_s_words_glued_together() -> None:
    tags = tag_text("کراچی میں ہوم بیسڈویمن ورکرز فیڈریشن نے جلوس نکالا۔", language="ur")
    assert "hbwwf" in union_ids(tags), union_names(tags)


@pytest.mark.parametrize(("text", "union_id"), [
    ("लखनऊ: इलेक्ट्रिसिटी इंप्लाइज फेडरेशन ऑफ इंडिया ने निजीकरण का विरोध किया।", "eefi-in"),
    ("सोनभद्र: ऑल इंडिया पॉवर इंजीनियर्स फेडरेशन के चेयरमैन ने आंदोलन की घोषणा की।", "aipef-in"),
])
def test_power_federations_in_the_spellings_hindi_news_uses(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language="hi"))


@pytest.mark.parametrize(("text", "language", "union_id"), [
    # the Jatiyatabadi Sramik Dal by its short name, as the Jatiya Sramik League is "শ্রমিক লীগ"
    ("খুলনা: শ্রমিক দল বিভাগীয় সভাপতি সমাবেশে বক্তব্য দেন।", "bn", "bjsd"),
    ("বগুড়া জেলা শ্রমিক দলের আহ্বায়ক কমিটি ঘোষণা করা হয়েছে।", "bn", "bjsd"),
    ("हैदराबाद में इंडियन फेडरेशन ऑफ ट्रेड यूनियन ने रैली निकाली।", "hi", "iftu-in"),
    # a run of English words after "of" that ends with the people the union organises
    ("नागपुर सम्मेलन में ऑल इंडिया फेडरेशन ऑफ इलेक्ट्रिसिटी इंप्लाइज भी शामिल होगी।", "hi", "aifee-in"),
])
def test_unions_the_directory_lacked(text: str, language: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language=language))


def test_a_trade_s_league_of_workers_is_its_own_name() -> None:
    # "নির্মাণ শ্রমিক দল" (the construction workers' wing) is read whole, not as the Sramik Dal's short name
    names = union_names(tag_text("ফরিদপুর জেলা নির্মাণ শ্রমিক দলের সভা অনুষ্ঠিত হয়েছে।", language="bn"))
    assert any("নির্মাণ শ্রমিক দল" in name for name in names), names


@pytest.mark.parametrize(("text", "name"), [
    ("রাজশাহী: অগ্রণী ব্যাংক এমপ্লয়ীজ এসোসিয়েশনের নেতারা সমাবেশে বক্তব্য দেন।", "অগ্রণী ব্যাংক এমপ্লয়ীজ এসোসিয়েশন"),
    ("শিলিগুড়িতে উত্তরবঙ্গ চা বাগান ওয়ার্কার্স অ্যাসোসিয়েশন বিক্ষোভ দেখায়।", "চা বাগান ওয়ার্কার্স অ্যাসোসিয়েশন"),
])
def test_association_is_a_bangla_head(text: str, name: str) -> None:
    names = union_names(tag_text(text, language="bn"))
    assert any(found.endswith(name) for found in names), names


def test_an_employers_association_in_bangla_is_none() -> None:
    # no workers' word before the head: the manufacturers' and exporters' association is the employers'
    assert not union_names(tag_text("ঢাকা: বাংলাদেশ নিটওয়্যার ম্যানুফ্যাকচারার্স অ্যান্ড এক্সপোর্টার্স অ্যাসোসিয়েশন "
                                    "বিবৃতি দিয়েছে।", language="bn"))


def test_the_trade_union_centre_by_its_short_name() -> None:
    # "ট্রেড ইউনিয়ন কেন্দ্র" alone is the Bangladesh Trade Union Centre (TUC) ...
    assert "btuc-bd" in union_ids(tag_text("ঢাকা: ট্রেড ইউনিয়ন কেন্দ্রের নেতারা মজুরি কমিশনের দাবি জানান।", language="bn"))


def test_the_short_name_ends_a_longer_union_s_name() -> None:
    # ... but ends the name of a union of its own after a trade, which the walk reads whole
    tags = tag_text("চট্টগ্রাম: জাহাজভাঙা শ্রমিক ট্রেড ইউনিয়ন কেন্দ্রের সম্মেলন অনুষ্ঠিত হয়েছে।", language="bn")
    assert "btuc-bd" not in union_ids(tags)
    assert "জাহাজভাঙা শ্রমিক ট্রেড ইউনিয়ন কেন্দ্র" in union_names(tags)


@pytest.mark.parametrize(("text", "found"), [
    # "ٸ" (high hamza yeh) typed for "ئ" folds as "ئ" does
    ("کراچی: آل پاکستان واپڈا ہاٸیڈرو الیکٹرک ورکرز یونین نے احتجاج کیا۔", "apwhewu-pk"),
])
def test_high_hamza_yeh_is_the_urdu_hamza_yeh(text: str, found: str) -> None:
    assert found in union_ids(tag_text(text, language="ur"))


def test_high_hamza_yeh_in_a_name_the_walk_reads() -> None:
    assert "پی آٸی اے ایمپلاٸز یونین" in union_names(tag_text("کراچی: پی آٸی اے ایمپلاٸز یونین نے احتجاج کیا۔",
                                                                language="ur"))
