"""Urdu, Hindi and Bangla pass (issue 9, branch recsa41): names of South Asian unions the directory lacked, as the
press writes them (the AIRF without "men's", the AICWF, BPMS and KUJ in Hindi and Urdu letters, West Bengal's
employees' State Co-ordination Committee and Nabaparyay), and two country readings of Hindi and Bangla: "माले" is the
CPI(ML), not the Maldives' capital; "ওয়েস্ট বেঙ্গল" is West Bengal."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids, union_names


@pytest.mark.parametrize(("text", "language", "name"), [
    # wide_recsa41 hi-41528, wide_hiur20 hi-9987
    ("झांसी : आज हिंद मजदूर सभा और ऑल इंडिया रेलवे फेडरेशन के राष्ट्रव्यापी बंद के आह्वान पर प्रदर्शन किया।", "hi",
     "All India Railwaymen's Federation"),
    # wide_ur18 hi-5282: the AIRTWF, as the AIRF, without its people's word
    ("रोडवेज डिपो पर शुक्रवार को ऑल इंडिया रोड ट्रांसपोर्ट फेडरेशन के तत्वाधान में कर्मचारी धरने पर बैठ गए।", "hi",
     "All India Road Transport Workers Federation"),
    # wide_recsa41 hi-41527
    ("ऑल इंडिया कंस्ट्रक्शन वर्कर्स फेडरेशन (AICWF) का राष्ट्रीय सम्मेलन कन्याकुमारी में होने वाला है।", "hi",
     "All India Construction Workers Federation"),
    # wide_recsa41 hi-41525
    ("जबलपुर | आयुध निर्माणी खमरिया में महासंघ बीपीएमएस से सम्बध्द यूनियन ने निर्माणी के गेटों में प्रदर्शन किया।", "hi",
     "Bharatiya Pratiraksha Mazdoor Sangh"),
    # wide_recsa41 ur-41504
    ("سما میں جبری برطرفیوں کے خلاف کراچی یونین آف جرنلسٹس نے شہر کے مختلف مقامات پر احتجاجی بینرز آویزاں کردیئے۔",
     "ur", "Karachi Union of Journalists"),
    # wide_recsa41 hi-41528
    ("आज नॉर्थ सेंट्रल रेलवे मैन्स यूनियन झांसी मंडल की सभी शाखाओं ने विरोध प्रदर्शन किया।", "hi",
     "North Central Railway Mens Union"),
    # wide_sa32 bn-32326, wide_recsa41 bn-41543: the union known by the word "new phase" that sets it apart
    ("অর্জুন সেনগুপ্ত (ওয়েস্টবেঙ্গল গভর্নমেন্ট এমপ্লয়িজ ইউনিয়ন–নবপর্যায়), বলয়শঙ্কর মিত্র (স্টিয়ারিং কমিটি) উপস্থিত ছিলেন।",
     "bn", "West Bengal Government Employees Union"),
    ("১২ দফার ভিত্তিতে ধর্মঘটের ডাক দিয়েছেন ,রাজ্য সরকারি কর্মচারীদের সংগঠন নবপর্যায়ে ,সংগঠনের সাধারণ সম্পাদক চিঠি দিয়েছে।",
     "bn", "West Bengal Government Employees Union"),
    # wide_recsa41 bn-41549
    ("১০ই মার্চ শুক্রবার ধর্মঘট এর ডাক দিয়েছে রাজ্য কো অর্ডিনেশন কমিটি। তমলুক শহরে মিছিলে পা মেলান কর্মীরা।", "bn",
     "State Co-ordination Committee of West Bengal Government Employees' Associations"),
    ("কলকাতা : ঢেলে সাজানো হল রাজ্য কো-অর্ডিনেশন কমিটি । সংগঠনের সম্মেলন হল।", "bn",
     "State Co-ordination Committee of West Bengal Government Employees' Associations"),
    # wide_bn34 hi-34204
    ("आगरा, 13 जनवरी। यूनाइटेड फोरम आफ बैंक यूनियन्स के बैनर तले देश भर में बैंक यूनियनें 27 जनवरी को हड़ताल पर रहेंगी।",
     "hi", "United Forum of Bank Unions"),
    # wide_recsa41 hi-41525 (the federations' acronyms spelt letter by letter, the factory's union undotted)
    ("जबलपुर | आयुध निर्माणी खमरिया में आज सुरक्षा संस्थानों के तीनों महासंघ ए आई डी ई एफ,आई एन डी डब्ल्यू एफ, बीपीएमएस "
     "से सम्बध्द ओएफके लेबर यूनियन ने निर्माणी के गेटों में प्रदर्शन किया।", "hi", "Indian National Defence Workers Federation"),
    ("जबलपुर | आयुध निर्माणी खमरिया में आज सुरक्षा संस्थानों के तीनों महासंघ ए आई डी ई एफ,आई एन डी डब्ल्यू एफ, बीपीएमएस "
     "से सम्बध्द ओएफके लेबर यूनियन ने निर्माणी के गेटों में प्रदर्शन किया।", "hi", "OFK Labour Union"),
])
def test_a_name_the_directory_lacked_is_the_union(text: str, language: str, name: str) -> None:
    tags = tag_text(text, language=language)
    assert name in union_names(tags), union_names(tags)


def test_the_cpi_ml_is_no_maldives() -> None:
    # wide_recsa41 hi-41524
    tags = tag_text("गिरिडीह : झारखंड जेनरल मजदूर यूनियन के बैनर तले मजदूरों ने प्रदर्शन किया. छंटनीग्रस्त मजदूर माले नेता "
                    "राजेश यादव के नेतृत्व में श्रम अधीक्षक के कार्यालय पहुंचे.", language="hi")
    assert primary_countries(tags) == {"IN"}, primary_countries(tags)


def test_west_bengal_in_english_words_is_india() -> None:
    # wide_recsa41 bn-41542
    tags = tag_text("২১ শে ফেব্রয়ারি, মঙ্গলবার, ওয়েস্ট বেঙ্গল কোর্ট এমপ্লয়িস অ্যাসোসিয়েশনের পক্ষ থেকে আজ দুদিন ব্যাপী "
                    "কর্মবিরতি পালিত হচ্ছে।", language="bn")
    assert primary_countries(tags) == {"IN"}, primary_countries(tags)


def test_the_airf_written_short_is_not_a_second_union() -> None:
    tags = tag_text("ऑल इंडिया रेलवे फेडरेशन के आह्वान पर नॉर्थ सेंट्रल रेलवे मैन्स यूनियन ने प्रदर्शन किया।", language="hi")
    assert "airf-in" in union_ids(tags), union_ids(tags)
    assert not any(tag.startswith("found:") and "फेडरेशन" in tag for tag in union_ids(tags)), union_ids(tags)


def test_an_indian_bank_union_in_urdu_letters_is_the_directory_one() -> None:
    # wide_recsa41 ur-41508: the English name word by word, "Bank" among its words
    tags = tag_text("حیدرآباد۔بینک ایمپلائز فیڈریشن آف انڈیا تلنگانہ یونٹ نے مرکز کے خلاف 26نومبر کو ملک گیر ہڑتال میں حصہ "
                    "لینے کا فیصلہ کیا ہے ۔", language="ur")
    assert union_ids(tags) == {"befi-in"}, union_ids(tags)


@pytest.mark.parametrize(("text", "language", "name"), [
    # "men's" spelt with "ै" as well as "े" ("मेन्स", "मेंस"), as wide_recsa41 hi-41528 spells the NCRMU's
    ("जबलपुर : आज वेस्ट सेंट्रल रेलवे मैन्स यूनियन जबलपुर मंडल ने विरोध प्रदर्शन किया।", "hi",
     "वेस्ट सेंट्रल रेलवे मैन्स यूनियन"),
    # wide_recsa41 ur-41501: a municipal workers' union
    ("واٹر اینڈ سینیٹیشن کمپنی پشاور کے باشعور ملازمین جوق درجوق یونائیٹڈ میونسپل ورکرز یونین میں شمولیت اختیار کررہے ہیں۔",
     "ur",
     "یونائیٹڈ میونسپل ورکرز یونین"),
])
def test_a_spelling_or_trade_word_the_lists_lacked(text: str, language: str, name: str) -> None:
    tags = tag_text(text, language=language)
    assert name in union_names(tags), union_names(tags)


@pytest.mark.parametrize(("text", "name"), [
    # wide_recsa41 bn-41542: "West" and "court" in Bangla letters, "employees" spelt "এমপ্লয়িস"
    ("২১ শে ফেব্রয়ারি, মঙ্গলবার, ওয়েস্ট বেঙ্গল কোর্ট এমপ্লয়িস অ্যাসোসিয়েশনের পক্ষ থেকে আজ দুদিন ব্যাপী কর্মবিরতি পালিত "
     "হচ্ছে।", "ওয়েস্ট বেঙ্গল কোর্ট এমপ্লয়িস অ্যাসোসিয়েশন"),
    # the same association's other spellings, which the directory now holds
    ("শিলিগুড়ি : বকেয়া মহার্ঘ ভাতা প্রদানের দাবিতে পশ্চিমবঙ্গ কোর্ট এমপ্লয়েজ অ্যাসোসিয়েশনের কর্মবিরতি।",
     "West Bengal Court Employees Association"),
])
def test_west_bengal_s_court_employees_association(text: str, name: str) -> None:
    tags = tag_text(text, language="bn")
    assert name in union_names(tags), union_names(tags)


def test_a_spelt_acronym_after_an_english_name_in_hindi_letters_does_not_hide_it() -> None:
    # wide_bn34 hi-34204: the UFBU's name in Devanagari, its members' acronyms spelt after it
    tags = tag_text("प्रस्तावित हड़ताल में यूनाइटेड फोरम आफ बैंक यूनियन्स के बैनर तले एआईबीईए, एआईबीओसी, एनसीबीई शामिल हैं।",
                    language="hi")
    assert {"ufbu-in", "aibea-in"} <= union_ids(tags), union_ids(tags)


def test_a_latin_acronym_typed_against_an_urdu_word_is_read() -> None:
    # wide_ur18 ur-5229: "APFUTUکی" (APFUTU's), no space before the postposition
    tags = tag_text("گجرات(نامہ نگار)بھٹہ خشت کے سینکڑوں محنت کشوں نے سیکرٹری جنرل APFUTUکی قیادت میں احتجاجی مظاہرہ کیا۔ "
                    "اس احتجاجی مظاہرہ میں APFUTUکے ساتھ مزدور شریک تھے۔", language="ur")
    assert "All Pakistan Federation of United Trade Unions" in union_names(tags), union_names(tags)

