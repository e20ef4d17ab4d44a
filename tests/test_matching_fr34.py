"""French and Italian labour pages of branch fr34: directory rows for unions the wide_fr34 sample named and the
directory lacked (data/union_sources/francophone-italian-fr34.tsv); a hyphenated run of acronyms in an intersyndicale
("CFDT-CGT-FO-SNJ") names each union although the scan's longest match is "CGT-FO", Force Ouvrière's own name;
"Bruxelles" is Belgium's, except in a story that speaks of the European Union or of a union body seated there; Belgium's
"Arizona" coalition and Italy's "… di Reno" towns are not the United States; a Québec local named after two regions
joined by a dash keeps both and its centre's suffix ("… de Québec–Chaudière-Appalaches–CSN")."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids


def _countries(text: str, language: str) -> set[str]:
    return {tag.code for tag in tag_text(text, language=language).countries}


def _primary(text: str, language: str) -> set[str]:
    return {tag.code for tag in tag_text(text, language=language).countries if tag.salience == "primary"}


@pytest.mark.parametrize(
    "text, language, expected_ids",
    [
        ("Bouaké : la Coordisanté suspend son mot d'ordre de grève dans les hôpitaux.", "fr",
         {"coordination-des-syndicats-du-secteur-de-la-sante-ci"}),
        ("Yamoussoukro : la Coalisanté dépose un préavis de grève au ministère.", "fr",
         {"coalition-des-syndicats-de-la-sante-ci"}),
        ("Toamasina : la plateforme VMM exige le paiement des indemnités des maîtres Fram.", "fr", {"vmm-mg"}),
        ("Bari: la Fnsi proclama una giornata di sciopero dei giornalisti dei quotidiani locali.", "it", {"fnsi-it"}),
        ("Genova: Fiadel e Fp Cgil proclamano lo sciopero degli addetti alla raccolta rifiuti.", "it", {"fiadel-it"}),
        ("Torino: la Cub Scuola indice un presidio davanti all'ufficio scolastico regionale.", "it", {"cub-sur-it"}),
        ("Rennes : la CFDT-Journalistes dénonce la fermeture de deux agences locales.", "fr", {"cfdt-journalistes-fr"}),
    ],
)
def test_unions_the_directory_lacked(text: str, language: str, expected_ids: set[str]) -> None:
    assert union_ids(tag_text(text, language=language)) >= expected_ids


def test_a_hyphenated_run_of_acronyms_names_each_union() -> None:
    ids = union_ids(tag_text("Strasbourg : communiqué commun CFDT-CGT-FO-SNJ sur l'avenir de la rédaction régionale.",
                             language="fr"))
    assert {"cfdt", "cgt-fr", "fo", "snj-fr"} <= ids


def test_force_ouvriere_written_cgt_fo_alone_stays_force_ouvriere() -> None:
    ids = union_ids(tag_text("Nancy : la CGT-FO appelle les agents territoriaux à débrayer jeudi.", language="fr"))
    assert "fo" in ids and "cgt-fr" not in ids


def test_bruxelles_is_belgium_in_a_story_of_a_belgian_march() -> None:
    assert "BE" in _primary("Les cheminots ont défilé jeudi dans les rues de Bruxelles contre la réforme des pensions.",
                            "fr")


@pytest.mark.parametrize(
    "text, language",
    [
        ("À Bruxelles, la Commission européenne présente sa directive sur les salaires minimaux.", "fr"),
        ("La Confédération syndicale internationale, dont le siège est à Bruxelles, publie son rapport annuel.", "fr"),
        ("A Bruxelles i ministri dell'Unione europea discutono la direttiva sul lavoro tramite piattaforme.", "it"),
    ],
)
def test_bruxelles_is_no_country_where_the_story_speaks_of_a_body_seated_there(text: str, language: str) -> None:
    assert "BE" not in _countries(text, language)


def test_belgiums_arizona_coalition_is_not_the_us_state() -> None:
    text = ("Liège : les enseignants dénoncent les mesures de l'Arizona ; la coalition « Arizona » maintient sa "
            "réforme des pensions.")
    assert "US" not in _primary(text, "fr")


def test_an_italian_town_di_reno_is_not_reno_nevada() -> None:
    assert "US" not in _countries("Sciopero e presidio dei facchini al magazzino di Casalecchio di Reno.", "it")


def test_a_quebec_local_named_after_two_dashed_regions_keeps_both_and_its_centre() -> None:
    names = discovered_names(tag_text(
        "Sherbrooke : le président du Syndicat des travailleurs des CPE de l'Estrie–Centre-du-Québec–CSN annonce la "
        "grève.", language="fr"))
    assert "Syndicat des travailleurs des CPE de l'Estrie–Centre-du-Québec–CSN" in names
