"""Bangla recogniser pass (issue 9, branch recbn39): a place name ending in "র" without a vowel sign before it
("শ্যামনগর", "শিবপুর") is the place's own name before "উপজেলা", not a genitive; Bangla "নিউ" (new: "নিউ মার্কেট")
is not Niue."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, tag_text, union_names


@pytest.mark.parametrize(("text", "name"), [
    ("সাতক্ষীরার শ্যামনগর উপজেলা রিকশা, ভ্যান ও ঠেলাগাড়ি শ্রমিক ইউনিয়নের শাখা কার্যালয় উদ্বোধন অনুষ্ঠিত হয়েছে।",
     "শ্যামনগর উপজেলা রিকশা, ভ্যান ও ঠেলাগাড়ি শ্রমিক ইউনিয়ন"),
    ("মানববন্ধনে বক্তব্য দেন শিবপুর উপজেলা রিকশা ভ্যান শ্রমিক ইউনিয়নের সভাপতি।",
     "শিবপুর উপজেলা রিকশা ভ্যান শ্রমিক ইউনিয়ন"),
])
def test_a_town_name_ending_in_r_opens_the_name(text: str, name: str) -> None:
    names = union_names(tag_text(text, language="bn"))
    assert name in names, names



def test_new_market_is_not_niue() -> None:
    tags = tag_text("মঙ্গলবার কলকাতা পৌর সংস্থার সামনে থেকে মিছিল করে নিউ মার্কেট থানায় ডেপুটেশন দেন হকাররা।",
                    language="bn")
    assert all_countries(tags) == {"IN"}, all_countries(tags)


@pytest.mark.parametrize(("text", "name"), [
    ("হাজারীবাগের সব ট্যানারীতে আধাবেলার কর্মবিরতি পালিত হয়। ট্যানারী ওয়ার্কার্স ইউনিয়ন এ কর্মবিরতির ডাক দেয়।",
     "Tannery Workers Union"),
    ("অল ইন্ডিয়া ব্যাঙ্ক এমপ্লয়িজ অ্যাসোসিয়েশন ডাক দিয়েছে বনধের। আজ দেশজুড়ে ব্যাঙ্কিং পরিষেবা ব্যাহত হচ্ছে।",
     "All India Bank Employees Association"),
    ("বিষয়টি নিশ্চিত করেছেন বাংলাদেশ রেলওয়ে রানিং স্টাফ ও শ্রমিক কর্মচারী সমিতির ঢাকা মহানগর কমিটির সাধারণ সম্পাদক।",
     "Bangladesh Railway Running Staff and Sramik Karmachari Union"),
])
def test_bangla_names_of_directory_unions(text: str, name: str) -> None:
    names = union_names(tag_text(text, language="bn"))
    assert name in names, names
