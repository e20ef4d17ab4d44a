"""Hindi, Urdu, Nepali and Bangla pass (issue 9, branch rechi42): the nasal written two ways in Devanagari
("महासङ्घ"/"महासंघ") folds to one spelling, so that a name found in one spelling meets its label or directory name in
the other; Urdu names of school, college and university bodies; a Devanagari union named after its bank; Hindi's
"मोर्चा" (front) as a workers' body's head, not after "joint"."""

from __future__ import annotations

import pytest

from bot.matching.normalize import fold
from tests.matching import tag_text, union_names
from tests.realnews import gold_union_forms


@pytest.mark.parametrize(("one", "other"), [
    ("महासङ्घ", "महासंघ"),  # Nepali federation, both spellings in wide_ne19 and wide_rechi42
    ("सङ्गठन", "संगठन"),
    ("सङ्घ", "संघ"),
])
def test_a_nasal_written_with_a_conjunct_folds_as_the_anusvara(one: str, other: str) -> None:
    assert fold(one) == fold(other)


def test_other_letters_keep_their_fold() -> None:
    # negative: only the velar nasal before its consonant is the anusvara; the dental "न" and retroflex "ण" stay
    assert fold("सन्त") != fold("संत")
    assert fold("कारण") != fold("कारन")


def test_a_federation_written_with_the_conjunct_meets_its_label() -> None:
    # wide_rechi42 ne-42250 (label spelt "महासंघ", the page "महासङ्घ")
    tags = tag_text("विराटनगर — अखिल नेपाल क्रान्तिकारी ट्रेड युनियन महासङ्घले आज यहाँ पत्रकार सम्मेलन गरी सरकारले हालै "
                    "मजदुरका लागि निर्धारण गरेको पारिश्रमिक अमान्य रहेको बताएको छ।", language="ne")
    label = gold_union_forms("All Nepal Revolutionary Trade Union Federation (अखिल नेपाल क्रान्तिकारी ट्रेड युनियन महासंघ)")
    assert any(fold(name) in label for name in union_names(tags)), union_names(tags)


def test_organisations_in_general_are_no_union() -> None:
    # negative: "सङ्घसंस्था" (organisations) is a common noun
    tags = tag_text("काठमाडौं । विभिन्न सङ्घसंस्थाले श्रमिकको पारिश्रमिक बढाउन माग गरेका छन् ।", language="ne")
    assert not union_names(tags), union_names(tags)


@pytest.mark.parametrize(("text", "name"), [
    # wide_rechi42 ur-42234 (baaghitv)
    ("میہڑ: پرائمری سکول ٹیچرز ایسوسی ایشن کا پریس کلب کے سامنے احتجاجی مظاہرہ اور نعرے بازی", "پرائمری سکول ٹیچرز ایسوسی ایشن"),
    # wide_rechi42 ur-42230 (nawaiwaqt)
    ("فیڈرل گورنمنٹ کالج ٹیچرز ایسوسی ایشن کے نمائندوں نے بھی اس احتجاج میں بھرپور شرکت کی۔",
     "فیڈرل گورنمنٹ کالج ٹیچرز ایسوسی ایشن"),
    # wide_rechi42 ur-42235 (aimstv)
    ("سندھ یونیورسٹیز آفیسرز فیڈریشن کی جانب سے مطالبات کے حل کے لئے مرحلے وار تحریک چلانے کا اعلان کردیا۔",
     "سندھ یونیورسٹیز آفیسرز فیڈریشن"),
])
def test_an_urdu_name_of_schools_colleges_and_universities_is_whole(text: str, name: str) -> None:
    tags = tag_text(text, language="ur")
    assert fold(name) in {fold(found) for found in union_names(tags)}, union_names(tags)


def test_teachers_of_a_school_are_no_union() -> None:
    # negative: the school's teachers, no head
    tags = tag_text("کراچی: پرائمری سکول کے اساتذہ اور کالج کے ملازمین نے تنخواہوں کے لیے احتجاج کیا۔", language="ur")
    assert not union_names(tags), union_names(tags)


@pytest.mark.parametrize(("text", "language", "name"), [
    # wide_recsa41 ne-41566 (found as "बैंक कर्मचारी संघ", a name no label has)
    ("काठमाडौं । नबिल बैंक कर्मचारी संघको विशेष महाधिवेशन सम्पन्न भएको छ ।", "ne", "नबिल बैंक कर्मचारी संघ"),
    # wide_rechi42 ne-42253 (globenepal): the bank's name in common words, "commerce" among them
    ("राष्ट्रिय वाणिज्य बैंक कर्मचारी संघको अध्यक्षमा प्रबन्धक तहका राम प्रसाद जोशी रहेका छन् ।", "ne",
     "राष्ट्रिय वाणिज्य बैंक कर्मचारी संघ"),
    # wide_ur19 hi-6854 (found as "बैंक ऑफिसर्स एसोसिएशन")
    ("यूनियन बैंक ऑफिसर्स एसोसिएशन ने शाखा के सामने प्रदर्शन किया।", "hi", "यूनियन बैंक ऑफिसर्स एसोसिएशन"),
])
def test_a_bank_union_is_named_with_its_bank(text: str, language: str, name: str) -> None:
    tags = tag_text(text, language=language)
    assert fold(name) in {fold(found) for found in union_names(tags)}, union_names(tags)


def test_a_bank_named_before_a_postposition_opens_no_name() -> None:
    # negative, wide_bn34 ne-34201: "नेपाल बैंक लिमिटेडको" is where the union is active, not its name
    tags = tag_text("विराटनगर । नेपाल बैंक लिमिटेडको क्रियाशील ट्रेड युनियन नेपाल राष्ट्रिय कर्मचारी संगठनको चौथो "
                    "महाधिवेशनबाट अध्यक्ष चयन भएका छन् ।", language="ne")
    assert union_names(tags) == {"Nepal Rastriya Karmachari Sangathan"}, union_names(tags)


@pytest.mark.parametrize(("text", "name"), [
    # wide_rechi42 hi-42212 (rashtrasamvad)
    ("एकीकृत पारा शिक्षक संघर्ष मोर्चा जिला जामताड़ा की ओर से आगामी 5 सितम्बर को जेल भरो आन्दोलन करेगे .",
     "एकीकृत पारा शिक्षक संघर्ष मोर्चा"),
    # wide_rechi42 hi-42214 (johardigitalmedia): the same body's later name
    ("चाईबासा: एकीकृत सहायक अध्यापक मोर्चा के बैनर तले राज्य के पारा शिक्षकों का आंदोलन शुरू हो चुका है।",
     "एकीकृत सहायक अध्यापक मोर्चा"),
])
def test_a_workers_front_is_a_name(text: str, name: str) -> None:
    tags = tag_text(text, language="hi")
    assert fold(name) in {fold(found) for found in union_names(tags)}, union_names(tags)


@pytest.mark.parametrize("text", [
    # wide_rechi42 hi-42208 (emsonnet), hi-42215 (vntv): joint fronts of unions
    "मध्य प्रदेश अधिकारी कर्मचारी संयुक्त मोर्चा शिवराज सरकार से आरपार के मूड में है ।",
    "हरियाणा रोडवेज सांझा मोर्चा के आह्वान पर रोहतक डिपो में रोडवेज कर्मचारियों ने धरना शुरू कर दिया।",
    # a party's wings
    "भाजपा किसान मोर्चा और महिला मोर्चा के कार्यकर्ताओं ने प्रदर्शन किया।",
])
def test_a_joint_front_or_a_party_wing_is_no_union(text: str) -> None:
    tags = tag_text(text, language="hi")
    assert not union_names(tags), union_names(tags)
