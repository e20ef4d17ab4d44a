"""Arabic recogniser pass (issue 9, branch recar41): a profession's syndicate written bare ("نقابة الأطباء") in a story
about one country is that country's syndicate, when the directory knows it by its words and its country alone."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_recar41 ar-41113 (arabi21.net): Egypt's Medical Syndicate ("نقابة الأطباء المصرية") written bare
    ("توافد مئات الأطباء على نقابة الأطباء بدار الحكمة في القاهرة للمشاركة بالجمعية العمومية التي دعت إليها النقابة.",
     "egyptian-medical-syndicate-eg"),
    # wide_recar41 ar-41114 (egypt-today.com): with "for" joined to the head
    ("القاهرة – مصر اليوم. وقال الأمين العام المساعد لنقابة الأطباء خلال اجتماع الجمعية العمومية إن أطباء مصر "
     "خلفهم نقابتهم.", "egyptian-medical-syndicate-eg"),
])
def test_a_bare_profession_syndicate_is_the_story_countrys(text: str, union_id: str) -> None:
    tags = tag_text(text, language="ar")
    assert union_id in union_ids(tags), union_ids(tags)


@pytest.mark.parametrize("text", [
    # another country's doctors: the directory knows no Jordanian doctors' syndicate, Egypt's is not Jordan's
    "أعلنت نقابة الأطباء في عمّان أن الأطباء الأردنيين سيضربون يوم الأحد.",
    # a longer name that opens with the bare one is another union
    "أعلنت نقابة الأطباء البيطريين في القاهرة تأجيل الانتخابات.",
])
def test_a_bare_syndicate_of_another_country_or_a_longer_name_is_not_taken(text: str) -> None:
    tags = tag_text(text, language="ar")
    assert "egyptian-medical-syndicate-eg" not in union_ids(tags), union_ids(tags)


def test_a_bare_syndicate_two_unions_of_the_country_may_be_is_neither() -> None:
    # wide_recar39 ar-39407 (Aden): Yemen's teachers' syndicate and the southern teachers' syndicate both hold the word
    tags = tag_text("وأوضحت أن الإضراب شمل أربع مدارس في عدن دون إعلان رسمي من نقابة المعلمين.", language="ar")
    assert not {"yemeni-teachers-syndicate-ye", "southern-teachers-and-educators-union-ye"} & union_ids(tags), (
        union_ids(tags))


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_ar19 ar-7213 (Jordan): the GFJTU ("الاتحاد العام لنقابات عمال الأردن") written without its country
    ("أكد رئيس الاتحاد العام لنقابات العمال مازن المعايطه أن الاتحاد والنقابات العمالية المنضوية تحت مظلته لن "
     "تشارك في اعتصام الرابع، احتجاجا على قرارات الحكومة الأردنية.", "gfjtu"),
    # wide_recar39 ar-39425 (Syria): "for" joined to the head, a relative pronoun after the name
    ("اختتم المؤتمر العام السابع والعشرون للاتحاد العام لنقابات العمال الذي عقد برعاية رئيس الجمهورية في سوريا.",
     "general-federation-of-trade-unions-in-syria-sy"),
    # wide_recar41 ar-41125 (Sudan): the teachers' committee ("لجنة المعلمين السودانيين") written bare
    ("هذا وقد سبق أن نفذت لجنة المعلمين إضراباً مفتوحاً في جميع ولايات السودان احتجاجاً على عدم تلبية مطالبها.",
     "sudanese-teachers-committee-sd"),
    # wide_recar39 ar-39409 (Sudan): "in a statement" after the bare name is where it spoke, not its place
    ("أكدت لجنة المعلمين في بيان استمرار الإغلاق الشامل بجميع مدارس السودان.", "sudanese-teachers-committee-sd"),
    # wide_ar19 ar-7241 (Sudan): the professionals' association ("تجمع المهنيين السودانيين") written bare
    ("في الوقت الذي دعا فيه تجمع المهنيين إلى حشد جماهيري واسع في الخرطوم بالسودان.", "spa-sd"),
])
def test_a_national_centre_written_without_its_country_is_the_story_countrys(text: str, union_id: str) -> None:
    tags = tag_text(text, language="ar")
    assert union_id in union_ids(tags), union_ids(tags)


def test_a_national_centre_name_going_on_with_a_place_is_not_the_countrys() -> None:
    # wide_recar41 ar-41131 (Hadramout): the governorate's federation, not Yemen's
    tags = tag_text("شهدت محافظة حضرموت شللا تاما في المكلا مع بدء الاتحاد العام لنقابات العمال في حضرموت إضرابا "
                    "شاملا.", language="ar")
    assert not {union_id for union_id in union_ids(tags) if not union_id.startswith("found:")}, union_ids(tags)


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_recar41 ar-41110 (diwanfm.net): the basic-education federation's older name
    ("ويذكر أن النقابة العامة للتعليم الأساسي قرّرت الامتناع عن إعداد امتحانات الثلاثي الثاني في تونس.",
     "general-federation-of-basic-education-tn"),
    # wide_recar41 ar-41109 (syndi-alwafaa.org): the UGTT's transport federation by the short name the press writes
    ("وبدأت جامعة النقل، التابعة للاتحاد العام التونسي للشغل، إضراباً ثلاثة أيام في تونس.",
     "general-federation-of-transport-tn"),
    # wide_recar41 ar-41128 (yallasyrianews.com): Syria's GFTU by its official name
    ("أكد رئيس الاتحاد العام لنقابات العمال في الجمهورية العربية السورية، فواز الأحمد، أن سوريا نالت حريتها.",
     "general-federation-of-trade-unions-in-syria-sy"),
])
def test_arabic_names_the_directory_lacked(text: str, union_id: str) -> None:
    tags = tag_text(text, language="ar")
    assert union_id in union_ids(tags), union_ids(tags)


def test_a_centre_written_by_its_workers_and_country_alone_is_the_one_the_story_names() -> None:
    # wide_recar41 ar-41128: "اتحاد عمال سوريا" after the GFTU's official name (the state's formal name says nothing)
    tags = tag_text("أكد رئيس الاتحاد العام لنقابات العمال في الجمهورية العربية السورية، فواز الأحمد، أن سوريا نالت "
                    "حريتها. واستعرض الأحمد أبرز إنجازات اتحاد عمال سوريا بعد التحرير.", language="ar")
    assert union_ids(tags) == {"general-federation-of-trade-unions-in-syria-sy"}, union_ids(tags)


def test_metals_join_a_name_by_and_as_other_sectors_do() -> None:
    # wide_recar41 ar-41116 (albaladnews.net): Jordan's mining and metals union
    tags = tag_text("وأكد أمين عام وزارة العمل أن المفاوضات لا تزال جارية بين العمال والشركة الأردنية للصخر الزيتي ونقابة "
                    "التعدين والمعادن.", language="ar")
    assert "نقابة التعدين والمعادن" in discovered_names(tags), discovered_names(tags)


def test_a_second_plural_of_people_joined_by_and_goes_on_with_the_name() -> None:
    # wide_recar41 ar-41102 (walaw.press): nurses and health technicians
    tags = tag_text("حيث قرر المكتب الوطني للنقابة المستقلة للممرضين وتقنيي الصحة الشروع في إضراب وطني في المغرب.",
                    language="ar")
    assert discovered_names(tags) == {"النقابة المستقلة للممرضين وتقنيي الصحة"}, discovered_names(tags)


def test_a_bare_syndicate_before_a_relative_pronoun_is_taken() -> None:
    tags = tag_text("دعت نقابة الأطباء التي يرأسها النقيب إلى جمعية عمومية طارئة في القاهرة.", language="ar")
    assert "egyptian-medical-syndicate-eg" in union_ids(tags), union_ids(tags)
