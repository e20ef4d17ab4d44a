"""Korean branches and units listed after the first one ("...지회와 A지회, B지회"), after a union's topic mark ("금속노조는
A지회, B분회 등"), a unit after a directory union's branch ("의료연대본부 서울지부 서울대병원분회") with the directory union
kept, and a unit named by two words (issue 9, branch recasia38, samples bench/data/wide_*)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids


def test_korean_units_listed_after_a_unit_of_a_branch_are_the_unions() -> None:
    # the metal union's Gyeongnam branch and three of its units held a rally
    names = discovered_names(tag_text("금속노조 경남지부 창원 부품사내하청지회와 삼우지회, 한빛정밀지회가 집회를 열었다.",
                                      language="ko"))
    assert {"금속노조 삼우지회", "금속노조 한빛정밀지회"} <= names
    assert "금속노조 경남지부 창원 부품사내하청지회" in names


def test_korean_branches_joined_by_and_after_the_first_are_the_same_unions() -> None:
    # the railway union's two branches went on strike together
    names = discovered_names(tag_text("철도노조 역무지부와 차량정비지부가 공동 파업에 들어갔다.", language="ko"))
    assert {"철도노조 역무지부", "철도노조 차량정비지부"} <= names


def test_a_korean_list_going_on_in_another_branch_stops_there() -> None:
    # the second item is a branch and its unit, two words: the list is not read on into it
    names = discovered_names(tag_text("금속노조 충북지부 오성정밀지회, 대구지부 오성정밀지회 간부들이 상경했다.",
                                      language="ko"))
    assert not any(name.endswith(" 대구지부") for name in names)
    # nor is a unit joined by "와" to a word that is no branch
    names = discovered_names(tag_text("금속노조 현대차지부와 함께 기아차지부가 파업했다.", language="ko"))
    assert "금속노조 기아차지부" not in names


def test_korean_branches_listed_after_a_unions_topic_mark_are_its() -> None:
    # the metal union put the long disputes of three branches on its agenda
    names = discovered_names(tag_text("금속노조는 대한정공지회, 세원테크분회, 한국델파이지회 등 장기투쟁 사업장 문제를 다뤘다.",
                                      language="ko"))
    assert {"금속노조 대한정공지회", "금속노조 세원테크분회", "금속노조 한국델파이지회"} <= names


def test_one_korean_branch_after_a_unions_topic_mark_may_be_anothers() -> None:
    # the metal union asked the Hyundai branch: one branch alone is not read as its name here
    assert not discovered_names(tag_text("금속노조는 현대차지부에 교섭 재개를 요구했다.", language="ko"))


def test_a_unit_after_a_directory_unions_branch_keeps_the_directory_union() -> None:
    # the medical solidarity division's Seoul branch, its unit at a university hospital, went on strike
    tags = tag_text("공공운수노조 의료연대본부 서울지부 보라매병원분회는 이날 하루 파업을 벌였다.", language="ko")
    names = {tag.name: tag.acronym for tag in tags.unions if tag.union_id.startswith("found:")}
    assert names.get("의료연대본부 서울지부 보라매병원분회") == "의료연대본부 보라매병원분회"
    assert "kptu-medical-solidarity-division-kr" in union_ids(tags)


@pytest.mark.parametrize("text", [
    # a unit of a found union's branch listed with another unit of the branch
    "전국돌봄노조 서울지부 은평분회와 마포분회가 기자회견을 했다.",
])
def test_korean_units_listed_after_a_unit_of_a_found_unions_branch(text: str) -> None:
    names = discovered_names(tag_text(text, language="ko"))
    assert "전국돌봄노조 마포분회" in names


def test_a_federation_glued_before_its_members_name_starts_the_member_after_it() -> None:
    # Jichiro's Niigata prefectural staff union held its convention
    tags = tag_text("自治労新潟県職員労働組合は第60回定期大会を開いた。", language="ja")
    names = {tag.name: tag.acronym for tag in tags.unions if tag.union_id.startswith("found:")}
    assert names.get("新潟県職員労働組合") == "自治労新潟県職員労働組合"
    assert "jichiro-jp" in union_ids(tags)


def test_a_citys_staff_union_is_named_by_its_shokuin_kumiai() -> None:
    # the secretary-general of Jichiro's Kawaguchi city staff union reported; the union's members are no name
    names = discovered_names(tag_text("山田一郎さん（自治労川口市職員組合書記長）が報告した。", language="ja"))
    assert "川口市職員組合" in names
    assert not discovered_names(tag_text("職員組合員の皆さんへのお知らせです。", language="ja"))
