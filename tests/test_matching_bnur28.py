"""Branch bnur28: union names in Bangla, Urdu, Hindi and Nepali (sentences written for these tests)."""

import pytest

from bot.matching.normalize import fold
from bot.matching.tagger import default_tagger


def _union_names(title: str, text: str) -> dict[str, str]:
    """Union id -> folded name of every union tagged in a story."""
    return {tag.union_id: fold(tag.name) for tag in default_tagger().tag(title, text).unions}


@pytest.mark.parametrize(("text", "name"), [
    # Urdu "اینڈ" (and) inside a name, as "এন্ড" and "एंड" are
    ("کراچی میں آل پی ٹی سی ایل ایمپلائز اینڈ ورکرز یونین نے پریس کلب کے باہر مظاہرہ کیا۔",
     "آل پی ٹی سی ایل ایمپلائز اینڈ ورکرز یونین"),
    # Hindi "व" (and) inside a name
    ("धनबाद में कोयला व इस्पात मजदूर यूनियन ने धरना दिया।", "कोयला व इस्पात मजदूर यूनियन"),
    # "हेल्पर्स" (helpers) and "माइंस" (mines), the English words names write for सहायिका and खदान
    ("करनाल में आंगनबाड़ी वर्कर्स एंड हेल्पर्स यूनियन ने ज्ञापन सौंपा।", "आंगनबाड़ी वर्कर्स एंड हेल्पर्स यूनियन"),
    ("झरिया में कोल माइंस मजदूर यूनियन ने प्रदर्शन किया।", "कोल माइंस मजदूर यूनियन"),
    # "जिला" comes before the district's name, which is no part of the union's
    ("इंटक जिला कोरबा कोल माइंस वर्कर्स यूनियन ने बैठक की।", "कोल माइंस वर्कर्स यूनियन"),
])
def test_names_with_joiners_and_loanwords_are_found_whole(text: str, name: str) -> None:
    assert fold(name) in _union_names("", text).values()


@pytest.mark.parametrize("text", [
    # a district's or province's workers, no name
    "जिला मजदूर कांग्रेस की बैठक में सैकड़ों मजदूरों ने भाग लिया।",
    # a party's department: "कार्यालयमा" (in the office) ends what an opener starts
    "काठमाडौं । प्रदेश पार्टी कार्यालयमा प्रदेश ट्रेड युनियन तथा श्रमिक विभागको बैठक बस्यो ।",
])
def test_places_workers_and_party_departments_name_no_union(text: str) -> None:
    assert _union_names("", text) == {}


def test_state_employees_keep_their_name() -> None:
    # "राज्य" (state) opens the state employees' own names, unlike "जिला" and "प्रदेश"
    assert fold("राज्य कर्मचारी संघ") in _union_names("", "लखनऊ में राज्य कर्मचारी संघ ने धरना दिया।").values()


@pytest.mark.parametrize(("text", "union_id"), [
    ("ঢাকায় একতা গার্মেন্টস শ্রমিক ফেডারেশন মজুরি বোর্ড গঠনের দাবিতে মানববন্ধন করেছে।",
     "ekata-garments-sramik-federation-bd"),
    ("ঢাকায় ইন্ডাস্ট্রিয়াল বাংলাদেশ কাউন্সিলের নেতারা ন্যূনতম মজুরির দাবি জানান।", "ibc-bd"),
    ("لاہور میں پی آئی اے کی ائیر لیگ کے رہنماؤں نے ریفرنڈم کی تیاری کا اعلان کیا۔",
     "air-league-of-pia-employees-pk"),
    ("काठमाडौं । नेपाल निजामती कर्मचारी युनियनले आन्दोलनको घोषणा गरेको छ ।",
     "nepal-civil-service-employees-union-np"),
])
def test_directory_rows_of_this_branch(text: str, union_id: str) -> None:
    assert union_id in _union_names("", text)


def test_a_short_form_joins_the_union_named_with_a_case_ending() -> None:
    # the text names the union with "को" joined to its head; the title's short form is the same union
    names = _union_names("निजामती कर्मचारी युनियनको बैठक",
                         "काठमाडौं । नेपाल निजामती कर्मचारी युनियनको केन्द्रीय बैठक बसेको छ ।")
    assert list(names) == ["nepal-civil-service-employees-union-np"]
