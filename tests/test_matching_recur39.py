"""Urdu, Hindi and Nepali recogniser pass (issue 9, branch recur39): "paramedical" as Urdu writes it in two words
("پیرا میڈیکل") is a word of a union's name and "محاذ" (front) a head; a Latin acronym right before a Hindi or Urdu
name is its first word; unions of Pakistan, India and Nepal the directory lacked."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids, union_names


@pytest.mark.parametrize(("text", "name"), [
    ("لاہور: پنجاب پیرا میڈیکل سٹاف ایسوسی ایشن کا اجلاس سروسز ہسپتال میں ہوا۔",
     "پنجاب پیرا میڈیکل سٹاف ایسوسی ایشن"),
    ("ملتان: پیرا میڈیکل سٹاف ایسوسی ایشن پنجاب کے صدر نے ہڑتال کا اعلان کیا۔", "پیرا میڈیکل سٹاف ایسوسی ایشن"),
])
def test_paramedical_written_in_two_words(text: str, name: str) -> None:
    names = union_names(tag_text(text, language="ur"))
    assert any(found.startswith(name) for found in names), names


@pytest.mark.parametrize(("text", "language", "union_id"), [
    ("کوئٹہ میں بلوچستان یونین آف جرنلسٹس کی جانب سے علامتی بھوک ہڑتالی کیمپ لگایا گیا۔", "ur", "buj-pk"),
    ("اسلام آباد: نیشنل پریس کلب میں پی ایف یو جے اور آر آئی یو جے کا بھوک ہڑتال کیمپ قائم ہے۔", "ur", "riuj-pk"),
    ("काठमाडौं । नेपाल विद्यालय कर्मचारी परिषद्ले आन्दोलनका कार्यक्रम घोषणा गरेको हो ।", "ne",
     "nepal-school-employees-council-np"),
    ("काठमाडौं । महासंघको नगर समितिले विद्यालय कर्मचारी परिषद्सित संयुक्त विज्ञप्ति जारी गर्‍यो ।", "ne",
     "nepal-school-employees-council-np"),
    ("भिवानी में भवन निर्माण कामगार यूनियन हरियाणा के आह्वान पर निर्माण मजदूरों ने प्रदर्शन किया।", "hi",
     "bhawan-nirman-kamgar-union-haryana-in"),
    ("मैलानी। एनई रेलवे मजदूर यूनियन मैलानी शाखा अध्यक्ष के नेतृत्व में प्रदर्शन किया गया।", "hi",
     "north-eastern-railway-mazdoor-union-in"),
    ("शिमला: सीटू सम्बन्धित होटल मज़दूर लाल झंडा यूनियन ने मजदूरों की बहाली की मांग की है।", "hi",
     "himachal-hotel-mazdoor-lal-jhanda-union-in"),
])
def test_unions_the_directory_lacked(text: str, language: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language=language))


@pytest.mark.parametrize(("text", "name"), [
    ("कटिहार: कटिहार में NF रेलवे इम्पलाइज यूनियन ने न्यू पेंशन नीति के खिलाफ सभा का आयोजन किया।",
     "NF रेलवे इम्पलाइज यूनियन"),
    ("हिसार। HSEB वर्कर यूनियन के प्रधान ने बिजली निगम के दफ्तर के बाहर धरना दिया।", "HSEB वर्कर यूनियन"),
])
def test_a_latin_acronym_opens_a_hindi_name(text: str, name: str) -> None:
    assert name in union_names(tag_text(text, language="hi"))



def test_a_workers_front_is_a_union_s_name() -> None:
    names = union_names(tag_text("لاہور: متحدہ لیبر فیڈریشن اور پاکستان مزدور محاذ کا مشترکہ اجلاس لاہور میں منعقد ہوا۔",
                                 language="ur"))
    assert "پاکستان مزدور محاذ" in names, names
