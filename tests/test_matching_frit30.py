"""French and Italian unions in forms the directory lacked: the CGT health federation under its own site's names,
Madagascar's Solidarité syndicale, the SE-Unsa, ADL Cobas written "Adl" and Faisa-Confail written with its
confederation first (branch frit30; data/union_sources/france-italy-forms-frit30.tsv)."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids


@pytest.mark.parametrize(
    "text, language, expected_ids",
    [
        (
            "Hôpital de Lille : la Fédération CGT de la Santé et de l'Action Sociale appelle à la grève jeudi.",
            "fr",
            {"federation-de-la-sante-et-de-l-action-sociale-cgt-fr", "cgt-fr"},
        ),
        ("Antananarivo : la Solidarité syndicale malgache appelle les fonctionnaires à manifester lundi.", "fr", {"ssm-mg"}),
        ("Madagascar : le SSM dénonce le gel des salaires des agents de l'État.", "fr", {"ssm-mg"}),
        ("Grève à Lyon : le SE-Unsa demande des postes pour les écoles du Rhône.", "fr", {"se-unsa-fr"}),
        ("Logistica a Padova: Si Cobas e Adl fermano i magazzini della zona industriale per otto ore.", "it", {"adl-cobas-it"}),
        (
            "Trasporto locale: il sindacato Confail Faisa proclama uno sciopero di quattro ore a Napoli.",
            "it",
            {"faisa-confail-it", "confail-it"},
        ),
    ],
)
def test_french_and_italian_names_the_directory_lacked(text: str, language: str, expected_ids: set[str]) -> None:
    assert union_ids(tag_text(text, language=language)) >= expected_ids


@pytest.mark.parametrize(
    "text, expected_ids",
    [
        (
            "Civitavecchia: la Cgil Fp e la Uil Fpl dichiarano lo stato di agitazione dei dipendenti comunali.",
            {"fp-cgil-it", "cgil"},
        ),
        ("Firenze: la Cgil Flc chiede un incontro urgente al provveditorato.", {"flc-cgil-it", "cgil"}),
        ("Cagliari: la Cgil Slc proclama lo sciopero dei call center.", {"slc-cgil-it", "cgil"}),
    ],
)
def test_a_federation_written_after_its_confederation(text: str, expected_ids: set[str]) -> None:
    assert union_ids(tag_text(text, language="it")) >= expected_ids
