"""Rules of branch kob35 (second pass on bench/data/wide_ko34): a foreign person's katakana name before 労組 and a
post is no union; a kind of workers alone before 労組 is no name; a katakana reading in brackets inside a company's
name is read through ("現代(ヒュンダイ)自動車労組")."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text


@pytest.mark.parametrize(
    "text",
    [
        "会見にはパク・ジョンホ労組支部長と会社側の役員が出席した。",
        "キム・ソヨン労組委員長は交渉の決裂を宣言した。",
    ],
)
def test_a_katakana_persons_name_before_a_post_is_no_union(text: str) -> None:
    assert not any("・" in name for name in discovered_names(tag_text(text)))


@pytest.mark.parametrize(
    "text",
    [
        "運営会社は配達員労組の要求に回答しなかった。",
        "病院側は看護師労組との協議を打ち切った。",
    ],
)
def test_a_kind_of_workers_alone_before_the_head_is_no_name(text: str) -> None:
    assert not discovered_names(tag_text(text))


def test_a_workers_kind_after_a_word_of_its_own_stays_a_name() -> None:
    assert "札幌配達員労働組合" in discovered_names(tag_text("札幌配達員労組が会社前で抗議した。"))


def test_a_reading_in_brackets_is_read_through() -> None:
    names = discovered_names(tag_text("三星（サムスン）電子労組が初めてのストに入った。"))
    assert "三星電子労働組合" in names and "電子労働組合" not in names
