"""Primary-country misses (issue 9, branch places41b): a city written before its public body's noun that ends the
name ("at Dublin Airport") is a place, even where a longer name that holds it reads like a person's elsewhere in the
story ("the Dublin Airport Authority")."""

from __future__ import annotations

from tests.matching import primary_countries, tag_text


def test_a_city_before_the_noun_of_its_body_is_a_place_beside_a_longer_name() -> None:
    # wide_recen41 en-41246
    tags = tag_text("The UNITE Trade Union says it'll still ballot its members at Dublin Airport on industrial action. "
                    "Craft workers are in a dispute with the Dublin Airport Authority over working arrangements.",
                    language="en")
    assert primary_countries(tags) == {"IE"}, primary_countries(tags)
