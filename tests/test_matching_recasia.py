"""Recogniser rules from a pass over every wide sample in Bangla, Hindi, Nepali, Urdu, Korean and Japanese (issue 9,
branch recasia): each test is one general rule, written with sentences of its own (not taken from any sample)."""

from __future__ import annotations

from tests.matching import discovered_names, tag_text


def test_a_japanese_verb_or_from_glued_before_a_union_is_no_part_of_its_name() -> None:
    # a verb's plain ending after its kanji stem ("勤める", "闘う", "目指す") or "から" (from) ends the words before
    assert discovered_names(tag_text("佐藤さんが勤める大阪青年ユニオンは会社に団体交渉を申し入れた。")) == {"大阪青年ユニオン"}
    assert discovered_names(tag_text("去年から神戸市職員労働組合で書記を務めている。")) == {"神戸市職員労働組合"}
    assert discovered_names(tag_text("賃上げを目指す福岡介護ユニオンが集会を開いた。")) == {"福岡介護ユニオン"}
    # ... and "闘う合同一般労組" (fighting joint general unions) is a kind, no name
    assert not discovered_names(tag_text("闘う合同一般労働組合を各地につくろうと呼びかけた。"))
    # a name's own kana, not after a kanji, stay
    assert discovered_names(tag_text("ふれあい北区ユニオンは相談会を開いた。")) == {"ふれあい北区ユニオン"}
