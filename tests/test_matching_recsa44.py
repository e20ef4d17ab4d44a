"""Hindi, Urdu, Nepali and Bangla pass (issue 9, branch recsa44): Bangla's retroflex sibilant folds as the dental one,
so that a name written "রেষ্টুরেন্ট" meets its label or directory name written "রেস্টুরেন্ট"; sentences of their own,
not taken from the real-news set or the samples."""

from __future__ import annotations

import pytest

from bot.matching.normalize import fold
from tests.matching import discovered_names, tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_wide_sample_is_large_enough_and_drawn_outside_every_other_set() -> None:
    assert len(load_realnews(directory=BENCH_DATA / "wide_recsa44")) >= 24
    assert not _pages_found_elsewhere("wide_recsa44")


@pytest.mark.parametrize("retroflex, dental", [
    ("রেষ্টুরেন্ট", "রেস্টুরেন্ট"),
    ("ষ্টাফ", "স্টাফ"),
    ("ইনষ্টিটিউট", "ইনস্টিটিউট"),
])
def test_a_bangla_word_written_with_either_sibilant_folds_alike(retroflex: str, dental: str) -> None:
    assert fold(retroflex) == fold(dental)


def test_the_palatal_sibilant_stays_apart() -> None:
    assert fold("শ্রমিক") != fold("স্রমিক")


def test_a_union_found_in_either_spelling_is_one_union() -> None:
    text = "খুলনায় {} শ্রমিক ইউনিয়ন মানববন্ধন করেছে।"
    retroflex = tag_text(text.format("বাংলাদেশ হোটেল রেষ্টুরেন্ট মিষ্টি বেকারি"))
    dental = tag_text(text.format("বাংলাদেশ হোটেল রেস্টুরেন্ট মিষ্টি বেকারি"))
    assert union_ids(retroflex) == union_ids(dental) and len(union_ids(dental)) == 1
    assert {fold(name) for name in discovered_names(retroflex)} == {
        fold("বাংলাদেশ হোটেল রেস্টুরেন্ট মিষ্টি বেকারি শ্রমিক ইউনিয়ন")}


def test_workers_of_a_restaurant_written_either_way_name_no_union() -> None:
    assert not union_ids(tag_text("রেষ্টুরেন্টের শ্রমিকরা বকেয়া বেতনের দাবিতে বিক্ষোভ করেছেন।"))


@pytest.mark.parametrize("text, name", [
    ("विराटनगर । नेपाल विद्युत् प्राधिकरण कर्मचारी संघले तलब वृद्धिको माग गरेको छ ।",
     "नेपाल विद्युत् प्राधिकरण कर्मचारी संघ"),
    ("पोखरा । नेपाल वायुसेवा निगम कर्मचारी युनियनले निजीकरणको विरोध गर्‍यो ।", "नेपाल वायुसेवा निगम कर्मचारी युनियन"),
    ("भैरहवा । नेपाल उड्डयन प्राधिकरण आधिकारिक कर्मचारी ट्रेड युनियनले ज्ञापनपत्र बुझायो ।",
     "नेपाल उड्डयन प्राधिकरण आधिकारिक कर्मचारी ट्रेड युनियन"),
    ("कानपुर। विकास प्राधिकरण कर्मचारी संघ ने वेतन के लिए धरना दिया।", "विकास प्राधिकरण कर्मचारी संघ"),
])
def test_a_public_authoritys_or_airlines_staff_union_is_named_with_its_employer(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize("text", [
    "आधिकारिक ट्रेड युनियनले धर्ना दियो ।",  # the authorised trade union, referred to
    "प्राधिकरणका कर्मचारी युनियनले विरोध गरे ।",  # the authority's employees' union
    "प्राधिकरण के कर्मचारी संघ ने धरना दिया।",
])
def test_an_authoritys_union_referred_to_names_none(text: str) -> None:
    assert not union_ids(tag_text(text))


@pytest.mark.parametrize("text, union_id", [
    ("धनबाद में इंडियन नेशनल माइन्स वर्कर फेडरेशन ने कोल इंडिया को हड़ताल का नोटिस दिया।", "inmf-in"),
    ("इंडियन माइन्स वर्कर फेडरेशन के नेताओं ने रांची में बैठक की।", "indian-mine-workers-federation-in"),
    ("बिलासपुर में हिंद खदान मजदूर फेडरेशन का अधिवेशन हुआ।", "hkmf-in"),
    ("कोरबा में हिन्द खदान मजदूर फेडरेशन ने ज्ञापन सौंपा।", "hkmf-in"),
    ("The INMF and the Hind Khadan Mazdoor Federation joined the coal strike in Jharkhand.", "inmf-in"),
    ("जयपुर में कंस्ट्रक्शन वर्कर फेडरेशन ऑफ इंडिया के आह्वान पर निर्माण मजदूरों ने प्रदर्शन किया।",
     "construction-workers-federation-of-india-in"),
])
def test_indias_coal_and_construction_federations_are_found_by_their_names(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    "कई वर्कर यूनियन के नेता मौजूद थे।",  # workers' unions, referred to
    "माइन्स वर्कर फेडरेशन के नेता ने कहा कि हड़ताल जारी रहेगी।",  # a mine workers' federation, unnamed
])
def test_workers_written_in_the_singular_name_no_union_by_themselves(text: str) -> None:
    assert not union_ids(tag_text(text)) & {"inmf-in", "indian-mine-workers-federation-in",
                                            "construction-workers-federation-of-india-in"}


@pytest.mark.parametrize("text, name", [
    ("अलवर में संनिर्माण मजदूर यूनियन एटक ने श्रम विभाग पर धरना दिया।", "संनिर्माण मजदूर यूनियन"),
    ("रोहतक में भवन एवं संनिर्माण कर्मकार यूनियन की बैठक हुई।", "भवन एवं संनिर्माण कर्मकार यूनियन"),
])
def test_a_construction_union_named_in_the_building_laws_words_is_found(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize("text", [
    "संनिर्माण मजदूर यूनियन के नेताओं ने कहा कि भुगतान नहीं हुआ।",  # a construction workers' union, referred to
    "भिवानी में भवन एवं अन्य संनिर्माण कर्मकार कल्याण बोर्ड के कार्यालय पर प्रदर्शन हुआ।",  # the welfare board
])
def test_construction_workers_or_their_board_name_no_union(text: str) -> None:
    assert not union_ids(tag_text(text))
