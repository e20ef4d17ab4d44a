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


def test_an_acronym_glued_to_its_centres_is_a_union() -> None:
    # wide_fr20 fr-10354 ("Charlevoix (SEC-CSQ)"), wide_fr18 fr-5610 ("SNCL-FAEN et SIES-FAEN")
    tags = tag_text("Au Québec, les enseignants de Lévis (SEVL-CSQ) et de Beauce (SEBE-CSQ) sont en grève depuis lundi.")
    assert {"SEVL-CSQ", "SEBE-CSQ"} <= union_names(tags)
    tags = tag_text("À Paris, le SNPTA-FAEN et le SNALC appellent les professeurs à la grève jeudi.")
    assert "SNPTA-FAEN" in union_names(tags)


def test_a_centres_organ_or_its_bracketed_acronym_after_a_name_is_no_union_of_its_own() -> None:
    # "UD-CGT": the CGT's union départementale; "(SCEP-FTQ)": the acronym, with its centre, of the name before it
    tags = tag_text("En France, l'UD-CGT et l'UL-CFDT du Rhône appellent à manifester samedi à Lyon.")
    assert not {"UD-CGT", "UL-CFDT"} & union_names(tags)
    tags = tag_text("Les membres du Syndicat des communications, de l'énergie et du papier (SCEP-FTQ) sont en lock-out "
                    "au Québec.")
    assert "SCEP-FTQ" not in union_names(tags)
