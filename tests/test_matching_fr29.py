"""French-language labour news (issue 9, branch fr29): the Central African Republic's French names, French trades
written in lower case inside local unions' names, and names the directory lacked (FO's founding name, SNFOLC, the
FNIC-CGT, the Union syndicale valaisanne). Sentences of their own, not the samples'."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_ids


@pytest.mark.parametrize("text", [
    "En Centrafrique, les enseignants contractuels réclament six mois d'arriérés de salaire.",
    "Les cheminots centrafricains ont cessé le travail lundi pour réclamer leurs primes.",
    "Les infirmières centrafricaines sont en grève depuis mardi dans les hôpitaux publics.",
])
def test_central_african_republic_in_french(text: str) -> None:
    assert primary_countries(tag_text(text)) == {"CF"}


@pytest.mark.parametrize("text, name", [
    ("À Laval, le Syndicat des infirmières de Laval dénonce les heures supplémentaires imposées.",
     "Syndicat des infirmières de Laval"),
    ("Le Syndicat des cols blancs de la Ville de Gatineau a rejeté l'offre patronale jeudi.",
     "Syndicat des cols blancs de la Ville de Gatineau"),
    ("Le Syndicat des employés manuels de la Ville de Lévis a voté un mandat de grève.",
     "Syndicat des employés manuels de la Ville de Lévis"),
    ("À Dakar, le Syndicat des médecins de Pikine menace de boycotter les gardes.",
     "Syndicat des médecins de Pikine"),
])
def test_french_trades_in_lower_case_inside_a_name(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize("text, expected_ids", [
    ("À Brest, la CGT-Force ouvrière appelle les agents de l'arsenal à débrayer vendredi.", {"fo"}),
    ("À Donges, la FNIC-CGT appelle les raffineurs à une grève reconductible.", {"fnic-cgt-fr", "cgt-fr"}),
    ("À Rennes, le SNFOLC dénonce la suppression de postes dans les lycées de l'académie.", {"snfolc-fr"}),
    ("À Martigny, l'Union syndicale valaisanne réclame un salaire minimum cantonal.",
     {"union-syndicale-valaisanne-ch"}),
])
def test_names_the_directory_lacked(text: str, expected_ids: set[str]) -> None:
    assert expected_ids <= union_ids(tag_text(text))


def test_cgt_force_ouvriere_is_not_the_cgt() -> None:
    assert "cgt-fr" not in union_ids(tag_text("À Brest, la CGT-Force ouvrière appelle les agents de l'arsenal à débrayer."))


@pytest.mark.parametrize("text", [
    # Nurses and blue-collar workers in a sentence: no union named.
    "À Montréal, les infirmières et les cols bleus de la Ville manifestent devant l'hôtel de ville.",
    # A lower-case "syndicat des infirmiers" is a union referred to, not named.
    "À Lyon, le syndicat des infirmiers a demandé une rencontre avec la direction.",
    # An employers' body whose name holds a trade's word.
    "À Paris, le Syndicat des médecins libéraux patronal rencontre le ministre.",
])
def test_untagged(text: str) -> None:
    assert not discovered_names(tag_text(text))
