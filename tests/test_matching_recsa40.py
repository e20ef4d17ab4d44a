"""Urdu, Hindi and Bangla recogniser pass (issue 9, branch recsa40): an Urdu name's word written against the word
before it with no space after a letter that joins none; the English words of India's power-sector federations in
every spelling Hindi news gives them."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids, union_names


@pytest.mark.parametrize(("text", "name"), [
    # "میں" (in) written against the name's first word: the name starts at "پاکستان", not at "اسٹیل"
    ("کراچی: مزدوروں کے جلسے میںپاکستان اسٹیل لیبر یونین کے عہدیداروں نے شرکت کی۔", "پاکستان اسٹیل لیبر یونین"),
    ("لاہور: اجلاس کے بعدپنجاب ٹیچرز یونین نے احتجاج کا اعلان کیا۔", "پنجاب ٹیچرز یونین"),
])
def test_an_urdu_name_glued_to_the_word_before(text: str, name: str) -> None:
    assert name in union_names(tag_text(text, language="ur"))


def test_an_urdu_name_s_words_glued_together() -> None:
    tags = tag_text("کراچی میں ہوم بیسڈویمن ورکرز فیڈریشن نے جلوس نکالا۔", language="ur")
    assert "hbwwf" in union_ids(tags), union_names(tags)


@pytest.mark.parametrize(("text", "union_id"), [
    ("लखनऊ: इलेक्ट्रिसिटी इंप्लाइज फेडरेशन ऑफ इंडिया ने निजीकरण का विरोध किया।", "eefi-in"),
    ("सोनभद्र: ऑल इंडिया पॉवर इंजीनियर्स फेडरेशन के चेयरमैन ने आंदोलन की घोषणा की।", "aipef-in"),
])
def test_power_federations_in_the_spellings_hindi_news_uses(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language="hi"))
