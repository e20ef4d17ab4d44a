"""Korean, Japanese and Chinese union names (issue 9, branch cjk31): each test is one general rule or directory row,
written with sentences of its own (not taken from any sample), and what must stay untagged."""

from __future__ import annotations

from tests.matching import discovered_names, primary_countries, tag_text, union_ids


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


def test_chinese_perfect_particle_and_a_session_are_no_part_of_a_name() -> None:
    tags = tag_text("三十名骑手参加了金华市快递员联合工会成立大会,并选举产生第一届联合工会委员会。")
    assert discovered_names(tags) == {"金华市快递员联合工会"}


def test_an_airlines_pilots_union_is_its_crew_union() -> None:
    # 乗員組合 after an airline's name; not the words of a sentence, nor its members
    names = discovered_names(tag_text("スカイマーク乗員組合とエアドゥ乗員組合は24時間ストライキを通告した。"))
    assert {"スカイマーク乗員組合", "エアドゥ乗員組合"} <= names
    assert not discovered_names(tag_text("会社は引き続き乗員組合と協議する。乗員組合員の多くが参加した。"))
    assert "union-jp-43" in union_ids(tag_text("日航乗員組合がストライキを通告した。"))


def test_the_home_tutors_union_and_an_employers_union_written_apart() -> None:
    assert "union-kr-25" in union_ids(tag_text("전국학습지산업노조가 본사 앞에서 집회를 열었다."))
    # written apart from its employer, "노조" is the employer's union or unions referred to (wide_ko20c)
    assert not union_ids(tag_text("서울교통공사 노조는 내일부터 파업에 들어간다."))


def test_korean_taxi_federations_by_their_short_names() -> None:
    assert "union-kr-14" in union_ids(tag_text("전택노련은 대의원대회를 열고 카풀 반대 투쟁을 결의했다."))
    tags = tag_text("민주택시연맹은 완전월급제 시행을 요구하며 총파업을 예고했다.")
    assert "union-kr-24" in union_ids(tags)


def test_hong_kongs_education_workers_federation() -> None:
    assert "hkfew-hk" in union_ids(tag_text("教聯會今日舉行記者會,回應教師的工作量問題。"))


def test_korean_taxi_and_enterprise_unions_alone_are_kinds() -> None:
    assert not union_ids(tag_text("택시노조가 총파업에 나섰고, 기업노조는 찬반투표를 부결시켰다."))


def test_a_japanese_workplace_branch_after_its_union_and_a_middle_dot() -> None:
    tags = tag_text("東部ユニオン・サクラ精機支部は会社に団体交渉を申し入れた。")
    assert "東部ユニオン サクラ精機支部" in discovered_names(tags)


def test_the_republic_of_china_is_taiwan() -> None:
    assert "TW" in primary_countries(tag_text("中華民國政府宣布新的勞動政策,勞工團體到場抗議。"))
    assert "TW" in primary_countries(tag_text("中华民国的劳工团体今天召开记者会。"))
    assert "TW" not in primary_countries(tag_text("中華人民共和國的工人今天罷工。"))


def test_unions_known_by_a_short_or_simplified_name() -> None:
    assert "union-jp-44" in union_ids(tag_text("全医労は国立病院で一斉ストライキを行った。"))
    assert "union-tw-2" in union_ids(tag_text("台铁产业工会理事长表示,将在台北车站静坐抗议。"))
    assert "union-hk-19" in union_ids(tag_text("香港教育工作者工会今日召开记者会。"))


def test_a_chinese_union_named_again_without_its_city() -> None:
    tags = tag_text("桃園市空服員職業工會今天宣布罷工,理事長表示,空服員職業工會將持續抗爭。")
    assert union_ids(tags) == {"taoyuan-flight-attendants-union-tw"}
