"""Directory unions missed in English stories (issue 9): names written after their country in the possessive."""

from __future__ import annotations

import pytest

from bot.matching import default_tagger
from tests.matching import tag_text, union_ids


@pytest.mark.parametrize(("text", "union_id"), [
    ("The leader of Kenya's National Union of Teachers told a rally in Mombasa that classes stay shut.", "knut-ke"),
    ("Members of Fiji’s Public Service Association voted to walk out over pay in Suva.", "fpsa-fj"),
])
def test_name_after_possessive_country_is_that_countrys_union(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(("text", "absent"), [
    # a union of another country stays unnamed by a country's possessive: no Kenyan union has this name
    ("Kenya's Public Service Association is a body the reporter made up for this sentence.", {"psa-nz", "psa-za"}),
    # not a country's name before the possessive
    ("The country's National Union of Teachers met in Nairobi on Monday.", {"nut-gb"}),
    # the possessive of a person, not of a country
    ("Jordan Smith's National Union of Teachers speech in Nairobi drew a crowd.", {"knut-ke"}),
])
def test_possessive_names_no_other_union(text: str, absent: set[str]) -> None:
    assert not union_ids(tag_text(text)) & absent


def test_possessive_of_the_unions_own_country_keeps_it() -> None:
    assert "nut-gb" in union_ids(tag_text("Britain's National Union of Teachers balloted its members in Leeds."))


# Spanish plural abbreviations of doubled letters are written with a space after each dot ("EE. UU.").
@pytest.mark.parametrize("text", [
    "Los delegados de CC. OO. y de UGT firmaron el convenio del metal en Valladolid.",
    "La huelga de limpieza, convocada por CC. OO., paraliza los hospitales de Málaga.",
])
def test_spaced_plural_abbreviation_names_its_union(text: str) -> None:
    assert "ccoo" in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    "La embajada de EE. UU. en Madrid cerró sus puertas el lunes.",  # the same spelling, no union's
    "Los barcos de las FF. AA. zarparon de Cartagena.",
])
def test_spaced_plural_abbreviation_of_no_union(text: str) -> None:
    assert not union_ids(tag_text(text))


def test_plural_abbreviation_form_only_for_doubled_letters() -> None:
    from bot.matching.unions import _spaced_plural_abbreviation_forms
    assert _spaced_plural_abbreviation_forms("CC.OO.") == ("CC. OO.",)
    assert _spaced_plural_abbreviation_forms("FI.SE.MA.") == ()
    assert _spaced_plural_abbreviation_forms("ver.di") == ()


# Greek is written by Cyprus's press and unions too: a Cypriot union is no foreign union in a Greek story.
@pytest.mark.parametrize(("text", "union_id"), [
    ("Η ΣΕΚ ανακοίνωσε στάση εργασίας στα ξενοδοχεία την Πέμπτη.", "sek"),
    ("Στάση εργασίας κήρυξε η ΠΕΟ στις οικοδομές για τις αυξήσεις.", "peo"),
])
def test_cypriot_union_in_greek_story(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_greek_story_keeps_greek_unions_and_no_cypriot_country() -> None:
    tags = default_tagger().tag(None, "Η ΑΔΕΔΥ κήρυξε απεργία στα σχολεία την Τρίτη.")
    assert {tag.union_id for tag in tags.unions} == {"adedy"}
    assert "CY" not in {tag.code for tag in tags.countries}
    placeless = default_tagger().tag(None, "Απεργία στα νοσοκομεία την Τρίτη για τους μισθούς.")
    assert {tag.code for tag in placeless.countries} <= {"GR"}  # a Greek story naming no place stays Greece's


# A union named with its confederation's acronym in the story's script ("ΣΥΞΚΑ-ΠΕΟ") names the confederation, whose
# main acronym is Latin ("PEO") and whose Greek one comes second.
@pytest.mark.parametrize(("text", "parent"), [
    ("Η ΟΥΞΕΚΑ-ΣΕΚ προειδοποιεί τους ξενοδόχους της Λεμεσού για απεργία.", "sek"),
    ("Η ΣΥΞΚΑ-ΠΕΟ ζητά αυξήσεις από τους ξενοδόχους της Πάφου.", "peo"),
])
def test_parent_acronym_in_another_script_names_the_parent(text: str, parent: str) -> None:
    assert parent in union_ids(tag_text(text))


def test_main_acronym_per_script_only() -> None:
    from bot.matching.tagger import _padded_acronyms
    from bot.matching.unions import UnionRecord
    record = UnionRecord.from_mapping({"id": "x", "name": "Example Federation of Labour", "acronyms": ["EFL", "OFL", "ΕΟΕ"],
                                       "kind": "confederation"})
    assert _padded_acronyms(record) == (" efl ", " εοε ")  # not the old Latin one


def test_union_acronym_alone_names_no_parent() -> None:
    assert "peo" not in union_ids(tag_text("Η ΣΥΞΚΑ ζητά αυξήσεις από τους ξενοδόχους της Πάφου."))
