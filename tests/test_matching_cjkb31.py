"""Japanese union names (issue 9, branch cjkb31): each test is one general rule, written with sentences of its own
(not taken from any sample), and what must stay untagged."""

from __future__ import annotations

from tests.matching import discovered_names, primary_countries, tag_text


def test_japanese_company_union_named_in_quotes_after_it_is_not_named_by_the_company() -> None:
    # "the union of company X, 'NAME'": the union is the quoted name, not "X労働組合"
    names = discovered_names(tag_text("航空会社ミナミ・エアの労働組合「ミナミ・エア乗務員ユニオン」は4日、ストを通告した。"))
    assert "エア労働組合" not in names and "ミナミ・エア労働組合" not in names
    assert "ミナミ・エア乗務員ユニオン" in names
    names = discovered_names(tag_text("運送会社ハヤテ物流の労組『ハヤテ物流ユニオン』が会見した。"))
    assert "ハヤテ物流労働組合" not in names
    # without a quoted name after it, the company's union is still named by the company
    assert "関東バス労働組合" in discovered_names(tag_text("東京の関東バスの労働組合が24時間ストを構えた。"))


def test_japanese_company_union_named_in_quotes_once_is_that_union_elsewhere() -> None:
    # the headline refers to the company's union; the body names it in quotes: no "company + 労働組合" name
    text = "ミナミ・エアの労組、スト回避 航空会社ミナミ・エアの労働組合「ミナミ・エア乗務員ユニオン」は4日、会見した。"
    names = discovered_names(tag_text(text))
    assert "エア労働組合" not in names and "ミナミ・エア労働組合" not in names


def test_korean_national_union_of_two_trades_joined_by_a_dot_is_one_name() -> None:
    # "전국" + two trades joined by "·" + the union's word: one national union, not the second trade's alone
    names = discovered_names(tag_text("전국택배·물류노동조합은 오늘 총파업에 들어갔다."))
    assert "전국택배·물류노동조합" in names and "물류노동조합" not in names
    names = discovered_names(tag_text("전국간판설치·철거노조 조합원들이 집회를 열었다."))
    assert "전국간판설치·철거노조" in names
    # two unions listed, or places before a union, stay apart
    assert "전국민주노총·한국노총" not in discovered_names(tag_text("전국민주노총·한국노총이 공동 기자회견을 열었다."))
    assert not any("서울·" in name for name in discovered_names(tag_text("서울·경기 버스노조가 파업했다.")))


def test_chinese_street_named_after_a_mainland_city_is_no_place() -> None:
    # Taipei's and Hong Kong's streets carry mainland cities' names, the road's noun glued after them
    for text in (
        "教師工會今天在濟南路一段集合,向教育部抗議。",
        "空服員工會在南京東路的公司總部前靜坐。",
        "工會成員沿上海街遊行。",
    ):
        assert "CN" not in primary_countries(tag_text(text, None, "zh"))
    # the city itself, and its streets ("街頭"), stay the place
    assert "CN" in primary_countries(tag_text("深圳工人今天罷工,數百人走上深圳街頭。", None, "zh"))
    assert "CN" in primary_countries(tag_text("北京市總工會今天召開會議。", None, "zh"))
