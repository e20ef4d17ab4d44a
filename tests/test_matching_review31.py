"""What review29's and review31's own sentences found broken on main after ar27, places27 and the directory rows of
dir27/dir27b: Arabic city names inside words and phrases, towns that are words or two countries' names, acronyms
that name companies and offices (issue 9)."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text


@pytest.mark.parametrize("text, primary", [
    ("قال المسؤولون إن العمال يعيشون في جنات عدن، لكن الواقع في مصر مختلف.", {"EG"}),
    ("يعمل الفلاحون في حلب الأبقار في مزارع الدلتا بمصر.", {"EG"}),
    ("أصيب اللاعب بقطع في الرباط الصليبي خلال مباراة في القاهرة بمصر.", {"EG"}),
    ("قال النقابيون إن اتفاق الطائف لم يحم حقوق العمال في لبنان.", {"LB"}),
    ("توقف العمال عند مسقط المياه في جبل لبنان.", {"LB"}),
    ("يعمل المزارعون في الوادي بمحافظة حضرموت في اليمن.", {"YE"}),
    ("أضرب عمال مصانع المحمودية بمحافظة البحيرة في مصر.", {"EG"}),
    ("تعز علينا خسارة زميلنا عامل الميناء في العقبة بالأردن.", {"JO"}),
])
def test_arabic_words_and_phrases_holding_a_citys_name_place_nothing(text: str, primary: set[str]) -> None:
    assert primary_countries(tag_text(text, language="ar")) == primary


@pytest.mark.parametrize("text, primary", [
    ("أضرب عمال الميناء في عدن احتجاجا على تأخر الرواتب.", {"YE"}),
    ("تظاهر عمال النسيج في حلب للمطالبة بزيادة الأجور.", {"SY"}),
    ("نظم المعلمون وقفة احتجاجية في الرباط.", {"MA"}),
])
def test_the_cities_themselves_still_place_the_story(text: str, primary: set[str]) -> None:
    assert primary_countries(tag_text(text, language="ar")) == primary


@pytest.mark.parametrize("text, language", [
    ("Swiss armoured vehicle maker MOWAG will cut 100 jobs in Kreuzlingen, Unia said.", "en"),
    ("L'UDAP du Gard a refusé le permis de construire de l'usine.", "fr"),
    ("Les étudiants de la Faculté des sciences Semlalia (FSSM) de Marrakech sont en grève.", "fr"),
])
def test_acronyms_of_companies_and_offices_are_no_foreign_unions(text: str, language: str) -> None:
    tags = tag_text(text, language=language)
    assert {tag.country for tag in tags.unions} <= {"CH", "FR", "MA", None}
    assert not {"GH", "AR", "MD"} & {tag.code for tag in tags.countries}


def test_by_before_a_chinese_unions_name_is_a_link() -> None:
    # (the name written twice: two or three letters before a bare 工會 written once are a union referred to, receast40)
    text = "這次罷工由鐵路工會發起,由鐵路工會負責協調。"
    assert {tag.name for tag in tag_text(text, language="zh").unions} == {"鐵路工會"}


@pytest.mark.parametrize("text, primary", [
    ("قال النقابي إبراهيم الخليل إن عمال المرفأ في اللاذقية مضربون.", {"SY"}),
    ("قال محمد الخليل إن العمال في الأردن يطالبون بزيادة الأجور.", {"JO"}),
    ("أضرب عمال المحاجر في الخليل بالضفة الغربية.", {"PS"}),
])
def test_al_khalil_after_a_given_name_is_a_family_name(text: str, primary: set[str]) -> None:
    assert primary_countries(tag_text(text, language="ar")) == primary
