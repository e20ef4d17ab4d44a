"""Names of professional syndicates, health and teachers' unions and national centres from
data/union_sources/arab-cyrillic-greek-pages-ar34.tsv, and the rules of branch ar34 (bench/data/wide_ar34)."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids


@pytest.mark.parametrize(
    ("text", "union_id"),
    [
        ("دعا نقيب المهندسين أعضاء نقابة المهندسين إلى وقفة أمام مقرها في القاهرة للمطالبة بكادر مالي.",
         "egyptian-engineers-syndicate-eg"),
        ("أعلنت نقابة المهندسين الإضراب في دوائر الأشغال برام الله ونابلس.", "palestinian-engineers-association-ps"),
        ("افتتحت نقابة المهندسين مركزا للتدريب في إربد بالأردن.", "jordan-engineers-association-jo"),
        ("اجتمع مجلس النقابات المهنية في عمان لبحث قانون الجرائم الإلكترونية.", "professional-associations-council-jo"),
        ("انتقد الأمين العام لنقابة الأطباء المصريين إغلاق مستشفى في أسوان.", "egyptian-medical-syndicate-eg"),
        ("أصدر اتحاد معلمي كردستان بيانا حول رواتب المعلمين في أربيل.", "kurdistan-teachers-union-iq"),
        ("دعت رابطة معلمي التعليم الأساسي إلى اعتصام أمام وزارة التربية في بيروت.",
         "league-of-public-basic-education-teachers-lb"),
        ("نظم المكتب الجهوي للجامعة الوطنية للصحة وقفة أمام المستشفى الإقليمي بمكناس.", "fns-umt-ma"),
        ("انضمت المنظمة الديمقراطية للصحة إلى الوقفة أمام مندوبية الصحة بأكادير.", "ods-ma"),
        ("أعلن مجلس أساتذة الثانويات مقاطعة الامتحانات في ثانويات وهران.", "cla-dz"),
        ("دعت المنظمة الجزائرية لأساتذة التربية إلى إضراب في مدارس قسنطينة.", "oape-dz"),
        ("قالت النقابة الوطنية لأساتذة التعليم الثانوي والتقني إن الإضراب شمل ثانويات البليدة.", "snapest-dz"),
        ("أغلقت نقابة الموظفين في القطاع العام بغزة أبواب وزارة الصحة.", "public-sector-employees-union-in-gaza-ps"),
        ("Делегаты Конфедерація вільних профспілок зібралися у Львові.", "kvpu"),
        ("Председатель первички ПРУП на шахте в Покровске поддержал требования горняков.", "prup-ua"),
        ("Активисты профсоюза «Альянс врачей» провели проверку поликлиники в Твери.", "alliance-of-doctors-ru"),
        ("Η ΕΙΝΑΠ κήρυξε στάση εργασίας στα νοσοκομεία του Πειραιά.", "union-gr-13"),
        ("سندیکای کارگران فلزکار از اعتصاب کارگران پالایشگاه آبادان حمایت کرد.",
         "syndicate-of-metalworkers-and-mechanics-of-iran-ir"),
    ],
)
def test_directory_rows_of_the_branch(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a bare professional syndicate is the country's own; in a story set elsewhere it is none of these
        ("أعلنت نقابة المهندسين الإضراب في دمشق.", {"egyptian-engineers-syndicate-eg", "jordan-engineers-association-jo",
                                                   "palestinian-engineers-association-ps"}),
    ],
)
def test_a_bare_professional_syndicate_of_another_country_is_not_tagged(text: str, absent: set[str]) -> None:
    assert not absent & union_ids(tag_text(text))


def test_a_lawyers_bar_is_no_union() -> None:
    # a bar licenses a profession of mostly self-employed lawyers (the samples' convention since branch artr31)
    assert not union_ids(tag_text("قررت نقابة المحامين الأردنيين تعليق الترافع أمام محاكم الزرقاء."))


def test_a_bare_engineers_syndicate_in_a_jordanian_story_is_jordan_s() -> None:
    ids = union_ids(tag_text("قررت نقابة المهندسين في عمّان تعليق العمل بالمكاتب الهندسية."))
    assert "jordan-engineers-association-jo" in ids
    assert "egyptian-engineers-syndicate-eg" not in ids


def test_gazas_public_employees_union_backs_palestine() -> None:
    assert primary_countries(tag_text("أعلنت نقابة موظفي غزة إضرابا شاملا في الوزارات.")) == {"PS"}


def test_a_caesarean_is_no_turkish_city() -> None:
    tags = tag_text("رفض الطبيب إجراء ولادة قيصرية غير طارئة في مستشفى بأسيوط، فاعتدى عليه موظف.")
    assert primary_countries(tags) == {"EG"}


def test_agents_joined_by_and_to_employees_stay_in_a_federation_s_name() -> None:
    # "لموظفي وأعوان الجماعات المحلية": employees and agents of the local authorities, one genitive for both
    tags = tag_text("خاضت الجامعة الوطنية لموظفي وأعوان الجماعات المحلية إضرابا وطنيا في المغرب.")
    assert "الجامعة الوطنية لموظفي وأعوان الجماعات المحلية" in {tag.name for tag in tags.unions}
