"""Russian and Ukrainian recogniser pass (issue 9, branch reccyr40): Ukrainian writes "і", "та" and "й" alike inside
a union's name; a Greek acronym written with a dot after each letter is the acronym; a
Greek name is written with the article before its place too; heads in the dative, locative and accusative; names the
directory lacked."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids, union_names


@pytest.mark.parametrize(("text", "union_id"), [
    ("Вчора Вільна профспілка освіти та науки України заявила про страйк у Львові.", "vponu-ua"),
    ("Голова Профспілки працівників освіти й науки України виступив у Києві.", "tueswu-ua"),
])
def test_ukrainian_and_is_written_three_ways_in_a_union_s_name(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language="uk"))


@pytest.mark.parametrize(("text", "union_id", "language"), [
    ("Делегацію Укрелектропрофспілки прийняли в Харкові.", "union-ua-10", "uk"),
    ("Профспілку підтримала Міжнародна федерація транспортників, повідомили в Одесі.", "itf", "uk"),
    ("Лист надіслали до Європейської федерації транспортників з Києва.", "etf", "uk"),
    ("Международная федерация работников транспорта осудила увольнения в Мурманске.", "itf", "ru"),
])
def test_names_the_directory_lacked(text: str, union_id: str, language: str) -> None:
    assert union_id in union_ids(tag_text(text, language=language))


@pytest.mark.parametrize(("text", "union_id"), [
    ("Νέα απεργία κήρυξε η Α.Δ.Ε.Δ.Υ. για τους δημοσίους υπαλλήλους στην Αθήνα.", "adedy"),
    ("Το Δ.Σ. της Δ.Ο.Ε. καλεί τους δασκάλους σε στάση εργασίας στη Θεσσαλονίκη.", "union-gr-6"),
])
def test_a_greek_acronym_written_with_dots(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language="el"))


def test_dotted_initials_are_no_union() -> None:
    assert not union_ids(tag_text("Ο κ. Γ.Π.Κ. Παπαδόπουλος μίλησε στην Αθήνα για τον καιρό.", language="el"))


@pytest.mark.parametrize(("text", "name", "language"), [
    ("Профсоюз предложил объединить усилия Свободному профсоюзу горняков Украины в Киеве.",
     "Свободный профсоюз горняков Украины", "ru"),
    ("Рабочие склада в Казани, состоящие в Профсоюзе Новатор, объявили забастовку.", "Профсоюз Новатор", "ru"),
    ("Лист надіслали Всеукраїнській профспілці гірників України у Києві.", "Всеукраїнська профспілка гірників України",
     "uk"),
])
def test_a_name_with_its_head_in_the_dative_or_locative(text: str, name: str, language: str) -> None:
    assert name in union_names(tag_text(text, language=language))


@pytest.mark.parametrize("text", [
    "Сейчас в профсоюзе 54 человека, сообщили в Москве.",
    "Всего в профсоюзе 120 членов из Новосибирска.",
])
def test_a_count_after_a_lower_case_head_is_no_name(text: str) -> None:
    assert not union_names(tag_text(text, language="ru"))


@pytest.mark.parametrize(("text", "union_id"), [
    ("Συγκέντρωση οργάνωσε το Εργατικό Κέντρο της Θεσσαλονίκης για την απεργία.", "union-gr-9"),
    ("Σε ανακοίνωση του Εργατικού Κέντρου της Πάτρας ζητούνται αυξήσεις.", "union-gr-10"),
])
def test_a_greek_name_with_the_article_before_its_place(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language="el"))


@pytest.mark.parametrize(("text", "union_id", "language"), [
    ("В Шымкенте отраслевой профессиональный союз работников топливно-энергетического комплекса обратился в суд.",
     "fuel-and-energy-complex-workers-sectoral-trade-union-kz", "ru"),
    ("Заяву оприлюднила Вільна професійна спілка освіти і науки України у Києві.", "vponu-ua", "uk"),
])
def test_the_long_head_after_a_name_s_adjectives(text: str, union_id: str, language: str) -> None:
    assert union_id in union_ids(tag_text(text, language=language))
