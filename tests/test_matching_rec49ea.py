"""East and South-East Asian pass (issue 9, branch rec49ea): a fresh wide sample of Japanese, Korean, Indonesian,
Thai and Vietnamese pages, and Japan's National Teachers Federation (全日教連), which the directory lacked."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_rec49ea")
    assert len(sample) >= 35
    assert {story["lang"] for story in sample} >= {"ja", "ko", "id", "th", "vi"}
    assert not _pages_found_elsewhere("wide_rec49ea")


@pytest.mark.parametrize("text", [
    # wide_rec49ea ja-48504, ja-48505: the federation by its short name, and by its full name
    "県の教職員連盟の大会では、全日教連の副委員長が来賓として挨拶した。",
    "大分の高校教員の団体が全日本教職員連盟への加盟を決めた。",
])
def test_the_national_teachers_federation_is_found_by_either_name(text: str) -> None:
    assert "ntfj-jp" in union_ids(tag_text(text))


def test_the_all_japan_teachers_union_is_not_taken_for_the_federation() -> None:
    # 全教 (Zenkyo, 全日本教職員組合) shares the federation's opening characters but is another body
    assert "ntfj-jp" not in union_ids(tag_text("全日本教職員組合(全教)の委員長が記者会見を開いた。"))
