"""Spain's co-official languages as Spain's press, Brazilian "Sind-" names with their region, and the directory rows
of data/union_sources/iberian-unions-ibero31.tsv (branch ibero31)."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids


@pytest.mark.parametrize(
    "text",
    [
        # Basque: places only in inflected forms (Gasteizen, Donostiako), unions by acronym
        "Gaur goizean LAB eta ELA sindikatuek elkarretaratzea egin dute Gasteizen, lan erreformaren aurka. "
        "Donostiako langileek ere bat egin dute deialdiarekin.",
        # Galician: a union named by its acronym, towns only
        "A CIG convocou hoxe unha concentración diante da fábrica de Narón para esixir a readmisión dos "
        "traballadores despedidos.",
    ],
)
def test_a_story_in_a_co_official_language_of_spain_naming_no_country_is_about_spain(text: str) -> None:
    assert primary_countries(tag_text(text)) == {"ES"}


def test_basque_acronyms_are_backed_in_a_basque_story_naming_no_country() -> None:
    ids = union_ids(tag_text("Gaur goizean LAB eta ELA sindikatuek elkarretaratzea egin dute Gasteizen, lan "
                             "erreformaren aurka. Donostiako langileek ere bat egin dute deialdiarekin."))
    assert {"ela", "lab-es"} <= ids
