"""A second union after "y el" and an ordinal, Spanish "desde ... hasta" before towns, a translated name before a
dashed acronym, and directory rows for Latin American unions (issue 9, branch latam36, sample
bench/data/wide_latam36)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_names


def test_an_ordinal_after_y_el_starts_a_second_union() -> None:
    # es-36420: two unions of Paraguay's finance ministry, the second opened by "Primer"
    tags = tag_text("El Sindicato de Funcionarios Profesionales del Ministerio de Hacienda y el Primer Sindicato de "
                    "Funcionarios del Ministerio de Hacienda (Prisifumh) habían convocado una huelga en Asunción.",
                    language="es")
    names = discovered_names(tags) | union_names(tags)
    assert "Sindicato de Funcionarios Profesionales del Ministerio de Hacienda" in names
    assert not any(" y el " in name for name in names)


@pytest.mark.parametrize("text, country", [
    # es-36440: supermarket unions strike along Chile
    ("Los sindicatos iniciarán una huelga desde Arica hasta Osorno.", "CL"),
    ("La marcha de los mineros llegará hasta Huanuni el lunes.", "BO"),
])
def test_desde_and_hasta_place_a_town(text: str, country: str) -> None:
    assert primary_countries(tag_text(text, language="es")) == {country}


@pytest.mark.parametrize("text, language, name", [
    ("Después de 1408 días en huelga los trabajadores del SUTNOTIMEX levantaron la huelga.", "es",
     "Sindicato Único de Trabajadores de Notimex"),
    ("En comunicado al presidente del Sutrasfco, Dole explica que no hay condiciones de trabajo.", "es",
     "Sindicato Unificado de Trabajadores de la Standard Fruit Company"),
    ("Zaguirre fue vicepresidente de la Confederación Mundial del Trabajo entre 1981 y 2006.", "es",
     "World Confederation of Labour"),
    ("El Sindicato Aceitero de Rosario, nucleado en la Federación Nacional Aceitera, comenzó un paro.", "es",
     "Federación de Trabajadores del Complejo Industrial Oleaginoso"),
])
def test_latin_american_directory_rows(text: str, language: str, name: str) -> None:
    assert name in union_names(tag_text(text, language=language))


def test_a_translated_name_before_a_dashed_acronym_is_that_union() -> None:
    # pt-36449: the Salvadoran social-security union named in Portuguese, its own acronym after a dash
    tags = tag_text("O ministro iniciou uma cruzada contra o Sindicato de Trabalhadores do Instituto Salvadorenho de "
                    "Previdência Social – STISSS. Utilizando-se do aparelho do Estado.", language="pt")
    assert union_names(tags) == {"Sindicato de Trabajadores del Instituto Salvadoreño del Seguro Social"}
    assert not discovered_names(tags)
