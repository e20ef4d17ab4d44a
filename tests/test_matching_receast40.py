"""Chinese, Korean and Japanese recogniser pass (issue 9, branch receast40): a found name that ends or abbreviates a
directory union's name as the story writes it is that union written short, and a Chinese name without its kind of union
before 工會 ("台鐵工會", "台鐵產業工會") too; a Korean body's government employees' union is the public servants' union's
branch of that place the story names."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids


@pytest.mark.parametrize(("title", "text", "language", "union_id", "short"), [
    ("建造业总工会为欠薪工友追讨工资", "多名工人昨日向香港建造业总工会求助,要求公司发还欠薪。", "zh",
     "hong-kong-construction-industry-employees-general-union-hk", "建造业总工会"),
    ("台鐵工會今晨到行政院陳情", "台鐵產業工會成員昨天在車站大廳靜坐,要求補足人力。", "zh", "union-tw-2", "台鐵工會"),
    (None, "전국보건의료산업노동조합은 파업을 예고했다. 보건노조는 인력 확충을 요구했다.", "ko", "khmu-kr", "보건노조"),
    (None, "민주택시연맹은 어제 기자회견을 열었다. 택시연맹은 정부에 전액관리제 시행을 요구했다.", "ko", "union-kr-24", "택시연맹"),
])
def test_a_found_name_ending_or_abbreviating_a_directory_name_written_in_the_story(title: str | None, text: str, language: str,
                                                                   union_id: str, short: str) -> None:
    tags = tag_text(text, title=title, language=language)
    assert union_id in union_ids(tags) and short not in discovered_names(tags), (union_ids(tags), discovered_names(tags))


@pytest.mark.parametrize(("text", "branch", "body_union"), [
    ("전국공무원노조 청양군지부는 오늘 군청 앞에서 집회를 열었다. 청양군공무원노조는 성명을 내고 사과를 요구했다.",
     "공무원노조 청양군지부", "청양군공무원노조"),
    ("공무원노조 진도군지부가 인사에 반발했다. 진도군청공무원노조 조합원들은 피켓을 들었다.", "공무원노조 진도군지부", "진도군청공무원노조"),
])
def test_a_korean_bodys_employees_union_is_the_public_servants_branch_of_that_place(text: str, branch: str,
                                                                                    body_union: str) -> None:
    names = discovered_names(tag_text(text, language="ko"))
    assert branch in names and body_union not in names, names


def test_a_chinese_union_written_without_its_kind_is_one_union() -> None:
    tags = tag_text("泰博科技企業工會今天赴勞動部陳情,泰博科技工會理事長表示將發起罷工。", language="zh")
    assert discovered_names(tags) == {"泰博科技企業工會"}, discovered_names(tags)


@pytest.mark.parametrize(("text", "union_id", "short"), [
    ("國泰航空公司空中服務員工會昨日召開會員大會。國泰工會主席表示,會員一致反對新合約。", "union-hk-20", "國泰工會"),
    ("港龍航空公司空勤人員協會發表聲明。港龍工會批評公司沒有預先通知員工。", None, "港龍工會"),
])
def test_a_chinese_union_named_by_its_firms_two_letters(text: str, union_id: str | None, short: str) -> None:
    tags = tag_text(text, language="zh")
    assert short not in discovered_names(tags) and (union_id is None or union_id in union_ids(tags)), union_ids(tags)


@pytest.mark.parametrize(("text", "name", "not_a_name"), [
    ("集会には地域の仲間、しながわユニオン、全国一般の組合員が参加した。", "しながわユニオン", None),
    ("外食大手の「すかいらーく労組」は春闘で満額回答を得た。", "すかいらーく労働組合", None),
    ("「かもめユニオン」という労働組合を結成した。", "かもめユニオン", "という労働組合"),
])
def test_a_japanese_name_written_in_hiragana(text: str, name: str, not_a_name: str | None) -> None:
    names = discovered_names(tag_text(text, language="ja"))
    assert name in names and not any(not_a_name in found for found in names if not_a_name), names


@pytest.mark.parametrize(("title", "text", "kept"), [
    ("한국GM노조, 부분파업 돌입", "금속노조 한국GM지부는 오늘 부평공장에서 4시간 부분파업을 벌였다.", {"금속노조 한국GM지부"}),
    (None, "보건의료노조 부산대병원지부는 내일 파업에 돌입한다. 부산대병원노조는 인력 충원을 요구했다.",
     {"보건의료노조 부산대병원지부"}),
    (None, "언론노조 SBS본부와 SBS노조는 공동 성명을 냈다.", {"언론노조 SBS본부", "SBS노조"}),
])
def test_a_korean_firms_union_written_glued_is_its_branch_unless_listed_beside_it(title: str | None, text: str,
                                                                                  kept: set[str]) -> None:
    names = discovered_names(tag_text(text, title=title, language="ko"))
    assert names == kept, names


def test_a_chinese_firms_letters_before_a_bare_union_word_written_once_name_no_union() -> None:
    once = tag_text("空服員罷工進入第三天,長榮工會表示將持續與公司協商。", language="zh")
    twice = tag_text("長榮工會今日召開記者會。長榮工會表示將持續與公司協商。", language="zh")
    assert "長榮工會" not in discovered_names(once) and "長榮工會" in discovered_names(twice), (
        discovered_names(once), discovered_names(twice))


def test_the_higher_education_unions_short_name() -> None:
    assert "union-tw-8" in union_ids(tag_text("高教工會今天到教育部前抗議兼任教師的勞保問題。", language="zh"))
