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


def test_korean_japanese_and_chinese_unions_the_directory_now_knows() -> None:
    # each written with a sentence of its own; the short name and the full name are one union
    assert "United Auto Workers" in {tag.name for tag in tag_text("전미자동차노조(UAW)는 GM 공장에서 파업을 벌였다.").unions}
    tags = tag_text("전국시군구공무원노동조합연맹 위원장은 시군구연맹 소속 노조들과 연대하겠다고 말했다.")
    assert [tag.name for tag in tags.unions] == ["전국시군구공무원노동조합연맹"]
    assert "배달플랫폼노동조합" in {tag.name for tag in tag_text("배달플랫폼 노동조합은 기본배달료 인상을 요구했다.").unions}
    tags = tag_text("全駐留軍労働組合(全駐労)の組合員が基地のゲート前で集会を開いた。")
    assert [tag.name for tag in tags.unions] == ["全駐留軍労働組合"]
    assert "全国自動車交通労働組合総連合会" in {tag.name for tag in tag_text("自交総連の組合員がライドシェアに反対した。").unions}
    assert "首都圏大学非常勤講師組合" in {tag.name for tag in tag_text("首都圏大学非常勤講師組合が団体交渉を申し入れた。").unions}
    assert "北海道私立大学教職員組合連合" in {tag.name for tag in tag_text("道私大教連の委員長が記者会見した。").unions}
    assert "ユニオン北九州" in {tag.name for tag in tag_text("ユニオン北九州は解雇撤回を求めて団交した。").unions}
    assert "Global Nurses United" in {tag.name for tag in tag_text("全球護理工會今年在舊金山舉行大會。").unions}
    # ... not a kind of union alone
    assert not tag_text("地下鉄の労働組合と看護師のユニオンが集会を開いた。").unions


def test_a_japanese_kind_of_union_alone_names_none() -> None:
    assert not discovered_names(tag_text("ユニオンは誰でも入れる地域合同労組で、友好労組とも交流した。"))
    # with a place before it the kind word is part of a name
    assert "群馬合同労働組合" in discovered_names(tag_text("群馬合同労組はストライキに立ち上がった。"))


def test_a_chinese_unions_contingent_or_preparatory_committee_is_no_union() -> None:
    assert not discovered_names(tag_text("由各醫院工會組成的「過勞醫護工會大隊」明天走上街頭。"))
    assert not discovered_names(tag_text("發起團體包括臺灣呼吸治療產業工會籌備會。"))
    assert "臺灣醫事放射產業工會" in discovered_names(tag_text("發起團體包括臺灣醫事放射產業工會。"))


def test_taiwan_written_with_its_official_character() -> None:
    assert primary_countries(tag_text("臺灣貨運司機今天到交通部前抗議過勞。")) == {"TW"}


def test_a_korean_branch_renamed_by_its_unions_short_name_keeps_its_written_form() -> None:
    tags = tag_text("전국공무원노동조합 영광군지부는 성명을 내고 군수를 규탄했다.")
    branch = next(tag for tag in tags.unions if tag.name.endswith("영광군지부"))
    assert branch.name == "공무원노조 영광군지부" and branch.acronym == "전국공무원노동조합 영광군지부"
    # written with the short name already, nothing more is taught
    tags = tag_text("금속노조 광주전남지부는 파업에 들어갔다.")
    assert next(tag for tag in tags.unions if tag.name.endswith("지부")).acronym is None


def test_a_bus_union_alone_is_a_kind_and_a_year_before_a_japanese_name_is_no_part_of_it() -> None:
    assert not discovered_names(tag_text("시외버스노조와 마을버스노조가 함께 파업하면 교통 대란이 우려된다."))
    assert "울산시내버스노조" in discovered_names(tag_text("울산시내버스노조는 내일 첫차부터 파업한다."))
    names = discovered_names(tag_text("2019年北陸港湾労働組合が結成され、5月東海バス労働組合も続いた。"))
    assert {"北陸港湾労働組合", "東海バス労働組合"} <= names
    assert not any(name[0] in "年月" for name in names)
