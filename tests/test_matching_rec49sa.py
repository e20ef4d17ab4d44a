"""Hindi, Bangla, Nepali and Urdu union names (issue 9, branch rec49sa)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_rec49sa")
    assert len(sample) >= 30
    assert not _pages_found_elsewhere("wide_rec49sa")


def test_an_upazila_unit_of_a_directory_union_is_that_union() -> None:
    # wide_sa32 bn-32316: the sub-district's building workers, after the national union's name
    tags = tag_text("খুলনায় ইমারত নির্মাণ শ্রমিক ইউনিয়নের মিছিল হয়। পরে উপজেলা ইমারত নির্মাণ শ্রমিক ইউনিয়নের "
                    "নেতারা সমাবেশে বক্তব্য দেন।")
    assert union_ids(tags) == {"insab-bd"}
    assert not discovered_names(tags)


def test_an_upazila_unit_written_without_its_place_is_the_placed_union() -> None:
    # wide_rec49sa bn-48241: the title drops the upazila's name and writes "রিক্সা-ভ্যান" with a dash
    tags = tag_text("শুক্রবার পাবনার ঈশ্বরদী উপজেলা রিক্সা ও ভ্যান শ্রমিক ইউনিয়নের নতুন কমিটি ঘোষণা করা হয়।",
                    title="ঈশ্বরদীতে উপজেলা রিক্সা-ভ্যান শ্রমিক ইউনিয়নের কমিটি")
    assert discovered_names(tags) == {"ঈশ্বরদী উপজেলা রিক্সা ও ভ্যান শ্রমিক ইউনিয়ন"}


@pytest.mark.parametrize(("text", "name"), [
    # a sub-district's union the story names only so: it stays a name of its own
    ("উপজেলা রিক্সা ও ভ্যান শ্রমিক ইউনিয়নের নেতারা ভাড়া বাড়ানোর দাবিতে মানববন্ধন করেন।",
     "উপজেলা রিক্সা ও ভ্যান শ্রমিক ইউনিয়ন"),
])
def test_an_unplaced_unit_with_no_fuller_name_stays_found(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))
