"""Rules of branch arb32 (bench/data/wide_arru32, second pass): Jordan's Zarqa, stoplisted alone as "the blue", where
the words before it make it a place; a Russian union of its people named in quotes after a lower-case head."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_names


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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Переговоры шли с профсоюзом угольщиков «Қорғау», представляющим шахтеров.", "Профсоюз угольщиков «Қорғау»"),
        ("Заявление профсоюза лоцманов «Фарватер» поддержали в порту.", "Профсоюз лоцманов «Фарватер»"),
    ],
)
def test_a_russian_union_of_its_people_named_in_quotes(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


def test_a_quoted_word_after_people_is_no_name() -> None:
    assert not union_names(tag_text("Члены профсоюза шахтеров «выступили» против."))


def test_a_company_s_workers_union_in_quotes_is_no_new_name() -> None:
    assert "Профсоюз работников «Гродно Азот»" not in union_names(tag_text('Профсоюз работников "Гродно Азот" провел собрание.'))
