"""Arabic recogniser pass (issue 9, branch recar40): a union the story has named in full, written short by its head
and the words that set it apart ("نقابة عمال الكهرباء" for "النقابة العامة للعاملين في الكهرباء"), is that union."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids


@pytest.mark.parametrize(("text", "union_id"), [
    ("عقدت النقابة العامة للعاملين في الكهرباء اجتماعا في عمّان أمس. وقال رئيس نقابة عمال الكهرباء إن الشركة لم ترد "
     "على المطالب.", "general-union-of-electricity-workers-jo"),
    ("أعلنت النقابة العامة لعمال كهرباء ليبيا الإضراب في طرابلس. وحمّلت نقابة عمال الكهرباء الشركة مسؤولية سلامة "
     "الموظفين.", "general-union-of-electricity-workers-of-libya-ly"),
])
def test_a_directory_union_written_short_is_that_union(text: str, union_id: str) -> None:
    tags = tag_text(text, language="ar")
    assert union_ids(tags) == {union_id}, union_ids(tags)


def test_a_found_union_written_short_is_that_union() -> None:
    tags = tag_text("نظمت النقابة الوطنية لعمال المناجم بالمغرب وقفة أمام مقر الشركة. وأكدت نقابة عمال المناجم أن "
                    "الحوار متوقف.", language="ar")
    assert discovered_names(tags) == {"النقابة الوطنية لعمال المناجم بالمغرب"}, discovered_names(tags)


def test_a_short_name_may_say_its_country_by_a_demonym() -> None:
    tags = tag_text("عقد اتحاد نقابات عمال المطاحن في الأردن مؤتمره في الزرقاء. وقال رئيس اتحاد عمال المطاحن الأردني إن "
                    "الأجور متدنية.", language="ar")
    assert discovered_names(tags) == {"اتحاد نقابات عمال المطاحن في الأردن"}, discovered_names(tags)


@pytest.mark.parametrize(("text", "names"), [
    # a country's national centres differ by "general" and "national" alone
    ("التقى الاتحاد العام لعمال ليبيا والاتحاد الوطني لعمال ليبيا في بنغازي لبحث توحيد الصف.",
     {"الاتحاد الوطني لعمال ليبيا"}),
    # another country's union of the same words, with its own acronym
    ("استقبلت النقابة العامة للعاملين بالغزل والنسيج في القاهرة وفد النقابة العامة لعمال الغزل والنسيج (أوزبليك) "
     "من تركيا.", {"النقابة العامة لعمال الغزل والنسيج"}),
    # a town's union of the trade is not the country's
    ("وصل وفد النقابة العامة للعاملين في الكهرباء من عمّان إلى غزة، واستقبلته نقابة عمال الكهرباء في غزة.",
     {"نقابة عمال الكهرباء في غزة"}),
])
def test_other_unions_of_the_same_words_stay_apart(text: str, names: set[str]) -> None:
    tags = tag_text(text, language="ar")
    assert names <= discovered_names(tags), discovered_names(tags)


@pytest.mark.parametrize("text", [
    "نقابة تثمن نجاح الإضراب الوطني في قطاع الصحة",
    "نقابة عمال تحذر من انهيار قطاع النسيج",
    "اتحاد نقابات يرفض زيادة ساعات العمل",
    "نقابة صحفيين تستنكر الاعتداء على مراسل",
    "نقابة معلمين تتضامن مع الأساتذة المتعاقدين",
])
def test_a_headline_verb_after_a_union_described_names_none(text: str) -> None:
    tags = tag_text(text, language="ar")
    assert not discovered_names(tags), discovered_names(tags)


@pytest.mark.parametrize(("text", "union_id"), [
    ("بيروت - أعلنت نقابة المعلمين في المدارس الخاصة التوقف عن التدريس يومين احتجاجا على الرواتب.",
     "teachers-syndicate-in-private-schools-lb"),
    ("شارك اتحاد النقل الجوي في لبنان في الإضراب بالتوقف عن العمل في المطار ساعة واحدة.",
     "air-transport-federation-in-lebanon-lb"),
    ("طالب الإتحاد البترولي اللبناني بإعادة تشغيل منشآت النفط في طرابلس والزهراني.", "petroleum-federation-in-lebanon-lb"),
])
def test_lebanese_names_the_directory_lacked(text: str, union_id: str) -> None:
    tags = tag_text(text, language="ar")
    assert union_id in union_ids(tags), union_ids(tags)
