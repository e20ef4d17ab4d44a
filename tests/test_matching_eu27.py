"""French, Nordic and Dutch labour news (issue 9, branch eu27): a union's body written with its place is the union,
Geneva and Vaud are Switzerland's, and acronyms the directory lacked. Sentences of their own, not the samples'."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids


@pytest.mark.parametrize("text, union_id", [
    ("Le syndicat Unia Vaud dénonce les heures supplémentaires imposées aux maçons.", "unia"),
    ("Le syndicat Unia Neuchâtel a tenu une assemblée des vendeuses hier soir.", "unia"),
    ("La présidente du syndicat SSP-Vaud appelle les infirmières à débrayer lundi.", "vpod-ch"),
    ("Fagforbundet Oslo krever at bydelene stanser kuttene i hjemmetjenesten.", "fagforbundet-no"),
])
def test_a_unions_body_written_with_its_region_or_city_is_the_union(text: str, union_id: str) -> None:
    tags = tag_text(text)
    assert union_id in union_ids(tags)
    assert not any(tag.union_id.startswith("found:") for tag in tags.unions), union_ids(tags)


@pytest.mark.parametrize("text, union_id", [
    # A country's name after the union's makes a union of its own.
    ("Le syndicat Teamsters Canada appelle les chauffeurs à voter la grève.", "teamsters-canada-ca"),
])
def test_a_union_named_with_a_country_stays_a_union_of_its_own(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_a_union_named_with_a_place_and_more_words_is_not_read_as_the_union() -> None:
    # Words other than the place's after the union's name: the recogniser's own reading stands.
    tags = tag_text("Le Syndicat des cols bleus de Lausanne Transports a signé la convention.")
    assert "unia" not in union_ids(tags)


@pytest.mark.parametrize("text", [
    "Les nettoyeuses des hôpitaux de Genève ont cessé le travail mardi matin.",
    "Le canton de Vaud veut couper 300 millions dans la fonction publique, disent les syndicats.",
])
def test_geneva_in_french_and_the_canton_of_vaud_are_switzerland(text: str) -> None:
    assert primary_countries(tag_text(text)) == {"CH"}


@pytest.mark.parametrize("text, union_id", [
    ("Aan de havenactie namen militanten van BTB en ACV-Transcom deel.", "abvv-transport-be"),
    ("De machinisten van de VVMC leggen dinsdag het werk neer bij de NS.", "vvmc-nl"),
    ("In de ziekenhuizen voeren FBZ en NU'91 zondagsdiensten.", "fbz-nl"),
    ("À Conakry, le SLECG maintient son mot d'ordre de grève dans les écoles.", "slecg-gn"),
])
def test_acronyms_the_directory_now_knows(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))
