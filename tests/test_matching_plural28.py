"""Issue 9: a plural head followed only by a list of places refers to unions by their countries and names none
("Sindicatos de Perú, Bolivia y Ecuador"); the countries of the list stay the story's subjects (LABELING.md)."""

from __future__ import annotations

import pytest

from bot.matching import default_tagger


@pytest.mark.parametrize("text, countries", [
    ("Sindicatos de Chile, Argentina y Uruguay marcharon juntos en Montevideo contra la reforma.", {"CL", "AR", "UY"}),
    ("Syndicats du Bénin et du Togo réunis à Cotonou pour une grève commune.", {"BJ", "TG"}),
    ("Sindicatos de Costa Rica, Panamá y Honduras firmaron una declaración en San José.", {"CR", "PA", "HN"}),
])
def test_a_plural_head_before_a_list_of_places_names_no_union(text: str, countries: set[str]) -> None:
    tags = default_tagger().tag(None, text)
    assert not tags.unions
    assert countries <= {tag.code for tag in tags.countries if tag.salience == "primary"}


@pytest.mark.parametrize("text", [
    # a singular head, or other words beside the places, still make a name
    "El Sindicato de Trabajadores Mineros de Chile y Bolivia convocó a una huelga en Antofagasta.",
    "La Federación de Sindicatos de Perú se reunió en Lima.",
])
def test_names_with_other_words_than_places_stay_names(text: str) -> None:
    assert default_tagger().tag(None, text).unions
