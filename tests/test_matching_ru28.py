"""Branch ru28: Russian regional federations named after their region, plural heads before a place, a person after
a name's country, Armenian, Georgian and Romanian case forms of directory names (sentences written for these tests)."""

from __future__ import annotations

from functools import lru_cache

import pytest

from bot.matching import StoryTags, Tagger, default_tagger


@lru_cache(maxsize=1)
def tagger() -> Tagger:
    return default_tagger()


def tag(text: str, language: str) -> StoryTags:
    return tagger().tag(None, text, language=language)


def names(tags: StoryTags) -> set[str]:
    return {union.name for union in tags.unions}


def ids(tags: StoryTags) -> set[str]:
    return {union.union_id for union in tags.unions}


@pytest.mark.parametrize(("text", "name"), [
    ("Пленум Федерации профсоюзов Курской области прошёл в Курске во вторник.", "Федерация профсоюзов Курской области"),
    ("Совет Федерации профсоюзов Пермского края обсудил в Перми индексацию зарплат.",
     "Федерация профсоюзов Пермского края"),
    ("Объединение профсоюзов Липецкой области провело митинг в Липецке.", "Объединение профсоюзов Липецкой области"),
])
def test_a_regional_federation_is_named_after_its_region(text: str, name: str) -> None:
    assert name in names(tag(text, "ru"))


@pytest.mark.parametrize("text", [
    "Лидеры профсоюзов Южного Казахстана встретились в Шымкенте с акимом.",
    "Представители профсоюзов Красноярского края вышли на пикет в Красноярске.",
    "Дом профсоюзов Курской области отремонтируют к осени, сообщили в Курске.",
])
def test_the_unions_of_a_region_referred_to_are_no_name(text: str) -> None:
    assert not tag(text, "ru").unions


def test_a_person_after_a_names_country_is_cut() -> None:
    found = names(tag("Инспектор труда Союза профсоюзов России Пётр Смирнов выступил в Москве.", "ru"))
    assert "Союз профсоюзов России" in found
    assert not any("Смирнов" in name for name in found)


@pytest.mark.parametrize("text", [
    "Հայաստանի արհմիությունների կոնֆեդերացիան հայտարարություն է տարածել Երևանում։",
    "Հայաստանի արհմիությունների կոնֆեդերացիայի ղեկավարը հանդիպել է նախարարին Երևանում։",
    "Երևանում Հայաստանի արհմիությունների կոնֆեդերացիային դիմել են բանվորները։",
])
def test_armenian_cases_of_a_directory_name(text: str) -> None:
    assert "ctua" in ids(tag(text, "hy"))


@pytest.mark.parametrize("text", [
    "თბილისში საქართველოს პროფესიული კავშირების გაერთიანებამ განცხადება გაავრცელა.",
    "საქართველოს პროფესიული კავშირების გაერთიანების წარმომადგენლები ბათუმში ჩავიდნენ.",
    "ქუთაისში მუშებმა საქართველოს პროფესიული კავშირების გაერთიანებას მიმართეს.",
])
def test_georgian_cases_of_a_directory_name(text: str) -> None:
    assert "gtuc-ge" in ids(tag(text, "ka"))


def test_romanian_genitive_of_a_directory_name() -> None:
    text = "Biroul Confederației Naționale a Sindicatelor din Moldova s-a întrunit ieri la Chișinău."
    assert "cnsm" in ids(tag(text, "ro"))


def test_communications_workers_union_of_russia() -> None:
    text = "Тверская организация Общероссийского профсоюза работников связи провела собрание почтальонов в Твери."
    assert "communications-workers-union-of-russia-ru" in ids(tag(text, "ru"))


def test_an_armenian_word_that_only_begins_like_a_name_is_not_it() -> None:
    text = "Երևանում բանվորները գործադուլ են հայտարարել, արհմիությունը լռում է։"
    assert "ctua" not in ids(tag(text, "hy"))


@pytest.mark.parametrize("text", [
    "Шымкентте Қазақстан Республикасы Кәсіподақтар Федерациясының өкілдері жұмысшылармен кездесті.",
    "Қарағандыда шахтерлер Қазақстан Кәсіподақтар Федерациясына шағым жазды.",
])
def test_kazakh_cases_of_the_federations_kazakh_name(text: str) -> None:
    assert "ftu-kz" in ids(tag(text, "kk"))
