"""Hindi names of Indian unions the directory held in English and Bangla only (issue 9, branch sab32): the CITU's
Bengal Chatkal Mazdoor Union and the BMS's Bharatiya Railway Mazdoor Sangh as the Hindi press writes them; sentences
of their own, not taken from the real-news set or the samples."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids


@pytest.mark.parametrize(
    "text, union_id",
    [
        ("टीटागढ़ में बंगाल चटकल मजदूर यूनियन ने जूट मिल के गेट पर सभा की।", "bcmu-in"),
        ("भाटपाड़ा में बीसीएमयू के नेताओं ने बकाया ग्रेच्युटी की मांग उठाई।", "bcmu-in"),
        ("कोटा में भारतीय रेलवे मजदूर संघ ने पुरानी पेंशन के लिए धरना दिया।", "brms-in"),
        ("झांसी में बीआरएमएस के पदाधिकारियों ने मंडल कार्यालय पर प्रदर्शन किया।", "brms-in"),
    ],
)
def test_hindi_names_of_indian_unions(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_jute_mill_workers_without_the_unions_name_are_no_union() -> None:
    ids = union_ids(tag_text("बैरकपुर के चटकल मजदूरों ने मजदूरी बढ़ाने की मांग को लेकर रैली निकाली।"))
    assert "bcmu-in" not in ids and "brms-in" not in ids


@pytest.mark.parametrize(
    "text, name",
    [
        ("حیدرآباد میں یونائٹیڈ لیبر فیڈریشن کے رہنماؤں نے تنخواہوں کے لیے مظاہرہ کیا۔", "یونائٹیڈ لیبر فیڈریشن"),
        ("لاہور میں یونائیٹیڈ ورکرز یونین نے ہڑتال کا اعلان کیا۔", "یونائیٹیڈ ورکرز یونین"),
    ],
)
def test_urdu_united_written_otherwise_opens_a_union_name(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


def test_urdu_united_workers_without_a_head_are_no_union() -> None:
    assert not union_ids(tag_text("کراچی میں یونائٹیڈ ورکرز نے تنخواہوں کے لیے مظاہرہ کیا۔"))
