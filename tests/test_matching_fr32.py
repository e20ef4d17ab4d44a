"""French and Italian union names of the francophone and Italian press (branch fr32): directory rows for unions the
wide_fr32 sample named and the directory lacked (data/union_sources/francophone-italian-fr32.tsv), an acronym the
story brackets after one union's name kept that union's ("la Confédération internationale des syndicats libres
(CISL)" is not Italy's CISL), a place written with an elided letter ("N'Djamena") and a parents' federation ("un
syndicat de parents d'élèves") taken for no union by the apposition rule."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids


@pytest.mark.parametrize(
    "text, language, expected_ids",
    [
        ("Berne : transfair et syndicom rejettent les fermetures de bureaux de poste.", "fr", {"transfair-ch"}),
        ("Roissy : le SPAF dépose un préavis de grève des pilotes d'Air France pour le mois d'août.", "fr", {"spaf-fr"}),
        ("Orly : l'UNAC et le SNGAF appellent les hôtesses et stewards à la grève.", "fr", {"unac-fr", "sngaf-fr"}),
        (
            "Marseille : l'Unsa Police et Unité SGP Police-FO manifestent devant l'hôtel de police.",
            "fr",
            {"unsa-police-fr", "sgp-fo-fr"},
        ),
        ("Lyon : le SIEN-UNSA dénonce la charge de travail des inspecteurs.", "fr", {"sien-unsa-fr"}),
        ("Lille : le SNJ-CGT appelle les journalistes du quotidien à la grève.", "fr", {"snj-cgt-fr"}),
        ("Ouagadougou : la F-SYNTER tient son congrès à la Bourse du travail.", "fr", {"f-synter-bf"}),
        ("N'Djamena : le SYNECS lance une grève de trois jours dans les universités.", "fr", {"synecs-td"}),
        ("Montréal : le SÉTUE déclenche la grève des auxiliaires d'enseignement de l'UQAM.", "fr", {"setue-ca"}),
        ("Roma: la UIL Pubblica Amministrazione proclama lo stato di agitazione nei ministeri.", "it", {"uilpa-it"}),
    ],
)
def test_unions_the_directory_lacked(text: str, language: str, expected_ids: set[str]) -> None:
    assert union_ids(tag_text(text, language=language)) >= expected_ids


def test_an_acronym_bracketed_after_a_name_stays_that_unions() -> None:
    tags = tag_text(
        "Au Tchad, la Confédération internationale des syndicats libres (CISL) a porté plainte. "
        "Selon la CISL, des grévistes ont été licenciés à N'Djamena.",
        language="fr",
    )
    assert "icftu" in union_ids(tags)
    assert "cisl" not in union_ids(tags)


def test_italys_cisl_stays_itself_without_a_bracket() -> None:
    tags = tag_text("Torino: la Cisl e la Uil firmano l'accordo sul contratto dei metalmeccanici.", language="it")
    assert "cisl" in union_ids(tags)


def test_an_elided_place_before_an_apposition_is_no_union() -> None:
    tags = tag_text("La grève de l'UST et celle du SET section de N'Djamena, le syndicat appelle à continuer.", language="fr")
    assert "Djamena" not in discovered_names(tags)


def test_a_parents_federation_is_no_union() -> None:
    tags = tag_text("Même la FCPE, un syndicat de parents d'élèves, appelle à la grève dans les écoles de Lyon.", language="fr")
    assert "FCPE" not in discovered_names(tags)


def test_a_name_defined_as_a_union_is_still_one() -> None:
    tags = tag_text("Le Sutep, le syndicat des enseignants, appelle à la grève au Pérou.", language="es")
    assert "sutep-pe" in union_ids(tags)


def test_a_run_of_acronyms_joined_by_hyphens_is_a_list() -> None:
    tags = tag_text("Le communiqué diffusé par l'intersyndicale CFDT-SNJ-CGT dénonce les licenciements à Rennes.", language="fr")
    assert "snj-cgt-fr" not in union_ids(tags)
    assert {"cfdt", "cgt-fr"} <= union_ids(tags)


def test_a_members_acronym_with_its_confederations_stays_one_name() -> None:
    tags = tag_text("Lille : le SNJ-CGT appelle les journalistes du quotidien à la grève.", language="fr")
    assert "snj-cgt-fr" in union_ids(tags)


def test_a_local_written_as_acronym_and_number_keeps_that_form() -> None:
    tags = tag_text("Québec : le Syndicat des débardeurs du port (SCFP 2614) est en lock-out depuis huit mois.", language="fr")
    locals_ = [tag for tag in tags.unions if tag.name == "SCFP Local 2614"]
    assert locals_ and locals_[0].acronym == "SCFP 2614"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les cols bleus de Saint-Jean-sur-Richelieu (SCFP 3055 et 4134) vivent une situation difficile.", "SCFP Local 4134"),
        ("Members of UFCW 21 and 367 voted to strike at the grocery chain in Seattle.", "UFCW Local 367"),
    ],
)
def test_a_second_number_joined_to_a_local_is_another_local(text: str, expected: str) -> None:
    assert expected in discovered_names(tag_text(text))


def test_a_count_joined_to_a_local_is_no_local() -> None:
    names = discovered_names(tag_text("CUPE 3903 and 500 workers marched to the university in Toronto."))
    assert "CUPE Local 500" not in names


def test_a_lower_case_adjective_inside_a_french_name_is_the_names() -> None:
    tags = tag_text("Le Syndicat des travailleurs de la Société nationale d'électricité appelle à la grève au Cameroun.")
    assert "Syndicat des travailleurs de la Société nationale" in discovered_names(tags)


def test_a_lower_case_adjective_after_a_french_name_ends_it() -> None:
    tags = tag_text("Le Syndicat des travailleurs de la Société nationale appelle à la grève au Cameroun.")
    assert "Syndicat des travailleurs de la Société nationale" not in discovered_names(tags)
