"""Bangla and Urdu pass (issue 9, branch recbn46)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_recbn46")
    assert len(sample) >= 26
    assert not _pages_found_elsewhere("wide_recbn46")


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_recbn46 bn-46103: the officers' association spelt in English words in Bangla letters
    ("কলকাতায় অল ইন্ডিয়া ব্যাঙ্ক অফিসার্স অ্যাসোসিয়েশন ধর্মঘটের ডাক দিয়েছে।", "aiboa-in"),
    # wide_recbn46 bn-46102, bn-46103: "India" with the genitive and with "also" joined, "employees" with "ম্প"
    ("ব্যাঙ্ক এমপ্লয়িজ ফেডারেশন অফ ইন্ডিয়ার নেতারা সভা করেন।", "befi-in"),
    ("ব্যাঙ্ক এম্পলয়িজ ফেডারেশন অব ইন্ডিয়াও ধর্মঘটে যোগ দেবে।", "befi-in"),
    # wide_recsa45 bn-45260: the UFBU, "of" and "bank" spelt otherwise than the directory's alias
    ("ইউনাইটেড ফোরাম অব ব্যাংক ইউনিয়ন দুই দিনের ধর্মঘট ডেকেছে।", "ufbu-in"),
    # wide_recbn46 bn-46110, bn-46111: Bangladesh's health assistants in the press's spellings
    ("বাংলাদেশ হেল্থ এসিসট্যান্ট এসাসিয়েশন উপজেলা শাখা কর্মবিরতি পালন করছে।", "bangladesh-health-assistant-association-bd"),
    ("পাবনায় বাংলাদেশ হেলথ এসিষ্ট্যান্ট এসোসিয়েশান এর সদস্যরা মানববন্ধন করেন।", "bangladesh-health-assistant-association-bd"),
])
def test_an_english_union_name_spelt_in_bangla_letters_is_the_directory_record(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_a_date_before_a_spelt_name_makes_no_second_union() -> None:
    # wide_recbn46 bn-46102: "জানুয়ারিঃ" was read as a bank's name before "ব্যাঙ্ক এমপ্লয়িজ ফেডারেশন"
    ids = union_ids(tag_text("শিলিগুড়ি, ৩১ জানুয়ারিঃ ব্যাঙ্ক এমপ্লয়িজ ফেডারেশন অফ ইন্ডিয়ার তরফে ধর্মঘটের ডাক দেওয়া হল।"))
    assert ids == {"befi-in"}


@pytest.mark.parametrize("text", [
    # the bank and its staff, no union named
    "বাংলাদেশ ব্যাংক এর কর্মকর্তারা বৈঠক করেন।",
    # health assistants referred to, no association named
    "উপজেলার হেলথ এসিস্ট্যান্টরা কর্মবিরতি পালন করছেন।",
])
def test_bangla_english_words_without_a_union_name_name_no_union(text: str) -> None:
    assert not union_ids(tag_text(text))


@pytest.mark.parametrize(("text", "name"), [
    # wide_recbn46 ur-46158: a town's union of journalists, head first with its people after "of"
    ("حیدرآباد یونین آف جرنلسٹس نے جمعرات کو احتجاجی ریلی نکالی۔", "حیدرآباد یونین آف جرنلسٹس"),
    # wide_recbn46 ur-46157: a province's
    ("پنجاب یونین آف جرنلسٹس نے مالکان کو نوٹس دے دیا۔", "پنجاب یونین آف جرنلسٹس"),
])
def test_a_places_union_of_journalists_in_urdu_is_found(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # the head alone: a union of journalists referred to
    "شہر کی یونین آف جرنلسٹس نے اجلاس بلایا۔",
    "یونین آف جرنلسٹس کے عہدیداروں نے خطاب کیا۔",
])
def test_a_union_of_journalists_with_no_place_names_no_union(text: str) -> None:
    assert not union_ids(tag_text(text))


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_recbn46 bn-46112, bn-46113: "employees" with the short vowel, as these pages write it
    ("সোনালী ব্যাংক এমপ্লয়িজ ইউনিয়ন মতিঝিলে মানববন্ধন করেছে।", "sonali-bank-employees-union-bd"),
    # and with the long one, as the union's notices write it
    ("সোনালী ব্যাংক এমপ্লয়ীজ ইউনিয়নের নেতারা স্মারকলিপি দেন।", "sonali-bank-employees-union-bd"),
    # wide_recbn46 ur-46163: Sindh's lady health workers' union
    ("آل لیڈی ہیلتھ ورکرز پروگرام یونین نے سندھ اسمبلی کے باہر دھرنا دیا۔", "alpu-pk"),
])
def test_the_union_rows_of_this_branch_are_found(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(("text", "union_id"), [
    # Sonali Bank's employees' association is another union
    ("সোনালী ব্যাংক এমপ্লয়ীজ এসোসিয়েশনের জেলা কমিটি সমাবেশ করেছে।", "sonali-bank-employees-union-bd"),
    # lady health workers referred to
    ("لیڈی ہیلتھ ورکرز نے تنخواہوں کے لیے دھرنا دیا۔", "alpu-pk"),
])
def test_the_bank_or_the_workers_alone_are_not_these_unions(text: str, union_id: str) -> None:
    assert union_id not in union_ids(tag_text(text))
