"""French and Italian union names of the francophone and Italian press (branch frit31): directory rows for unions the
wide_* samples named and the directory lacked (data/union_sources/francophone-italian-frit31.tsv), Italian base
unions named "<acronym> Cobas", and the DR Congo written "RDC" or "RDCongo"."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_ids


@pytest.mark.parametrize(
    "text, language, expected_ids",
    [
        (
            "Rouyn-Noranda : le Syndicat des Métallos réclame une rencontre avec la direction de l'affinerie.",
            "fr",
            {"syndicat-des-metallos-ca"},
        ),
        ("Antananarivo : les instituteurs du SEMPAMA poursuivent la grève dans les écoles publiques.", "fr", {"sempama-mg"}),
        ("En Belgique, la CSC-Enseignement dénonce la surcharge administrative des instituteurs.", "fr", {"csc-e-be"}),
        (
            "Kinshasa : la Centrale de l'éducation nationale et de la recherche scientifique appelle à la grève.",
            "fr",
            {"centrale-de-l-education-nationale-et-de-la-recherche-scienti-cd"},
        ),
        ("Lille : l'Association des médecins urgentistes de France dépose un préavis de grève aux urgences.", "fr", {"amuf-fr"}),
        ("Call center a Catania: la Ugl Tlc chiede un incontro in prefettura sui licenziamenti.", "it", {"ugl-tlc-it", "ugl-it"}),
        ("Sanità a Bari: la Federazione Sindacati Indipendenti e l'Usae proclamano lo stato di agitazione.", "it", {"usae-it"}),
        ("Roma: le Camere del Lavoro Autonomo e Precario in presidio davanti all'Anpal.", "it", {"clap-it"}),
        ("Genova: la Sial Cobas proclama otto ore di sciopero nei servizi di pulizia del porto.", "it", {"sial-cobas-it"}),
    ],
)
def test_unions_the_directory_lacked(text: str, language: str, expected_ids: set[str]) -> None:
    assert union_ids(tag_text(text, language=language)) >= expected_ids


def test_the_belgian_and_congolese_csc_enseignement_stay_apart() -> None:
    belgian = union_ids(tag_text("Écoles belges : la CSC-Enseignement appelle les enseignants à la grève jeudi.", language="fr"))
    assert "csc-e-be" in belgian
    assert "centrale-de-l-education-nationale-et-de-la-recherche-scienti-cd" not in belgian


def test_a_french_clap_de_fin_is_no_italian_union() -> None:
    tags = tag_text("Clap de fin pour le magasin de Charleroi et ses travailleurs", language="fr")
    assert "clap-it" not in union_ids(tags)


@pytest.mark.parametrize(
    "text, expected_name",
    [
        ("Lo sciopero dei magazzini di Piacenza è stato proclamato dal Fao Cobas e dalla Cub.", "Fao Cobas"),
        ("A Napoli sciopero generale indetto da Si Cobas, A.l. Cobas e altre sigle di base.", "AL Cobas"),
        ("Logistica a Bologna: il FAO COBAS blocca i cancelli dell'interporto.", "FAO COBAS"),
    ],
)
def test_an_acronym_before_cobas_names_a_base_union(text: str, expected_name: str) -> None:
    tags = tag_text(text, language="it")
    assert expected_name in discovered_names(tags)


def test_a_base_union_named_before_cobas_is_not_the_cobas_confederation() -> None:
    tags = tag_text("Logistica a Piacenza: il Fao Cobas proclama lo sciopero nei magazzini.", language="it")
    assert "cobas-it" not in union_ids(tags)


@pytest.mark.parametrize(
    "text",
    [
        "La maggior parte dei lavoratori del magazzino di Piacenza è iscritta ai Cobas.",
        "Dai Cobas di Taranto nessun commento sullo sciopero all'ex Ilva.",
        "A Roma sciopero di Cub Cobas e Usb davanti al ministero.",
    ],
)
def test_a_word_of_the_sentence_before_cobas_names_no_union(text: str) -> None:
    assert not {name for name in discovered_names(tag_text(text, language="it")) if name.endswith(("Cobas", "COBAS"))}


@pytest.mark.parametrize(
    "text",
    [
        "Grève des enseignants en RDC : les écoles publiques fermées depuis lundi.",
        "Les médecins membres du Syndicat des médecins de la RDCongo ont entamé une grève sèche.",
    ],
)
def test_the_dr_congo_written_rdc(text: str) -> None:
    assert "CD" in primary_countries(tag_text(text, language="fr"))


def test_a_ground_floor_written_rdc_is_no_country() -> None:
    tags = tag_text("Le local syndical au RDC de la bourse du travail est fermé pour travaux.", language="fr")
    assert "CD" not in primary_countries(tags)


@pytest.mark.parametrize(
    "text, expected_id",
    [
        ("Mines de Mauritanie : la CLTM appelle les travailleurs de Tasiast à la grève.", "free-confederation-of-mauritanian-workers-mr"),
        ("Au Niger, la CDTN et l'USTN appellent à une grève générale de 48 heures.", "cdtn-ne"),
        ("Au Togo, l'UNSIT dénonce l'interdiction de l'assemblée générale des centrales syndicales.", "unsit-tg"),
        ("Tchad : la CLTT déclenche une grève générale dans la fonction publique.", "cltt-td"),
        ("Haïti : la Coordination syndicale haïtienne présente son nouveau secrétariat exécutif.", "csh-ht"),
        ("En Guinée, l'ONSLG signe un protocole pour une centrale syndicale unique.", "onslg-gn"),
        ("Madagascar : la CTM et la FISEMA réclament la hausse du salaire minimum.", "ctm-mg"),
    ],
)
def test_national_centres_of_francophone_africa_and_haiti(text: str, expected_id: str) -> None:
    assert expected_id in union_ids(tag_text(text, language="fr"))


def test_gabons_cgsl_is_not_guineas() -> None:
    ids = union_ids(tag_text("Gabon : la CGSL appelle à un Conseil national du dialogue social à Libreville.", language="fr"))
    assert "cgsl-ga" in ids
    assert "cgsl-gn" not in ids


def test_the_ugtg_of_a_guadeloupe_story_is_guadeloupes() -> None:
    ids = union_ids(tag_text("En Guadeloupe, l'UGTG appelle à la grève générale contre la vie chère.", language="fr"))
    assert "ugtg-gp" in ids
    assert "ugtg-gn" not in ids


def test_the_university_of_technology_sydney_is_no_senegalese_centre() -> None:
    tags = tag_text("UTS staff strike over job cuts at the Sydney campus", language="en")
    assert "uts-sn" not in union_ids(tags)
    assert "SN" not in primary_countries(tags)


@pytest.mark.parametrize(
    "text, expected_name",
    [
        (
            "À Antananarivo, la Confédération syndicale des enseignants malgaches appelle à la grève.",
            "Confédération syndicale des enseignants malgaches",
        ),
        (
            "La Fédération des travailleurs sénégalais de la Santé appelle à la grève à Dakar.",
            "Fédération des travailleurs sénégalais de la Santé",
        ),
    ],
)
def test_the_workers_nationality_in_lower_case_is_part_of_a_french_name(text: str, expected_name: str) -> None:
    assert expected_name in discovered_names(tag_text(text, language="fr"))


def test_workers_of_a_nationality_outside_a_name_are_no_union() -> None:
    tags = tag_text("Les travailleurs sénégalais du port de Dakar sont en grève depuis lundi.", language="fr")
    assert not discovered_names(tags)


@pytest.mark.parametrize(
    "text, expected_id",
    [
        ("Le Snes-FSU, dans l'intersyndicale, exige l'abrogation du décret en France.", "snes-fr"),
        ("La Cftc, dans l'intersyndicale, exige l'abrogation du décret en France.", "cftc"),
    ],
)
def test_an_inter_union_front_backs_an_acronym_written_in_title_case(text: str, expected_id: str) -> None:
    assert expected_id in union_ids(tag_text(text))


@pytest.mark.parametrize(
    "text, expected_name",
    [
        ("Le Syndicat des cheminots de Côte d'Ivoire appelle à la grève à Abidjan.", "Syndicat des cheminots de Côte d'Ivoire"),
        (
            "En Haïti, la Fédération des Techniciens en Éducation de Jacmel appelle à la grève.",
            "Fédération des Techniciens en Éducation de Jacmel",
        ),
    ],
)
def test_french_trades_make_a_name(text: str, expected_name: str) -> None:
    assert expected_name in discovered_names(tag_text(text))


def test_an_employers_confederation_is_no_union_cue() -> None:
    assert not union_ids(tag_text("En Sevilla la Confederación de Empresarios – CEA reclamó ayudas para las pymes."))


def test_french_local_government_federations() -> None:
    ids = union_ids(
        tag_text("À Lyon, SUD-CT, l'UNSA Territoriaux et la FA-FPT appellent les agents territoriaux à la grève.", language="fr")
    )
    assert {"sud-ct-fr", "unsa-territoriaux-fr", "fa-fpt-fr"} <= ids


def test_fo_public_services_federation_by_its_short_name() -> None:
    text = "Dans les Landes, la fédération FO services publics et santé reconnaît une mobilisation moindre en France."
    assert "fo-sps-fr" in union_ids(tag_text(text, language="fr"))
