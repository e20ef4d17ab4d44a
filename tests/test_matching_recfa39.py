"""Persian recogniser (issue 9, branch recfa39): a union's name head first with the ezafe ("سندیکای کارگران ...",
"اتحادیه‌ی آزاد کارگران ...", "انجمن صنفی کارگران ...", "کانون کارگری ..."), its workers' word, then their trade,
firm or place, up to punctuation, a particle, a verb or its light verb; a union described, a profession's syndicate
or a plural head name none."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_names


@pytest.mark.parametrize(("text", "name"), [
    ("انجمن صنفی کارگران نانوایی سقز، روز دوشنبه در مقابل فرمانداری تجمع کردند.",
     "انجمن صنفی کارگران نانوایی سقز"),
    ("اتحادیه‌ی آزاد کارگران پتروشیمی ماهشهر در بیانیه‌ای خواستار آزادی کارگران شد.",
     "اتحادیه‌ی آزاد کارگران پتروشیمی ماهشهر"),
    ("سندیکای کارگران شرکت اتوبوسرانی اصفهان و حومه خواستار افزایش دستمزد شد.",
     "سندیکای کارگران شرکت اتوبوسرانی اصفهان و حومه"),
    ("جمعی از کارگران که عضو انجمن کارگران و استادکاران خراسان رضوی هستند مقابل مجلس تجمع کردند.",
     "انجمن کارگران و استادکاران خراسان رضوی"),
    ("کانون کارگری استان مرکزی و انجمن صنفی کارگران ساختمان مشهد و حومه از نمایندگان خواستند.",
     "کانون کارگری استان مرکزی"),
    ("اعضای سندیکای کارگران کارخانه قند بازداشت شدند.", "سندیکای کارگران کارخانه قند"),
])
def test_a_persian_name_is_read_head_first(text: str, name: str) -> None:
    names = union_names(tag_text(text, language="fa"))
    assert name in names, names


@pytest.mark.parametrize("text", [
    "انجمن معلمان معترض گفته بود که تصمیمات اتخاذ شده را نمی‌پذیرد.",
    "در سال ۱۳۸۴ سندیکای کارگری شکل گرفت و کارگران به آن پیوستند.",
    "سندیکای پزشکان از سه‌شنبه اعتصاب کرده است.",
    "اتحادیه‌های کارگری و اجرای مفاد بین المللی را خواستار شدند.",
    "رئیس اتحادیه کارگران گفت که نبود اشتغال مشکل اصلی است.",
    "سندیکای مبارز کارگران شرکت نفت را تعطیل کردند.",
])
def test_a_persian_union_described_names_none(text: str) -> None:
    assert not union_names(tag_text(text, language="fa"))
