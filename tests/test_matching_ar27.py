"""Arabic union names that start with a plural of workers in the construct state, Arab cities in Arabic, and the
directory rows of data/union_sources/arab-iran-pages-ar27.tsv (issue 9, branch ar27)."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, tag_text, union_ids, union_names


@pytest.mark.parametrize("text, name", [
    # "موظفي" is "موظفين" (employees) before its genitive: the union of the insurers' employees
    ("طالبت نقابة موظفي شركات التأمين في الأردن بزيادة الرواتب.", "نقابة موظفي شركات التأمين في الأردن"),
    ("أعلنت نقابة مستخدمي المستشفيات الحكومية في لبنان التوقف عن العمل.", "نقابة مستخدمي المستشفيات الحكومية في لبنان"),
    ("وقالت نقابة عاملي الكهرباء في العراق إن الرواتب تأخرت.", "نقابة عاملي الكهرباء في العراق"),
])
def test_a_plural_of_workers_in_the_construct_state_starts_a_name(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # an adjective right after an indefinite head describes a union, names none
    "أعلن عمال المصنع في لبنان تأسيس نقابة عمالية جديدة.",
    "وقال إن أي اتحاد نقابي في الأردن يحتاج إلى ترخيص.",
    "ودعا إلى بناء نقابة مهنية مستقلة في العراق.",
])
def test_an_adjective_after_an_indefinite_head_still_names_no_union(text: str) -> None:
    assert not tag_text(text).unions


@pytest.mark.parametrize("text, code", [
    ("نظم المعلمون وقفة احتجاجية أمام مكتب التربية في صنعاء.", "YE"),
    ("واصل عمال النظافة إضرابهم في عدن لليوم الثالث.", "YE"),
    ("تظاهر عمال النفط أمام مبنى الشركة في البصرة.", "IQ"),
    ("أضرب سائقو الحافلات في رام الله احتجاجا على الضرائب.", "PS"),
    ("نظمت النقابة وقفة أمام البرلمان بالرباط.", "MA"),
    ("اعتصم موظفو البلدية في صفاقس للمطالبة بالترسيم.", "TN"),
])
def test_an_arab_city_in_arabic_names_its_country(text: str, code: str) -> None:
    assert code in all_countries(tag_text(text))


def test_a_birthplace_is_not_muscat() -> None:
    text = "عاد النقابي إلى مسقط رأسه بعد الإفراج عنه."
    assert "OM" not in all_countries(tag_text(text))


def test_a_union_named_in_basra_keeps_the_city_in_its_name() -> None:
    text = "أعلنت نقابة عمال الكهرباء في البصرة الإضراب عن العمل."
    assert "نقابة عمال الكهرباء في البصرة" in union_names(tag_text(text))


@pytest.mark.parametrize("text, union_id", [
    ("دعت لجنة المعلمين السودانيين إلى الإضراب في الخرطوم.", "sudanese-teachers-committee-sd"),
    ("قررت النقابة الوطنية لعمال التربية الدخول في إضراب في الجزائر العاصمة.", "snte-dz"),
    ("بیانیه سندیکای کارگران فلزکار مکانیک درباره دستمزد کارگران در تهران", "syndicate-of-metalworkers-and-mechanics-of-iran-ir"),
    ("أعلنت نقابة الأطباء الفلسطينيين الإضراب في مستشفيات رام الله.", "palestinian-doctors-syndicate-ps"),
])
def test_the_directory_knows_the_ar27_unions(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize("text, union_id", [
    # the bare doctors' syndicate of another country is not the Palestinian one
    ("قررت نقابة الأطباء في مصر عقد جمعية عمومية طارئة بالقاهرة.", "palestinian-doctors-syndicate-ps"),
    # a teachers' committee of another country is not the Sudanese one
    ("أعلنت لجنة المعلمين المتعاقدين في لبنان الإضراب.", "sudanese-teachers-committee-sd"),
])
def test_another_countrys_namesake_is_not_an_ar27_union(text: str, union_id: str) -> None:
    assert union_id not in union_ids(tag_text(text))


def test_a_union_named_with_its_city_and_again_without_it_is_one_union() -> None:
    text = "أضربت نقابة عمال المطاحن في البصرة، وقال رئيس نقابة عمال المطاحن إن الإضراب مستمر."
    assert union_names(tag_text(text)) == {"نقابة عمال المطاحن في البصرة"}


def test_two_unions_of_two_trades_in_one_city_stay_two() -> None:
    text = "أضربت نقابة عمال المطاحن في البصرة ونقابة عمال الموانئ في البصرة عن العمل."
    assert union_names(tag_text(text)) == {"نقابة عمال المطاحن في البصرة", "نقابة عمال الموانئ في البصرة"}


def test_a_national_union_named_with_the_city_it_acts_in_is_the_directorys() -> None:
    text = "نظم اتحاد نقابات العمال الفلسطيني في الخليل اعتصاما أمام مقر الحكومة."
    assert union_ids(tag_text(text)) == {"pgftu"}
