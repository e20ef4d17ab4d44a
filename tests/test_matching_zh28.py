"""Chinese union names: a verb, a preposition, a number with its measure word or a word of merit before 工會 is no part
of a name, and a firm whose name ends in 企業 keeps it before its 企業工會 (issue 9, branch zh28)."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_names


@pytest.mark.parametrize("text, names", [
    # a verb or preposition whose object is the union, glued before its name
    ("高雄報導:市府結合高雄市大港區總工會推動修繕。", {"高雄市大港區總工會"}),
    ("台中報導:秘書長對台中市物流產業總工會表示感謝。", {"台中市物流產業總工會"}),
    # a firm named ...企業 with its company union
    ("台中報導:大成企業企業工會今天召開會員大會。", {"大成企業企業工會"}),
])
def test_chinese_names_after_a_verb_and_of_a_firm_ending_in_enterprise(text: str, names: set[str]) -> None:
    assert union_names(tag_text(text, language="zh")) == names


@pytest.mark.parametrize("text", [
    "嘉義報導:市府希望充分發揮工會功能,並辦理工會會務評鑑。",  # brings into play; handles
    "新加坡報導:設有工會企業的裁員人數上升。",  # has
    "台北報導:資方,不傾聽工會的意見。",  # listens to
    "开封报道:李主席对县总工会的工作给予肯定。",  # to, towards
    "台北報導:數十位產業工會成員聚集抗議。兩名工會幹部受傷。",  # several tens of; two
    "台南報導:9大工會共組修繕團隊。",  # the nine major
    "香港報道:另一工会亦已解散。",  # another
    "台南報導:勞工局表揚評鑑績優工會與卓越工會領袖。",  # excellent, outstanding
])
def test_chinese_words_before_a_bare_union_leave_no_name(text: str) -> None:
    assert union_names(tag_text(text, language="zh")) == set()


def test_chinese_directory_names_of_taiwan_hong_kong_and_singapore() -> None:
    # data/union_sources/asia-pages-zh28.tsv
    assert union_names(tag_text("台北報導:全教產理事長今天在立法院召開記者會。", language="zh")) == {"全國教育產業總工會"}
    assert union_names(tag_text("香港報道:香港百貨、商業僱員總會要求資方妥善安排員工。", language="zh")) == {"香港百貨商業僱員總會"}
    assert union_names(tag_text("新加坡報導:新加坡工業職工聯合會(SILO)與PIEU於1980年代重組。", language="zh")) >= {
        "Singapore Industrial Labour Organisation",
        "Pioneer Industries Employees' Union",
    }
