"""Korean public bodies' own civil servants' unions written apart, and a Japanese branch after "・" (issue 9, branch cjkb32):
each test is one general rule, written with sentences of its own (not taken from any sample), and what must stay untagged."""

from __future__ import annotations

from tests.matching import discovered_names, tag_text


def test_a_county_union_written_apart_is_named_glued() -> None:
    # the county's name apart from its union word: the union writes itself glued
    assert "무주군공무원노동조합" in discovered_names(tag_text("무주군 공무원노동조합은 8일 군청 앞에서 기자회견을 열었다."))
    assert "순천시청공무원노조" in discovered_names(tag_text("순천시청 공무원노조가 성명을 발표했다."))


def test_a_time_word_before_the_union_word_is_no_body() -> None:
    assert not discovered_names(tag_text("당시 공무원노조는 파업을 하지 않았다."))


def test_a_ministrys_union_written_apart_keeps_its_written_form() -> None:
    text = "세종청사에서 해양수산부 공무원노동조합이 출범했다."
    assert "해양수산부 공무원노동조합" in discovered_names(tag_text(text))


def test_a_dot_between_a_japanese_union_and_its_branch_is_no_part_of_the_branchs_short_form() -> None:
    tags = tag_text("組合員は全駐労・キャンプ支部の集会に参加した。")
    branch = next(tag for tag in tags.unions if tag.name.endswith("キャンプ支部"))
    assert branch.acronym == "全駐労キャンプ支部"
    # a prefecture's branch is still an organ of its union, not named
    assert not any(tag.name.endswith("沖縄県支部") for tag in tag_text("全駐労・沖縄県支部が声明を出した。").unions)
