"""Russian and Ukrainian pass (issue 9, branch reccyr45): Kyrgyzstan's mining and metallurgical workers' union (GMPK)
named in lower case, in the dative or by its acronym; the Belarusian Independent Trade Union by its registered Russian
name with its people; the BKDP under its registered form's words in the genitive."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_reccyr45")
    assert len(sample) >= 24
    assert not _pages_found_elsewhere("wide_reccyr45")


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_reccyr45 ru-45327: in lower case after an organ of the union
    ("Как сообщил председатель центрального комитета горно-металлургического профсоюза Кыргызстана, рудник стоит.",
     "union-kg-3"),
    # wide_reccyr45 ru-45328: in the dative, an English acronym after it
    ("Рабочим рудника и Горно-металлургическому профсоюзу Кыргызстана (MMTUK) удалось договориться о зарплате.",
     "union-kg-3"),
    # wide_cyr27 ru-27731: the acronym alone, in a story placed in Kyrgyzstan
    ("ГМПК провел собрание горняков в Бишкеке.", "union-kg-3"),
    # wide_reccyr45 ru-45330: the Belarusian Independent Trade Union by its registered name, an adjective capitalised
    ("Суд рассмотрит дело Белорусского Независимого профсоюза горняков, химиков, нефтепереработчиков, энергетиков, "
     "транспортников, строителей и других работников в Минске.", "bnp"),
    # wide_reccyr45 ru-45330: the BKDP's registered form in the genitive
    ("Прокурор требует ликвидации Ассоциации профсоюзов «Белорусский конгресс демократических профсоюзов» в Минске.",
     "bkdp"),
])
def test_a_union_named_in_a_registered_or_lower_case_form_is_the_directorys(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(("text", "union_id"), [
    # Russia's mining and metallurgical workers' union is not Kyrgyzstan's
    ("Горно-металлургический профсоюз России провел пленум в Москве.", "union-kg-3"),
    # a miners' union of a Russian mine is not the Belarusian Independent Trade Union
    ("Независимый профсоюз горняков шахты «Распадская» провел митинг в Междуреченске.", "bnp"),
    # another association of unions named in quotes is not the BKDP
    ("Ассоциация профсоюзов «Содружество» провела конференцию в Москве.", "bkdp"),
])
def test_another_union_of_the_same_words_is_not_taken_for_it(text: str, union_id: str) -> None:
    assert union_id not in union_ids(tag_text(text))


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_reccyr41 ru-41422: the acronym of the union's kind in brackets between its described name and its quoted one
    ("Активисты межрегионального профессионального союза работников образования (МПРО) «Учитель» вышли на пикет в "
     "Москве.", "interregional-trade-union-of-education-workers-uchitel-ru"),
    # the acronym of its kind alone before the quoted name
    ("Члены МПРО «Учитель» провели пикет в школе Москвы.", "interregional-trade-union-of-education-workers-uchitel-ru"),
    # wide_arru32 ru-32652: a primary organisation named by the union's quoted name
    ("Оргсекретарь первичной профсоюзной организации «Действие» рассказал о переработках в Петербурге.",
     "interregional-trade-union-of-health-workers-deystvie-ru"),
])
def test_a_union_named_by_its_quoted_name_after_its_kind_is_the_directorys(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(("text", "union_id"), [
    # a company's legal form before a quoted name that is also a union's
    ("Сотрудники ГУП «Курьер» вышли на работу в Москве.", "union-ru-2"),
    ("Акционеры ПАО «Действие» собрались в Москве.", "interregional-trade-union-of-health-workers-deystvie-ru"),
])
def test_a_company_of_a_unions_quoted_name_is_not_the_union(text: str, union_id: str) -> None:
    assert union_id not in union_ids(tag_text(text))
