"""Smaller towns in their own country's script (issue 9, branch places48): places.tsv keeps Cyrillic towns of 30,000
people or more (SMALL_NATIVE_TOWN_POPULATION) and Arabic-speaking countries' towns of 30,000 or more
(SMALL_ARABIC_TOWN_POPULATION) in their own script, as "town" rows: they count after a preposition of place or where
the story names their country, not alone. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, primary_countries, tag_text


@pytest.mark.parametrize(("text", "code"), [
    # Russian towns of 30,000-100,000 people (wide_ru28 ru-29908's Шадринск, wide_reccyr39 ru-39219's Воскресенск)
    ("Рабочие телефонного завода в Шадринске не получают зарплату уже полгода.", "RU"),
    ("В Воскресенске водители автобусов объявили забастовку.", "RU"),
    ("Горняки в Апатитах требуют индексации окладов.", "RU"),
    # a Ukrainian one, in a Russian sentence
    ("Учителя в Бердичеве вышли на пикет из-за долгов по зарплате.", "UA"),
    # Arabic towns of 30,000-50,000 people
    ("أضرب عمال النظافة في تكريت احتجاجا على تأخر الرواتب.", "IQ"),
    ("نظم المعلمون وقفة احتجاجية في طولكرم للمطالبة بزيادة الأجور.", "PS"),
])
def test_a_small_town_after_a_preposition_of_place(text: str, code: str) -> None:
    assert primary_countries(tag_text(text)) == {code}


@pytest.mark.parametrize(("text", "code"), [
    # the town beside its country named in the story, without a preposition of place
    ("Профсоюз России поддержал рабочих. Шадринск остаётся без зарплаты третий месяц.", "RU"),
])
def test_a_small_town_backed_by_its_country(text: str, code: str) -> None:
    assert code in all_countries(tag_text(text))


@pytest.mark.parametrize("text", [
    # a town's name without a preposition of place and without its country counts nothing
    "Шадринск остаётся без зарплаты третий месяц, пишут рабочие.",
    "Завод Воскресенска остановил линию на ремонт.",
])
def test_a_small_town_alone_counts_nothing(text: str) -> None:
    assert primary_countries(tag_text(text)) == set()


def test_a_town_of_fewer_than_30000_people_stays_out() -> None:
    # Starodub, Russia (about 18,000 people), is a common Ukrainian surname: "Миколи Стародуба" is a union leader's
    # name (a Ukrainian story: UA by its language)
    assert "RU" not in all_countries(tag_text("У доповіді голови профспілки Миколи Стародуба йшлося про борги."))


@pytest.mark.parametrize(("text", "code"), [
    # "town" written out or cut short before the town's name counts as "in" does (wide_ar34 ru-34633, wide_reccyr39
    # ru-39219)
    ("Вчера в администрации г. Воскресенска прошло собрание трудового коллектива.", "RU"),
    ("Медсёстры больницы в городе Глазове вышли на пикет.", "RU"),
    ("Собрание работников завода г. Бердичева потребовало погасить долги.", "UA"),
])
def test_a_town_after_the_noun_town(text: str, code: str) -> None:
    assert primary_countries(tag_text(text)) == {code}


def test_the_noun_town_alone_names_no_country() -> None:
    # Zavolzhsk (about 10,000 people) has no row: the noun before it gives no country of its own
    assert all_countries(tag_text("В городе Заволжске учителя не получают зарплату.")) == set()
