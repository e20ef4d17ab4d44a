"""Korean branches written after a bracketed short name, glued to their union's word or named by two words; Japanese
names with a number glued before them; IG Metall's Korean names (issue 9, branch cjk26)."""

from __future__ import annotations

import pytest

from bot.matching import default_tagger
from tests.matching import tag_text, union_ids, union_names


@pytest.mark.parametrize("text, branch", [
    # the union's short name in brackets between it and its branch
    ("전국금속노동조합(금속노조) 대한정밀지회는 3일 창원 공장 앞에서 집회를 열었다.", "금속노조 대한정밀지회"),
    # the head's name in brackets
    ("공공운수노조(위원장 김철수) 서울도서관지부가 파업을 예고했다.", "공공운수노조 서울도서관지부"),
    # glued, as headlines and some sites write it
    ("금속노조한국자동차부품지회는 10일 인천 공장 앞에서 농성을 시작했다.", "금속노조 한국자동차부품지회"),
    # two words: a firm's name and its unit's
    ("전국화학섬유식품산업노동조합 KT클라우드 연구직지회가 출범했다고 밝혔다.", "화섬식품노조 KT클라우드 연구직지회"),
    ("금속노조 울산·양산 조선하청지회 조합원들이 부산 시청 앞에서 행진했다.", "금속노조 울산·양산 조선하청지회"),
])
def test_a_korean_branch_written_with_its_union_is_named(text: str, branch: str) -> None:
    assert branch in union_names(tag_text(text, language="ko"))


@pytest.mark.parametrize("text, not_expected", [
    # a count or group of branches glued to the union's word
    ("금속노조산하지부 조합원들이 서울에서 집회를 열었다.", "금속노조 산하지부"),
    ("금속노조15개지부 대표들이 서울에서 모였다.", "금속노조 15개지부"),
    # a word ending in a particle, or a time, before the branch is the sentence's, not the branch's name
    ("공공운수노조 위원장과 서울도서관지부 조합원들이 서울에서 만났다.", "공공운수노조 위원장과 서울도서관지부"),
    ("공공운수노조 이날 서울도서관지부 조합원들이 서울에서 만났다.", "공공운수노조 이날 서울도서관지부"),
    # a union's name or a division's before a unit is another level, not one two-word branch
    ("민주노총 금속노조 대한정밀지회가 서울에서 집회를 열었다.", "민주노총 금속노조 대한정밀지회"),
    ("공공운수노조 의료연대 부산대병원분회가 부산에서 파업했다.", "공공운수노조 의료연대 부산대병원분회"),
])
def test_no_korean_branch_is_made_of_a_count_a_clause_or_another_level(text: str, not_expected: str) -> None:
    assert not_expected not in union_names(tag_text(text, language="ko"))


def test_a_korean_branch_written_two_ways_is_one_union() -> None:
    tags = tag_text("희망연대노조 KT서비스 비정규직지부가 파업했다. 희망연대노조 KT서비스비정규직지부는 서울 본사 앞에서 집회를 열었다.", language="ko")
    branches = [tag for tag in tags.unions if "비정규직지부" in tag.name]
    assert len(branches) == 1 and len(branches[0].evidence) == 2


def test_a_province_before_a_korean_branch_is_no_part_of_its_name() -> None:
    tags = tag_text("전국공무원노조 충북 옥천군지부는 성명을 냈다. 전국공무원노조 옥천군지부는 충북 옥천에서 집회를 열었다.", language="ko")
    assert [tag.name for tag in tags.unions if tag.name.endswith("지부")] == ["공무원노조 옥천군지부"]


@pytest.mark.parametrize("text, expected", [
    ("〒940-0000新潟県長岡市本町1-23上越地区労働組合総連合", "上越地区労働組合総連合"),
    ("電話025-123-4567北陸地方労働組合協議会(事務局)", "北陸地方労働組合協議会"),
])
def test_a_number_glued_before_a_japanese_name_is_none_of_it(text: str, expected: str) -> None:
    names = union_names(tag_text(text, language="ja"))
    assert expected in names
    assert not any(name[:1].isdigit() for name in names)


@pytest.mark.parametrize("text", [
    "現在、青森、岩手、秋田の3県高教組で構成されています。",
    "大手3社労組が統一要求を提出した。",
])
def test_a_count_of_unions_is_no_union(text: str) -> None:
    assert not any(name[:1].isdigit() for name in union_names(tag_text(text, language="ja")))


@pytest.mark.parametrize("text", [
    "독일 최대 산별노조 IG 메탈이 바이에른주에서 경고 파업에 들어갔다.",
    "독일 IG메탈은 임금 협상이 결렬됐다고 밝혔다.",
])
def test_ig_metall_in_korean(text: str) -> None:
    assert "ig-metall" in union_ids(tag_text(text, language="ko"))


def test_metal_alone_in_korean_is_not_ig_metall() -> None:
    assert "ig-metall" not in union_ids(tag_text("메탈 밴드의 공연이 서울에서 열렸다.", language="ko"))


@pytest.mark.parametrize("text", [
    "금속노조 위원장 현대차지부 방문해 임단협 논의",
    "금속노조 간부들 한국GM지부 찾아 농성 지지",
    "금속노조 조합원 기아지부 앞 집회",
])
def test_a_role_or_members_before_a_branch_in_a_headline_is_no_branch_name(text: str) -> None:
    # a headline's word order puts a role or the members between the union and its branch (review26)
    names = {tag.name for tag in default_tagger().tag(None, text, "ko").unions}
    assert not any("위원장" in name or "간부" in name or "조합원" in name for name in names)
