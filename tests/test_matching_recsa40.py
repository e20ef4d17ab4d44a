"""Urdu, Hindi and Bangla recogniser pass (issue 9, branch recsa40): the English words of India's power-sector
federations in every spelling Hindi news gives them."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids


@pytest.mark.parametrize(("text", "union_id"), [
    ("लखनऊ: इलेक्ट्रिसिटी इंप्लाइज फेडरेशन ऑफ इंडिया ने निजीकरण का विरोध किया।", "eefi-in"),
    ("सोनभद्र: ऑल इंडिया पॉवर इंजीनियर्स फेडरेशन के चेयरमैन ने आंदोलन की घोषणा की।", "aipef-in"),
])
def test_power_federations_in_the_spellings_hindi_news_uses(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language="hi"))
