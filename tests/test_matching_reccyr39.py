"""Russian, Ukrainian and Kazakh recogniser pass (issue 9, branch reccyr39): "Российской Федерации" ends a union of a
trade whole; a union's organ before its capitalised head ("ЦК Профспілки") names no union; a Russian or Ukrainian
name without the country its directory name ends with is that union in a story on the country; names the directory
lacked (Ukraine's agro-industrial union without its country, PSI in Ukrainian, Kazakh names of FPRK and of
Kazakhstan's education union, in the genitive too: "кәсіподағының")."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids, union_names


@pytest.mark.parametrize("text", [
    "Председатель Профсоюза работников культуры Российской Федерации заявил о повышении окладов.",
    "Делегаты Профсоюза работников лесного хозяйства Российской Федерации собрались в Москве.",
])
def test_russian_federation_ends_a_trade_union_s_name(text: str) -> None:
    names = union_names(tag_text(text, language="ru"))
    assert any(name.endswith("Российской Федерации") for name in names), names


@pytest.mark.parametrize("text", [
    "Упродовж 2016-2019 років ЦК Профспілки спрямовував свою діяльність на виконання планів у Києві.",
    "Доводимо до вашого відома інформацію щодо роботи ЦК Профспілки в Одесі.",
])
def test_a_union_s_organ_before_its_capitalised_head_names_no_union(text: str) -> None:
    assert not union_names(tag_text(text, language="uk"))


@pytest.mark.parametrize(("text", "language", "union_id"), [
    ("Сьогодні у Києві відбулася зустріч членів Профспілки працівників охорони здоров’я з представниками "
     "Національної служби здоров'я України.", "uk", "trade-union-of-health-care-workers-of-ukraine-ua"),
    ("Состоялся пленум Московской областной организации профсоюза работников здравоохранения, сообщил министр "
     "здравоохранения Московской области.", "ru", "health-workers-union-of-the-russian-federation-ru"),
])
def test_a_name_without_its_country_in_a_story_on_the_country(text: str, language: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language=language))


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Відбулося засідання Запорізької обласної організації профспілки працівників АПК у Бердянську.", "uk",
     "Trade Union of Agro-Industrial Complex Workers of Ukraine"),
    ("Інтернаціонал громадського обслуговування підтримує Профспілку працівників охорони здоров’я України.", "uk",
     "Public Services International"),
    ("Жиында Қазақстандық салалық білім және ғылым қызметкерлері кәсіподағының төрайымы Айгүл Мұқашева сөйледі, "
     "Түркістан.", "kk", "Казахстанский отраслевой профсоюз работников образования и науки"),
    ("Астанада ҚР Кәсіподақтар федерациясының Бас кеңесінің отырысы өтті.", "kk",
     "Federation of Trade Unions of the Republic of Kazakhstan"),
])
def test_names_the_directory_lacked(text: str, language: str, name: str) -> None:
    assert name in union_names(tag_text(text, language=language))
