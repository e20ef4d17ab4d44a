"""Korean recogniser pass (issue 9, branch recko39): "과반노조" (a majority union) is a kind of union, a province's
league alone ("경기도연맹") is some body's provincial one, the FKTU public-industry federation is found under the
form the press writes with 사업 for 산업, and a branch written after its union's regional division is the union's."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids, union_names


@pytest.mark.parametrize("text", [
    "삼성E&A는 과반노조가 없는 사업장이라 노사협의회에서 임금을 협의해 왔다.",
    "국내 IT업계 최초 1천 명 이상 과반노조 탄생 임박",
])
def test_a_majority_union_is_a_kind(text: str) -> None:
    assert union_names(tag_text(text, language="ko")) == set()


@pytest.mark.parametrize("text", [
    "민주노총 경기본부 사무처장, 전농 경기도연맹 의장, 공무원노조 경기본부 본부장 등 30여명 참석했다.",
    "대외적으로는 시군구연맹, 경북연맹과 연대하여 대정부 투쟁을 벌이겠다.",
])
def test_a_province_s_league_alone_is_no_union(text: str) -> None:
    names = union_names(tag_text(text, language="ko"))
    assert not any(name.endswith(("경기도연맹", "경북연맹")) for name in names), names


def test_the_public_industry_federation_written_with_saeop() -> None:
    tags = tag_text("한국전력 근로자로 구성된 전국전력노조가 상급단체인 한국노총 산하 전국공공사업노동조합연맹(공공노련)을 "
                    "탈퇴했다.", language="ko")
    assert "federation-of-korean-public-industry-unions-kr" in union_ids(tags)
    assert "전국공공사업노동조합연맹" not in union_names(tags)


@pytest.mark.parametrize(("text", "name"), [
    ("전국공무원노동조합 전북지역본부 순창군지부는 11일 군청 앞에서 기자회견을 열었다.", "공무원노조 순창군지부"),
    ("전국공무원노동조합 광주지역본부 남구지부는 11일 구청 앞에서 기자회견을 열었다.", "공무원노조 남구지부"),
    ("전국민주공무원노동조합 부산본부해운대구지부는 31일 오전 구청에서 조인식을 가졌다.", "전국민주공무원노동조합 해운대구지부"),
])
def test_a_branch_under_a_regional_division_is_the_union_s(text: str, name: str) -> None:
    names = union_names(tag_text(text, language="ko"))
    assert name in names and not any("본부" in found for found in names), names


def test_national_before_a_short_name_is_the_union() -> None:
    tags = tag_text("국가정보원은 민주노총 사무실과 산하 전국보건의료노조 사무실을 압수수색했다.", language="ko")
    assert "khmu-kr" in union_ids(tags) and "전국보건의료노조" not in union_names(tags), union_names(tags)


@pytest.mark.parametrize("text", [
    "삼성 계열사 노조들이 모인 삼성그룹노동조합연대가 22일 출범했다.",
    "이들은 '삼성그룹노동조합연대(이하 삼성노조연대)'를 꾸렸다.",
])
def test_a_union_word_glued_into_a_coalition_s_name_is_no_union(text: str) -> None:
    names = union_names(tag_text(text, language="ko"))
    assert not any(name.startswith(("삼성그룹", "삼성노조")) for name in names), names


def test_a_union_named_in_full_and_short_in_one_story_is_one() -> None:
    tags = tag_text("언론노조KBS본부와 KBS노동조합이 함께 8일 파업한다. 언론노조KBS본부와 KBS노조 양대노총 조합원들이 "
                    "모였다.", language="ko")
    names = union_names(tags)
    assert "KBS노동조합" in names and "KBS노조" not in names, names


def test_the_riders_union_by_its_registered_name() -> None:
    tags = tag_text("서울지방노동위원회는 14일 서울라이더유니온이 제기한 이의신청을 기각했다.", language="ko")
    assert union_ids(tags) == {"rider-union-kr"}, union_names(tags)
