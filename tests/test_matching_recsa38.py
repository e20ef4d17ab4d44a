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
    ("बैठक में ज़िला भवन निर्माण मजदूर यूनियन के सचिव भी मौजूद थे।", "भवन निर्माण मजदूर यूनियन",
     "ज़िला भवन निर्माण मजदूर यूनियन"),
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


@pytest.mark.parametrize(("text", "name"), [
    # dotted initials inside a name (C.N.G., O.F.K.): the name goes on before them
    ("মঙ্গলবার বগুড়া জেলা সি.এন.জি চালিত অটোরিকশা শ্রমিক ইউনিয়ন ধর্মঘট ডেকেছে।",
     "বগুড়া জেলা সি.এন.জি চালিত অটোরিকশা শ্রমিক ইউনিয়ন"),
    ("कानपुर में बुधवार को एच.ए.एल. कर्मचारी यूनियन ने प्रदर्शन किया।", "एच.ए.एल. कर्मचारी यूनियन"),
    # a word or two in brackets inside a name
    ("খুলনায় বাংলাদেশ রিকশা ভ্যান (ঠেলাগাড়ি) শ্রমিক ইউনিয়নের সভা হয়েছে।",
     "বাংলাদেশ রিকশা ভ্যান (ঠেলাগাড়ি) শ্রমিক ইউনিয়ন"),
    ("पटना। बिहार राज्य प्राथमिक (प्रशिक्षित) शिक्षक संघ ने धरना दिया।", "बिहार राज्य प्राथमिक (प्रशिक्षित) शिक्षक संघ"),
])
def test_indic_name_goes_on_over_dotted_initials_and_brackets(text: str, name: str) -> None:
    names = _union_names("", text)
    assert fold(name) in names
    assert not any(found != fold(name) and found in fold(name) for found in names)  # not its cut end beside


@pytest.mark.parametrize("text", [
    # (guards, passing before the change too) an acronym in brackets after a head is the name's own, and a state's
    # dotted abbreviation glued to a word is no run of initials
    "ঢাকায় বাংলাদেশ ট্রেড ইউনিয়ন কেন্দ্র (টিইউসি) শ্রমিক সমাবেশ করেছে।",
    "उ.प्र.आशा वर्कर्स यूनियन ने ज्ञापन दिया।",
])
def test_indic_brackets_and_dots_that_are_not_inside_a_name(text: str) -> None:
    names = _union_names("", text)
    assert not any("(" in name or name.startswith(fold("उ प्र")) for name in names), names


@pytest.mark.parametrize(("text", "name"), [
    # English "labour", "building construction" and the MGNREGA scheme's workers, as Hindi names write them
    ("देहरादून में उत्तर रेलवे लेबर यूनियन ने हड़ताल की।", "उत्तर रेलवे लेबर यूनियन"),
    ("शिमला। जिला मंडी में बिल्डिंग कंस्ट्रक्शन मजदूर संघ का सम्मेलन हुआ।", "बिल्डिंग कंस्ट्रक्शन मजदूर संघ"),
    ("गया में मनरेगा मजदूर संघ ने धरना दिया।", "मनरेगा मजदूर संघ"),
])
def test_hindi_english_trade_words_in_names(text: str, name: str) -> None:
    assert fold(name) in _union_names("", text)


@pytest.mark.parametrize("text", [
    # "union" after one trade's word and a labour word alone: the trade's union referred to, no name
    "কক্সবাজারে হোটেল শ্রমিক ইউনিয়নের নেতারা মজুরি বাড়ানোর দাবি জানিয়েছেন।",
    "মৌলভীবাজারে চা শ্রমিক ইউনিয়নের সভায় বক্তারা বোনাসের দাবি তোলেন।",
    "हड़ताल में बैंक कर्मचारी यूनियन के सदस्य भी शामिल हुए।",
    "रेलवे मजदूर यूनियन के नेताओं ने स्टेशन पर प्रदर्शन किया।",
])
def test_trade_workers_union_alone_is_referred_to(text: str) -> None:
    assert _union_names("", text) == set()


@pytest.mark.parametrize(("text", "name"), [
    # (guards, passing before the change too) with a place, the nation or its centre after it, it is a name
    ("কক্সবাজার জেলা হোটেল শ্রমিক ইউনিয়নের নেতারা মজুরি বাড়ানোর দাবি জানিয়েছেন।", "কক্সবাজার জেলা হোটেল শ্রমিক ইউনিয়ন"),
    ("भिलाई। स्टील इम्प्लाइज यूनियन इंटक के कार्यालय में बैठक हुई।", "स्टील इम्प्लाइज यूनियन"),
    ("रोहतक में होटल वर्कर्स यूनियन हरियाणा ने धरना दिया।", "होटल वर्कर्स यूनियन हरियाणा"),
    # and an English name spelt in Hindi ("employees", "workers" in English) is a name
    ("अजमेर में रेलवे एम्पलाईज यूनियन ने धरना दिया।", "रेलवे एम्पलाईज यूनियन"),
])
def test_trade_workers_union_with_a_place_or_centre_is_a_name(text: str, name: str) -> None:
    assert fold(name) in _union_names("", text)
