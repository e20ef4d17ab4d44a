"""A directory union whose name is made of generic words only needs its own country in the story; a story placed
in another country that names a union so is about its own union of that name, a discovered one of the story's
country (issue 9). Sentences of our own, not taken from the real-news set."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids


@pytest.mark.parametrize(("text", "local", "foreign"), [
    ("In Patna, Bihar, the Station Masters' Union called a protest against the new duty rosters of Indian Railways.",
     "found:IN:station-masters-union", "station-masters-union-lk"),
    ("Em Cabo Verde, o Sindicato Nacional dos Professores do Ensino Superior convocou uma greve na Universidade de "
     "Cabo Verde, na Praia.",
     "found:CV:sindicato-nacional-dos-professores-do-ensino-superior", "sinpes-ao"),
    ("En Tegucigalpa, el Sindicato Nacional de Trabajadores de la Educación convocó un paro de 48 horas en las "
     "escuelas de Honduras.",
     "found:HN:sindicato-nacional-de-trabajadores-de-la-educacion", "snte"),
    ("En Buenos Aires, la Federación de Trabajadores de la Enseñanza reclamó a la provincia un aumento salarial para "
     "los docentes argentinos.",
     "found:AR:federacion-de-trabajadores-de-la-ensenanza", "fete-ugt-es"),
    ("À Bamako, le Syndicat autonome de l'enseignement supérieur a déclenché une grève illimitée dans les "
     "universités maliennes.",
     "found:ML:syndicat-autonome-de-l-enseignement-superieur", "saes-sn"),
])
def test_a_generic_name_in_another_country_is_the_storys_own_union(text: str, local: str, foreign: str) -> None:
    ids = union_ids(tag_text(text))
    assert local in ids
    assert foreign not in ids


def test_the_local_union_named_twice_is_primary() -> None:
    tags = tag_text(
        "In Patna, the Station Masters' Union said members of the Danapur division would stop work.",
        title="Station Masters' Union calls strike in Bihar",
    )
    assert [(tag.union_id, tag.country, tag.salience) for tag in tags.unions] == [
        ("found:IN:station-masters-union", "IN", "primary")]


@pytest.mark.parametrize(("text", "union_id"), [
    ("In Colombo, the Station Masters' Union began a token strike over delays in recruitment at Sri Lanka Railways.",
     "station-masters-union-lk"),
    ("Em Luanda, o Sindicato Nacional dos Professores do Ensino Superior convocou uma greve nas universidades "
     "angolanas.", "sinpes-ao"),
    ("En Ciudad de México, el Sindicato Nacional de Trabajadores de la Educación marchó al Zócalo.", "snte"),
    ("À Dakar, le Syndicat autonome de l'enseignement supérieur a déclenché une grève illimitée dans les "
     "universités sénégalaises.", "saes-sn"),
])
def test_in_its_own_country_the_directory_union_stays(text: str, union_id: str) -> None:
    ids = union_ids(tag_text(text))
    assert union_id in ids
    assert not any(found.startswith("found:") for found in ids)


def test_the_foreign_union_backed_by_its_country_in_the_story_stays_the_directorys() -> None:
    ids = union_ids(
        tag_text(
            "In Patna, Bihar, railway staff were joined by Sri Lanka's Station Masters' Union, which sent a message of support."
        )
    )
    assert ids == {"station-masters-union-lk"}


def test_a_name_read_beyond_the_directorys_span_is_no_namesake() -> None:
    # "General Workers Union" is a directory name; the name read with the word before it is none of the story's own
    assert union_ids(tag_text("The Tunisian General Workers Union (UGTT) has warned it will call a general strike.")) == {"ugtt"}


def test_an_acronym_of_the_storys_country_after_the_name_keeps_its_union() -> None:
    # "General Union of Workers" is Spain's UGT in the directory; "(UGT)" in a Lisbon story is Portugal's
    ids = union_ids(tag_text("In Lisbon, the General Union of Workers (UGT) and the CGTP called a strike for Thursday."))
    assert "ugt-pt" in ids
    assert not any(union_id.startswith("found:") or union_id == "ugt-es" for union_id in ids)


@pytest.mark.parametrize("text", [
    "In Patna, Bihar, the union of station masters called a protest against the new duty rosters.",
    "In Mumbai, station masters and union leaders met the railway board of India on Monday.",
    "Em Mindelo, Cabo Verde, os professores do ensino superior e o sindicato nacional fizeram greve.",
    "En Tegucigalpa, los trabajadores de la educación y el sindicato nacional convocaron un paro en Honduras.",
    "Les enseignants du supérieur à Bamako ont rejoint le syndicat autonome de l'enseignement supérieur en grève.",
])
def test_generic_phrases_that_name_no_union_stay_untagged(text: str) -> None:
    assert not tag_text(text).unions
