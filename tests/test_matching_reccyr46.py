"""Russian-language pass over eleven countries (issue 9, branch reccyr46)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_reccyr46")
    assert len(sample) >= 26
    assert not _pages_found_elsewhere("wide_reccyr46")


@pytest.mark.parametrize(("text", "name"), [
    # wide_reccyr46 ru-46200: the head in lower case after a person's title
    ("Губернатор встретился с председателем федерации профсоюзов Тамбовской области в понедельник.",
     "Федерация профсоюзов Тамбовской области"),
    # wide_reccyr45 ru-45317: "Профсоюзов" capitalised, which cut the name before "области"
    ("На совещании выступил Председатель Федерации Профсоюзов Курганской области Иванов И. И.",
     "Федерация профсоюзов Курганской области"),
    # wide_recru44 ru-44103: the name broken by a line
    ("Решение согласовано с Федерацией\nпрофсоюзов Тверской области и работодателями.",
     "Федерация профсоюзов Тверской области"),
    # a territory's federation, "края"
    ("Митинг провела федерация профсоюзов Алтайского края у здания правительства.",
     "Федерация профсоюзов Алтайского края"),
])
def test_a_regions_federation_written_with_other_capitals_is_found_whole(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # a region's unions, no federation named
    "Профсоюзы Тамбовской области провели митинг у здания администрации.",
    # the federation of no region ("of the region"), referred to
    "По инициативе федерации профсоюзов области прошла встреча с депутатами.",
])
def test_no_regional_federation_is_made_without_its_head_and_region(text: str) -> None:
    assert not any(name.startswith("Федерация профсоюзов") for name in discovered_names(tag_text(text)))


@pytest.mark.parametrize("text", [
    # wide_reccyr46 ru-46230: the plant's union named after the plant, which the story names as a plant
    "Рабочие завода «Сатурн» вышли к правительству после встречи с председателем свободного профсоюза «Сатурн».",
    # wide_reccyr46 ru-46241: a quoted headline naming the company's union, the company by its legal form
    "Статья «Профсоюз «Энергосеть» подчиняется компании?» вызвала проверку ОАО «Энергосеть» инспекцией труда.",
])
def test_a_workplaces_union_named_after_its_firm_names_no_union(text: str) -> None:
    assert not union_ids(tag_text(text))


@pytest.mark.parametrize(("text", "name"), [
    # wide_cyr17 ru-4002: the firm's quoted name is longer than the union's
    ("Профком ЗАО «Форд мотор компани» сообщил: профсоюз «Форд» готовит забастовку во Всеволожске.",
     "Профсоюз «Форд»"),
    # no firm named by the quoted name
    ("В Москве профсоюз «Рассвет» провел пикет у здания министерства.", "Профсоюз «Рассвет»"),
])
def test_a_quoted_union_name_no_firm_is_named_by_stays_a_union(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize(("text", "code"), [
    # wide_reccyr46 ru-46260: the genitive after "в центре"
    ("Сотни медсестер собрались в центре Риги, требуя повышения зарплат.", "LV"),
    # wide_reccyr46 ru-46280, ru-46281: the genitive, the locative
    ("Забастовка водителей Вильнюса началась в понедельник в Вильнюсе.", "LT"),
    ("В Таллине бастуют работники портов.", "EE"),
])
def test_a_baltic_capital_in_a_russian_case_places_the_story(text: str, code: str) -> None:
    tags = tag_text(text)
    assert code in {tag.code for tag in tags.countries if tag.salience == "primary"}


def test_a_word_beginning_like_a_baltic_capital_places_no_story_there() -> None:
    # "Ригель" (a star, a firm's name) and "Таллинская" are not the capitals' case forms
    tags = tag_text("Рабочие завода «Ригель» и таллинская делегация требуют выплаты зарплаты.")
    assert not {tag.code for tag in tags.countries} & {"LV", "EE"}


@pytest.mark.parametrize("text", [
    # wide_reccyr46 ru-46211: a Republican committee of the union, the short head in the genitive
    "Положение утверждено президиумом Республиканского комитета Белорусского профсоюза работников местной "
    "промышленности и коммунально-бытовых предприятий.",
    # wide_cyr27 ru-27740: a regional organisation of it
    "Об этом сообщает сайт Минской областной организации Белорусского профсоюза работников местной промышленности "
    "и коммунально-бытовых предприятий.",
    # the nominative
    "Белорусский профсоюз работников местной промышленности и коммунально-бытовых предприятий провел пленум.",
])
def test_a_union_registered_with_the_long_head_is_found_by_the_short_head(text: str) -> None:
    assert "union-by-3" in union_ids(tag_text(text))


def test_the_short_head_form_of_a_long_head_name_keeps_its_adjectives_and_trade() -> None:
    # another trade under the same country's adjective is not the local-industry union
    assert "union-by-3" not in union_ids(tag_text(
        "Белорусский профсоюз работников местной торговли провел собрание в Минске."))
