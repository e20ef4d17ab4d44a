"""South Asian union names (issue 9, branch sa31): Bangla names opened by an Indian Bangla place or a rail, street
or postal trade, a committee's level after a verb, and Congress after an Indian state; sentences of their own, not
taken from the real-news set or the samples."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids


@pytest.mark.parametrize(
    "text, union_id",
    [
        # a West Bengal place, then a word the list lacks, then the trade's workers
        ("শিলিগুড়িতে হাওড়া স্ট্রিট হকার্স ইউনিয়ন মিছিল করে পুরসভায় স্মারকলিপি দিয়েছে।", "found:IN:হাওডা-সটরিট-হকারস-ইউনিযন"),
        ("বর্ধমান ফুটপাত হকার্স ইউনিয়নের নেতারা পুরসভার সঙ্গে বৈঠকে বসেন।", "found:IN:বরধমান-ফুটপাত-হকারস-ইউনিযন"),
        # rail and postal trades
        ("শিয়ালদহ স্টেশনে রেল হকার্স ইউনিয়ন বিক্ষোভ দেখায়।", "found:BD:রেল-হকারস-ইউনিযন"),
        ("খুলনায় বাংলাদেশ ডাক কর্মচারী ইউনিয়ন মানববন্ধন করেছে।", "found:BD:বাংলাদেশ-ডাক-করমচারী-ইউনিযন"),
    ],
)
def test_bangla_names_opened_by_a_west_bengal_place_or_a_trade(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(
    "text, union_id",
    [
        ("আলোচনা সভায় সভাপতিত্ব করেন উপজেলা জাতীয় সমাজতান্ত্রিক শ্রমিক জোটের সভাপতি মো. কামাল।", "found:BD:জাতীয-সমাজতানতরিক-শরমিক-জোট"),
        ("সমাবেশে বক্তব্য দেন জেলা বাংলাদেশ ট্রাক চালক শ্রমিক ইউনিয়নের সাধারণ সম্পাদক।", "found:BD:বাংলাদেশ-টরাক-চালক-শরমিক-ইউনিযন"),
    ],
)
def test_a_verb_before_a_committees_level_is_no_place(text: str, union_id: str) -> None:
    ids = union_ids(tag_text(text))
    assert union_id in ids
    assert not any("করেন" in found or "দেন" in found for found in ids)


def test_a_place_before_upazila_still_opens_the_name() -> None:
    ids = union_ids(tag_text("মঠবাড়িয়া উপজেলা হ্যান্ডিলিং শ্রমিক ইউনিয়ন সভা করে।"))
    assert any("উপজেলা" in found for found in ids)


def test_congress_after_an_indian_state_is_the_partys_cell() -> None:
    assert not tag_text("আগরতলায় অল ত্রিপুরা অসংগঠিত শ্রমিক কংগ্রেসের ডাকে মিছিল হয়েছে।").unions


@pytest.mark.parametrize(
    "text, union_id",
    [
        ("In Janakpur the All Nepal Trade Union Mahasangh called a sit-in over unpaid wages.", "antuf"),
    ],
)
def test_half_transliterated_names_are_the_directorys_unions(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_transliterated_words_compare_as_their_english_words() -> None:
    from bot.matching.unions import variant_key

    assert variant_key("All Nepal Trade Union Mahasangh")[0] == variant_key("All Nepal Trade Union Federation")[0]
    assert variant_key("Rashtriya Shikshak Mahasangh")[0] == variant_key("National Teachers Federation")[0]
    # workers' words stay apart: a "Mazdoor Union" and a "Workers Union" of one trade are two unions
    assert variant_key("Pakistan Railway Mazdoor Union")[0] != variant_key("Pakistan Railway Workers Union")[0]


@pytest.mark.parametrize(
    "text, union_id",
    [
        ("In Jaffna the Ceylon Tamil Teachers' Union asked the provincial council to fill vacant posts.", "cttu-lk"),
        ("Private school staff in Kandy joined the All Ceylon Union of Teachers (ACUT) in a token protest.", "acut-lk"),
        ("In Multan the Punjab Teachers Union announced a boycott of the school census.", "punjab-teachers-union-pk"),
        ("College lecturers of the Punjab Professors and Lecturers Association marched in Faisalabad.", "ppla-pk"),
    ],
)
def test_sri_lankan_and_punjabi_teachers_unions_are_known(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "রবিবার পূর্ব মেদিনীপুর জেলার একটি ব্লকে ডাক কর্মীদের সাধারণ সভা হয়।",
        "তমলুকে গ্রামীণ ডাক সেবকদের ধর্মঘট চলছে।",
        "হলদিয়া বন্দরে ঠিকা শ্রমিকরা কাজ বন্ধ রাখেন।",
        "মুর্শিদাবাদে বিড়ি শ্রমিকদের মিছিল হয়েছে।",
    ],
)
def test_west_bengal_places_in_bangla_are_india(text: str) -> None:
    primary = {tag.code for tag in tag_text(text).countries if tag.salience == "primary"}
    assert primary == {"IN"}


def test_punjab_technical_universitys_acronym_names_no_union() -> None:
    for text in ("Students of PTU in Jalandhar sat their exams.", "PTU results were declared in Punjab."):
        assert "punjab-teachers-union-pk" not in union_ids(tag_text(text))


@pytest.mark.parametrize(
    "text, union_id",
    [
        # one word where the directory has two, and the bargaining agent's status in brackets
        ("In Hyderabad the All Pakistan Wapda Hydroelectric Workers Union (CBA) rallied against privatisation.", "apwhewu-pk"),
        ("In Sukkur the All Pakistan WAPDA Hydro-Electric Workers Union marched to the press club.", "apwhewu-pk"),
    ],
)
def test_a_name_spaced_otherwise_is_the_directorys(text: str, union_id: str) -> None:
    assert union_ids(tag_text(text)) == {union_id}


def test_compact_names_keep_only_letters() -> None:
    from bot.matching.unions import compact_name

    assert compact_name("Hydro-Electric Workers' Union") == compact_name("Hydroelectric Workers Union")


def test_wapdas_pegham_union_by_its_english_name() -> None:
    text = "In Lahore the WAPDA Employees Pegham Union boycotted the referendum called by the registrar."
    assert "pakistan-wapda-pegham-union-pk" in union_ids(tag_text(text))


def test_the_tucc_by_the_name_the_indian_press_also_gives_it() -> None:
    text = "In Kolkata the Trade Union Coordination Committee joined CITU and AITUC in the general strike call."
    ids = union_ids(tag_text(text))
    assert "tucc-in" in ids
    assert not any(union_id.endswith("-lb") for union_id in ids)  # not Lebanon's Union Coordination Committee


def test_a_bracketed_acronym_spelling_more_words_than_the_directorys_name() -> None:
    # the acronym spells words before the directory's name: another union
    ids = union_ids(tag_text("Teachers of the All Ceylon Teachers Union (ACTU) boycotted the marking of papers in Colombo."))
    assert len(ids) == 1 and next(iter(ids)).endswith(":all-ceylon-teachers-union")
    # the acronym the directory's name spells: that union
    ids = union_ids(tag_text("Teachers of the Ceylon Teachers Union (CTU) boycotted the marking of papers in Colombo."))
    assert ids == {"ceylon-teachers-union-lk"}
