"""Branch bn29: Bangla union names and the countries of Bangladeshi migrant workers (sentences written for these
tests)."""

import pytest

from bot.matching.normalize import fold
from bot.matching.tagger import default_tagger
from tests.matching import primary_countries, tag_text


def _union_names(title: str, text: str) -> set[str]:
    """The folded names of every union tagged in a story."""
    return {fold(tag.name) for tag in default_tagger().tag(title, text).unions}


@pytest.mark.parametrize(("text", "name"), [
    # "টি" is tea between a place and a labour word
    ("ধলাই: সিটু অনুমোদিত ত্রিপুরা টি ওয়ার্কার্স ইউনিয়নের সদস্যরা বাগানে সভা করেন।", "ত্রিপুরা টি ওয়ার্কার্স ইউনিয়ন"),
    ("আগরতলায় বুধবার ত্রিপুরা টি ওয়ার্কার ইউনিয়ন শ্রম দপ্তরে স্মারকলিপি দেয়।", "ত্রিপুরা টি ওয়ার্কার ইউনিয়ন"),
])
def test_tea_in_english_letters_keeps_the_name_whole(text: str, name: str) -> None:
    assert fold(name) in _union_names("", text)


def test_an_and_after_a_head_joins_two_names() -> None:
    names = _union_names("", "খোয়াই: ত্রিপুরা মোটর শ্রমিক ইউনিয়ন ও ত্রিপুরা রাবার শ্রমিক ইউনিয়নের যৌথ সভা হয়।")
    # (the motor workers' union is in the directory since branch bn34, so it is tagged by its directory name)
    assert fold("ত্রিপুরা রাবার শ্রমিক ইউনিয়ন") in names
    assert fold("ত্রিপুরা মোটর শ্রমিক ইউনিয়ন") in names or fold("Tripura Motor Sramik Union") in names
    assert not any(fold(" ও ") in name for name in names)


@pytest.mark.parametrize("text", [
    # a numeral and a classifier count the federations: none is named
    "খুলনা: দেশের ১২টি জাতীয় ট্রেড ইউনিয়ন ফেডারেশনের নেতারা বৈঠকে বসেন।",
    "রাজশাহী: ৮ টি জাতীয় ট্রেড ইউনিয়ন ফেডারেশন যৌথ বিবৃতি দিয়েছে।",
    # "টি" after a numeral is the classifier, no tea
    "কলকাতা: ১০ টি কেন্দ্রীয় ট্রেড ইউনিয়ন ধর্মঘট ডেকেছে।",
])
def test_counted_and_place_only_phrases_name_no_union(text: str) -> None:
    assert _union_names("", text) == set()


def test_a_committee_by_its_federation_s_short_name_is_no_name_of_its_own() -> None:
    # a district town's sub-district and a party federation's short name: a committee of the federation, which the
    # short name names (since branch recsa40, as "শ্রমিক লীগ" names the Jatiya Sramik League), no name of its own
    names = _union_names("", "নওগাঁ সদর উপজেলা শ্রমিক দল নতুন কমিটি ঘোষণা করেছে।")
    assert names <= {fold("Bangladesh Jatiyatabadi Sramik Dal")}


@pytest.mark.parametrize(("text", "host"), [
    ("মালয়েশিয়ায় বাংলাদেশি শ্রমিকদের বেতন কমিয়ে দিয়েছে কয়েকটি কোম্পানি।", "MY"),
    ("কুয়েতে প্রবাসী বাংলাদেশি শ্রমিকরা বকেয়া বেতনের দাবিতে বিক্ষোভ করেছেন।", "KW"),
    ("ওমানের মাস্কাটে আটকে আছেন ৪০ জন বাংলাদেশি।", "OM"),
])
def test_bangladeshi_workers_placed_abroad_are_the_hosts_story(text: str, host: str) -> None:
    assert primary_countries(tag_text(text)) == {host}


def test_bangladeshi_workers_at_home_stay_bangladeshs() -> None:
    # no other country before them in the locative: Bangladesh's own workers
    assert primary_countries(tag_text("গাজীপুরে বাংলাদেশি শ্রমিকদের মজুরি বাড়ানোর দাবিতে মানববন্ধন হয়েছে।")) == {"BD"}
