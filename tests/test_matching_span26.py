"""Where a recognised union name starts and ends (issue 9): a name does not run on across "and" into a second
union's name, and a determiner before a name is not part of it."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_names


@pytest.mark.parametrize("text, language, first, second", [
    # a preposition repeated after "and" governs a second name
    ("La huelga contó con el apoyo del Sindicato de Choferes de Tarija y del Sindicato Único de Panaderos.",
     "es", "Sindicato de Choferes de Tarija", "Sindicato Único de Panaderos"),
    ("Le rassemblement était soutenu par le Syndicat des Dockers de Brest et de la Fédération des Marins Pêcheurs.",
     "fr", "Syndicat des Dockers de Brest", "Fédération des Marins Pêcheurs"),
    ("A greve teve o apoio do Sindicato dos Padeiros de Goiás e do Sindicato dos Vigilantes do Pará.",
     "pt", "Sindicato dos Padeiros de Goiás", "Sindicato dos Vigilantes do Pará"),
    # English: "and the" starts a second name
    ("Marchers came from the Amalgamated Union of Harbour and Dock Workers and the Brewery Drivers Union.",
     "en", "Amalgamated Union of Harbour and Dock Workers", "Brewery Drivers Union"),
])
def test_a_name_ends_before_and_and_a_second_names_preposition_or_article(
        text: str, language: str, first: str, second: str) -> None:
    names = union_names(tag_text(text, language=language))
    assert first in names
    assert not any(name.startswith(first) and name != first for name in names)


@pytest.mark.parametrize("text, language, name", [
    # "and" between trades inside one name stays in it
    ("The Amalgamated Union of Harbour and Dock Workers called a strike at the port.", "en",
     "Amalgamated Union of Harbour and Dock Workers"),
    ("El Sindicato de Trabajadores del Vidrio y del Cristal de Mendoza convocó un paro.", "es",
     "Sindicato de Trabajadores del Vidrio y del Cristal de Mendoza"),
    ("Le Syndicat des Travailleurs du Bois et de la Construction a appelé à la grève.", "fr",
     "Syndicat des Travailleurs du Bois et de la Construction"),
    # "and" + article + a capitalised word ends only an English name
    ("El Sindicato de Empleados del Comercio y la Industria de Salta convocó un paro.", "es",
     "Sindicato de Empleados del Comercio y la Industria de Salta"),
])
def test_and_inside_one_name_still_joins_its_words(text: str, language: str, name: str) -> None:
    assert name in union_names(tag_text(text, language=language))


@pytest.mark.parametrize("text, language, name", [
    ("Dicho Sindicato de Choferes de Tarija convocó a un paro de 48 horas.", "es", "Sindicato de Choferes de Tarija"),
    ("Ce Syndicat des Dockers de Brest appelle à manifester lundi.", "fr", "Syndicat des Dockers de Brest"),
    ("Esse Sindicato dos Metalúrgicos de Betim convocou uma assembleia.", "pt", "Sindicato dos Metalúrgicos de Betim"),
    ("Questo Sindacato dei Portuali di Genova ha proclamato lo sciopero.", "it", "Sindacato dei Portuali di Genova"),
])
def test_a_determiner_before_a_name_is_not_part_of_it(text: str, language: str, name: str) -> None:
    names = union_names(tag_text(text, language=language))
    assert name in names
    assert not any(name in other and other != name for other in names)


@pytest.mark.parametrize("text, language", [
    ("Une intersyndicale appelle à la grève des enseignants jeudi.", "fr"),
    ("Un sindicato convocó a la huelga en la planta.", "es"),
])
def test_a_determiner_and_a_head_alone_name_nothing(text: str, language: str) -> None:
    assert union_names(tag_text(text, language=language)) == set()
