"""Towns of Pakistan and Afghanistan under their Urdu and Persian names (issue 9 item 5, places27): a name frequent in
the country's own language because the town is much written about counts; a word of the kindred language, a verb, and
a name two countries' places share stay out."""

from __future__ import annotations

from bot.matching import default_tagger
from tests.matching import all_countries, tag_text


def _evidence(text: str) -> set[str]:
    return {evidence.text for tag in default_tagger().tag(None, text).countries for evidence in tag.evidence}


# -- a Pakistani or Afghan town in its own script, after "in" ---------------------------------------------------------

def test_a_pakistani_town_in_urdu_spelling_is_pakistan() -> None:
    # a Persian sentence, so no language says Pakistan
    assert all_countries(tag_text("کارگران معدن در خضدار دست به اعتصاب زدند.")) == {"PK"}
    assert all_countries(tag_text("پرستاران بیمارستان در گلگت تجمع کردند.")) == {"PK"}
    assert all_countries(tag_text("کارگران کارخانه در چنیوٹ اعتصاب کردند.")) == {"PK"}


def test_an_afghan_town_in_persian_is_afghanistan() -> None:
    assert all_countries(tag_text("معلمان در غزنة برای دریافت معاش خود تجمع کردند.")) == {"AF"}
    assert all_countries(tag_text("کارگران شهرداری در بلخ دست از کار کشیدند.")) == {"AF"}


# -- words of the kindred language, a verb and names two countries share stay out --------------------------------------

def test_a_word_of_the_kindred_language_is_no_town() -> None:
    # "چمن" (Chaman; meadow in Urdu and Persian), "مردان" (Mardan; "men" in Persian)
    assert not all_countries(tag_text("مردان و زنان کارگر در چمن پارک جمع شدند."))


def test_an_urdu_verb_named_like_a_town_is_no_place() -> None:
    # "بنوں" (Bannu; "(that I) become")
    assert "بنوں" not in _evidence("مزدور رہنما نے کہا کہ میں کبھی مالکوں کا غلام نہیں بنوں گا۔")


def test_a_name_two_countries_share_is_no_place() -> None:
    # "گجرات": Gujrat in Punjab and India's Gujarat state; "حیدرآباد": Hyderabad in Sindh and in India
    assert not all_countries(tag_text("کارگران نساجی در گجرات اعتصاب کردند."))
    assert not all_countries(tag_text("کارگران نساجی در حیدرآباد اعتصاب کردند."))


# -- towns of 50,000 to 100,000 in Arabic-speaking countries: names made of no Arabic word ---------------------------

def test_a_smaller_arab_town_counts_after_in() -> None:
    assert all_countries(tag_text("نفذ عمال شركة الفوسفات إضرابا في القصرين للمطالبة بالتشغيل.")) == {"TN"}
    assert all_countries(tag_text("احتج عمال المناجم في ورزازات على تأخر الأجور.")) == {"MA"}
    assert all_countries(tag_text("اعتصم موظفو البلدية في منبج أمام المجلس المحلي.")) == {"SY"}


def test_a_smaller_towns_name_made_of_an_arabic_word_is_no_town() -> None:
    # "الغازية" (gaseous; Lebanon's Ghazieh), "الفحم" (coal; Umm al-Fahm), "تلا" (followed; Egypt's Tala),
    # "المطار العتيق" (the old airport; in Qatar)
    assert not all_countries(tag_text("أضرب عمال مصنع المشروبات الغازية في الفحم والحديد، وتلا ذلك اعتصام قرب المطار العتيق."))
