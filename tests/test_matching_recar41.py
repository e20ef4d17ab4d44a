"""Arabic recogniser pass (issue 9, branch recar41): a profession's syndicate written bare ("نقابة الأطباء") in a story
about one country is that country's syndicate, when the directory knows it by its words and its country alone."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids


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
