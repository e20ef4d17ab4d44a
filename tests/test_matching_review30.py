"""What review30's own sentences found broken on main after eu27 and dir27: Geneva as a treaty's name and as the UN
bodies' seat, French "au"/"aux" before a country, generic names of other countries' unions, CUF (issue 9)."""

from __future__ import annotations

import pytest

from bot.matching import StoryTags
from tests.matching import tag_text


def _countries(tags: StoryTags, salience: str) -> set[str]:
    return {tag.code for tag in tags.countries if tag.salience == salience}


@pytest.mark.parametrize("text, language, primary", [
    # the Geneva Conventions: a treaty's name names no place
    ("Les syndicats dénoncent la violation des Conventions de Genève à Gaza.", "fr", {"PS"}),
    ("Unions said the shelling of Gaza broke the Geneva Conventions.", "en", {"PS"}),
    ("Los sindicatos denuncian violaciones de los Convenios de Ginebra en Gaza.", "es", {"PS"}),
    # Geneva as the seat of the ILO or the UN, where unions bring other countries' cases
    ("Lors de la conférence de l'OIT à Genève, les syndicats ont dénoncé les abus au Bangladesh.", "fr", {"BD"}),
    ("At the ILO conference in Geneva, unions denounced the abuses in Bangladesh.", "en", {"BD"}),
    ("L'Organisation internationale du Travail, basée à Genève, a envoyé une mission au Mali.", "fr", {"ML"}),
])
def test_geneva_as_a_treaty_or_a_un_seat_is_not_the_storys_place(text: str, language: str, primary: set[str]) -> None:
    assert _countries(tag_text(text, language=language), "primary") == primary


@pytest.mark.parametrize("text", [
    "Les soignants des Hôpitaux universitaires de Genève sont en grève depuis lundi.",
    "Grève à Genève: le SSP mobilise les employés de l'État contre les coupes.",
])
def test_a_story_in_geneva_is_still_switzerlands(text: str) -> None:
    assert _countries(tag_text(text, language="fr"), "primary") == {"CH"}


def test_a_union_name_of_generic_words_in_portuguese_needs_its_country() -> None:
    # Angola's SINPES is "Sindicato Nacional dos Professores do Ensino Superior"; so is a union of Cabo Verde's
    cabo_verde = tag_text(
        "Na Praia, em Cabo Verde, o Sindicato Nacional dos Professores do Ensino Superior convocou uma greve.", language="pt"
    )
    assert "AO" not in {tag.code for tag in cabo_verde.countries}
    assert {tag.country for tag in cabo_verde.unions} != {"AO"}
    angola = tag_text(
        "Em Luanda, o Sindicato Nacional dos Professores do Ensino Superior convocou uma greve em Angola.", language="pt"
    )
    assert {tag.acronym for tag in angola.unions} == {"SINPES"}


def test_a_generic_english_union_name_is_not_another_countrys() -> None:
    tags = tag_text("In Patna, Bihar, the Station Masters' Union called a strike on the East Central Railway.", language="en")
    assert "LK" not in {tag.code for tag in tags.countries}
    assert "LK" not in {tag.country for tag in tags.unions}


def test_cuf_in_a_portuguese_hospital_story_is_no_union() -> None:
    tags = tag_text("Os enfermeiros do Hospital CUF Descobertas, em Lisboa, fizeram greve de dois dias.", language="pt")
    assert not tags.unions
