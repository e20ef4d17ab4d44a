"""Ukrainian and Russian pass (issue 9, branch recuk42): names of bodies of unions in the instrumental and the
accusative, a count or a person after a head, a Ukrainian region alone, and regional bodies of unions and contracted
names the directory lacked."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids


@pytest.mark.parametrize(("text", "name"), [
    # wide_recuk42 ru-42034 (the instrumental)
    ("Агитационная акция в преддверии Первомая была объявлена Федерацией профсоюзов Ставропольского края по "
     "инициативе Молодежного совета.", "Федерация профсоюзов Ставропольского края"),
    # wide_recuk42 ru-42035's shape (the accusative; Primorye's federation is a directory row since)
    ("В Федерацию профсоюзов Хабаровского края на минувшей неделе поступили сведения о двух смертях на производстве.",
     "Федерация профсоюзов Хабаровского края"),
    # Ukrainian forms of the same shape
    ("Акцію протесту біля Кабміну організовано Федерацією профспілок Черкаської області.",
     "Федерація профспілок Черкаської області"),
])
def test_a_federation_in_the_instrumental_or_accusative_is_found_in_the_nominative(text: str, name: str) -> None:
    tags = tag_text(text)
    assert name in discovered_names(tags), discovered_names(tags)


def test_a_lower_case_federation_stays_referred_to() -> None:
    # negative: "с федерацией профсоюзов области" refers to a federation, names none
    tags = tag_text("Вопрос обсуждался с федерацией профсоюзов области и работодателями.", language="ru")
    assert not any(name.lower().startswith("федерац") for name in discovered_names(tags)), discovered_names(tags)


def test_a_count_after_a_capitalised_plural_head_is_no_name() -> None:
    # wide_recuk42 uk-42011 (its title): "Профспілки 15 обласних центрів" counts unions, names none
    tags = tag_text("Профспілки 15 обласних центрів протестували в Полтаві проти передачі будинку профспілок.",
                    language="uk")
    assert not any("15" in name for name in discovered_names(tags)), discovered_names(tags)


def test_a_quoted_name_after_a_capitalised_head_is_still_found() -> None:
    # negative of the count rule: a capitalised head before a name still names it
    tags = tag_text("Профсоюз «Новый Труд» обратился в суд с иском к руководству завода.", language="ru")
    assert any("Новый Труд" in name for name in discovered_names(tags)), discovered_names(tags)


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_recuk42 uk-42011
    ("Після мітингу, на якому виступили голова Полтавської обласної ради профспілок Леонід Вернигора та інші, колона "
     "рушила до суду.", "union-ua-11"),
    # wide_recuk42 uk-42010
    ("Рада профспілок Івано-Франківської області відзначила своє поважне 70-ліття.", "union-ua-12"),
    # wide_recuk42 ru-42032 (the council named in Russian)
    ("Сегодня в Ужгороде проходит митинг, организованный Закарпатским областным советом профсоюзов.", "union-ua-13"),
    # wide_recuk42 ru-42033: the regional federation by its acronym alone
    ("Цветы возложили председатель ФПБО Ольга Полякова и профактив региона.", "union-ru-19"),
    # wide_recuk42 ru-42035
    ("В Федерацию профсоюзов Приморского края поступили сведения о двух смертях на производстве.", "union-ru-20"),
])
def test_regional_bodies_of_unions_the_directory_lacked(text: str, union_id: str) -> None:
    tags = tag_text(text)
    assert union_id in union_ids(tags), union_ids(tags)


def test_a_regional_council_of_another_region_is_not_taken_for_these() -> None:
    # negative: another region's council is not one of the new rows
    tags = tag_text("Голова Чернівецької обласної ради профспілок виступив на засіданні.", language="uk")
    assert not {"union-ua-11", "union-ua-12", "union-ua-13"} & union_ids(tags), union_ids(tags)


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_ru28 ru-29903 (was found as "Профсоюз «Федерация ...»")
    ("Председатель Союза организаций профсоюзов «Федерация профсоюзных организаций Томской области» Петр Брекотнин "
     "поздравил ветеранов.", "union-ru-22"),
    # wide_cyr27 ru-27760
    ("Сергей Соловьев – председатель Объединения организаций профсоюзов Ярославской области – выступил на конференции.",
     "union-ru-21"),
])
def test_older_samples_regional_federations(text: str, union_id: str) -> None:
    tags = tag_text(text, language="ru")
    assert union_id in union_ids(tags), union_ids(tags)


@pytest.mark.parametrize("text", [
    # wide_recuk42 ru-42030: a given name and patronymic after the capitalised head
    "Доклад председателя Алтайской краевой организации Профсоюза Алексея Андреевича Редкозубова был посвящен отрасли.",
    # wide_recuk42 uk-42022: a Ukrainian surname alone after a lower-case head
    "Віце-губернатор передав через Главу профспілки Головченко, що йому нема чого сказати нового.",
])
def test_a_person_after_a_head_is_no_union(text: str) -> None:
    tags = tag_text(text)
    assert not discovered_names(tags), discovered_names(tags)


def test_a_name_after_a_head_still_found_beside_the_person_rule() -> None:
    # negative: a union's own name after the head is kept ("Профсоюз работников ... Республики Казахстан")
    tags = tag_text("Председатель Профсоюза работников угольной промышленности Республики Казахстан выступил в "
                    "Караганде.", language="ru")
    assert any("угольной промышленности" in name for name in {tag.name for tag in tags.unions}), tags.unions


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_recuk42 uk-42019: the state institutions workers' union by its contracted name, with "України"
    ("На Закарпатті відбулося засідання Президії ЦК профспілки працівників держустанов України.",
     "trade-union-of-state-institutions-workers-of-ukraine-ua"),
    # wide_recuk42 uk-42014: the building workers' union without "України", in lower case
    ("Галузева угода між Міністерством розвитку громад та територій України і профспілкою працівників будівництва і "
     "промисловості будівельних матеріалів опублікована на сайті міністерства.", "union-ua-3"),
])
def test_ukrainian_unions_by_the_shorter_names_the_press_writes(text: str, union_id: str) -> None:
    tags = tag_text(text, language="uk")
    assert union_id in union_ids(tags), union_ids(tags)


def test_a_ukrainian_region_alone_is_no_union() -> None:
    # wide_recuk42 uk-42021: the federation's generic words dropped left the region as a one-word name
    tags = tag_text("Конференція пройшла в актовій залі підприємства «Навчально-методичний центр» Федерації профспілок "
                    "Чернігівщини.", language="uk")
    assert "Чернігівщини" not in discovered_names(tags), discovered_names(tags)


def test_a_long_one_word_name_is_still_read() -> None:
    # negative: a one-word union name of more than eight letters still counts (Atomprofspilka)
    tags = tag_text("Атомпрофспілка звернулася до уряду з вимогою підвищити зарплату.", language="uk")
    assert tags.unions, tags.unions
