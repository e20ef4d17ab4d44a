"""Hindi, Urdu, Nepali and Bangla pass (issue 9, branch recsa43): the staff unions of a state's secretariat and
ministry ("उत्तराखंड सचिवालय संघ", "मंत्रालय कर्मचारी संघ", "بلوچستان سول سیکرٹریٹ آفیسرز ایسوسی ایشن")."""

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
