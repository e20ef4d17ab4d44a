"""Japanese union names (issue 9, branch cjkb31): each test is one general rule, written with sentences of its own
(not taken from any sample), and what must stay untagged."""

from __future__ import annotations

from tests.matching import discovered_names, tag_text


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
