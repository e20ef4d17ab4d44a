"""Rules of branch arb32 (bench/data/wide_arru32, second pass): Jordan's Zarqa, stoplisted alone as "the blue", where
the words before it make it a place."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text


@pytest.mark.parametrize(
    "text",
    [
        "اعتصم عشرات العمال بالزرقاء احتجاجا على تأخر الرواتب.",
        "نفذ عمال مصنع الإسمنت إضرابا في الزرقاء صباح اليوم.",
        "أعلن فرع الزرقاء للنقابة تعليق الاعتصام بعد الاتفاق مع الإدارة.",
        "طالب المعلمون في محافظة الزرقاء بزيادة العلاوات.",
    ],
)
def test_zarqa_after_a_preposition_or_a_place_word_is_jordan(text: str) -> None:
    assert primary_countries(tag_text(text)) == {"JO"}


def test_the_blue_after_its_noun_is_no_place() -> None:
    assert primary_countries(tag_text("طالب العمال ذوو الياقات الزرقاء بزيادة الأجور.")) != {"JO"}
