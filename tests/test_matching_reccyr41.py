"""Ukrainian, Russian and Greek pass (issue 9, branch reccyr41): Greek labour centres, federations and unions the
directory lacked, and Ukraine's maritime transport workers' union by its acronym."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_reccyr41 el-41430
    ("Η ΠΕΜΕΝ (Πανελλήνια ένωση μηχανικών εμπορικού ναυτικού) αποφάσισε για την 26 Νοεμβρίου εικοσιτετράωρη απεργία "
     "σε όλες τις κατηγορίες πλοίων.", "union-gr-23"),
    # wide_reccyr41 el-41431
    ("Η νέα 24ωρη απεργία της ΕΝΕΔΕΠ στο λιμάνι του Πειραιά έφερε ξανά στο προσκήνιο τη σύγκρουση.", "union-gr-26"),
    # wide_reccyr41 el-41435
    ("Στη σύσκεψη συμμετείχαν η Πανελλήνια Ομοσπονδία Εργαζομένων Επισιτισμού – Τουρισμού και σωματεία της Κρήτης.",
     "union-gr-27"),
    # a labour centre the directory lacked (gegonota.news, no sample's page)
    ("Παμβολιώτικη απεργία κήρυξε το Εργατικό Κέντρο Βόλου για τις 28 Φεβρουαρίου.", "union-gr-36"),
    # a metro workers' union the Athens press names often (skai.gr, no sample's page)
    ("Στάση εργασίας ανακοίνωσε το Σωματείο Εργαζομένων Λειτουργίας Μετρό Αθηνών (ΣΕΛΜΑ) για την Παρασκευή.",
     "union-gr-38"),
])
def test_greek_unions_the_directory_lacked(text: str, union_id: str) -> None:
    tags = tag_text(text, language="el")
    assert union_id in union_ids(tags), union_ids(tags)


def test_ukraines_maritime_union_by_its_acronym() -> None:
    # wide_reccyr41 uk-41407
    tags = tag_text("Проблеми є не тільки в тих моряків, що залишились в Україні, – голова ПРМТУ.", language="uk")
    assert "trade-union-of-maritime-transport-workers-of-ukraine-ua" in union_ids(tags), union_ids(tags)


@pytest.mark.parametrize(("text", "name"), [
    # wide_reccyr41 ru-41421: the long head in the genitive and the nominative
    ("На состоявшемся в Минске VII внеочередном съезде Белорусского профессионального союза работников торговли к нему "
     "присоединились и другие профсоюзы.", "Белорусский профессиональный союз работников торговли"),
    ("К нему присоединился Белорусский профессиональный союз работников потребительской кооперации, сообщили в Минске.",
     "Белорусский профессиональный союз работников потребительской кооперации"),
    # wide_ru19 ru-8702 (Kazakhstan's registered names): a sector's adjective written small before the head
    ("Председатель Казахстанского отраслевого профессионального союза работников транспорта выступил в Астане.",
     "Казахстанский отраслевой профессиональный союз работников транспорта"),
    ("Голова Всеукраїнської галузевої професійної спілки працівників культури виступив у Києві.",
     "Всеукраїнська галузева професійна спілка працівників культури"),
])
def test_a_name_with_the_long_head_is_found_in_the_nominative(text: str, name: str) -> None:
    tags = tag_text(text)
    assert name in discovered_names(tags), discovered_names(tags)


def test_a_long_head_name_cut_before_its_trade_names_none() -> None:
    # a trade the recogniser does not read (a preposition in it): no name cut at "работников"
    tags = tag_text("Одним из учредителей выступил «Отраслевой профессиональный союз работников в сфере образования», "
                    "который недавно добился повторной печати.")
    assert not any(name.endswith("работников") for name in discovered_names(tags)), discovered_names(tags)


def test_a_body_of_unions_name_that_goes_on_with_its_people_is_not_the_shorter_one() -> None:
    # wide_reccyr41 uk-41400: the railway workers' international, not the ITUC's "Міжнародна конфедерація профспілок"
    tags = tag_text("Професійна спілка залізничників і транспортних будівельників України розриває будь-які відносини з "
                    "Міжнародною конфедерацією професійних спілок залізничників (МКПЗ).")
    assert "ituc" not in union_ids(tags), union_ids(tags)
    assert "ituc" in union_ids(tag_text("Міжнародна конфедерація профспілок закликала уряд України."))


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_reccyr41 el-41428, el-41436: labour centres named together under one plural head, the first one
    ("Τις στάσεις εργασίας προκήρυξαν τα Εργατικά Κέντρα Αθήνας (ΕΚΑ), Πειραιά και Σαλαμίνας.", "eka-gr"),
    ("Οι πρόεδροι των Εργατικών Κέντρων Ηρακλείου Σωκράτης Βαρδάκης, Λασιθίου Μανόλης Πεπόνης δήλωσαν.", "union-gr-11"),
])
def test_a_labour_centre_under_a_plural_head(text: str, union_id: str) -> None:
    tags = tag_text(text, language="el")
    assert union_id in union_ids(tags), union_ids(tags)



def test_a_body_of_unions_named_again_without_its_country_is_that_union() -> None:
    # wide_cyr27 ru-27735: "Конфедерация независимых профсоюзов (КНП)", after "... профсоюзов Казахстана"
    tags = tag_text("Участники требовали отменить решение суда, прекратившего деятельность Конфедерации независимых "
                    "профсоюзов Казахстана. Конфедерация независимых профсоюзов (КНП) просуществовала менее года.")
    assert union_ids(tags) == {"ctu-kz"}, union_ids(tags)


def test_ukraines_free_railway_workers_union_in_russian() -> None:
    # wide_reccyr41 ru-41415
    tags = tag_text("Протест поддержали Независимый профсоюз горняков, Свободный профсоюз железнодорожников и ряд "
                    "других профсоюзных объединений в Киеве.")
    assert "vzu-ua" in union_ids(tags), union_ids(tags)


@pytest.mark.parametrize(("text", "name"), [
    # wide_ru19 ru-8702, ru-8709: adjectives of one noun joined by commas and "и" in the trade
    ("Казахстанский отраслевой профессиональный союз работников железнодорожного, автомобильного, воздушного и водного "
     "транспорта провел съезд в Астане.", "Казахстанский отраслевой профессиональный союз работников железнодорожного, "
     "автомобильного, воздушного и водного транспорта"),
    ("Одним из учредителей выступил «Отраслевой профессиональный союз работников образовательных и научных учреждений», "
     "который недавно добился повторной печати.",
     "Отраслевой профессиональный союз работников образовательных и научных учреждений"),
])
def test_adjectives_of_one_noun_in_the_trade(text: str, name: str) -> None:
    tags = tag_text(text)
    assert name in discovered_names(tags), discovered_names(tags)


def test_a_past_verb_after_the_trade_is_not_in_the_name() -> None:
    # wide_cyr36 ru-36227: "... учреждений прошла в большом зале"
    tags = tag_text("Отчётно-выборная конференция Белорусского профсоюза работников государственных и других "
                    "учреждений прошла в большом зале райисполкома.")
    assert not any(name.endswith("прошла") for name in discovered_names(tags)), discovered_names(tags)


def test_a_trade_unions_acronym_in_brackets_after_it() -> None:
    # wide_ru18 ru-5346
    tags = tag_text("Он возглавляет Профсоюз работников металлургической, горной и химической промышленности Грузии "
                    "(ПРМГХГ) в Чиатуре.")
    assert {tag.acronym for tag in tags.unions} == {"ПРМГХГ"}, [(tag.name, tag.acronym) for tag in tags.unions]


@pytest.mark.parametrize(("text", "ids"), [
    # wide_reccyr41 el-41428, el-41436: every labour centre of a list under one plural head
    ("Τις στάσεις εργασίας προκήρυξαν τα Εργατικά Κέντρα Αθήνας (ΕΚΑ), Πειραιά, Λαυρίου – Ανατολικής Αττικής και "
     "Σαλαμίνας.", {"eka-gr", "union-gr-34", "union-gr-14"}),
    ("Οι πρόεδροι των Εργατικών Κέντρων Ηρακλείου Σωκράτης Βαρδάκης, Λασιθίου Μανόλης Πεπόνης δήλωσαν.",
     {"union-gr-11", "union-gr-15"}),
])
def test_labour_centres_listed_after_a_plural_head(text: str, ids: set[str]) -> None:
    tags = tag_text(text, language="el")
    assert union_ids(tags) == ids, union_ids(tags)
