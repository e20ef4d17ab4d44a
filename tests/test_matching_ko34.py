"""Rules of branch ko34 (bench/data/wide_ko34): a Korean branch head's title after a person's name is no branch; a
workplace's section (분회) after a branch's unit (지회); Korean and Japanese kinds of union written alone ("대표노조",
"합법노조", "既得権労組", "民主労組", "以下労組"); "など" ends a list before a Japanese name; a verb's or adjective's
ending before 労組 is no name; directory forms of names the samples met (現代自労組, 東日本旅客鉄道労働組合, JR総連,
Transnet, GDBA, SILWU, スターバックス・ワーカーズ・ユナイテッド, 국토교통부노조)."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids, union_names


@pytest.mark.parametrize(
    "text",
    [
        "화학노조 박영호 지부장은 이날 회견에서 교섭 재개를 요구했다.",
        "보건의료노조 김민정 지회장이 병원 로비에서 발언했다.",
    ],
)
def test_a_person_and_a_branch_heads_title_are_no_branch(text: str) -> None:
    assert not any(" " in name and name.endswith(("지부", "지회")) for name in union_names(tag_text(text)))


def test_a_section_after_a_branchs_unit_is_named() -> None:
    text = "전국금속노동조합 충남지부 아산지역지회 한빛정밀분회가 공장 앞에서 집회를 열었다."
    assert any(name.endswith("한빛정밀분회") for name in union_names(tag_text(text)))


@pytest.mark.parametrize(
    "text",
    [
        "노동위원회는 다수 노조를 교섭 대표노조로 인정했다.",
        "라이더들은 합법노조 지위를 얻었다고 밝혔다.",
        "정부는 법내노조 전환을 요구했다.",
    ],
)
def test_korean_kinds_of_union_alone_are_no_names(text: str) -> None:
    assert not any(name.startswith(("대표", "합법", "법내")) for name in union_names(tag_text(text)))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("首相は港湾労組など既得権労組を批判した。", "既得権"),
        ("韓国では民主労組の運動が続いている。", "民主"),
        ("北海道観光バス労働組合(北観バス労組、以下労組)は会社にスト通告をした。", "以下"),
        ("組合員の減少が続く労組も少なくない。", "続く"),
        ("若い組合員が新しい労組をつくった。", "新しい"),
    ],
)
def test_japanese_words_that_are_no_names_before_a_union_word(text: str, word: str) -> None:
    assert not any(word in name for name in union_names(tag_text(text)))


@pytest.mark.parametrize(
    ("text", "union_id"),
    [
        ("韓国の現代自労組が部分ストに入った。", "union-kr-6"),
        ("현대자동차 노조는 잠정합의안 찬반투표를 벌였다.", "union-kr-6"),
        ("東日本旅客鉄道労働組合は定期大会を開いた。", "east-japan-railway-workers-union-jp"),
        ("全日本鉄道労働組合総連合会(JR総連)は大会を開いた。", "union-jp-52"),
        ("Die Gewerkschaft Transnet rief zum Warnstreik auf.", "gded-de"),
        ("독일 철도노조 GDBA는 경고파업을 벌였다.", "gdba-de"),
        ("인도 삼성 공장 노동자들은 SILWU 인정을 요구했다.", "silwu-in"),
        ("スターバックス・ワーカーズ・ユナイテッドはストを続けた。", "starbucks-workers-united-us"),
        ("국토교통부노조는 위원장 선거 결과를 발표했다.", "union-kr-30"),
    ],
)
def test_directory_forms_met_in_the_sample(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))
