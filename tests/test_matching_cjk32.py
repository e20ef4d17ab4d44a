"""Korean, Japanese and Chinese union names and places (issue 9, branch cjk32): each test is one general rule or
directory row, written with sentences of its own (not taken from any sample), and what must stay untagged."""

from __future__ import annotations

from tests.matching import discovered_names, primary_countries, tag_text


def test_chinese_time_words_and_verbs_before_a_union_are_no_part_of_its_name() -> None:
    # "earlier", "is elected", "invites", "pushes", "to", glued before a union's name: not the name
    assert not discovered_names(tag_text("司機們表示,先前工會曾向市府反映加班問題。"))
    assert not discovered_names(tag_text("会议上,李明当选市总工会副主席。"))
    assert not discovered_names(tag_text("活动邀请园区企业工会负责人参加,推动工会工作落实。"))
    assert "深圳市快递行业工会" in discovered_names(tag_text("十多名快递员向深圳市快递行业工会求助。"))
    # ... but 向 inside a place's name (向阳区) stays
    assert "向阳区总工会" in discovered_names(tag_text("近日,向阳区总工会召开全委会议。"))


def test_a_count_of_unions_before_a_bare_union_word_names_none() -> None:
    assert not discovered_names(tag_text("全教總與22個縣市工會幹部今早到教育部前抗議。"))
    assert not discovered_names(tag_text("工聯會屬下的五個航運系統工會發表聲明。"))


def test_a_subdistricts_or_a_bare_levels_union_is_only_referred_to() -> None:
    tags = tag_text("成都市武侯区红牌楼街道总工会开展活动,街道总工会负责人介绍,市轻工业工会也派员参加。")
    assert discovered_names(tags) == {"成都市武侯区红牌楼街道总工会"}


def test_a_national_committee_ends_a_chinese_unions_name() -> None:
    assert "中国海员建设工会全国委员会" in discovered_names(tag_text("中国海员建设工会全国委员会主席出席会议。"))


def test_gangwon_in_korean_is_south_koreas_province() -> None:
    assert primary_countries(tag_text("강원도 시군 공무원노조가 도청 앞에서 기자회견을 열었다.")) == {"KR"}
    assert primary_countries(tag_text("북한 강원도 원산에서 열린 행사에 김정은이 참석했다.")) == {"KP"}


def test_a_provinces_trade_union_written_apart_is_that_places_union() -> None:
    # a province's short name apart before a trade's union: that place's union, not a kind
    names = discovered_names(tag_text("대전 지하철노조는 17일 첫차부터 파업에 들어간다고 밝혔다."))
    assert "대전지하철노조" in names
    assert not discovered_names(tag_text("전국 지하철노조가 공동으로 기자회견을 열었다."))
