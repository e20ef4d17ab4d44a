"""Chinese union names start after a preposition, a linking word or a verb done to unions glued before them; those
words before a kind of union or a bare 工會 leave no name (issue 9, branch cjk27)."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_names


@pytest.mark.parametrize("text, union", [
    # "由" (by), "為" (as), "但" (but), "根據" (according to) glued before a union's own name
    ("這次抗議是由新竹縣醫療產業工會發起的。", "新竹縣醫療產業工會"),
    ("本次協商的代表應為高雄市捷運企業工會。", "高雄市捷運企業工會"),
    ("公司否認指控，但嘉義縣客運產業工會堅持罷工。", "嘉義縣客運產業工會"),
    ("根據台南市觀光旅館業職業工會統計，會員已有三百人。", "台南市觀光旅館業職業工會"),
    # a verb done to a union before its name
    ("公司被指解僱彰化縣紡織企業工會理事。", "彰化縣紡織企業工會"),
])
def test_a_chinese_union_name_starts_after_a_linking_word_or_verb(text: str, union: str) -> None:
    assert union in union_names(tag_text(text, language="zh"))


@pytest.mark.parametrize("text", [
    # kinds of union after a linking word: none is named
    ("工商團體認為資方協商對象應為企業工會。"),
    ("無論職業工會或企業工會，都應享有罷工權。"),
    ("在歐洲，罷工權是由產業工會行使。"),
    ("各種不同型態之工會都有協商權。"),
    ("他們要求政府限制職業工會的罷工權。"),
    # a bare 工會 after a verb done to unions, a verb of saying, "according to", or a count
    ("公司違法解雇工會幹部三人。"),
    ("殖民政府立法夺走工会的自主性。"),
    ("根据工会研究者的说法，情况正在改善。"),
    ("部长说工会成员应该提升技能。"),
    ("总统与60多名工会领导人会面。"),
])
def test_a_linking_word_or_verb_before_a_kind_of_union_names_none(text: str) -> None:
    assert union_names(tag_text(text, language="zh")) == set()


@pytest.mark.parametrize("text, union", [
    # "自由" (free) and "理由" hold 由 and stay part of a name
    ("香港自由工會今日發表聲明。", "香港自由工會"),
])
def test_words_holding_a_linking_character_stay_in_the_name(text: str, union: str) -> None:
    assert union in union_names(tag_text(text, language="zh"))


@pytest.mark.parametrize("text", [
    # "如果" (if) and a count of major groups ("八大", the eight major) left after the cut
    ("所以說如果工會堅持這項訴求，談判就會破裂。"),
    ("集會由六大行業工會負責人發言。"),
])
def test_what_is_left_after_the_cut_may_still_be_no_name(text: str) -> None:
    assert union_names(tag_text(text, language="zh")) == set()


@pytest.mark.parametrize("text", ["香港建造業總工會今日協助工友追討欠薪。", "香港建造业总工会今日协助工友追讨欠薪。"])
def test_the_hong_kong_construction_workers_union_is_known_in_both_scripts(text: str) -> None:
    assert union_names(tag_text(text, language="zh")) == {"Hong Kong Construction Industry Employees General Union"}


@pytest.mark.parametrize("text, union", [
    # 之, 說 inside a company's or a trade's name are no links (review30)
    ("新北市說唱藝術職業工會舉辦年會。", "新北市說唱藝術職業工會"),
    ("台灣之光產業工會發表聲明。", "台灣之光產業工會"),
    # 了 after a verb done to a union, 包括 (including) before a union's name
    ("資方解雇了彰化縣紡織企業工會的幹部。", "彰化縣紡織企業工會"),
    ("參與者包括新竹縣醫療產業工會。", "新竹縣醫療產業工會"),
])
def test_name_syllables_that_write_links_stay_in_the_name(text: str, union: str) -> None:
    assert union in union_names(tag_text(text, language="zh"))


def test_a_name_opened_by_a_link_character_is_not_cut_to_its_tail() -> None:
    assert "江实验室工会" not in union_names(tag_text("之江实验室工会组织职工活动。", language="zh"))
