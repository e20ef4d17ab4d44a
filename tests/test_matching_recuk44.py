"""Ukrainian, Russian and Belarusian pass (issue 9, branch recuk44): a national union named by its trade without
its country when the trade ends in a Ukrainian genitive in "-у" ("Профспілки працівників зв'язку", "... агропромислового
комплексу") or a plural genitive in "-ств" ("профсоюза работников газовых хозяйств"); Ukraine's gas utilities
workers' union (Укргазпрофспілка); a national union's workplace organisation named by the trade and the workplace
("Профсоюза работников морского транспорта Одесского морского порта")."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_recuk44")
    assert len(sample) >= 24
    assert not _pages_found_elsewhere("wide_recuk44")


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_recuk44 uk-44013: the trade a Ukrainian genitive in "-у", first after the workers
    ("У Києві відбувся пленум ЦК Профспілки працівників зв’язку, у роботі якого взяв участь заступник Голови ФПУ.",
     "union-ua-6"),
    # wide_recuk43 uk-43002: after a masculine adjective, the union's city organisation in lower case
    ("Голова Запорізької міської організації профспілки працівників агропромислового комплексу звернулася до мера.",
     "trade-union-of-agro-industrial-complex-workers-of-ukraine-ua"),
    # wide_recuk44 ru-44023, ru-44024: a plural genitive in "-ств", no country, in a story placed in Ukraine
    ("Об этом сообщил глава профсоюза работников газовых хозяйств Олег Агрба в Киеве.", "union-ua-17"),
    ("Профсоюз работников газовых хозяйств обещает всеукраинскую забастовку, говорится в обращении к президенту "
     "Украины.", "union-ua-17"),
    # wide_recuk44 uk-44017: the union's short name
    ("\"Укргазпрофспілка повністю підтримує рішення регулятора\", – зазначається в листі до уряду України.",
     "union-ua-17"),
])
def test_a_national_union_named_by_its_trade_alone_is_found(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # the gas workers' union of no story placed in Ukraine is not Ukraine's
    "Глава профсоюза работников газовых хозяйств выступил в Москве на собрании.",
    # a word in "-у" after the workers that is no trade: the union referred to
    "Профспілка закликала працівників роботу не припиняти у Львові.",
])
def test_a_trade_read_so_names_no_ukrainian_union_elsewhere(text: str) -> None:
    ids = union_ids(tag_text(text))
    assert "union-ua-17" not in ids and not any(union_id.startswith("found:UA") for union_id in ids), ids


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_recuk44 ru-44020, wide_ru20 ru-9962: a national union's port organisation, named by the trade and the port
    ("Решение было принято на заседании Центрального совета Профсоюза работников морского транспорта Одесского "
     "морского порта, сообщила пресс-служба.", "trade-union-of-maritime-transport-workers-of-ukraine-ua"),
    # wide_recuk42 ru-42023
    ("Как сообщил председатель Профсоюза работников морского транспорта Одесского порта Владимир Зайков, новый "
     "колдоговор подписан.", "trade-union-of-maritime-transport-workers-of-ukraine-ua"),
    # wide_recuk43 ru-43022: a region the gazetteer does not read after the trade
    ("Чугуева Елена Власовна - председатель профсоюза работников здравоохранения Красноярского края.",
     "health-workers-union-of-the-russian-federation-ru"),
    # a hospital's organisation of Ukraine's health workers' union
    ("Голова профспілки працівників охорони здоров'я Закарпатської обласної лікарні заявила про борги в Ужгороді.",
     "trade-union-of-health-care-workers-of-ukraine-ua"),
])
def test_a_workplace_organisation_named_by_its_trade_is_the_national_union(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # the maritime workers of a Russian port: not Ukraine's union, and no new one
    "Председатель Профсоюза работников морского транспорта Новороссийского морского порта заявил о сокращениях в "
    "Новороссийске.",
    # a trade no national union of the directory is named by: the workplace's union, referred to
    "Председатель профсоюза работников электротранспорта Херсонского троллейбусного управления заявил о долгах в "
    "Херсоне.",
])
def test_a_workplace_union_of_no_known_national_union_is_not_tagged(text: str) -> None:
    assert not union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # wide_recuk44 uk-44003: a joint territorial organisation of the union, by its acronym before the head
    "Звіт голови ОТО профспілки був не лише підсумком виконаної роботи у Львові.",
    # a primary and a territorial organisation, in Russian
    "Председатель ППО профсоюза рассказал о работе первички в Самаре.",
    "Председатель ТПО профсоюза рассказал о работе в Самаре.",
])
def test_the_acronym_of_a_level_of_a_unions_organisations_is_no_union(text: str) -> None:
    assert not union_ids(tag_text(text))


@pytest.mark.parametrize(("text", "country"), [
    # wide_recuk44 uk-44017
    ("Газорозподільна галузь є важливою складовою інфраструктури України, а її працівники з початку повномасштабного "
     "вторгнення РФ забезпечують роботу мереж.", "UA"),
    # wide_cyr17 uk-4074
    ("Вторгнення Росії на територію України в лютому цього року призвело до проблем у залізничників.", "UA"),
    ("С начала агрессии России работники шахт Донбасса в Украине не получают зарплату.", "UA"),
])
def test_the_invader_named_after_the_invasion_is_not_the_storys_country(text: str, country: str) -> None:
    assert primary_countries(tag_text(text)) == {country}


def test_a_country_invaded_stays_the_storys() -> None:
    # the invaded takes "в"/"на": its own country, not a war party's genitive
    assert "RU" in primary_countries(tag_text("Профсоюзы России осудили вторжение в Россию и провели митинг в Москве."))


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_reccyr41 uk-41409: a district organisation of the agro workers' union, the trade by its acronym
    ("Доповідь виголосив голова районної профспілкової організації працівників АПК В.В. Алексєєв у Старобільську.",
     "trade-union-of-agro-industrial-complex-workers-of-ukraine-ua"),
    # wide_recuk44 uk-44012
    ("Президія Закарпатської обласної профспілкової організації працівників культури звернулась до членів профспілки.",
     "union-ua-8"),
    # wide_ar34 ru-34634
    ("Как сообщили в областной профсоюзной организации работников народного образования и науки, в Самаре бастуют "
     "учителя.", "eseur-ru"),
])
def test_a_unions_organisation_named_by_its_workers_trade_is_the_national_union(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # a workplace's workers, no trade: its organisation referred to
    "Голова первинної профспілкової організації працівників заводу заявив про борги у Львові.",
    # a trade no national union of the story's country is known by
    "Председатель первичной профсоюзной организации работников метро рассказал о долгах в Москве.",
])
def test_a_unions_organisation_of_no_known_trade_names_no_union(text: str) -> None:
    assert not union_ids(tag_text(text))


def test_the_chernihiv_federation_of_union_organisations_is_found() -> None:
    # wide_recuk44 uk-44011 (a directory row: the name in the genitive, its acronym between its words elsewhere)
    text = ("Голові Організації Ігорю Москаленко передано Свідоцтво про відповідність Федерації профспілкових "
            "організацій Чернігівської області критеріям репрезентативності.")
    assert "union-ua-18" in union_ids(tag_text(text))


def test_a_national_unions_regional_organisation_named_with_the_regions_adjective_is_the_national_union() -> None:
    # wide_recuk42 uk-42020: found as a new union before
    tags = tag_text("\"Закликаємо всіх долучитися до акції\", – повідомляє Закарпатська профспілка працівників охорони "
                    "здоров’я в Ужгороді.")
    assert union_ids(tags) == {"trade-union-of-health-care-workers-of-ukraine-ua"}


def test_a_regions_union_of_a_trade_no_national_union_has_stays_its_own() -> None:
    ids = union_ids(tag_text("Київська профспілка працівників метрополітену провела збори у Києві."))
    assert all(union_id.startswith("found:") for union_id in ids), ids
