"""Hindi, Urdu, Nepali and Bangla pass (issue 9, branch recsa43): the staff unions of a state's secretariat and
ministry ("उत्तराखंड सचिवालय संघ", "मंत्रालय कर्मचारी संघ", "بلوچستان سول سیکرٹریٹ آفیسرز ایسوسی ایشن"); unions the
directory lacked in the script the pages write them in (data/union_sources/southasia-recsa43.tsv)."""

from __future__ import annotations

import pytest

from bot.matching.normalize import fold
from tests.matching import tag_text, union_names


@pytest.mark.parametrize(("text", "language", "names"), [
    # wide_recsa43 hi-43206 (rnsindianews)
    ("देहरादून। उत्तराखंड सचिवालय संघ ने सभी कर्मचारियों को पुरानी पेंशन का लाभ देने की मांग की। सचिवालय समीक्षा "
     "अधिकारी संघ के अध्यक्ष और महासचिव ने कहा कि पुरानी पेंशन लागू की जाए।", "hi",
     ["उत्तराखंड सचिवालय संघ", "सचिवालय समीक्षा अधिकारी संघ"]),
    # wide_sa27 (Chhattisgarh's ministry staff)
    ("रायपुर। मंत्रालय कर्मचारी संघ ने वेतन विसंगति दूर करने की मांग को लेकर प्रदर्शन किया।", "hi",
     ["मंत्रालय कर्मचारी संघ"]),
    # wide_recsa43 ur-43222 (vshnews)
    ("کوئٹہ: بلوچستان سول سیکرٹریٹ آفیسرز ایسوسی ایشن کے صدر عبدالمالک کاکڑ کا کہنا تھا کہ احتجاج جاری رہے گا۔", "ur",
     ["بلوچستان سول سیکرٹریٹ آفیسرز ایسوسی ایشن"]),
])
def test_a_secretariat_staff_union_is_named(text: str, language: str, names: list[str]) -> None:
    tags = tag_text(text, language=language)
    found = {fold(name) for name in union_names(tags)}
    assert {fold(name) for name in names} <= found, union_names(tags)


@pytest.mark.parametrize(("text", "language"), [
    # negative: the secretariat as a place, no head after it
    ("कर्मचारी मिनी सचिवालय के सामने एकत्र हुए और मुख्यमंत्री के नाम ज्ञापन सौंपा।", "hi"),
    # negative: the ministry's officials, a head-less phrase; a union referred to after a postposition
    ("मंत्रालय के अधिकारियों ने कहा कि कर्मचारी संघ से बातचीत होगी।", "hi"),
    ("ملازمین نے سول سیکرٹریٹ کے سامنے احتجاجی مظاہرہ کیا اور یونین کے مطالبات دہرائے۔", "ur"),
])
def test_a_secretariat_as_a_place_names_no_union(text: str, language: str) -> None:
    tags = tag_text(text, language=language)
    assert not union_names(tags), union_names(tags)


@pytest.mark.parametrize(("text", "language", "union_id"), [
    # wide_recsa43 bn-43263 (newsbritant), the genitive glued to the name; wide_sa32 bn-32326 writes it bare
    ("রায়গঞ্জঃ কনফেডারেশন অফ স্টেট গভর্নমেন্ট এমপ্লয়িজের পক্ষে সুযশ মুখার্জি বলেন, দুপুরে কর্মবিরতি পালন করা হয়।", "bn",
     "confederation-of-state-government-employees-in"),
    ("মলয় মুখার্জী (কনফেডারেশন অফ স্টেট গভর্নমেন্ট এমপ্লয়িজ) প্রমুখ বক্তব্য রাখেন।", "bn",
     "confederation-of-state-government-employees-in"),
    # wide_recsa43 hi-43212 (shikshavahini): the directory had the union's Bangla name only
    ("मदन सिंघल, सिलचर। बराक चाय श्रमिक यूनियन का एक प्रतिनिधिमंडल डोलू चाय बागान में बैठक की।", "hi",
     "barak-cha-sramik-union-in"),
    # wide_recsa43 ne-43240 (gyanmandu) and wide_ne19 ne-8206: UNITRAV by its acronym, either spelling, a case
    # ending glued to it
    ("पर्यटनमन्त्रीलाई ज्ञापनपत्र बुझाइएको यूनिट्राभका अध्यक्ष सुमनप्रसाद पराजुलीले बताउनुभयो ।", "ne", "unitrav-np"),
    ("पर्यटन मजदुर संगठन युनिट्राभ र पर्यटन श्रमिक संघले आन्दोलनको घोषणा गरेका छन ।", "ne", "unitrav-np"),
    # wide_recsa43 ne-43244 (himalayadarpan), wide_ne19 ne-8218
    ("मिरिक: हाम्रो हिल तराई डुवर्स चियाबारी श्रमिक संघले पश्चिम बंगालको श्रम मन्त्रीलाई पत्रचार गर्यो।", "ne",
     "hamro-hill-terai-dooars-chiyabari-shramik-sangh-in"),
])
def test_a_union_the_directory_now_knows_in_this_script(text: str, language: str, union_id: str) -> None:
    tags = tag_text(text, language=language)
    assert union_id in {union.union_id for union in tags.unions}, [union.union_id for union in tags.unions]


def test_a_confederation_of_central_government_employees_is_not_the_state_one() -> None:
    # negative: the central government employees' confederation is another body
    tags = tag_text("কনফেডারেশন অফ সেন্ট্রাল গভর্নমেন্ট এমপ্লয়িজ অ্যান্ড ওয়ার্কার্সের সম্মেলন কলকাতায় হয়।", language="bn")
    assert "confederation-of-state-government-employees-in" not in {union.union_id for union in tags.unions}


def test_a_tourism_word_alone_is_not_unitrav() -> None:
    # negative: the tourism workers in general, no acronym
    tags = tag_text("पर्यटन क्षेत्रका श्रमिकहरुले पारिश्रमिक वृद्धिको माग गरेका छन् ।", language="ne")
    assert "unitrav-np" not in {union.union_id for union in tags.unions}
