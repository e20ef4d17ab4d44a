"""South Asian union names and places (issue 9, branch sa32): Bangla's league glued to the workers' word after a
trade, unions named by a bank or a police-station area, bank employees' councils (সংসদ), and Urdu's "financial" that
is Arabic's name for Mali; sentences of their own, not taken from the real-news set or the samples."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, discovered_names, primary_countries, tag_text, union_ids


@pytest.mark.parametrize(
    "text, name",
    [
        ("নওয়াপাড়ায় পাটকল শ্রমিকলীগ নেতারা মজুরি কমিশনের দাবি জানান।", "পাটকল শ্রমিক লীগ"),
        ("খুলনায় বাংলাদেশ পাটকল শ্রমিকলীগের বিক্ষোভ মিছিল হয়েছে।", "বাংলাদেশ পাটকল শ্রমিক লীগ"),
        ("বরিশালে নৌযান শ্রমিকলীগের নেতারা কর্মবিরতির ঘোষণা দেন।", "নৌযান শ্রমিক লীগ"),
    ],
)
def test_a_league_glued_to_the_workers_word_after_a_trade_is_the_trades_league(text: str, name: str) -> None:
    tags = tag_text(text)
    assert name in discovered_names(tags)
    assert "jsl-bd" not in union_ids(tags)  # not the Jatiya Sramik League, whose short name "শ্রমিকলীগ" is


def test_the_glued_league_alone_is_still_the_jatiya_sramik_league() -> None:
    assert "jsl-bd" in union_ids(tag_text("বাগেরহাটে জেলা শ্রমিকলীগের সভাপতি সমাবেশে বক্তব্য দেন।"))


def test_a_youth_league_glued_is_no_union() -> None:
    assert not union_ids(tag_text("ঢাকায় যুবলীগের নেতারা মিছিলে অংশ নেন।"))


@pytest.mark.parametrize(
    "text, name",
    [
        ("মতিঝিলে জনতা ব্যাংক এমপ্লয়ীজ ইউনিয়নের নেতারা বোনাসের দাবিতে মিছিল করেন।", "জনতা ব্যাংক এমপ্লয়ীজ ইউনিয়ন"),
        ("রাজশাহীতে রূপালী ব্যাংক কর্মচারী সংসদের সম্মেলন অনুষ্ঠিত হয়েছে।", "রূপালী ব্যাংক কর্মচারী সংসদ"),
        ("খুলনার দিঘলিয়া থানা রিকশা শ্রমিক ইউনিয়নের সভাপতি বক্তব্য দেন।", "দিঘলিয়া থানা রিকশা শ্রমিক ইউনিয়ন"),
    ],
)
def test_a_union_named_by_its_bank_or_police_station_area(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "ঢাকায় জাতীয় সংসদের অধিবেশন শুরু হয়েছে, শ্রমিক নেতারা উপস্থিত ছিলেন।",  # the parliament
        "বিশ্ববিদ্যালয়ে ছাত্র সংসদ নির্বাচনের তারিখ ঘোষণা করা হয়েছে।",  # a students' union
        "এদিন ব্যাংক কর্মচারী ইউনিয়নের নেতারা উপস্থিত ছিলেন।",  # "that day", no bank's name
    ],
)
def test_a_parliament_a_students_council_or_a_day_is_no_bank_union(text: str) -> None:
    assert not any(name.startswith(("জাতীয় সংসদ", "ছাত্র", "এদিন")) for name in discovered_names(tag_text(text)))


def test_urdu_financial_is_not_mali() -> None:
    tags = tag_text("کراچی میں بلدیہ کے ملازمین نے اپنے مالی مسائل کے حل کے لیے احتجاجی مظاہرہ کیا۔")
    assert "ML" not in all_countries(tags)
    assert primary_countries(tags) == {"PK"}


def test_arabic_mali_is_still_mali() -> None:
    assert "ML" in primary_countries(tag_text("نظمت نقابات العمال في مالي إضرابا عاما في باماكو للمطالبة بالأجور."))


@pytest.mark.parametrize(
    "text, union_id",
    [
        # Tamil Nadu's press writes the central unions by Tamil acronyms
        ("மதுரையில் சிஐடியு மற்றும் ஏஐடியுசி தொழிற்சங்கங்கள் ஆர்ப்பாட்டம் நடத்தின.", "citu"),
        ("மதுரையில் சிஐடியு மற்றும் ஏஐடியுசி தொழிற்சங்கங்கள் ஆர்ப்பாட்டம் நடத்தின.", "aituc"),
        ("கோவையில் தொமுச சார்பில் போக்குவரத்து ஊழியர்கள் போராட்டம் நடத்தினர்.", "lpf-in"),
        # Sinhala papers name Sri Lanka's teachers' unions in Sinhala, with the genitive joined ("-ේ")
        ("ලංකා ගුරු සේවා සංගමයේ ලේකම් කොළඹදී මාධ්ය හමුවක් පැවැත්වීය.", "ctsu-lk"),
        ("ලංකා ගුරු සංගමය මහනුවර විරෝධතාවක් සංවිධානය කළේය.", "ceylon-teachers-union-lk"),
        ("डिब्रूगढ़ में ACMS ने चाय बागान मजदूरों की मजदूरी बढ़ाने की मांग की।", "acms-in"),
        ("अजमेर में नॉर्थ वेस्टर्न रेलवे एम्पलाइज यूनियन ने निजीकरण के विरोध में धरना दिया।", "nwreu-in"),
        ("কলকাতায় পশ্চিমবঙ্গ আশাকর্মী ইউনিয়নের ডাকে স্বাস্থ্য ভবন অভিযান হয়।", "paschimbanga-asha-karmi-union-in"),
        ("کراچی میں کے ایم سی سجن یونین نے تنخواہوں کے لیے احتجاج کیا۔", "sujan-union-kmc-pk"),
    ],
)
def test_south_asian_names_the_directory_now_holds(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_a_sinhala_word_ending_like_a_case_is_no_union() -> None:
    # "සංගමයේ" alone, an association's, names none
    assert not union_ids(tag_text("කොළඹ සංගමයේ රැස්වීමක් පැවැත්විණි."))


def test_a_unions_name_in_its_script_before_its_latin_acronym_is_that_union() -> None:
    ids = union_ids(tag_text("डिब्रूगढ़ में चाय श्रमिकों के संगठन असम चाय मजदूर संघ (ACMS) ने धरना दिया।"))
    assert ids == {"acms-in"}


def test_a_centres_acronym_after_a_unions_name_is_its_affiliation() -> None:
    ids = union_ids(tag_text("बैरकपुर में जूट मिल ठेका मजदूर यूनियन (CITU) ने रैली निकाली।"))
    assert "citu" in ids and any(union_id.startswith("found:IN:") for union_id in ids)


@pytest.mark.parametrize(
    "text, union_id",
    [
        # Uttarakhand's former name opens its unions' names, whatever the order of their words
        ("हल्द्वानी में उत्तरांचल कर्मचारी रोडवेज यूनियन ने चक्का जाम की चेतावनी दी।", "uttaranchal-roadways-karmchari-union-in"),
        ("सिलीगुड़ी में एनएफ रेलवे मजदूर यूनियन की शाखा ने धरना दिया।", "nfrmu-in"),
    ],
)
def test_hindi_names_of_uttarakhand_and_northeast_frontier_railway_unions(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_uttaranchal_opens_a_found_name() -> None:
    assert "उत्तरांचल परिवहन मजदूर संघ" in discovered_names(tag_text("देहरादून में उत्तरांचल परिवहन मजदूर संघ ने धरना दिया।"))


@pytest.mark.parametrize("text", ["মালদা স্টেশনের সামনে রেলকর্মীরা বিক্ষোভ দেখান।", "ইংরেজবাজার শহরে হকাররা মিছিল করেন।"])
def test_malda_and_english_bazar_are_in_india(text: str) -> None:
    assert primary_countries(tag_text(text)) == {"IN"}


@pytest.mark.parametrize("text", ["बदायूं में अखिल भारतीय आंगनबाड़ी कर्मचारी महासभा ने ज्ञापन सौंपा।",
                                  "बरेली में अखिल भारतीय आंगनवाड़ी कर्मचारी महासभा की बैठक हुई।"])
def test_the_anganwadi_employees_mahasabha(text: str) -> None:
    assert "akhil-bharatiya-anganwadi-karmachari-mahasabha-in" in union_ids(tag_text(text))


def test_the_balochistan_grand_alliance_and_not_an_heirs_alliance() -> None:
    assert "balochistan-grand-alliance-pk" in union_ids(tag_text("کوئٹہ میں بلوچستان گرینڈ الائنس نے لاک ڈاؤن کا اعلان کیا۔"))
    assert not union_ids(tag_text("کوئٹہ میں لواحقین گرینڈ الائنس نے پریس کلب کے سامنے احتجاج کیا۔"))
