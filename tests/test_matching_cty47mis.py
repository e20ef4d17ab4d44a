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


_OPENING_RU = "Собрание обсуждало зарплаты, сроки выплат и условия труда на предприятиях отрасли. " * 6
_OPENING_EN = "Delegates discussed wages, hours and safety on the shop floor at length. " * 6


@pytest.mark.parametrize(("text", "code"), [
    # the one country a story names, in the body after a preposition of place (wide_arru32 ru-32671, wide_reccyr45
    # ru-45331, wide_fr32 fr-32435)
    (_OPENING_RU + "Завтра учителя проведут пикет в Кишиневе у здания правительства.", "MD"),
    (_OPENING_EN.replace("Delegates", "Nurses") + "Most of them work in Moldova on short contracts.", "MD"),
    # or as the dateline opening the text (wide_es20 es-9006, wide_ibero27 pt-27105, wide_recen45 en-45008)
    ("Tegucigalpa – Los empleados despedidos de la estatal telefónica volvieron a protestar este lunes. "
     + "Exigen el pago de sus prestaciones y la reintegración de los dirigentes. " * 4, "HN"),
])
def test_the_one_country_where_the_story_sets_its_events(text: str, code: str) -> None:
    assert primary_countries(tag_text(text)) == {code}


@pytest.mark.parametrize("text", [
    _OPENING_EN + "One of the speakers had recently toured Qatar.",
    _OPENING_EN + "A guest from Qatar spoke about the football stadiums.",
])
def test_a_lone_passing_country_stays_mentioned(text: str) -> None:
    tags = tag_text(text)
    assert primary_countries(tags) == set()
    assert all_countries(tags) == {"QA"}


def test_a_lone_country_after_in_does_not_outrank_another_country() -> None:
    # only where nothing else is named: a story on Chile naming "in Moldova" in passing keeps Chile alone
    tags = tag_text("Mineros de Chile en huelga. " + _OPENING_EN + "One delegate lives in Moldova.")
    assert primary_countries(tags) == {"CL"}
