"""Branch sab31: Hindi and Urdu union names with English loanwords (sentences written for these tests)."""

import pytest

from bot.matching.normalize import fold
from bot.matching.tagger import default_tagger


def _union_names(title: str, text: str) -> set[str]:
    """The folded names of every union tagged in a story."""
    return {fold(tag.name) for tag in default_tagger().tag(title, text).unions}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "employees" spelt with "ं" or "म्", "ॉ" or "ा", as Hindi names write it
        ("पटना में बिजली एंपलॉयज यूनियन ने प्रदर्शन किया।", "बिजली एंपलॉयज यूनियन"),
        ("इंदौर में विद्युत एम्प्लॉयज फेडरेशन ने प्रदर्शन किया।", "विद्युत एम्प्लॉयज फेडरेशन"),
        ("भोपाल में बैंक एम्प्लाईज एसोसिएशन ने हड़ताल की।", "बैंक एम्प्लाईज एसोसिएशन"),
    ],
)
def test_hindi_spellings_of_employees_are_labour_words(text: str, name: str) -> None:
    assert fold(name) in _union_names("", text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "central", "diploma", "engineers", "officers" in Urdu letters inside a name
        ("کوئٹہ میں پاکستان سینٹرل لیبر فیڈریشن نے ہڑتال کا اعلان کیا۔", "پاکستان سینٹرل لیبر فیڈریشن"),
        ("لاہور میں ریلوے ڈپلومہ فیڈریشن نے احتجاج کیا۔", "ریلوے ڈپلومہ فیڈریشن"),
        ("کراچی میں واپڈا انجینئرز ایسوسی ایشن نے احتجاج کیا۔", "واپڈا انجینئرز ایسوسی ایشن"),
        ("کراچی میں ریلوے آفیسرز ایسوسی ایشن نے احتجاج کیا۔", "ریلوے آفیسرز ایسوسی ایشن"),
    ],
)
def test_urdu_loanwords_keep_the_name_whole(text: str, name: str) -> None:
    assert fold(name) in _union_names("", text)


@pytest.mark.parametrize(
    "text",
    [
        # the labour word and head alone name no union
        "लखनऊ में एंपलॉयज यूनियन की बैठक हुई।",
        "سینٹرل پنجاب میں بارش ہوئی اور یونین کونسل کے دفتر بند رہے۔",
    ],
)
def test_loanwords_alone_name_no_union(text: str) -> None:
    assert _union_names("", text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Nepali writes "federation" with "स"
        ("काठमाडौंमा नेपाल यातायात मजदुर फेडरेसनले आन्दोलन घोषणा गरेको छ।", "नेपाल यातायात मजदुर फेडरेसन"),
        # an Urdu council of teachers or doctors
        ("لاہور میں متحدہ اساتذہ کونسل نے احتجاج کیا۔", "متحدہ اساتذہ کونسل"),
        ("لاہور میں ینگ ڈاکٹرز کونسل نے ہڑتال کی۔", "ینگ ڈاکٹرز کونسل"),
    ],
)
def test_nepali_federation_and_urdu_council_heads(text: str, name: str) -> None:
    assert fold(name) in _union_names("", text)


@pytest.mark.parametrize(
    "text",
    [
        # a council of clerics, a local council, a religious parties' council: no labour word, no union
        "پاکستان علماء کونسل نے اجلاس بلایا۔",
        "لاہور میں یونین کونسل کے چیئرمین نے اجلاس بلایا۔",
        "اسلام آباد میں ملی یکجہتی کونسل کا اجلاس ہوا۔",
    ],
)
def test_urdu_councils_without_workers_name_no_union(text: str) -> None:
    assert _union_names("", text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # "association" spelt "اسوسیشن", "ایسوسیشن", "اسوسی ایشن" or "ایسی ایشن": the name as written whole
        "کوئٹہ میں ریلوے کلرکس اسوسیشن کے صدر نے ہڑتال کا اعلان کیا۔",
        "کوئٹہ میں ریلوے کلرکس ایسوسیشن کے صدر نے ہڑتال کا اعلان کیا۔",
        "کوئٹہ میں ریلوے کلرکس اسوسی ایشن کے صدر نے ہڑتال کا اعلان کیا۔",
        "کوئٹہ میں ریلوے کلرکس ایسی ایشن کے صدر نے ہڑتال کا اعلان کیا۔",
    ],
)
def test_urdu_spellings_of_association(text: str) -> None:
    assert fold("ریلوے کلرکس ایسوسی ایشن") in _union_names("", text)


def test_urdu_such_is_no_association() -> None:
    assert _union_names("", "ایسی صورتحال میں ورکرز ایسی باتیں نہیں مانیں گے۔") == set()


@pytest.mark.parametrize(
    "text",
    [
        # the BNP's labour federation as the English-language press transliterates it
        "Jatiotabadi Sramik Dal leaders formed a human chain in Khulna on Sunday.",
        "ঢাকায় জাতীয়বাদী শ্রমিক দলের নেতারা মানববন্ধন করেন।",
    ],
)
def test_spellings_of_jatiyatabadi_sramik_dal(text: str) -> None:
    assert fold("Bangladesh Jatiyatabadi Sramik Dal") in _union_names("", text)
