"""Hindi, Urdu, Bangla and Nepali pass (issue 9, branch recsa45): India's bank staff unions named after their bank,
written word by word in Devanagari English words (All India Punjab National Bank Officers' Association, its employees'
federation, the All India Union Bank Employees Association), and Nepal's financial institutions' staff union by its
Nepali name ("नेपाल वित्तीय संस्था कर्मचारी संघ")."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_recsa45")
    assert len(sample) >= 24
    assert not _pages_found_elsewhere("wide_recsa45")


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_recsa45 hi-45205: the officers in the singular, "association" misspelt, "All" as "आल"
    ("पटना में आल इंडिया पंजाब नेशनल बैंक आफिसर एसोशिएशन के सदस्यों ने धरना दिया।", "aipnboa-in"),
    # wide_recsa45 hi-45205: "employees" as "एम्प्लोयी"
    ("ऑल इंडिया पंजाब नेशनल बैंक एम्प्लोयी फेडरेशन की बैठक दिल्ली में हुई।", "aipnbef-in"),
    # wide_recsa45 hi-45203: the bank's name "Union" inside the union's name
    ("ऑल इंडिया यूनियन बैंक एम्पलाइज एसोसिएशन ने प्रबंधन को ज्ञापन सौंपा।", "aiubea-in"),
])
def test_a_bank_staff_union_spelt_in_devanagari_english_words_is_the_directory_record(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_a_found_name_spanning_all_of_a_spelt_directory_name_is_no_second_union() -> None:
    # wide_recsa45 hi-45204: the recogniser finds the whole name by its shape too
    ids = union_ids(tag_text("ऑल इंडिया पंजाब नेशनल बैंक ऑफिसर्स एसोसिएशन ने नई नीति का विरोध किया।"))
    assert ids == {"aipnboa-in"}


@pytest.mark.parametrize("text", [
    # the bank and its officers, no union named
    "पंजाब नेशनल बैंक के अधिकारियों ने मंडल कार्यालय पर प्रदर्शन किया।",
    # a shorter name the directory does not hold is not the officers' association
    "पंजाब बैंक ऑफिसर एसोसिएशन की बैठक हुई।",
])
def test_a_bank_or_another_bank_union_is_not_the_punjab_national_bank_officers(text: str) -> None:
    assert "aipnboa-in" not in union_ids(tag_text(text))


@pytest.mark.parametrize(("text", "name"), [
    # wide_recsa45 ne-45242, with the case ending joined to the head
    ("नेपाल वित्तीय संस्था कर्मचारी संघले सरकारसँग माग राखेको छ।", "नेपाल वित्तीय संस्था कर्मचारी संघ"),
    # wide_rechi42 ne-42253: "financial" with the short vowel
    ("काठमाडौंमा नेपाल वित्तिय संस्था कर्मचारी संघको अधिवेशन सुरु भयो।", "नेपाल वित्तिय संस्था कर्मचारी संघ"),
])
def test_nepals_financial_institutions_staff_union_is_found_by_its_nepali_name(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


def test_the_financial_institutions_words_alone_name_no_union() -> None:
    assert not union_ids(tag_text("बैंक तथा वित्तीय संस्थाका कर्मचारीहरू आन्दोलनमा छन् ।"))


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_recsa45 hi-45201: "All" as "आल", where the directory's alias writes "ऑल"
    ("आल इंडिया रेलवे फेडरेशन के महामंत्री ने रेल कर्मचारियों को संबोधित किया।", "airf-in"),
    # wide_recsa43 hi-43204: coal written "कॉल"
    ("आल इंडिया कॉल वर्कर फेडरेशन ने हड़ताल का समर्थन किया।", "all-india-coal-workers-federation-in"),
])
def test_a_name_spelt_otherwise_reads_as_the_directorys_alias_in_english_words(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # a call centre's workers' union is no coal federation
    "कॉल सेंटर वर्कर्स यूनियन ने हड़ताल की।",
    # the words of AIRF's alias without its head name no union
    "आल इंडिया रेलवे नेटवर्क पर असर पड़ा।",
])
def test_a_spelt_reading_without_a_directory_alias_names_no_directory_union(text: str) -> None:
    ids = union_ids(tag_text(text))
    assert "airf-in" not in ids and "all-india-coal-workers-federation-in" not in ids


@pytest.mark.parametrize(("text", "name"), [
    # wide_recsa45 hi-45207: a state's sanitation workers' union
    ("मेरठ में उत्तर प्रदेशीय सफाई कर्मचारी संघ के मंडल प्रभारी ने ज्ञापन दिया।", "उत्तर प्रदेशीय सफाई कर्मचारी संघ"),
    # wide_recsa43 hi-43205: a city corporation's sanitation workers' union
    ("लुधियाना में निगम सफाई मजदूर यूनियन ने धरना दिया।", "निगम सफाई मजदूर यूनियन"),
])
def test_a_sanitation_workers_union_is_found_by_its_name(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


def test_sanitation_and_its_workers_alone_name_no_union() -> None:
    assert not union_ids(tag_text("शहर की सफाई व्यवस्था चरमरा गई, सफाई कर्मचारी हड़ताल पर बैठे।"))
