"""A short name declared "hereinafter" in brackets after a union's name (Japanese 以下, Chinese 以下简称, Korean 이하);
Japanese part-timers' unions written with 労組, and union theory and law that are no union; the Korean bargaining
union (교섭노조), a role; a country's Chinese name inside a Japanese word; German genitives of countries' names; the dbb written short, the Beamtenbund (issue 9,
branch kjd29)."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids, union_names


@pytest.mark.parametrize("text, lang", [
    ("札幌市で開かれた日本郵政労働組合（以下、JP労組）の大会には千人が集まった。", "ja"),
    ("日本郵政労働組合(以下「JP労組」という)は10日、札幌市で集会を開いた。", "ja"),
])
def test_a_name_and_the_short_name_declared_after_it_are_one_union(text: str, lang: str) -> None:
    tags = tag_text(text, language=lang)
    assert len(tags.unions) == 1, union_names(tags)


@pytest.mark.parametrize("text, union", [
    ("大阪生協パート労組は時給の引き上げを求めて団体交渉を申し入れた。", "大阪生協パート労働組合"),
    ("東京スーパーパート労働組合が府労委に救済を申し立てた。", "東京スーパーパート労働組合"),
])
def test_a_japanese_part_timers_union_with_a_word_of_its_own(text: str, union: str) -> None:
    assert union in union_names(tag_text(text, language="ja"))


@pytest.mark.parametrize("text, lang", [
    ("各地のパート労組は賃上げを求めている。", "ja"),  # the kind alone
    ("大学で現代労働組合論を教える教授が講演した。", "ja"),  # union theory
    ("国会で改正労働組合法の審議が始まった。", "ja"),  # the Trade Union Act
    ("회사의 대표 교섭노조는 임금 인상을 요구했다.", "ko"),  # the bargaining union, a role
])
def test_kinds_theories_laws_and_roles_are_no_union(text: str, lang: str) -> None:
    assert not tag_text(text, language=lang).unions


@pytest.mark.parametrize("text, country", [
    ("Die Wettbewerbsfähigkeit Deutschlands leide unter hohen Kosten, sagte der Verband.", "DE"),
    ("Die Regierung Österreichs will bei den Gehältern sparen.", "AT"),
    ("Die Gewerkschaften Polens fordern mehr Lohn.", "PL"),
])
def test_a_german_genitive_of_a_country_after_a_capitalised_noun(text: str, country: str) -> None:
    assert country in primary_countries(tag_text(text, language="de"))


@pytest.mark.parametrize("text", [
    "Der Beamtenbund kündigte Proteste gegen die Nullrunde an.",
    "Der Vorsitzende des Beamtenbundes forderte mehr Personal.",
])
def test_the_dbb_written_short(text: str) -> None:
    assert "dbb-de" in union_ids(tag_text(text, language="de"))


@pytest.mark.parametrize("text, lang, country", [
    ("東海地区の部品工場でパート従業員が雇い止めに抗議した。", "ja", "JP"),  # "海地" (Haiti, in Chinese) in 東海地区
    ("海地工人举行罢工，要求提高工资。", "zh", "HT"),  # Chinese still names Haiti so
    ("ハイチの繊維工場で労働者がストライキを行った。", "ja", "HT"),
])
def test_a_chinese_name_of_a_country_inside_a_japanese_word(text: str, lang: str, country: str) -> None:
    assert primary_countries(tag_text(text, language=lang)) == {country}
