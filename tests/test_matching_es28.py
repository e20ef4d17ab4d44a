"""Unions of Spanish- and Portuguese-speaking countries the directory lacked or knew under another spelling, and
common first names and surnames that are also places read as persons' names (issue 9, branch es28)."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, tag_text, union_names


@pytest.mark.parametrize("text, name", [
    # Colombia's electrical technicians' federation, by its acronym after a name written in lower case
    ("En Medellín, la federación de técnicos electricistas (FENALTEC) pidió al Gobierno revisar las matrículas "
     "profesionales antes de la nueva norma.",
     "Federación Nacional de Profesionales Técnicos Electricistas de Colombia"),
    # Chubut's doctors' union, by the acronym it signs with
    ("Los médicos de los hospitales de Trelew y Esquel pararon 24 horas; AGREMEDCH denunció que no hay "
     "paritarias desde el año pasado.", "Asociación Gremial Médica del Chubut"),
    # Tucumán's university teachers' union
    ("En San Miguel de Tucumán, la ADIUNT anunció un paro de 48 horas en todas las facultades de la universidad.",
     "Asociación de Docentes e Investigadores de la Universidad Nacional de Tucumán"),
    # Rio de Janeiro's energy workers' union
    ("Os eletricitários de Furnas e da Light aprovaram em assembleia no Sintergia uma greve de 48 horas no Rio "
     "de Janeiro.", "Sindicato dos Trabalhadores nas Empresas de Energia do Rio de Janeiro e Região"),
    # the Oaxaca teachers' section in its Roman-numeral spelling
    ("Los maestros de la Sección XXII marcharon al zócalo de Oaxaca para exigir la abrogación de la reforma.",
     "Sección 22 del Sindicato Nacional de Trabajadores de la Educación"),
])
def test_a_union_the_directory_lacked_is_found(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


@pytest.mark.parametrize("text, country", [
    # a surname that is Panama's province, after a first name
    ("El presidente de la federación de médicos de Cochabamba, Rolando Herrera, anunció un paro de 24 horas en "
     "los hospitales de Bolivia.", "PA"),
    # a first name that is Tunisia's governorate, before a surname
    ("La ministra de Salud, Ariana Campero, no asistió a la reunión con los médicos en La Paz, Bolivia.", "TN"),
])
def test_a_persons_name_is_no_place(text: str, country: str) -> None:
    assert country not in all_countries(tag_text(text))


@pytest.mark.parametrize("text, country", [
    # the province itself, after a preposition
    ("Los productores de la provincia de Herrera bloquearon la carretera hacia Chitré.", "PA"),
    # the governorate itself
    ("Les ouvriers du textile de l'Ariana ont observé une grève de deux jours.", "TN"),
])
def test_the_place_itself_is_still_read(text: str, country: str) -> None:
    assert country in all_countries(tag_text(text))


@pytest.mark.parametrize("text", [
    # a legal section of a law is no union section
    "La sección 22 de la ley de presupuesto fija el salario mínimo de los funcionarios municipales en Lima.",
    # the acronym alone inside another word
    "El nuevo modelo ADIUNTOR de la marca fue presentado en la feria de Buenos Aires.",
])
def test_no_union_is_invented(text: str) -> None:
    assert not union_names(tag_text(text))


@pytest.mark.parametrize("text, country, not_country", [
    # a Spanish town named with "de" after a preposition: Galicia's capital, not Chile's Santiago
    ("Los trabajadores del metal se concentraron ayer en Santiago de Compostela ante la sede de la patronal.",
     "ES", "CL"),
    # a Dominican town, not the Californian city
    ("Los choferes paralizaron el transporte en San Francisco de Macorís durante toda la mañana.", "DO", "US"),
])
def test_a_town_named_with_de_is_read_whole(text: str, country: str, not_country: str) -> None:
    countries = all_countries(tag_text(text))
    assert country in countries and not_country not in countries


def test_a_city_before_de_and_its_country_stays() -> None:
    # "Santiago de Chile" names no town: Chile's capital and Chile
    assert all_countries(tag_text("Los mineros marcharon en Santiago de Chile hacia el palacio de La Moneda.")) == {"CL"}
