"""Hebrew and Sorani places and unions, Israel's Arab towns in Arabic, and Turkish "-Sen" names written with a spaced
dash (issue 9, branch artr31): Hebrew clitics joined to a place's or a union's name ("בחיפה", "להסתדרות"), Israel's
cities in Hebrew and Iraqi Kurdistan's in Sorani (bot/data/gazetteer.toml), and the directory rows of
data/union_sources/israel-kurdistan-turkey-artr31.tsv."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, discovered_names, primary_countries, tag_text, union_ids


@pytest.mark.parametrize(
    "text, language, code, place",
    [
        # Hebrew cities, alone and with "in", "to", "from", "and in" joined to them
        ("עובדי העירייה בחיפה פתחו הבוקר בשביתה בגלל הלנת שכר.", "he", "IL", "בחיפה"),
        ("מאות עובדי קבלן הפגינו אתמול מול משרדי החברה בתל אביב.", "he", "IL", "בתל אביב"),
        ("המשאיות לא יצאו מאשדוד כי הנהגים הודיעו על עיצומים.", "he", "IL", "מאשדוד"),
        ("העובדות נסעו לבאר שבע כדי להפגין מול בית הדין.", "he", "IL", "לבאר שבע"),
        ("השביתה נמשכת גם בגדרה ובנתניה, כך נמסר.", "he", "IL", "ובנתניה"),
        # Arab towns inside Israel in Arabic
        ("تظاهر مئات العمال في سخنين احتجاجا على الفصل التعسفي.", "ar", "IL", "سخنين"),
        ("أضرب موظفو البلدية في أم الفحم عن العمل بسبب تأخر الرواتب.", "ar", "IL", "أم الفحم"),
        # Iraqi Kurdistan's Duhok and its region in Sorani
        ("کرێکارانی شارەوانی دهۆک داوای موچەی دواکەوتوو دەکەن.", "ckb", "IQ", "دهۆک"),
        ("فەرمانبەرانی هەرێمی کوردستان سێ مانگە موچەیان وەرنەگرتووە.", "ckb", "IQ", "هەرێمی کوردستان"),
    ],
)
def test_places_in_hebrew_sorani_and_israeli_arabic(text: str, language: str, code: str, place: str) -> None:
    # the place itself is the evidence (a Hebrew story naming no place is Israel's anyway: tagger._LANGUAGE_HOMES)
    tags = tag_text(text, language=language)
    assert code in primary_countries(tags)
    assert place in {evidence.text for tag in tags.countries if tag.code == code for evidence in tag.evidence}


@pytest.mark.parametrize(
    "text, union_id",
    [
        # the Histadrut with "to", "from", "and" joined to it, and under its other names
        ("העובדים פנו להסתדרות בבקשה לפרק את הוועד.", "histadrut"),
        ("מההסתדרות נמסר כי המגעים עם ההנהלה נמשכים.", "histadrut"),
        ('יו"ר הסתדרות העובדים הכללית החדשה נפגש עם שר האוצר.', "histadrut"),
        # Israel's other unions, and the names that hold "הסתדרות" without being the Histadrut's
        ("הסתדרות המורים הודיעה כי שנת הלימודים לא תיפתח.", "israel-teachers-union-il"),
        ("ארגון המורים העל-יסודיים הכריז על עיצומים בתיכונים.", "israel-secondary-school-teachers-association-il"),
        ("הסתדרות האחים והאחיות הכריזה על שביתת אזהרה.", "national-association-of-nurses-in-israel-il"),
        ("ההסתדרות הרפואית הודיעה על השבתת בתי החולים.", "israel-medical-association-il"),
        ("הסתדרות העובדים הלאומית הקימה ועד עובדים במפעל.", "national-labour-federation-in-eretz-israel-il"),
        # the Kurdistan Teachers' Union in Sorani, TÜMTİS by its name, SES's full name
        ("یەکێتی مامۆستایانی کوردستان داوای دابەشکردنی موچە دەکات.", "kurdistan-teachers-union-iq"),
        ("Tüm Taşıma İşçileri Sendikası üyeleri depo önünde eylem yaptı.", "tumtis-tr"),
        ("Sağlık ve Sosyal Hizmet Emekçileri Sendikası üyeleri hastane önünde açıklama yaptı.", "ses-tr"),
        # "-Sen" written with a spaced dash, en dash or hyphen
        ("Sağlık – Sen Kayseri Şubesi üyeleriyle bir araya geldi.", "union-of-health-and-social-services-workers-tr"),
        ("Toplantıya Memur - Sen il temsilcisi de katıldı.", "confederation-of-unions-of-public-officials-tr"),
    ],
)
def test_unions_by_their_hebrew_sorani_and_turkish_names(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "ההסתדרות הרפואית הודיעה על השבתת בתי החולים.",  # the medical association, whose name holds "ההסתדרות"
        "הסתדרות העובדים הלאומית הקימה ועד עובדים במפעל.",  # the National Labour Federation
    ],
)
def test_a_longer_name_that_holds_the_histadruts_is_not_the_histadrut(text: str) -> None:
    assert "histadrut" not in union_ids(tag_text(text))


@pytest.mark.parametrize(
    "text, name",
    [
        # a Hebrew head, the definite plural of the people it organises, and their adjective; a clitic joined to the head
        ("איגוד העובדים הסוציאליים הודיע הערב על שביתה כללית.", "איגוד העובדים הסוציאליים"),
        ("בארגון הרופאים המתמחים מסרו כי המכתבים יוגשו מחר.", "ארגון הרופאים המתמחים"),
        ("איגוד המהנדסים הכריז על סכסוך עבודה בחברת החשמל.", "איגוד המהנדסים"),
        ("הסתדרות הגננות דורשת להוסיף סייעות לכל גן.", "הסתדרות הגננות"),
    ],
)
def test_hebrew_union_names_by_their_shape(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text, language="he"))


@pytest.mark.parametrize(
    "text",
    [
        "ארגון העובדים היציג במפעל חתם על ההסכם הקיבוצי.",  # "the workers" alone: the law's term for any union
        "ארגון הבריאות העולמי פרסם דוח על עומס העבודה.",  # health, not people: the WHO
        "ארגון המעסיקים הגדולים התנגד להעלאת שכר המינימום.",  # employers
        "איגוד הסטודנטים הארצי קרא להפגין מול הכנסת.",  # students (LABELING.md)
    ],
)
def test_hebrew_heads_with_no_union_after_them(text: str) -> None:
    assert not discovered_names(tag_text(text, language="he"))


@pytest.mark.parametrize(
    "text",
    [
        # "قطرية" of قُطر, the whole land: a nationwide demonstration or strike, no Qatari one
        "بدأ العاملون الاجتماعيون إضرابا عاما وتنظيم مظاهرة قطرية أمام مكاتب الحكومة.",
        "وصلت المسيرة القطرية للمعلمين الى مبنى البرلمان بعد ظهر اليوم.",
        "أعلنت نقابة العاملين في السلطات المحلية الإضراب القطري يوم الأحد.",
    ],
)
def test_a_nationwide_demonstration_or_strike_is_not_qatari(text: str) -> None:
    assert "QA" not in all_countries(tag_text(text, language="ar"))


def test_a_qatari_company_is_still_qatari() -> None:
    assert "QA" in all_countries(tag_text("أضرب عمال شركة قطرية للبناء عن العمل بسبب تأخر الأجور.", language="ar"))


def test_the_islamic_republic_alone_is_iran_in_persian() -> None:
    tags = tag_text("کارگران زندانی در زندان‌های جمهوری اسلامی از ملاقات محروم شدند.", language="fa")
    assert "IR" in primary_countries(tags)


def test_another_islamic_republic_keeps_its_name_in_persian() -> None:
    tags = tag_text("دولت جمهوری اسلامی افغانستان مزد کارگران ساختمانی را افزایش داد.", language="fa")
    assert "AF" in primary_countries(tags) and "IR" not in all_countries(tags)


def test_somas_miners_are_not_somalias() -> None:
    tags = tag_text("Somalı madenciler Ankara'ya yürümek istedi, jandarma yolu kesti.", language="tr")
    assert "SO" not in all_countries(tags) and "TR" in primary_countries(tags)


def test_the_baath_partys_regional_command_is_not_qatars() -> None:
    text = "حضر الاجتماع رئيس الاتحاد العام لنقابات العمال في دمشق وعضوا القيادة القطرية للحزب."
    assert "QA" not in all_countries(tag_text(text, language="ar"))
