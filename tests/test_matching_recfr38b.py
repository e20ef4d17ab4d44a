"""French union names (issue 9, branch recfr38b): each test is one rule, with sentences of my own in the shape the wide
samples write them."""

from __future__ import annotations

from tests.matching import tag_text, union_ids, union_names


def test_an_acronym_dashed_to_fo_or_fsu_is_a_union_beside_its_centre() -> None:
    # wide_romance12 fr-2435 ("Le syndicat ID-FO des personnels de direction"): the directory's "FO" after the dash
    # no longer decides the name
    tags = tag_text("À Paris, le SNPDEN-FO et le SNUEP-FSU appellent les personnels de direction et les professeurs des "
                    "lycées professionnels à la grève le 5 décembre.")
    assert {"SNPDEN-FO", "SNUEP-FSU"} <= union_names(tags)
    assert {"fo", "fsu-fr"} <= union_ids(tags)
    tags = tag_text("À Lyon, le syndicat ID-FO des personnels de direction soutient le mouvement de grève des "
                    "enseignants du 5 décembre.")
    assert "ID-FO" in union_names(tags)


def test_a_centres_acronym_and_a_sector_word_name_its_federation() -> None:
    # wide_fr18 fr-5624 ("la CFTC Santé dépose un préavis"), wide_fr34 fr-34314 ("CGSP Enseignement", "SLFP
    # Enseignement", "VSOA Onderwijs"): the federation, and its centre beside it
    tags = tag_text("À Lille, la CFTC Santé a déposé un préavis de grève illimitée au centre hospitalier, soutenue par "
                    "la FO Territoriaux du département.")
    assert {"CFTC Santé", "FO Territoriaux"} <= union_names(tags)
    assert {"cftc", "fo"} <= union_ids(tags)
    tags = tag_text("À Bruxelles, la CGSP Enseignement et le SLFP Enseignement manifestent avec le VSOA Onderwijs contre "
                    "la réforme des pensions des enseignants.")
    assert {"CGSP Enseignement", "SLFP Enseignement", "VSOA Onderwijs"} <= union_names(tags)
    tags = tag_text("À Gand, l'Acod Onderwijs a signé l'accord avec ses homologues francophones, a indiqué la "
                    "ministre de l'Enseignement de la Communauté flamande.")
    assert "Acod Onderwijs" in union_names(tags)


def test_a_centre_before_a_workplace_or_a_place_names_no_union_of_its_own() -> None:
    tags = tag_text("À Douai, la CGT Renault et la FGTB Charleroi ont rejoint la manifestation contre la fermeture de "
                    "l'usine, selon les délégués syndicaux.")
    assert not {"CGT Renault", "FGTB Charleroi"} & union_names(tags)


def test_a_directory_federation_of_a_centre_is_named_with_its_head_in_lower_case() -> None:
    # wide_unions7b fr-705 ("La fédération CGT du commerce et des services a rejoint l'appel")
    tags = tag_text("À Paris, la fédération FO des cheminots a rejoint l'appel à la grève reconductible des agents de la "
                    "SNCF, aux côtés de SUD-Rail.")
    assert "federation-fo-des-cheminots-fr" in union_ids(tags)
    tags = tag_text("À Lyon, la fédération des cheminots de la région a rejoint l'appel à la grève des agents de la "
                    "SNCF.")
    assert "federation-fo-des-cheminots-fr" not in union_ids(tags)
