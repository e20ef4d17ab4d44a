"""Branch recsa38: Hindi, Bangla, Urdu, Arabic union names (sentences written for these tests)."""

import pytest

from bot.matching.normalize import fold
from bot.matching.tagger import default_tagger


def _union_names(title: str, text: str) -> set[str]:
    """The folded names of every union tagged in a story."""
    return {fold(tag.name) for tag in default_tagger().tag(title, text).unions}


@pytest.mark.parametrize(("text", "name", "committee"), [
    # a district's or state's committee of a union, written with "जिला"/"प्रदेश" before the union's name
    ("सीवान। जिला प्राथमिक शिक्षक संघ की बैठक रविवार को हुई, जिसमें वेतन पर चर्चा हुई।",
     "प्राथमिक शिक्षक संघ", "जिला प्राथमिक शिक्षक संघ"),
    ("लखनऊ में प्रदेश माध्यमिक शिक्षक संघ ने पुरानी पेंशन के लिए धरना दिया।",
     "माध्यमिक शिक्षक संघ", "प्रदेश माध्यमिक शिक्षक संघ"),
    ("बैठक में ज़िला निर्माण मजदूर यूनियन के सचिव भी मौजूद थे।", "निर्माण मजदूर यूनियन", "ज़िला निर्माण मजदूर यूनियन"),
])
def test_hindi_level_word_names_the_committee_of_the_union_after_it(text: str, name: str, committee: str) -> None:
    names = _union_names("", text)
    assert fold(name) in names
    assert fold(committee) not in names


@pytest.mark.parametrize(("text", "name"), [
    # (a guard, passing before the change too) a state's name that ends in "प्रदेश" stays the name's start
    ("भोपाल में मध्य प्रदेश विद्युत कर्मचारी संघ ने हड़ताल की चेतावनी दी।", "मध्य प्रदेश विद्युत कर्मचारी संघ"),
    ("गुंटूर में आंध्र प्रदेश बीड़ी मजदूर संघ ने ज्ञापन सौंपा।", "आंध्र प्रदेश बीड़ी मजदूर संघ"),
])
def test_hindi_state_names_ending_in_pradesh_open_the_name(text: str, name: str) -> None:
    assert fold(name) in _union_names("", text)
