"""Chinese union names under heads other than 工會 (協會, 總會, 互助會) after a word for workers, and a trade's people
alone before a bare 工會 read as no name (issue 9, branch arzh26)."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_names


@pytest.mark.parametrize("text, name", [
    # an association of an airline's cabin crew
    ("國泰航空宣布裁員後，華信航空公司空勤人員協會主席在記者會上表示不滿。", "華信航空公司空勤人員協會"),
    # a general association of a trade's employees, after a list's comma
    ("出席集會的有建造業總工會、酒店業僱員總會等團體。", "酒店業僱員總會"),
    # a workers' mutual-aid society of a district, in simplified characters too
    ("路環各業工人互助會今日舉辦勞動節活動。", "路環各業工人互助會"),
    ("（本报讯）深圳电子厂职工协会昨日发表声明。", "深圳电子厂职工协会"),
])
def test_a_chinese_workers_association_is_named(text: str, name: str) -> None:
    assert name in union_names(tag_text(text, language="zh"))


@pytest.mark.parametrize("text, not_expected", [
    # an NGO, an employers' body, a chamber of commerce: no word for workers before the head
    ("香港社區組織協會今日批評政府。", "香港社區組織協會"),
    ("香港中華廠商聯合會、香港總商會反對延長產假。", "香港總商會"),
    # a profession's association may be a professional body, not a union
    ("中華民國教師協會呼籲教育部修法。", "中華民國教師協會"),
    # the head after the workers' word alone names no one
    ("工人協會今日表示支持。", "工人協會"),
])
def test_no_chinese_association_without_a_workers_word_or_a_name(text: str, not_expected: str) -> None:
    assert not_expected not in union_names(tag_text(text, language="zh"))


@pytest.mark.parametrize("text, not_expected", [
    ("首爾的工會宣布大罷工，醫護工會亦會罷工聲援。", "醫護工會"),
    ("教師工會今日批評新的考核辦法。", "教師工會"),
    ("工人发起罢工，司机工会也表示支持。", "司机工会"),
])
def test_a_trades_people_alone_before_a_bare_chinese_union_word_name_none(text: str, not_expected: str) -> None:
    assert not_expected not in union_names(tag_text(text, language="zh"))


@pytest.mark.parametrize("text, name", [
    # (written twice: two or three letters before a bare 工會 written once are a union referred to, receast40)
    ("、高鐵工會今日宣布將在春節期間罷工。高鐵工會表示已通知資方。", "高鐵工會"),
    ("、台灣護理產業工會今日召開記者會。", "台灣護理產業工會"),
])
def test_a_firm_or_a_kind_before_a_bare_chinese_union_word_still_names_it(text: str, name: str) -> None:
    assert name in union_names(tag_text(text, language="zh"))


@pytest.mark.parametrize("text", [
    "香港基督教協進會今日發表聲明，呼籲政府關注基層勞工。",
    "天主教協會與多個團體一同出席記者會。",
    "佛教协会会长在会上致辞。",
])
def test_a_religions_association_is_not_the_teachers_union_short_name(text: str) -> None:
    # 教協 is the Professional Teachers' Union's short name; after a religion's name ending in 教 it is no name
    assert "hkptu-hk" not in {tag.union_id for tag in tag_text(text, language="zh").unions}


def test_the_teachers_union_short_name_alone_is_still_found() -> None:
    assert "hkptu-hk" in {tag.union_id for tag in tag_text("教協宣布解散，會員人數曾達十萬。", language="zh").unions}


@pytest.mark.parametrize("text", [
    "台電退休職工協會今日到經濟部陳情，要求保障退休金。",
    "中國石油離退休職工協會舉辦年會。",
    "鐵路退休工人總會發表聲明。",
    "失業工人協會在政府總部外請願。",
])
def test_a_retired_or_unemployed_workers_association_is_no_union(text: str) -> None:
    # retirees' and the unemployed's associations are no unions of employed workers (review27)
    assert not union_names(tag_text(text, language="zh"))
