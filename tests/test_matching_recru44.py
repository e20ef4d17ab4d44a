"""Russian-language union names the matcher missed or cut (issue 9, branch recru44), and the branch's wide sample of
Russian-language pages; sentences of their own, not taken from the samples."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_names
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_wide_sample_is_valid_and_outside_the_set_and_every_other_sample() -> None:
    assert len(load_realnews(directory=BENCH_DATA / "wide_recru44")) >= 24
    assert not _pages_found_elsewhere("wide_recru44")


@pytest.mark.parametrize("text, name", [
    # a lower-case adjective, the head, the trade and the union's own name in quotes: the adjective is a word of it
    ("В Твери выступил глава межрегионального профсоюза работников общественного транспорта «Таксист».",
     "Межрегиональный профсоюз работников общественного транспорта «Таксист»"),
    ("Пикет провёл председатель отраслевого профсоюза работников предпринимательства «Коргау» в Темиртау.",
     "Отраслевой профсоюз работников предпринимательства «Коргау»"),
    # its people, more of them or their trade, then its name in quotes
    ("В Выборге раздавали листовки независимого профсоюза транспортников и логистов «Дорога жизни».",
     "Независимый профсоюз транспортников и логистов «Дорога жизни»"),
    ("Пермские водители вступили в профсоюз водителей торговых сетей «Магнит-Логистика».",
     "Профсоюз водителей торговых сетей «Магнит-Логистика»"),
])
def test_a_union_described_before_its_quoted_name_is_named_whole(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # a workplace between its people and the quoted name: the port's dockers' union, referred to
    "В Одессе глава профсоюза докеров порта «Южный» обратился к властям.",
    # the workers of a company in quotes: its union referred to
    "Председатель независимого профсоюза работников «Гродно Азот» в Гродно задержан.",
])
def test_a_workplaces_union_before_a_quoted_name_is_no_name(text: str) -> None:
    assert not {name for name in union_names(tag_text(text)) if "«" in name}


@pytest.mark.parametrize("text, name", [
    ("Совет Федерации омских профсоюзов обсудил индексацию зарплат бюджетников.", "Федерация омских профсоюзов"),
    ("Исполком ТОО «ФОП» собрался в Омске.", "Федерация омских профсоюзов"),
    ("Новым председателем ФПОК избран горняк из Прокопьевска.", "Федерация профсоюзных организаций Кузбасса"),
])
def test_a_regional_federation_the_directory_lacked_is_found(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


def test_a_ukrainian_sole_trader_is_no_omsk_federation() -> None:
    # "ФОП" alone is Ukrainian for a sole trader (фізична особа-підприємець): no acronym of the Omsk federation
    assert "Федерация омских профсоюзов" not in union_names(tag_text("У Львові ФОП третьої групи сплачують податок."))


def test_a_body_of_unions_whose_name_goes_on_after_a_line_break_is_not_the_shorter_one() -> None:
    # a text broken into short lines: "... профсоюзов" then "работников ..." on the next line is one longer name
    text = ("Договор заключён при содействии Международной конфедерации профсоюзов\n"
            "работников лесных отраслей и Международной организации труда.")
    assert "International Trade Union Confederation" not in union_names(tag_text(text))


def test_the_ituc_ends_its_line_before_a_new_sentence() -> None:
    text = "В Брюсселе выступила Международная конфедерация профсоюзов\nВчера профсоюзы Казахстана провели съезд."
    assert "International Trade Union Confederation" in union_names(tag_text(text))


@pytest.mark.parametrize("text", [
    "В Казани сотрудники пунктов выдачи создали профсоюз Ozon и пожаловались на штрафы.",
    "Сотрудники шахты вступили в профсоюз ERG в Экибастузе.",
])
def test_a_lower_case_russian_head_before_a_firm_in_latin_letters_names_no_union(text: str) -> None:
    assert not union_names(tag_text(text))


def test_a_capitalised_russian_head_before_a_latin_acronym_is_a_word_of_the_name() -> None:
    names = union_names(tag_text("Акцию в Москве поддержал Профсоюз IT вместе с курьерами."))
    assert "Профсоюз IT" in names and "IT" not in names


def test_a_foreign_union_in_latin_letters_after_a_russian_head_is_still_the_directorys() -> None:
    assert "IG Metall" in union_names(tag_text("Немецкий профсоюз IG Metall провёл переговоры в Вольфсбурге."))


def test_a_quoted_name_written_short_in_the_title_is_the_texts_longer_one() -> None:
    names = union_names(tag_text("Председатель профсоюза водителей торговых сетей «Магнит» в Туле подал иск.",
                                 title="Курьеров поддержал профсоюз водителей «Магнит»"))
    assert names == {"Профсоюз водителей торговых сетей «Магнит»"}


def test_two_quoted_names_that_differ_stay_two() -> None:
    names = union_names(tag_text("Члены профсоюза «Почтальон» и профсоюза водителей «Дальнобойщик» вышли на пикет в Туле."))
    assert {"Профсоюз «Почтальон»", "Профсоюз водителей «Дальнобойщик»"} <= names


@pytest.mark.parametrize("text", [
    "Митинг в Москве провёл Профсоюз работников Московского метрополитена: машинисты требуют запчастей.",
    "Председатель профсоюза работников ГУП «Московский метрополитен» рассказал о сокращениях в депо.",
])
def test_the_moscow_metro_workers_union_is_found_by_its_names(text: str) -> None:
    assert "Moscow Metro Workers' Union" in union_names(tag_text(text))


def test_the_independent_union_of_the_metros_staff_stays_its_own() -> None:
    names = union_names(tag_text("Независимый профсоюз сотрудников Московского метрополитена объявил забастовку."))
    assert "Moscow Metro Workers' Union" not in names


@pytest.mark.parametrize("text, name", [
    ("Старшыня Беларускага кангрэсу дэмакратычных прафсаюзаў выступіў у Мінску.",
     "Belarusian Congress of Democratic Trade Unions"),
    ("Рада Міжнароднай канфэдэрацыі прафсаюзаў абмеркавала становішча ў Беларусі.", "International Trade Union Confederation"),
    ("Дэлегаты з'езда Міжнароднай канфедэрацыі прафсаюзаў сабраліся ў Берліне.", "International Trade Union Confederation"),
])
def test_a_union_named_in_belarusian_is_found(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))
