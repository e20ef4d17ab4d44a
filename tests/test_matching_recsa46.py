"""Hindi, Nepali and Marathi pass (issue 9, branch recsa46)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_recsa46")
    assert len(sample) >= 24
    assert not _pages_found_elsewhere("wide_recsa46")


@pytest.mark.parametrize(("text", "name"), [
    # wide_bnur28 hi-29266's kind: an ASHA body's "organisation" with the trade's word, three words before the head
    ("इंदौर में आशा सहयोगिनी श्रमिक संगठन की बैठक में मानदेय पर चर्चा हुई।", "आशा सहयोगिनी श्रमिक संगठन"),
    # wide_bnur28 hi-29267's kind: "and" inside the name, the supervisors' word "संगिनी"
    ("बुधवार को आशा व आशा संगिनी कर्मचारी संगठन के सदस्यों ने सीएचसी पर धरना दिया।", "आशा व आशा संगिनी कर्मचारी संगठन"),
    # wide_recsa46 hi-46015's kind: a state opening the name, a spelt acronym inside it
    ("नागपुर में महाराष्ट्र एसटी कामगार संगठन की ओर से ज्ञापन सौंपा गया।", "महाराष्ट्र एसटी कामगार संगठन"),
])
def test_a_hindi_organisation_of_three_words_with_a_trade_or_a_state_is_a_name(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # two words, a trade's workers: referred to
    "खदान के बाहर कोयला श्रमिक संगठन के लोग जमा हुए।",
    # officers' and employees' organisations: no trade, no state
    "बैठक में अधिकारी और कर्मचारी संगठन के प्रतिनिधि शामिल हुए।",
    # the supervisors' word without a head
    "आशा संगिनी कर्मियों ने बकाया भुगतान की मांग की।",
])
def test_a_trades_workers_organisation_or_officers_and_employees_organisation_is_no_name(text: str) -> None:
    assert not discovered_names(tag_text(text))


@pytest.mark.parametrize(("text", "name"), [
    # wide_recsa46 mr-46081's kind: Marathi "समिती" with a postposition joined, a state abbreviated before
    ("नागपूर येथे म.रा. प्राथमिक शिक्षक समितीच्या वतीने निवेदन देण्यात आले.", "म.रा. प्राथमिक शिक्षक समिती"),
    # wide_recsa46 mr-46082's kind: Marathi "महामंडळ" in its oblique form with "by" joined
    ("सांगलीत महाराष्ट्र राज्य हमाल मापाडी महामंडळाने धरणे धरले.", "महाराष्ट्र राज्य हमाल मापाडी महामंडळ"),
    # Marathi "of" joined to a head Hindi shares
    ("पुण्यात अखिल भारतीय खेत मजदूर युनियनच्या कार्यकर्त्यांनी मोर्चा काढला.", "अखिल भारतीय खेत मजदूर युनियन"),
])
def test_a_marathi_head_with_its_postposition_joined_is_a_name(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # the state transport corporation is an employer: no labour word
    "एसटी महामंडळाने नवीन बस खरेदी केल्या.",
    # a joint action committee of unions: "कृती" is no name word
    "राज्यातील एसटी कामगार संयुक्त कृती समितीने संपाचा इशारा दिला.",
    # Hindi porters' sabha stays a name with its labour word after the porters
    "जिले में पोर्टरों की बैठक हुई और हम्माल पंचायत नहीं बुलाई गई।",
])
def test_a_corporation_or_an_action_committee_in_marathi_is_no_union(text: str) -> None:
    assert not discovered_names(tag_text(text))


@pytest.mark.parametrize(("text", "name"), [
    # wide_recur39 hi-39115's kind: the enterprise's name before "उद्योग"
    ("गुरुग्राम में मारुति उद्योग कामगार यूनियन ने प्रबंधन से वार्ता की।", "मारुति उद्योग कामगार यूनियन"),
    # wide_recsa41 ne-41564, wide_recsa46 ne-46040's kind: Nepal's all-industry union, the case ending joined
    ("बिरगंजमा समग्र उद्योग ट्रेड युनियनको भेला सम्पन्न भयो ।", "समग्र उद्योग ट्रेड युनियन"),
])
def test_an_industrys_union_is_named_with_the_word_before_udyog(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # an industry's workers, no industry named
    "राज्य के उद्योग मजदूर संघ की बैठक कल होगी।",
    # a list's last item: the word before the comma is not the industry's name
    "धरने में कई यूनियन, उद्योग कर्मचारी यूनियन और अन्य संगठन शामिल हुए।",
])
def test_udyog_alone_opens_no_union_name(text: str) -> None:
    assert not discovered_names(tag_text(text))


@pytest.mark.parametrize(("text", "name"), [
    # wide_rechi42 hi-42209's kind: a state's staff forum
    ("इंदौर में मध्यप्रदेश कर्मचारी मंच की बैठक में वेतन विसंगति पर चर्चा हुई।", "मध्यप्रदेश कर्मचारी मंच"),
    # wide_recsa46 hi-46013's kind: the staff, teachers, officers and pensioners' rights forum
    ("कर्मचारी शिक्षक अधिकारी पेंशनर अधिकार मंच ने पेंशन बहाली की मांग दोहराई।",
     "कर्मचारी शिक्षक अधिकारी पेंशनर अधिकार मंच"),
])
def test_a_hindi_staff_forum_is_a_name(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # a joint forum of unions, as "संयुक्त मोर्चा"
    "अधिकारी कर्मचारी संयुक्त मंच ने प्रदर्शन की चेतावनी दी।",
    # the stage
    "मंच पर शिक्षक नेता और कर्मचारी मौजूद रहे।",
    # teachers' forum by the nation and its workers only: referred to
    "राष्ट्रीय शिक्षक मंच ने सरकार को पत्र लिखा।",
])
def test_a_joint_forum_or_the_stage_is_no_name(text: str) -> None:
    assert not discovered_names(tag_text(text))
