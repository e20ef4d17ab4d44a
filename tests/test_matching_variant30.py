"""A directory union written in a slightly different form (branch variant30): an item of a list in its name left
out, another word of the same family, a long name in a story that names no country, a Scandinavian kind word with
or without "fack". Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.matching.unions import default_directory
from tests.matching import tag_text, union_ids

# -- an item of a list in the union's name left out ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name, story_countries, expected",
    [
        ("Kenya Medical Practitioners and Dentists Union", {"KE"}, "kmpdu-ke"),
        ("Kenya Medical Pharmacists and Dentists Union", {"KE"}, "kmpdu-ke"),
        ("Asociación Nacional de Empleados Públicos", {"CR"}, "anep-cr"),
        # an Arabic list's item joined by "and" written on the word ("وصناعة البتروكيماويات") left out
        ("اتحاد عمال البترول", {"KW"}, "federation-of-petroleum-and-petrochemical-workers-kw"),
    ],
)
def test_a_name_without_one_item_of_its_list_is_the_union(name: str, story_countries: set[str], expected: str) -> None:
    assert default_directory().id_for_near_variant(name, story_countries) == expected


def test_a_name_without_a_list_item_needs_the_union_country() -> None:
    assert default_directory().id_for_near_variant("Asociación Nacional de Empleados Públicos", {"AR"}) is None


def test_a_story_naming_a_union_without_a_list_item_gets_the_union() -> None:
    tags = tag_text(
        "Doctors in Kenya stayed away from public hospitals on Monday. The Kenya Medical Practitioners "
        "and Dentists Union said the strike would go on until the pay deal is signed."
    )
    assert "kmpdu-ke" in union_ids(tags)
    assert not any(union_id.startswith("found:") for union_id in union_ids(tags))


# -- another word of the same family ------------------------------------------------------------------------------


def test_a_word_of_the_same_family_finds_the_union() -> None:
    assert default_directory().id_for_variant("Australian Nurses and Midwifery Federation", {"AU"}) == "anmf-au"


# -- a long name in a story that names no country -----------------------------------------------------------------


def test_a_long_name_in_a_story_naming_no_country_finds_its_union_anywhere() -> None:
    directory = default_directory()
    assert directory.id_for_variant("Service Employee International Union", set(), anywhere=True) == "seiu"
    assert directory.id_for_variant("Service Employee International Union", set()) is None
    tags = tag_text(
        "Janitors walked off the job at dawn, the Service Employee International Union said, after talks on wages broke down."
    )
    assert "seiu" in union_ids(tags)


def test_a_short_name_in_a_story_naming_no_country_stays_unplaced() -> None:
    assert default_directory().id_for_variant("General Workers Union", set(), anywhere=True) is None


def test_a_long_misspelt_name_in_a_story_naming_no_country_finds_its_union_anywhere() -> None:
    directory = default_directory()
    name = "Беларусский конгресс демократических профсоюзов"
    assert directory.id_for_variant(name, set(), anywhere=True) == "bkdp"
    assert directory.id_for_variant(name, set()) is None


# -- a Scandinavian kind word with or without "fack"/"fag" ------------------------------------------------------


def test_forbundet_and_fackforbundet_say_the_same() -> None:
    assert default_directory().id_for_variant("Grafiska förbundet", {"SE"}) == "grafiska-fackforbundet-se"
