"""Urdu, Hindi and Nepali recogniser pass (issue 9, branch recur39): "paramedical" as Urdu writes it in two words
("پیرا میڈیکل") is a word of a union's name."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_names


@pytest.mark.parametrize(("text", "name"), [
    ("لاہور: پنجاب پیرا میڈیکل سٹاف ایسوسی ایشن کا اجلاس سروسز ہسپتال میں ہوا۔",
     "پنجاب پیرا میڈیکل سٹاف ایسوسی ایشن"),
    ("ملتان: پیرا میڈیکل سٹاف ایسوسی ایشن پنجاب کے صدر نے ہڑتال کا اعلان کیا۔", "پیرا میڈیکل سٹاف ایسوسی ایشن"),
])
def test_paramedical_written_in_two_words(text: str, name: str) -> None:
    names = union_names(tag_text(text, language="ur"))
    assert any(found.startswith(name) for found in names), names
