"""Ukrainian and Russian unions written with the long head "професійна спілка" / "профессиональный союз" (and the
long plural "профессиональных союзов"), a number joined to a noun before a Cyrillic head, "совет" and "облсовпроф"
declined, and the directory rows of data/union_sources/poland-ukraine-cee29.tsv (issue 9, branch cee29)."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids


@pytest.mark.parametrize("text, union_id", [
    # "профспілка" is short for "професійна спілка": a union's letters write the long head out, in any case
    ("Пленум Професійної спілки працівників охорони здоров'я України зібрався у Києві в четвер.",
     "trade-union-of-health-care-workers-of-ukraine-ua"),
    ("Лист підписала Професійна спілка працівників освіти і науки України, повідомили у Львові.", "tueswu-ua"),
    ("Голова обласної організації звернувся до Професійної спілки залізничників і транспортних будівельників "
     "України у Харкові.", "trade-union-of-railway-workers-and-transport-builders-of-ukr-ua"),
    # Russian "профсоюз" is short for "профессиональный союз" alike
    ("В Бишкеке прошел пленум Профессионального союза работников образования и науки Кыргызской Республики.",
     "union-kg-2"),
])
def test_the_long_head_names_the_union_the_short_one_does(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # the long plural a council's name ends with, and a region's council of unions ("облсовпроф") in any case
    "Конфликт с администрацией области объявил Псковский областной совет профессиональных союзов.",
    "Переговоры в Пскове провели с Псковским областным советом профессиональных союзов.",
    "На прошлой неделе в Псковском облсовпрофе прошла прямая линия с работниками бюджетной сферы.",
])
def test_the_pskov_council_of_unions_in_its_written_forms(text: str) -> None:
    assert "union-ru-13" in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    "Кожна професійна спілка має власний статут, нагадали юристи у Києві.",
    "В Бишкеке обсудили, зачем нужен профессиональный союз молодым рабочим.",
])
def test_the_long_head_alone_names_no_union(text: str) -> None:
    assert not tag_text(text).unions


@pytest.mark.parametrize("text", [
    # a number joined to a noun ("100-річчя", "30-летия") is an anniversary, not part of a union's name, and the
    # region after a plural head names the region's unions referred to
    "У Вінниці відбулися урочистості з нагоди 100-річчя профспілок Вінниччини.",
    "Свято 30-річчя профспілок Київщини зібрало ветеранів у Києві.",
    "В Кемерово отметили юбилей 100-летия профсоюзов Кузбасса.",
])
def test_a_numeral_compound_before_a_plural_head_names_no_union(text: str) -> None:
    assert not tag_text(text).unions


def test_a_union_named_after_an_anniversary_is_still_found() -> None:
    tags = tag_text("Свято 100-річчя Профспілки працівників освіти і науки України відбулося у Києві.")
    assert "tueswu-ua" in union_ids(tags)


@pytest.mark.parametrize("text, union_id", [
    # the dispatchers' union and the drivers' union by the acronyms their own letters use
    ("Na stacji w Krakowie ZZDR PKP i ZZM zażądały od zarządu PKP PLK poprawy bezpieczeństwa ruchu.", "zzdr-pkp-pl"),
    ("Na stacji w Krakowie ZZDR PKP i ZZM zażądały od zarządu PKP PLK poprawy bezpieczeństwa ruchu.", "zzmwp-pl"),
    ("Związek Zawodowy Dyżurnych Ruchu PKP zorganizował pikietę przed dworcem w Poznaniu.", "zzdr-pkp-pl"),
    # Sierpień 80 in the genitive ("z Sierpnia 80")
    ("Górnicy z Sierpnia 80 protestowali przed siedzibą spółki w Katowicach.", "wolny-zwiazek-zawodowy-sierpien-80-pl"),
])
def test_polish_rail_and_miners_rows(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_august_in_the_genitive_is_no_union() -> None:
    assert not tag_text("Strajk rozpoczął się 14 sierpnia 1980 roku w Gdańsku.").unions
