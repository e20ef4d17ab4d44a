"""French union names (issue 9, branch recfr38): each test is one rule, with sentences of my own in the shape the wide
samples write them."""

from __future__ import annotations

from tests.matching import tag_text, union_names


def test_a_syllabic_acronym_of_syndicat_is_a_union_in_french_text() -> None:
    # wide_fr32 fr-32430, wide_fr34 fr-34335: "du Synahab", "le Synter du Burkina Faso"
    tags = tag_text("À Porto-Novo, les agents de santé du Synapah et du Syntrasel-Bénin ont entamé mardi une grève de "
                    "72 heures pour réclamer le paiement de leurs primes.")
    assert {"Synapah", "Syntrasel-Bénin"} <= union_names(tags)
    tags = tag_text("Au Niger, le SYNEPRO a déposé un préavis de grève de trois jours auprès du ministère de l'Éducation.")
    assert "SYNEPRO" in union_names(tags)


def test_french_words_employers_and_companies_that_start_so_are_no_unions() -> None:
    assert not tag_text("À Lyon, les salariés de Synlab et de Syngenta ont débrayé ; la convention Syntec et la synthèse "
                        "des négociations sont en cause, selon le syndicat.").unions
    assert not tag_text("Le Synerpa et le Synhorcat, qui représentent les employeurs, refusent la hausse des salaires "
                        "demandée par les syndicats en France.").unions


def test_the_prefix_is_read_in_french_text_only() -> None:
    # (English press names companies so: "Synaptics", "Synovus")
    assert not tag_text("Workers at Synovus and Synaptics in Atlanta went on strike on Monday, the union said.").unions


def test_a_syllabic_acronym_spelling_a_name_found_beside_it_is_that_union() -> None:
    # wide_fr29 fr-30450: "le Syndicat des enseignants du Cameroun. [...] Le Synecam a ...": one union, not two
    tags = tag_text("À Yaoundé, la grève a été lancée par le Syndicat des professeurs du Cameroun. Le Synprocam a "
                    "adressé un préavis de grève aux services du Premier ministre.")
    assert "Synprocam" not in union_names(tags)
    assert "Syndicat des professeurs du Cameroun" in union_names(tags)
    assert ("Syndicat des professeurs du Cameroun", "Synprocam") in {(tag.name, tag.acronym) for tag in tags.unions}
