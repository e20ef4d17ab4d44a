"""Where Cyrillic-language pages lose their unions, diagnosed over every older wide sample (issue 9, branch diagcyr)."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_cee28 uk-29323: a foreign union's name in Ukrainian, its own Latin acronym in brackets
    ("До Львова приїхали представники Американської Федерації вчителів (AFT), щоб зустрітися з освітянами.", "aft"),
    # wide_recuk44 be-44029: a Belarusian union's name in the Latin alphabet (łacinka), its acronym after it
    ("Kiraŭnictva Prafsajuzu rabotnikaŭ radyjoelektronnaj pramysłovaści (REP) u Bresce zajaviła pra cisk.", "rep"),
])
def test_an_acronym_after_its_union_name_in_a_slavic_language_counts(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(("text", "union_id"), [
    # the acronym after a place's name, no union's name before it
    ("Учителя из Вашингтона (AFT) приехали во Львов на встречу с освитянами.", "aft"),
    # a word for a federation in an earlier sentence: the bracket's clause names no union
    ("Федерация профсоюзов провела встречу. Затем выступил представитель компании (AFT) с отчётом о продажах.", "aft"),
    # an English name before the bracket: the rule reads Slavic names only ("Free Trade Union (FTU)" in Phnom Penh)
    ("В Пномпене рабочие из Free Trade Union (FTU) вышли на протест у фабрики.", "hkftu"),
])
def test_an_acronym_after_no_slavic_union_name_is_not_backed_so(text: str, union_id: str) -> None:
    assert union_id not in union_ids(tag_text(text))
