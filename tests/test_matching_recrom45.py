"""Spanish, Portuguese, French and Italian pass (issue 9, branch recrom45): Spanish and Portuguese "Cada" (each),
opening a sentence, is no name of Chad; Cameroon's hospital staff union CAP/Santé and Burkina Faso's tax officers'
union SNAID, named in full, without "national" or by the slash form, and Côte d'Ivoire's medical officers' union
Sycamci are directory unions."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere

CAP_SANTE = "syndicat-national-des-personnels-des-etablissements-et-entre-cm"
SNAID = "snaid-bf"
SYCAMCI = "sycamci-ci"


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_recrom45")
    assert len(sample) >= 24
    assert not _pages_found_elsewhere("wide_recrom45")


@pytest.mark.parametrize("text", [
    # wide_recrom45 pt-45512, wide_es20b es-10160: "each" opening a sentence
    "Cada dia que passa mais professores aderem à paralisação em Salvador.",
    "Cada semana se suman más trabajadores al paro en Rosario.",
])
def test_each_opening_a_sentence_is_not_chad(text: str) -> None:
    assert "TD" not in primary_countries(tag_text(text))


def test_chad_named_is_still_chad() -> None:
    assert "TD" in primary_countries(tag_text("Los maestros de Chad están en huelga desde el lunes en Yamena."))


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_recrom45 fr-45521: the slash form, after "syndicat"
    ("Le président du syndicat CAP/Santé annonce la reprise de la grève à Yaoundé.", CAP_SANTE),
    # wide_recrom45 fr-45520: the name without "national" nor "du Cameroun", the slash between two nouns
    ("Le Syndicat des personnels des établissements/entreprises du secteur de la santé menace de durcir le "
     "mouvement.", CAP_SANTE),
    # wide_recrom45 fr-45525: the name without "national"
    ("Le secrétaire général du Syndicat des agents des impôts et des domaines a suspendu la grève à Ouagadougou.",
     SNAID),
    # wide_fr34 fr-34325, wide_recrom45 fr-45522: the title-case acronym after the umbrella's, joined by a slash
    ("Les syndicats regroupés dans la faîtière Coordisante/Sycamci ont levé leur mot d'ordre à Abidjan.", SYCAMCI),
])
def test_a_francophone_african_union_the_directory_now_knows_is_found(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_the_slash_forms_head_is_no_union_of_its_own() -> None:
    ids = union_ids(tag_text("Le président du syndicat CAP/Santé annonce la reprise de la grève à Yaoundé."))
    assert not any(union_id.startswith("found:") for union_id in ids), ids


@pytest.mark.parametrize(("text", "union_id"), [
    # a course set for health and the agents of a tax office, no union named
    ("Le gouvernement garde le cap sur la santé publique malgré la grève.", CAP_SANTE),
    ("Les agents des impôts et des domaines de Bobo-Dioulasso ont observé un sit-in.", SNAID),
    ("Le syndicat des cadres médicaux de l'hôpital a tenu son assemblée à Abidjan.", SYCAMCI),
])
def test_words_of_those_names_alone_are_no_union(text: str, union_id: str) -> None:
    assert union_id not in union_ids(tag_text(text))
