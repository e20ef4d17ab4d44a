"""Korean, Japanese and Chinese union names (issue 9, branch cjk31): each test is one general rule or directory row,
written with sentences of its own (not taken from any sample), and what must stay untagged."""

from __future__ import annotations

from tests.matching import discovered_names, tag_text


def test_chinese_and_inside_one_union_name_joins_two_trades() -> None:
    # 及 and 、 between two trades of one union's name; between two unions' full names they still part them
    assert "香港印刷及出版業職工總會" in discovered_names(tag_text("香港印刷及出版業職工總會今日發表聲明。"))
    assert "博彩、酒店業聯合自由工會" in discovered_names(tag_text("多個團體聯同博彩、酒店業聯合自由工會到政府總部請願。"))
    tags = tag_text("香港船長工會及香港碼頭業職工會今日聯合召開記者會。")
    assert {"香港船長工會", "香港碼頭業職工會"} <= discovered_names(tags)
    # a chair before a person's name, a union's short name: no part of the next name
    names = discovered_names(tag_text("出席者有理事長陳大文、台北市旅遊業職業工會,以及北市產總、高雄市導遊職業工會。"))
    assert {"台北市旅遊業職業工會", "高雄市導遊職業工會"} <= names
    assert not any("陳大文" in name or "產總" in name for name in names)


def test_chinese_words_before_a_union_that_are_no_part_of_its_name() -> None:
    # "is", "to", "thanks", "today", "attends", "supports" glued before a union's name: not the name
    assert "苏州市总工会" in discovered_names(tag_text("这次慰问活动是苏州市总工会组织的。"))
    assert not discovered_names(tag_text("外卖骑手给市总工会送来锦旗,感谢市总工会的帮助。"))
    assert not discovered_names(tag_text("今天工會成員到勞動部前抗議,下午發動工會幹部連署。"))
    assert not discovered_names(tag_text("市長出席產業總工會大會,表示支持工会的发展。"))
    assert "高雄市機師職業工會" in discovered_names(tag_text("今高雄市機師職業工會宣布取得罷工權。"))


def test_cabin_crew_and_pilots_alone_before_a_union_are_a_kind() -> None:
    assert not discovered_names(tag_text("因為空服工會已經取得罷工權,機師工會也在考慮罷工。"))


def test_chinese_joint_unions_company_unions_and_committees() -> None:
    # 聯合工會 (a joint union of a trade), a registered company's union, a union's committee (工會委員會)
    assert "衢江区网约送餐员联合工会" in discovered_names(tag_text("近日,衢江区网约送餐员联合工会召开成立大会。"))
    assert "苏州明达科技有限公司工会" in discovered_names(tag_text("昨日,苏州明达科技有限公司工会召开会员大会。"))
    assert "延安市建筑行业联合工会委员会" in discovered_names(tag_text("近日,延安市建筑行业联合工会委员会正式成立。"))


def test_a_place_led_union_name_before_a_bare_union_word() -> None:
    assert "澳門教育工作者工會" in discovered_names(tag_text("新成立的工會名為「澳門教育工作者工會」。"))
    # a government office before the union word is a sentence, not a name
    assert not discovered_names(tag_text("記者向台南市勞工局工會科查詢。"))


def test_a_province_before_a_citys_federation_is_its_address() -> None:
    assert discovered_names(tag_text("江苏省苏州市总工会向环卫工人发放慰问品。")) == {"苏州市总工会"}
    assert "广东省总工会" in discovered_names(tag_text("广东省总工会发布了年度报告。"))
