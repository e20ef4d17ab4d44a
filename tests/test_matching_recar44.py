"""Arabic, Persian and Sorani labour pages of the second wave (issue 9, branch recar44): the sample's own checks, and
Persian small towns named after their public body ("شهرداری مریوان"), with no "in"."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids
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


@pytest.mark.parametrize("text", [
    "قال رئيس اتحاد العاملين في الأونروا في قطاع غزة إن الموظفين أضربوا أمس",
    "دعا اتحاد موظفي الأونروا إلى إضراب شامل في مدارس الوكالة",
])
def test_the_unrwa_staff_union_is_found_by_the_names_the_press_writes(text: str) -> None:
    assert "unrwa-arab-staff-union" in union_ids(tag_text(text))


def test_the_unrwa_staff_union_names_no_country_of_its_own() -> None:
    # the agency's staff unions are five fields' (Gaza, the West Bank, Jordan, Lebanon, Syria): a Lebanese field's
    # protest is not made Palestinian by the union's name
    tags = tag_text("نفذ اتحاد العاملين في الاونروا وقفة احتجاجية امام مكتب الوكالة رفضا لتقليص الرواتب")
    assert "unrwa-arab-staff-union" in union_ids(tags) and "PS" not in primary_countries(tags)


def test_the_staff_union_of_another_body_is_not_the_unrwa_union() -> None:
    ids = union_ids(tag_text("قال رئيس اتحاد العاملين في الجامعة إن الموظفين أضربوا أمس"))
    assert "unrwa-arab-staff-union" not in ids
