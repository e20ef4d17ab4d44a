"""Nepal's teachers' federation by the short name the Nepali press gives it (issue 9, session of 2026-12-04):
"शिक्षक महासंघ" names the Nepal Teachers' Federation in a story about Nepal (wide_rechi42 ne-42251, wide_recsa41
ne-41560, wide_ne19 ne-8235, wide_bnur28 ne-29286: four pages, three sites), while Hindi writes the same two words
for India's state teachers' federations, so the short name counts only where the story backs it."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids


@pytest.mark.parametrize("text", [
    # wide_recsa41 ne-41560 (shortened)
    "काठमाडौं । शिक्षक महासंघले संसदमा दर्ता भएको विद्यालय शिक्षा विधेयकको विरोधमा नेपालभर आन्दोलन गर्ने घोषणा गरेको छ।",
    "नेपालका शिक्षकहरू काठमाडौंमा आन्दोलनमा छन्। शिक्षक महासंघको नेतृत्वमा माइतीघरमा धर्ना दिइयो।",
])
def test_the_short_name_in_a_story_about_nepal_is_the_federation(text: str) -> None:
    assert "nepal-teachers-federation-np" in union_ids(tag_text(text, language="ne"))


def test_the_same_words_in_a_hindi_story_about_india_are_not_nepals_federation() -> None:
    # wide_rechi42 hi-42202's kind: the UP Shikshak Mahasangh named in full, then by its bare words
    text = ("लखनऊ : उत्तर प्रदेश शिक्षक महासंघ ने पुरानी पेंशन की मांग को लेकर धरना दिया। "
            "शिक्षक महासंघ के पदाधिकारियों ने जिलाधिकारी को ज्ञापन सौंपा।")
    assert "nepal-teachers-federation-np" not in union_ids(tag_text(text, language="hi"))
