"""Japanese union names pass (issue 9, branch recja41b): two Tokyo unions that many labour pages name, by every form
their pages write (data/union_sources/japan-tokyo-pages-recja41b.tsv)."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids


@pytest.mark.parametrize("text", [
    # ja-6631 (wide_jaar19): the short form, with a branch glued after it
    "争議団から争議の報告があり、東京東部労組メトロコマース支部の代議員が発言した。",
    # ja-39309 (wide_recea39)
    "全国一般東京東部労組三愛工業支部が会社に団体交渉を申し入れた。",
])
def test_the_tokyo_east_general_union_by_its_short_forms(text: str) -> None:
    assert "union-jp-55" in union_ids(tag_text(text, language="ja"))


def test_the_tokyo_public_service_union_before_its_youth_branch() -> None:
    # ja-812 (wide_unions8a)
    tags = tag_text("首都圏青年ユニオン(東京公務公共一般労働組合青年一般支部)が結成された。", language="ja")
    assert "union-jp-56" in union_ids(tags), union_ids(tags)


@pytest.mark.parametrize(("text", "union_id"), [
    # ja-5100 (wide_ja18): the acronym alone
    ("NCCUは介護職員の処遇改善を国に求めた。", "nccu-jp"),
    # ja-30730 (wide_kjd29): the federation's short name
    ("全トヨタ労連は春闘の集中回答日に向けて要求を提出した。", "union-jp-59"),
    # ja-7304 (wide_ja19)
    ("NTT労組の春闘方針が決まった。", "ntt-jp"),
])
def test_a_japanese_union_by_its_acronym_or_short_name(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language="ja"))
