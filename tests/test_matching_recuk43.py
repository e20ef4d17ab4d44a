"""Ukrainian and Russian pass (issue 9, branch recuk43): regional councils and federations of unions named after
their region ("Запорізька обласна рада профспілок", "Федерація профспілок Житомирщини", "Федерация профсоюзных
организаций Саратовской области"), and a region's unions referred to ("Профспілки Херсонщини")."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids, union_names


@pytest.mark.parametrize(("text", "name"), [
    # wide_recuk43 uk-43000 (the locative, the long plural)
    ("В Запорізькій обласній раді професійних спілок 4 жовтня пройшла робоча зустріч голів членських організацій.",
     "Запорізька обласна рада профспілок"),
    # wide_recuk43 uk-43019 (the genitive)
    ("23 березня відбувся Пленум Чернівецької обласної ради профспілок за участі голови ОДА.",
     "Чернівецька обласна рада профспілок"),
    # wide_recuk43 uk-43008 (an inter-sectoral council, nominative)
    ("Херсонська обласна міжгалузева рада профспілок висловлює категоричну незгоду з політикою Уряду.",
     "Херсонська обласна міжгалузева рада профспілок"),
    # wide_recuk43 uk-43001: the short "облпрофрада"
    ("Згідно з планом роботи Запорізької облпрофради відбулась зустріч профспілкового активу області.",
     "Запорізька обласна рада профспілок"),
    # the instrumental of a council of another region
    ("Угоду підписано між обласною державною адміністрацією та Житомирською обласною радою профспілок.",
     "Житомирська обласна рада профспілок"),
    # Russian: a regional council and a federation of union organisations (wide_recuk43 ru-43027)
    ("Представители Курского областного совета профсоюзов провели пикет у здания администрации.",
     "Курский областной совет профсоюзов"),
    ("Федерация профсоюзных организаций Саратовской области подписала трехстороннее соглашение с губернией.",
     "Федерация профсоюзных организаций Саратовской области"),
])
def test_a_regional_council_of_unions_is_found_in_the_nominative(text: str, name: str) -> None:
    tags = tag_text(text)
    assert name in union_names(tags), union_names(tags)


@pytest.mark.parametrize("text", [
    # the region's council (its legislature) is no union's body
    "Запорізька обласна рада ухвалила рішення про бюджет на наступний рік.",
    # a council referred to, not named
    "Президія обласної ради профспілок розглянула звернення працівників.",
])
def test_a_regional_council_that_is_none_of_unions_or_is_only_referred_to_is_no_name(text: str) -> None:
    tags = tag_text(text, language="uk")
    assert not any("рад" in name for name in union_names(tags)), union_names(tags)


@pytest.mark.parametrize(("text", "name"), [
    # wide_recuk43 uk-43018: the region by its noun, a person after it
    ("За словами заступника голови Федерації профспілок Житомирщини Оксани Хіміч, на протесті були сотні спілчан.",
     "Федерація профспілок Житомирської області"),
    # wide_recuk42 uk-42021
    ("Про це повідомили у Федерації профспілок Чернігівщини.", "Федерація профспілок Чернігівської області"),
    # "-ччини" regions
    ("Федерація профспілок Вінниччини провела пленум.", "Федерація профспілок Вінницької області"),
])
def test_a_federation_named_after_its_region_noun_is_given_by_the_region(text: str, name: str) -> None:
    tags = tag_text(text)
    assert name in union_names(tags), union_names(tags)
    assert not any("щини" in found or "ччини" in found for found in union_names(tags)), union_names(tags)


def test_a_regions_unions_are_referred_to() -> None:
    # wide_recuk43 uk-43008's title: "Профспілки Херсонщини" are the region's unions, no union's name
    tags = tag_text("Херсонська обласна міжгалузева рада профспілок надіслала заяву.",
                    title="Профспілки Херсонщини вимагають від уряду зупинення тарифної вакханалії")
    assert not any("Херсонщин" in name for name in discovered_names(tags)), discovered_names(tags)


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_cee28 uk-29326 and wide_recuk43 uk-43019: the Chernivtsi council under both its names, one record
    ("Відбулося урочисте засідання Чернівецької обласної ради професійних спілок.", "union-ua-15"),
    ("Відбувся Пленум Чернівецької обласної ради профспілок.", "union-ua-15"),
    # wide_recuk43 ru-43020: Atomprofspilka's Russian name
    ("Как сообщила пресс-служба \"Профсоюза работников атомной энергетики и промышленности Украины\", пикеты "
     "возобновятся в Киеве.", "atomprofspilka-ua"),
    # wide_recuk43 uk-43014: the trade workers' union in the instrumental (cut to "Всеукраїнська профспілка
    # працівників" before)
    ("Галузеву угоду укладено між Міністерством економіки та Всеукраїнською профспілкою працівників і підприємців "
     "торгівлі, громадського харчування та послуг.", "union-ua-16"),
])
def test_directory_rows_of_this_pass(text: str, union_id: str) -> None:
    tags = tag_text(text)
    assert union_id in {tag.union_id for tag in tags.unions}, union_names(tags)
    assert not discovered_names(tags), discovered_names(tags)


@pytest.mark.parametrize("text", [
    # wide_recuk43 uk-43016: a workplace in quotes after the workers, no trade ("... працівників "Гродно Азоту"")
    "Призупинено діяльність первинної організації Білоруської Незалежної профспілки працівників \"Гродно Азоту\".",
    # wide_cyr27 ru-27740: a trade the complement reader stops in ("местной промышленности и коммунально-бытовых ...")
    "Председатель Белорусского профсоюза работников местной промышленности и коммунально-бытовых предприятий заявил.",
])
def test_a_name_cut_right_after_its_workers_is_no_name(text: str) -> None:
    tags = tag_text(text)
    assert not any(name.endswith(("працівників", "работников")) for name in discovered_names(tags)), (
        discovered_names(tags))


def test_a_name_with_its_trade_after_the_workers_is_still_found() -> None:
    # positive: the trade after the workers makes the name (wide_reccyr41 ru-41421's shape)
    tags = tag_text("Белорусский профсоюз работников леса и лесной промышленности провел пленум в Минске.")
    assert any(name.startswith("Белорусский профсоюз работников леса") for name in union_names(tags)), union_names(tags)


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_recuk43 ru-43025: Belarus's one federation, named bare on a Belarusian story
    ("Коллективное открытое письмо трудящихся Беларуси появилось на сайте Федерации профсоюзов 26 января. На "
     "гродненских предприятиях собирали подписи.", "fpb"),
    # wide_cyr17 be-4090 (Belarusian)
    ("Рэжым у Беларусі пастанавіў ліквідаваць незалежны прафсаюзны рух, пакінуўшы толькі афіцыйную Федэрацыю "
     "прафсаюзаў.", "fpb"),
])
def test_a_countrys_one_federation_named_bare_is_that_countrys(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # Russia has a federation in every region: a bare "Федерация профсоюзов" there is none of them in particular
    "Федерация профсоюзов поддержала требования рабочих завода в Москве.",
    # a region's federation of Belarus, and a federation referred to in lower case
    "На сайте Федерации профсоюзов Гродненской области появилось письмо трудящихся Беларуси.",
    "Письмо трудящихся Беларуси поддержала федерация профсоюзов области.",
])
def test_a_federation_named_bare_elsewhere_or_with_a_region_is_not_the_national_one(text: str) -> None:
    assert not {"fpb", "fnpr"} & union_ids(tag_text(text)), union_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # wide_cyr27 ru-27760: a regional committee of a national union named by its trade alone, no country
    "Истек срок полномочий руководящих органов областного комитета профсоюза работников государственных учреждений "
    "и общественного обслуживания.",
    # wide_arru32 ru-32664
    "Об этом рассказал председатель Республиканского комитета профсоюза работников строительства и "
    "промстройматериалов Элдияр Карачалов.",
    # wide_cyr27 ru-27762
    "При общении с членами профсоюза работников народного образования вопрос оплаты ставился всегда.",
])
def test_an_organ_of_a_union_named_by_its_trade_alone_names_no_union(text: str) -> None:
    tags = tag_text(text)
    assert not any(name.startswith("Профсоюз работников") for name in discovered_names(tags)), discovered_names(tags)


@pytest.mark.parametrize(("text", "name"), [
    # positive: a trade union named with its place, or alone as a subject, is still found
    ("Председатель областного комитета профсоюза работников угольной промышленности Кузбасса выступил на митинге.",
     "Профсоюз работников угольной промышленности Кузбасса"),
    ("Профсоюз работников народного образования Молдовы потребовал повысить зарплаты учителям.",
     "Профсоюз работников народного образования Молдовы"),
])
def test_a_trade_union_with_its_place_is_still_found(text: str, name: str) -> None:
    tags = tag_text(text)
    assert name in union_names(tags), union_names(tags)
