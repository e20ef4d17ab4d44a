"""Chinese, Thai and Japanese recogniser pass (issue 9, branch recea39): a verb, a time, "有", "我們" or "組成" glued
before 工會 ends the words before a name, not a short name of its own; a city's "each" unions and a sector's, a
company group's or a special zone's union referred to are no name; a union's branch after a dash is the branch."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_names


@pytest.mark.parametrize(("text", "invented"), [
    ("大批香港市民將行動升級,國泰員工自發聯署,促請工會考慮即時罷工。", "促請工會"),
    ("期間兩批人發生口角,批評有工會將小事化大。", "批評有工會"),
    ("向員工解釋工會近況,邀請他們加入。", "員工解釋工會"),
    ("“我志愿加入中華全國總工會,遵守工會章程,執行工會決議……”", "遵守工會"),
    ("恭喜賀喜\n近年來工會協助北榮護理師會員爭取加班費。", "近年來工會"),
    ("全國同職類的勞工可以一起組成產業工會,一起要求政府改善政策。", "勞工可以一起組成產業工會"),
    ("孝感市邮政分公司将紧紧围绕工作部署,团结带领全市各快递企业工会,打造职工之家。", "团结带领全市各快递企业工会"),
    ("为此,总工会采取依托行业协会组建行业工会联合会模式。", "行业工会联合会"),
    ("對此,中鋼公司回應表示,對於集團工會今日行動甚感遺憾。", "集團工會"),
    ("集體入會儀式后,特區工會常務副主席賈燕為每名參加活動的戶外工作者送上清涼包。", "特區工會"),
    ("据悉,中通快递集团工会联合会将推进工会组织覆盖,加快省区工会联合会建设。", "加快省区工会联合会"),
])
def test_words_before_a_chinese_union_word_that_name_none(text: str, invented: str) -> None:
    assert invented not in union_names(tag_text(text, language="zh")), union_names(tag_text(text, language="zh"))


@pytest.mark.parametrize(("text", "name"), [
    ("那,我們臺灣護理產業工會\n又是…?", "臺灣護理產業工會"),
    ("近日,随着固始县外卖配送行业工会联合会成立,外卖员感受到了变化。", "固始县外卖配送行业工会联合会"),
    ("2021-08-19 16:35\n[...]但中鋼集團企業工會今(19)日仍到經濟部抗議。", "中鋼集團企業工會"),
    ("工會指出,6月28日 桃園市空服員職業工會―長榮分會代表與董事長林寶水會面。", "桃園市空服員職業工會長榮分會"),
])
def test_a_chinese_union_after_a_link_a_cut_or_with_its_branch(text: str, name: str) -> None:
    assert name in union_names(tag_text(text, language="zh")), union_names(tag_text(text, language="zh"))
