"""South Asian union names (issue 9, branch sa36): acronyms spelt letter name by letter name in Tamil letters and
Bangla spelt acronyms with a case ending glued to their last letter; short sentences from bench/data/wide_sa36."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, discovered_names, primary_countries, tag_text, union_ids


@pytest.mark.parametrize(
    "text, union_id",
    [
        # dotted (ta-36188)
        ("சி.ஐ.டி.யு. ஈரோடு மாவட்டக்குழு சார்பில் ஆர்ப்பாட்டம் நடைபெற்றது.", "citu"),
        # spaced (ta-36180)
        ("இந்த வேலை நிறுத்த போராட்டத்தில் ஏ ஐ டி யு சி, மற்றும் சிஐடியு உள்ளிட்ட 9 தொழிற்சங்கங்கள் பங்கேற்க உள்ளன.", "aituc"),
        # split by a space (ta-36182)
        ("கோரிக்கைகளை வலியுறுத்தி சிஐ டியு கட்டுமான சங்கம் சார்பில் மாநிலம் தழுவிய ஆர்ப்பாட்டம் நடைபெற்றது.", "citu"),
    ],
)
def test_an_acronym_spelt_in_tamil_letters_is_the_union(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(
    "text, union_id",
    [
        # bn-36102: AICCTU's, "-র" glued to the last letter name
        ("এই কর্মসূচীতে বক্তব্য রাখেন এ আই সি সি টি ইউর পক্ষে ভিয়েত ব্যানার্জি।", "aicctu"),
    ],
)
def test_a_bangla_case_ending_after_a_spelt_acronym_keeps_the_acronym(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_a_spelt_acronym_whose_last_letter_carries_the_ending_is_still_read_without_it() -> None:
    # "সি আই টি ইউ সির": CITU's, written with the letter C and the ending after the acronym (bn-608's shape)
    assert "citu" in union_ids(tag_text("মিছিলে সি আই টি ইউ সির নেতারা মজুরির দাবি তোলেন।"))


def test_a_union_affiliated_to_a_party_starts_after_the_word_affiliated() -> None:
    # ne-36146: "the JSP Nepal affiliated Samajbadi Trade Union Mahasangh"
    tags = tag_text("काठमाडौँ- जनता समाजवादी पार्टी, जसपा नेपाल सम्बद्ध समाजवादी ट्रेड युनियन महासङ्घले श्रमिकको न्यूनतम "
                    "ज्याला न्यायोचित ढङ्गले निर्धारण हुनुपर्ने माग गरेको छ ।")
    assert "समाजवादी ट्रेड युनियन महासङ्घ" in discovered_names(tags)
    assert not any("सम्बद्ध" in name for name in discovered_names(tags))


def test_and_allied_stays_within_a_name() -> None:
    # "construction and allied workers' union" (wide_ne19's shape)
    tags = tag_text("काठमाडौं, २६ फागुन : नेपाल निर्माण तथा सम्बद्ध श्रमिक संघको केन्द्रीय समितिको बैठक दाङमा सम्पन्न भयो ।")
    assert "नेपाल निर्माण तथा सम्बद्ध श्रमिक संघ" in discovered_names(tags)


def test_and_before_the_head_word_ends_no_name() -> None:
    # hi-36126: "many employees and union leaders gathered"
    tags = tag_text("बैंक कर्मचारी यूनाइटेड फोरम ऑफ बैंक यूनियन के बैनर तले कई कर्मचारी और यूनियन के नेता उदयपुर के बैंक "
                    "तिराहे पर एकत्रित हुए।")
    assert not any(name.endswith("और यूनियन") for name in discovered_names(tags))
    assert "ufbu-in" in union_ids(tags)


def test_urdu_heartfelt_is_not_dili() -> None:
    # ur-36142: "we express heartfelt joy at the fair elections"
    tags = tag_text("گوجرانوالہ(نمائندہ خصوصی) ہم اس موقع پر NIRCکی طرف سے شفاف انتخابات پر دلی مسرت کا اظہار کرتے ہیں۔")
    assert "TL" not in all_countries(tags)
    assert "PK" in primary_countries(tags)


@pytest.mark.parametrize(
    "text, union_id",
    [
        # si-36190: the bank employees' union by its Sinhala name
        ("ලංකා බැංකු සේවක සංගමය සහ සමස්ත ලංකා හෙද සංගමය පමණක් අද වැඩවර්ජනයක් ක්‍රියාත්මක කළේය.", "cbeu-lk"),
        # si-36190: the doctors' union by its Sinhala name
        ("රජයේ වෛද්‍ය නිලධාරීන්ගේ සංගමය ඊට සහාය පළ කරන බව ප්‍රකාශ කර තිබිණි.", "gmoa-lk"),
    ],
)
def test_sri_lankan_unions_by_their_sinhala_names(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))
