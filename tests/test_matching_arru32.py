"""Arabic and Russian-language names of unions from data/union_sources/arab-cyrillic-pages-arru32.tsv, and the rules
of branch arru32 (bench/data/wide_arru32)."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids, union_names


@pytest.mark.parametrize(
    ("text", "union_id"),
    [
        (
            "دعت النقابة الجزائرية للشبه الطبي إلى إضراب وطني في المستشفيات يومي الأحد والاثنين.",
            "syndicat-algerien-des-paramedicaux-dz",
        ),
        ("قالت النقابة الوطنية لممارسي الصحة العمومية إن الإضراب سيتواصل في مستشفيات وهران.", "snpsp-dz"),
        ("أعلنت النقابة الوطنية للممارسين الأخصائيين في الصحة العمومية عن اعتصام أمام وزارة الصحة بالجزائر.", "snpssp-dz"),
        ("أعلنت نقابة التمريض والقبالة تعليق الإضراب في مستشفيات رام الله.", "palestinian-nursing-and-midwifery-syndicate-ps"),
        ("نظمت النقابة العامة لعمال كهرباء ليبيا وقفة احتجاجية في طرابلس.", "general-union-of-electricity-workers-of-libya-ly"),
        ("قررت الجامعة العامة للتعليم الثانوي حجب الأعداد في كل المعاهد.", "general-federation-of-secondary-education-tn"),
        (
            "هددت النقابة المستقلة للعاملين بالسكك الحديدية بإضراب شامل في محطة أسيوط.",
            "independent-union-of-railway-authority-workers-eg",
        ),
        ("وقّع الاتحاد الوطني لعمال وموظفي الكويت اتفاقا جديدا مع الوزارة.", "nukwe-kw"),
        ("احتفل الاتحاد العام لعمال السلطنة بيوم العمال في مسقط.", "gfotu"),
        ("دعت النقابة الوطنية للتعليم العالي الأساتذة إلى مقاطعة الامتحانات في الجامعات المغربية.", "union-ma-2"),
        (
            "أعلنت النقابة الوطنية لقطاع التعليم العالي عن إضراب في الجامعات المغربية.",
            "national-union-of-the-higher-education-sector-ma",
        ),
        ("قررت نقابة جامعة عدن مواصلة الإضراب في الكليات.", "aden-university-teaching-staff-syndicate-ye"),
        ("Председатель Белорусского профсоюза работников образования и науки выступил в Минске.", "union-by-7"),
        ("Члены профсоюза работников водного транспорта (ПРВТ) работают в порту Новороссийска.", "union-ru-14"),
    ],
)
def test_directory_rows_of_the_branch(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_jordan_s_electricity_union_stays_jordan_s_in_a_jordanian_story() -> None:
    ids = union_ids(tag_text("نفذت النقابة العامة لعمال الكهرباء اعتصاما أمام شركة الكهرباء في عمّان بالأردن."))
    assert "general-union-of-electricity-workers-of-libya-ly" not in ids


def test_a_secondary_teachers_federation_backs_tunisia() -> None:
    tags = tag_text("قررت الجامعة العامة للتعليم الثانوي الدخول في إضراب إقليمي يشمل ولايات الشمال والوسط والجنوب.")
    assert primary_countries(tags) == {"TN"}


@pytest.mark.parametrize(
    "text",
    [
        "Рабочие в Киеве вышли к Кабмину с плакатами «STOP войне» и «Нет бедности».",
        "رفع العمال في الرباط لافتات كتب عليها STOP أمام البرلمان.",
    ],
)
def test_a_latin_word_in_capitals_among_cyrillic_or_arabic_words_is_no_foreign_union(text: str) -> None:
    assert "stop-pt" not in union_ids(tag_text(text))


@pytest.mark.parametrize(
    ("text", "union_id"),
    [
        ("Профсоюз KSPSI из Индонезии поддержал забастовку докеров в Джакарте.", "kspsi"),
        ("Федерация профсоюзов просвещения и науки (FSEȘ) провела пикет у правительства в Кишиневе, Молдова.", "fses-md"),
        ("أعلن الاتحاد العام التونسي للشغل UGTT الإضراب العام في تونس.", "ugtt"),
    ],
)
def test_a_latin_acronym_of_a_union_of_the_story_s_country_still_counts(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Минобразования Беларуси заявило, что учителя не бастуют.", "BY"),
        ("Учителя Молдовы вышли на пикет.", "MD"),
    ],
)
def test_a_country_s_genitive_after_a_capitalised_word_is_no_surname(text: str, country: str) -> None:
    assert primary_countries(tag_text(text)) == {country}


def test_a_surname_like_demonym_after_an_office_is_still_a_person() -> None:
    assert "SE" not in primary_countries(tag_text("Генпрокурор Швед потребовал ликвидировать независимые профсоюзы."))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Митинг профсоюзов прошёл в Кишинёве.", "MD"),
        ("Работники горнодобывающей отрасли собрались в Ереване.", "AM"),
        ("Конференция нефтяников прошла в Баку.", "AZ"),
        ("نظم الأطباء وقفة احتجاجية على مستوى الجزائر العاصمة.", "DZ"),
    ],
)
def test_capitals_and_cities_written_in_russian_or_arabic(text: str, country: str) -> None:
    assert primary_countries(tag_text(text)) == {country}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Пикет у офиса компании организовал председатель профсоюза сотрудников автодорожного транспорта.",
            "Профсоюз сотрудников автодорожного транспорта",
        ),
        ("Профсоюз сотрудников морского транспорта провёл собрание в Батуми.", "Профсоюз сотрудников морского транспорта"),
    ],
)
def test_a_russian_union_of_staff_of_a_trade(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


def test_a_union_of_a_company_s_staff_is_only_referred_to() -> None:
    assert not union_names(tag_text("Профсоюз сотрудников компании объявил забастовку в Тбилиси."))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Профсоюз железнодорожников Молдовы пригрозил забастовкой.", "Профсоюз железнодорожников Молдовы"),
        ("Профсоюз горняков Кузбасса провёл пикет у шахты.", "Профсоюз горняков Кузбасса"),
    ],
)
def test_a_capitalised_head_with_its_people_and_their_place_names_the_union(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


def test_a_capitalised_head_with_its_people_and_no_place_names_none() -> None:
    assert not union_names(tag_text("Профсоюз горняков провёл пикет в Кемерово."))
