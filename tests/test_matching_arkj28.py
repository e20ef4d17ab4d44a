"""Arabic general unions named by a utilities', taxes' or insurance sector, workers' words joined by "and" in a
name's construct chain, merchants' syndicates that are no unions; Korean union words after a count; the Japanese
construction union 全日建, its Kansai branch and the Saitama teachers' union (issue 9, branch arkj28)."""

from __future__ import annotations

import pytest

from bot.matching import StoryTags
from tests.matching import tag_text, union_ids, union_names


@pytest.mark.parametrize("text, union", [
    # a general union named by the sector its workers are "in" or "by": utilities, real-estate taxes, insurance
    ("وفي القاهرة انتقد العمال النقابة العامة للعاملين بالمرافق والكهرباء بسبب تأخر العلاوة.",
     "النقابة العامة للعاملين بالمرافق والكهرباء"),
    ("وفي الجيزة أعلنت النقابة العامة للعاملين بالضرائب العقارية تنظيم وقفة احتجاجية.",
     "النقابة العامة للعاملين بالضرائب العقارية"),
    ("وفي الإسكندرية رفضت النقابة العامة للعاملين بالبنوك والتأمينات قرار الإدارة.",
     "النقابة العامة للعاملين بالبنوك والتأمينات"),
    # two workers' words in the construct state joined by "and" share the genitive after them
    ("وفي بغداد احتجت النقابة العامة لعمال وفنيي الكهرباء على إغلاق مكاتبها.", "النقابة العامة لعمال وفنيي الكهرباء"),
    ("وفي عمان نظمت نقابة عمال وسائقي النقل وقفة احتجاجية أمام الوزارة.", "نقابة عمال وسائقي النقل"),
])
def test_an_arabic_union_named_by_its_sector_or_by_two_kinds_of_workers(text: str, union: str) -> None:
    assert union in union_names(tag_text(text, language="ar"))


@pytest.mark.parametrize("text", [
    # merchants' syndicates are employers' bodies
    ("وفي عمان أعلنت النقابة العامة لتجار المواد الغذائية إغلاق المحال يوم الاثنين."),
    ("وفي إربد قررت نقابة تجار الألبسة والأحذية المشاركة في الإضراب الشامل."),
    # "and" with a word that is no workers' word ends the name's chain: no union is named
    ("وفي القاهرة قالت النقابة العامة للعاملين وفقا لبيانها إن الأجور تأخرت."),
])
def test_an_arabic_merchants_syndicate_or_unnamed_union_names_none(text: str) -> None:
    assert union_names(tag_text(text, language="ar")) == set()


@pytest.mark.parametrize("text", [
    # a number and a counter before a union's word, glued or apart: unions counted, none named
    ("울산에서는 12개사노조 조합원 2천여명이 부분파업에 들어갔다."),
    ("서울 용산역에서 5개 공공노조가 공동 결의대회를 열었다."),
    ("부산에서 3개소 청소노조가 임금 교섭을 요구했다."),
])
def test_a_counted_korean_union_word_names_none(text: str) -> None:
    assert union_names(tag_text(text, language="ko")) == set()


def test_a_korean_union_named_next_to_a_count_is_still_found() -> None:
    text = "서울에서 서울지하철노조와 3개 노조가 공동 파업을 선언했다."
    assert "서울지하철노조" in union_names(tag_text(text, language="ko"))


def test_the_kansai_concrete_branch_and_its_union_by_their_short_names() -> None:
    text = "大阪で全日建連帯労組関西地区生コン支部が集会を開き、関生支部への弾圧に抗議した。"
    assert {"union-jp-40", "union-jp-41"} <= union_ids(tag_text(text, language="ja"))


def test_the_kansai_concrete_branch_by_its_press_name() -> None:
    assert "union-jp-41" in union_ids(tag_text("東京の集会では『関西生コン』への弾圧を取り上げた。", language="ja"))


def test_the_saitama_teachers_union_by_its_short_name() -> None:
    assert "union-jp-42" in union_ids(tag_text("埼玉県のさいたま市で埼教組の書記長が決意を述べた。", language="ja"))


def test_a_local_solidarity_union_is_not_the_construction_union() -> None:
    tags = tag_text("広島市で広島連帯ユニオンが団体交渉を申し入れた。", language="ja")
    assert "union-jp-40" not in union_ids(tags)


def _name_forms(tags: StoryTags) -> set[str]:
    return {form for tag in tags.unions for form in (tag.name, tag.acronym) if form}


@pytest.mark.parametrize("text, short", [
    # a union written with its country or town "by" or "in" it is also known without it
    ("وفي صفاقس قررت الجامعة العامة للفلاحة بتونس تنفيذ إضراب قطاعي.", "الجامعة العامة للفلاحة"),
    ("وقالت النقابة الوطنية للتعليم العالي بالمغرب إن الحوار متوقف في الرباط.", "النقابة الوطنية للتعليم العالي"),
    ("وأعلن الاتحاد العام لعمال النفط في العراق رفضه للقانون في البصرة.", "الاتحاد العام لعمال النفط"),
])
def test_an_arabic_union_with_its_country_is_known_without_it(text: str, short: str) -> None:
    assert short in _name_forms(tag_text(text, language="ar"))


def test_an_arabic_workers_union_of_a_country_has_no_shorter_name() -> None:
    forms = _name_forms(tag_text("وفي تونس العاصمة أعلنت نقابة عمال بتونس الإضراب.", language="ar"))
    assert "نقابة عمال" not in forms


@pytest.mark.parametrize("text, union", [
    # the union of the workers "in" a workplace named by its own genitive chain, or in the public sector
    ("وفي الكويت دعت نقابة العاملين في عقود شركة نفط الكويت إلى وقفة احتجاجية.",
     "نقابة العاملين في عقود شركة نفط الكويت"),
    ("وفي عمان قالت نقابة العاملين في شركة الكهرباء الأردنية إن الإدارة رفضت المطالب.",
     "نقابة العاملين في شركة الكهرباء الأردنية"),
    ("وفي نابلس أعلنت نقابة الموظفين في القطاع العام الإضراب الشامل.", "نقابة الموظفين في القطاع العام"),
])
def test_an_arabic_union_of_the_workers_in_a_workplace(text: str, union: str) -> None:
    assert union in _name_forms(tag_text(text, language="ar"))


@pytest.mark.parametrize("text", [
    # a definite word alone after "in" describes: the company, last week, a day
    ("وفي القاهرة قال رئيس نقابة العاملين في الشركة إن الأجور تأخرت."),
    ("وفي عمان قالت نقابة العاملين في الأسبوع الماضي إن الحوار توقف."),
    ("وفي القاهرة احتفلت نقابة العاملين في يوم العمال بالعيد."),
])
def test_an_arabic_union_of_the_workers_in_a_described_place_names_none(text: str) -> None:
    assert union_names(tag_text(text, language="ar")) == set()
