"""Chinese, Thai and Japanese recogniser pass (issue 9, branch recea39): a verb, a time, "有", "我們" or "組成" glued
before 工會 ends the words before a name, not a short name of its own; a city's "each" unions and a sector's, a
company group's or a special zone's union referred to are no name; a union's branch after a dash is the branch; directory rows for unions the sample named and
the directory lacked."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids, union_names


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


@pytest.mark.parametrize(("text", "language", "union_id"), [
    ("國泰航空公司空中服務員工會和英航香港機艙服務員工會的聯合聲明:我們組織工會,為的就是維護本土工人利益。", "zh",
     "union-hk-21"),
    ("只見一些穿著印著 FAU(國泰航空空中服務員工會)t-shirt 的人在機場。", "zh", "union-hk-20"),
    ("香港空勤人員總工會下午在機場接機大堂發起靜坐,對民航處處理行李事件表達不滿。", "zh", "union-hk-22"),
    ("提案由這位得到澳門公職人員協會支持的議員提出。", "zh", "union-mo-2"),
    ("องค์การแรงงานแห่งประเทศไทย (อรท.) จัดอบรมเครือข่าย เรื่องร่างพ.ร.บ.ประกันสังคม", "th", "union-th-12"),
    ("สังคมไทยเห็นได้จากการจัดตั้งสหภาพไรเดอร์ หรือ Freedom Rider Union เพื่อเป็นปากเป็นเสียงให้กับเหล่าคนขับ", "th",
     "freedom-rider-union-th"),
    ("イオン労連傘下のマックスバリュ中部労組は13日、一人平均賃上げ6,395円を獲得した。", "ja", "union-jp-53"),
    ("2016年9月の韓国鉄道労組のストライキを突破口に韓国労働者民衆の闘いは拡大した。", "ja",
     "krwu-kr"),
])
def test_unions_the_directory_lacked_or_knew_by_fewer_names(text: str, language: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language=language)), union_ids(tag_text(text, language=language))


def test_a_thai_name_with_and_runs_to_its_bracketed_acronym() -> None:
    tags = tag_text("ที่หน้าโรงงาน จ.ลำพูน พนักงาน บจก.โฮยา ได้เปิดตัวสหภาพแรงงานอิเล็คทรอนิคส์และเครื่องไฟฟ้าสัมพันธ์ (สอฟส.) "
                    "และจัดการประชุมใหญ่สามัญขึ้นเป็นครั้งแรก", language="th")
    assert "สหภาพแรงงานอิเล็คทรอนิคส์และเครื่องไฟฟ้าสัมพันธ์" in union_names(tags), union_names(tags)


@pytest.mark.parametrize(("text", "invented"), [
    ("คนงานโฮยา จ.ลำพูน ประกาศตั้งสหภาพแรงงานแห่งที่สองในภาคเหนือ", "สหภาพแรงงานแห่ง"),
    ("ซึ่งมีสหภาพแรงงานแยกตัวออกมาด้วยในขณะนั้นประมาณ 15 สหภาพแรงงาน", "สหภาพแรงงานแยกตัวออกมาด้วย"),
])
def test_a_thai_classifier_or_verb_after_the_head_names_none(text: str, invented: str) -> None:
    assert invented not in union_names(tag_text(text, language="th")), union_names(tag_text(text, language="th"))
