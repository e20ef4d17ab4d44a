"""French union names written in lower case (issue 9, branch recfr36): each test is one rule, with a short real
sentence from a wide sample."""

from __future__ import annotations

from tests.matching import tag_text, union_names


def test_a_lower_case_head_with_its_qualifier_and_trade_is_a_name() -> None:
    # wide_fr32 fr-32442: "le syndicat national des ... appelle": the verb ends the name
    tags = tag_text("À N'Djamena, le syndicat national des formateurs de métier appelle ses militants à observer un "
                    "arrêt de travail pour revendiquer le paiement intégral de salaire des mois de juillet et août.")
    assert "syndicat national des formateurs de métier" in union_names(tags)


def test_a_lower_case_qualified_name_ending_in_a_capitalised_noun_is_no_workplace() -> None:
    # wide_frit31 fr-31339: "de l'Education" is the name's trade, not an employer the union is of
    tags = tag_text("Les enseignants du Niger, où le syndicat national des fonctionnaires de l’Education appelle à un "
                    "mouvement de grève à partir de ce jeudi pour 48 heures, sont en colère.")
    assert "syndicat national des fonctionnaires de l’Education" in union_names(tags)


def test_a_qualified_head_without_a_definite_article_or_a_trade_names_nothing() -> None:
    assert not tag_text("Il faut créer un syndicat national des enseignants, dit-il.").unions
    assert not tag_text("Le syndicat national en Pays basque a voté la grève.").unions
    assert not tag_text("Au Mali, le syndicat national du Mali a appelé à la grève.").unions


def test_a_lower_case_qualified_name_before_its_centres_acronym_is_a_name() -> None:
    # wide_fr20 fr-10352: the bracket names the centre the union belongs to, not the union
    tags = tag_text("Les trois syndicats: le syndicat national de l'enseignement (FDT), la Fédération nationale des "
                    "fonctionnaires de l'enseignement (UNTM) et la Fédération nationale de l'enseignement (UMT) ont "
                    "également appelé à organiser des sit-in.")
    assert "syndicat national de l'enseignement" in union_names(tags)


def test_a_lower_case_qualified_name_keeps_the_acronym_it_spells() -> None:
    tags = tag_text("À Libreville, le syndicat national des professionnels des eaux et forêts (Synapef) a suspendu sa grève.")
    assert ("syndicat national des professionnels des eaux et forêts", "Synapef") in {
        (tag.name, tag.acronym) for tag in tags.unions}
    # a kind of union, "autonome" alone after the head, names none
    assert not tag_text("Les enseignants du supérieur à Bamako ont rejoint le syndicat autonome de l'enseignement "
                        "supérieur en grève.").unions
