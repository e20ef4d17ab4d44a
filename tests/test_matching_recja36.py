"""Japanese, Korean and Chinese union names (issue 9, branch recja36): each test is one general rule, written with a
short sentence from a wide_* sample, and what must stay untagged."""

from __future__ import annotations

from tests.matching import discovered_names, tag_text


def test_a_citys_branch_written_after_a_listed_union_is_a_branch_of_its_own() -> None:
    # wide_cjk32, wide_cjk31, wide_ja18: a directory union's city branch (全港湾, 全医労, JP労組)
    assert "全港湾 大阪支部" in discovered_names(tag_text("全労協中岡事務局長、全港湾大阪支部林書記長などが挨拶。"))
    assert "全医労 高崎支部" in discovered_names(tag_text("ストライキを行った全医労高崎支部の橋詰支津子さんは語った。"))
    assert "JP労組 広島支部" in discovered_names(tag_text("今日はJP労組広島支部、広島北支部の定期大会が開催され、ご挨拶。"))
    # ... not a teachers' union's district, a branch's head, nor a prefecture's branch
    assert not any(name.endswith("支部") for name in discovered_names(tag_text("千教組夷隅支部 活動報告。千教組の大会。")))
    assert not any(name.endswith("支部") for name in discovered_names(tag_text("郵政ユニオン船橋支部長と本部交渉部長が出席。")))
    assert not any(name.endswith("支部") for name in discovered_names(tag_text("来賓として建交労愛知県支部が挨拶した。")))


def test_the_name_in_quotes_after_the_word_for_a_union_is_the_unions_name() -> None:
    # wide_cjk31, wide_cjk32: a union whose name ends in no union word, named in quotes after 労働組合
    names = discovered_names(tag_text("ジェットスター・ジャパンの労働組合「ジェットスタークルーアソシエーション」(JCA)は会見した。"))
    assert "ジェットスタークルーアソシエーション" in names
    names = discovered_names(tag_text("非常勤講師が、労働組合「札幌圏大学・短大非常勤講師組合」(仮称)を11月5日に結成する。"))
    assert "札幌圏大学・短大非常勤講師組合" in names
    # ... not a quote after a union's name ending in 労組, nor a clause in quotes
    assert not discovered_names(tag_text("各社の労働組合「賃上げを、今こそ。」と訴えた。"))
    assert "政府緊急調停権発動時はゼネスト" not in discovered_names(tag_text("現代車グループ労組「政府緊急調停権発動時はゼネスト」"))


def test_a_branch_glued_to_a_listed_unions_short_name_is_its_branch() -> None:
    # wide_cjk32, wide_kojp17: Korean written without a space between a union's short name and its branch
    assert "자동차노련 제주도지부" in discovered_names(tag_text("26일 자동차노련제주도지부(지부장 조경신)에 따르면 도내 버스가 멈춘다."))
    assert "전교조 안동지부" in discovered_names(tag_text("전교조안동지부는 \"한교총내 수구 교육관료\"를 비판하는 성명을 밝혔다."))
    # ... not a count or group of branches glued to it
    assert not any(name.endswith("지부") for name in discovered_names(tag_text("전교조산하지부 대표들이 모였다.")))


def test_a_prefectures_builders_union_by_its_short_name() -> None:
    # wide_kojp17, wide_cjk32: 全建総連's prefectural unions, by the prefecture's name or first character and 建労
    names = discovered_names(tag_text("栃木建労による決意表明、愛媛建労による大会決議の読み上げの後、団結ガンバロー。"))
    assert {"栃木建労", "愛媛建労"} <= names
    assert "福建労" in discovered_names(tag_text("福建労は、1955年に結成された建設労働者の組合です。"))
    # ... not inside a longer word
    assert not discovered_names(tag_text("土木建労働者の安全について考える。"))


def test_a_chinese_branch_written_right_after_its_union_is_named_with_it() -> None:
    # wide_cjk31, wide_cjk32: 分會 right after a union's name, a listed one or not: the branch, and the union too
    names = discovered_names(tag_text("協商不成,桃園市空服員職業工會長榮分會昨日下午四時起展開罷工行動。"))
    assert "桃園市空服員職業工會長榮分會" in names
    names = discovered_names(tag_text("服务业总工会自由工作者分会主席王师乐联同议员于昨日会见记者。"))
    assert {"服务业总工会", "服务业总工会自由工作者分会"} <= names
