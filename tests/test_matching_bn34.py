"""Branch bn34: Bangla, Hindi and Nepali union names and the countries of Bangla and Hindi stories (sentences written
for these tests)."""

import pytest

from bot.matching.normalize import fold
from bot.matching.tagger import default_tagger
from tests.matching import primary_countries


def _union_names(title: str, text: str) -> set[str]:
    """The folded names of every union tagged in a story."""
    return {fold(tag.name) for tag in default_tagger().tag(title, text).unions}


@pytest.mark.parametrize(("text", "name"), [
    # "of" with a nukta, "unions" as "यूनियन्स" and "forum": the English names Hindi news spells out
    ("पटना में बैंक एम्पलाइज फेडरेशन ऑफ़ इंडिया ने शाखाओं के सामने धरना दिया।", "Bank Employees Federation of India"),
    ("लखनऊ: यूनाइटेड फोरम आफ बैंक यूनियन्स ने दो दिन की हड़ताल का ऐलान किया है।", "United Forum of Bank Unions"),
])
def test_devanagari_spellings_of_english_union_names(text: str, name: str) -> None:
    names = _union_names("", text)
    assert fold(name) in names
    assert not any(found != fold(name) and found in fold(text) for found in names)  # no piece of it beside


@pytest.mark.parametrize(("text", "name"), [
    # "অল" (all) and "ব্যাঙ্ক" (bank, as West Bengal spells it) open and carry India's union names in Bangla letters
    ("মালদায় শুক্রবার অল বেঙ্গল ব্যাঙ্ক এমপ্লয়িজ ফেডারেশনের কর্মীরা মিছিল করেন।", "অল বেঙ্গল ব্যাঙ্ক এমপ্লয়িজ ফেডারেশন"),
    ("শিলিগুড়িতে ইউকো ব্যাঙ্ক এমপ্লয়িজ ইউনিয়নের সভা হয়েছে।", "ইউকো ব্যাঙ্ক এমপ্লয়িজ ইউনিয়ন"),
])
def test_bangla_letters_of_indian_union_names(text: str, name: str) -> None:
    assert fold(name) in _union_names("", text)


def test_a_visarga_colon_ends_the_dateline_before_a_name() -> None:
    names = _union_names("", "নিউজ কুমিল্লা প্রতিনিধিঃ কুমিল্লা জেলা রিকশা শ্রমিক ইউনিয়নের সম্মেলন হয়েছে রবিবার।")
    assert fold("কুমিল্লা জেলা রিকশা শ্রমিক ইউনিয়ন") in names
    assert not any(fold("প্রতিনিধি") in name for name in names)


def test_trade_union_written_before_a_national_name_is_not_its_start() -> None:
    names = _union_names("", "पोखरा । होटलको क्रियाशील ट्रेड युनियन नेपाल राष्ट्रिय होटल मजदुर संगठनको अधिवेशन सकियो ।")
    assert fold("नेपाल राष्ट्रिय होटल मजदुर संगठन") in names
    assert not any(name.startswith(fold("ट्रेड युनियन")) for name in names)


@pytest.mark.parametrize(("text", "code"), [
    ("মিয়ানমারের পোশাক কারখানার শ্রমিকেরা মজুরির দাবিতে ধর্মঘট করেছেন।", "MM"),
    ("ব্রিটেনে নার্সদের ইউনিয়ন আবার ধর্মঘটের ডাক দিয়েছে।", "GB"),
    ("ब्रिटेन में डॉक्टरों ने वेतन के लिए हड़ताल की।", "GB"),
    ("हुगली की वेलिंगटन जूट मिल में मजदूरों ने काम बंद रखा।", "IN"),
])
def test_bangla_and_hindi_country_names(text: str, code: str) -> None:
    assert code in primary_countries(default_tagger().tag("", text))
