"""Primary countries the tagger missed (issue 9, branch cty47mis): Russian and Ukrainian case forms of a city's name
the declension lacked (a masculine "-ль", a plural "-ы"), written in sentences of our own."""

from __future__ import annotations

import pytest

from bot.matching.gazetteer import _inflections
from tests.matching import all_countries, primary_countries, tag_text


@pytest.mark.parametrize(("text", "code"), [
    # a masculine city in "-ль" in the locative and genitive (wide_reccyr41 ru-41426)
    ("Сталевары комбината в Мариуполе объявили забастовку.", "UA"),
    ("Водители автобусов Ярославля вышли на митинг у мэрии.", "RU"),
    # a plural city's locative (wide_recuk42 ru-42037)
    ("Рабочие машиностроительного завода в Сумах протестуют против долгов по зарплате.", "UA"),
    ("Медики в Черновцах требуют повышения окладов.", "UA"),
])
def test_a_city_in_a_case_the_declension_lacked(text: str, code: str) -> None:
    assert primary_countries(tag_text(text)) == {code}


@pytest.mark.parametrize(("text", "code"), [
    # the feminine "-ь" forms stay
    ("Учителя в Твери объявили забастовку.", "RU"),
    ("Рабочие в Электростали остановили цех.", "RU"),
])
def test_the_feminine_forms_stay(text: str, code: str) -> None:
    assert primary_countries(tag_text(text)) == {code}


def test_no_plural_from_a_folded_short_i() -> None:
    # "Хмельницкий" is folded to "Хмельницкии": its last "и" is no plural's ending
    assert _inflections("Хмельницкии") == []
    assert _inflections("Сумы") == ["Сумах", "Сумам"]


def test_a_common_plural_stays_no_place() -> None:
    assert all_countries(tag_text("Профсоюз спорит о суммах выплат и о сроках.")) == set()


@pytest.mark.parametrize(("text", "code"), [
    # Cyrillic cities of 100,000+ that places.tsv lacked (gazetteer.toml extra_cities; wide_recuk43 ru-43029,
    # wide_reccyr46 ru-46297)
    ("В Херсоне водители троллейбусов вышли к горсовету.", "UA"),
    ("Нефтяники в Жанаозене продолжают забастовку.", "KZ"),
])
def test_a_city_places_tsv_lacked(text: str, code: str) -> None:
    assert primary_countries(tag_text(text)) == {code}


def test_a_longer_word_holding_the_city_is_no_place() -> None:
    assert all_countries(tag_text("Экскурсия по руинам Херсонеса собрала туристов.")) == set()
