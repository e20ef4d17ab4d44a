"""Spanish-language labour news (branch es32): "América Latina" and its sisters are no United States, Honduras's
La Lima is no Peru's capital, and the directory rows of data/union_sources/spanish-pages-es32.tsv."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_ids


def _countries(text: str) -> set[str]:
    return {tag.code for tag in tag_text(text).countries}


@pytest.mark.parametrize(
    "text",
    [
        "Los sindicatos de América Latina y el Caribe exigen salarios dignos para los trabajadores.",
        "La central convocó a las organizaciones de América del Sur y América Central a una jornada de protesta.",
        "Os sindicatos da América do Sul marcharam contra a reforma da previdência.",
    ],
)
def test_latin_south_and_central_america_are_not_the_united_states(text: str) -> None:
    assert "US" not in _countries(text)


def test_the_united_states_is_still_read_in_spanish() -> None:
    assert "US" in primary_countries(
        tag_text("El sindicato pidió al gobierno de Estados Unidos que presente una queja laboral en Washington.")
    )


def test_la_lima_is_honduras_not_peru() -> None:
    countries = primary_countries(
        tag_text("Los trabajadores de la maquila protestaron en el parque industrial a la salida a La Lima, Cortés.")
    )
    assert "HN" in countries and "PE" not in countries


def test_lima_alone_stays_peru() -> None:
    assert primary_countries(tag_text("Los mineros marcharon en Lima contra la reforma laboral.")) == {"PE"}


@pytest.mark.parametrize(
    ("text", "union_id"),
    [
        ("STEC, ANPE y UGT convocaron una huelga docente en los institutos de Santander.", "stec-es"),
        ("La huelga de profesores en Asturias la secundan CC OO, Suatea, UGT y CSIF.", "suatea-es"),
        ("La maestra es secretaria general del Frente Magisterial Salvadoreño y fue despedida en San Salvador.", "fms-sv"),
        ("Los sindicatos bananeros Sitraibana y Sitrapbi viajaron a Panamá para reunirse con el gobierno.", "sitrapbi-pa"),
        (
            "La presidenta de Asonaen llamó a las enfermeras a mantener el paro en los hospitales de Santo Domingo.",
            "asonaen-do",
        ),
        (
            "El presidente de la Unión General de Trabajadores de la Economía Informal (UGTI) habló en Bogotá.",
            "ugti-co",
        ),
        ("La huelga en Madrid la convocaron CC OO, FETE-UGT, ANPE, CSIT y STEM.", "csit-up-es"),
        ("Ahora se sumó al paro la Unión Portuaria del Biobío en Talcahuano y Coronel.", "union-portuaria-del-biobio-cl"),
        ("Los gremios AEFIP y SUPARA convocaron un apagón informático en la AFIP de Buenos Aires.", "aefip-ar"),
        (
            "El Sindicato Único del Personal Aduanero de la República Argentina convocó un paro en la Aduana.",
            "supara-ar",
        ),
    ],
)
def test_a_union_the_directory_lacked_is_found(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_a_cantabrian_stec_is_not_the_portuguese_bank_union() -> None:
    tags = tag_text("STEC, ANPE y UGT convocaron una huelga docente en los institutos de Santander, Cantabria.")
    assert "PT" not in primary_countries(tags)
    assert "stec-es" in union_ids(tags)


def test_a_paraguayan_une_sn_is_paraguays_teachers_union() -> None:
    tags = tag_text(
        "El secretario general de la Unión Nacional de Educadores - Sindicato Nacional (UNE-SN) pidió un reajuste "
        "salarial a Hacienda en Asunción."
    )
    assert "union-nacional-de-educadores-py" in union_ids(tags)


def test_a_word_for_teachers_names_no_union() -> None:
    assert union_ids(tag_text("Los maestros de Sucre marcharon hacia la gobernación para exigir su salario.")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Sindicatos de Siemens Gamesa registran paros parciales en las plantas de España",
        "Sindicatos de Renfe anuncian huelga en Madrid durante la Semana Santa",
        "Sindicatos da Petrobras convocam greve nas refinarias do Rio de Janeiro",
    ],
)
def test_a_headlines_sindicatos_of_a_firm_names_no_union(text: str) -> None:
    assert not [name for name in discovered_names(tag_text(text)) if name.startswith("Sindicatos")]


def test_a_union_named_with_its_trade_after_a_capitalised_plural_is_still_found() -> None:
    tags = tag_text("Sindicatos de Trabajadores Bananeros de Izabal marcharon en Morales, Guatemala.")
    assert "sitrabi-gt" in union_ids(tags)


def test_a_union_short_name_in_a_list_of_teachers_unions_is_backed_by_the_word_for_teachers() -> None:
    tags = tag_text("Paro general en Buenos Aires contra la reforma laboral.\n\n* Suteba (docentes).\n\n* Ademys (docentes).")
    assert any(tag.acronym == "ADEMYS" for tag in tags.unions)


def test_the_word_for_teachers_backs_no_union_of_a_country_the_story_does_not_name() -> None:
    tags = tag_text("Los docentes de Madrid leyeron en clase el cuento Suteba, de una autora gallega.")
    assert not any(tag.acronym == "SUTEBA" for tag in tags.unions)
