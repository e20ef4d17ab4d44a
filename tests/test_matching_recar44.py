"""Arabic, Persian and Sorani labour pages of the second wave (issue 9, branch recar44): the sample's own checks, and
Persian small towns named after their public body ("شهرداری مریوان"), with no "in"."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_recar44_sample_is_large_enough_and_new() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_recar44")
    assert len(sample) >= 24 and not _pages_found_elsewhere("wide_recar44")


@pytest.mark.parametrize("text", [
    "کارگران شهرداری مریوان در اعتراض به حقوق معوقه تجمع کردند",  # Marivan's municipality
    "کارگران شهرداری بندر ماهشهر دست از کار کشیدند",  # the port town of Mahshahr
])
def test_a_persian_small_town_after_its_public_body_is_the_country(text: str) -> None:
    assert "IR" in primary_countries(tag_text(text))


@pytest.mark.parametrize("text", [
    "کارگران شهرداری در اعتراض به حقوق معوقه تجمع کردند",  # a municipality, no town named
    "کارگران کارخانه مریوان تجمع کردند",  # a factory's name is no public body: the town word may be its brand
])
def test_a_persian_small_town_without_in_or_its_public_body_is_not_read(text: str) -> None:
    assert "IR" not in primary_countries(tag_text(text))
