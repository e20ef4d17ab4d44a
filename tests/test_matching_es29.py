"""Spanish acronyms a dash sets off after a union's name, and the directory rows of
data/union_sources/spanish-pages-es29.tsv (issue 9, branch es29)."""

from __future__ import annotations

import pytest

from bot.matching import StoryTags
from tests.matching import tag_text, union_ids


def _found(tags: StoryTags) -> dict[str, str | None]:
    return {tag.name: tag.acronym for tag in tags.unions if tag.union_id.startswith("found:")}


@pytest.mark.parametrize("text, acronym", [
    # a dash sets the name's own acronym off as brackets would, spaced or not, syllabic or by initials
    ("En Cali, el Sindicato Nacional de Trabajadores de la Industria Licorera – SINTRALIC anunció un paro de 48 horas.",
     "SINTRALIC"),
    ("En Barranquilla, la Asociación de Conductores Portuarios del Caribe -ACPC- pidió una reunión con la empresa.",
     "ACPC"),
    ("La Federación de Trabajadores Bananeros de Sixaola - FETRABAS convocó una asamblea en Limón.", "FETRABAS"),
])
def test_an_acronym_after_a_dash_is_the_names_own(text: str, acronym: str) -> None:
    assert acronym in _found(tag_text(text)).values()


def test_a_known_union_written_with_its_acronym_after_a_dash_is_one_union() -> None:
    tags = tag_text(
        "En Bogotá, la Asociación Nacional Sindical de Trabajadores y Servidores Públicos de la Salud – ANTHOC "
        "denunció despidos en el hospital departamental."
    )
    assert union_ids(tags) == {"anthoc-co"}
    assert [country.code for country in tags.countries] == ["CO"]


@pytest.mark.parametrize("text, name", [
    # a centre after the dash that starts otherwise is not the local's acronym: the local keeps its own name
    ("En Arequipa, el Sindicato de Trabajadores de Minera Cerro Verde – CGTP marchó hacia la plaza.",
     "Sindicato de Trabajadores de Minera Cerro Verde"),
    # nor is a capitalised word after the acronym: another name starts there
    ("En Medellín, el Sindicato de Trabajadores del Transporte Urbano – SINTRATU Medellín rechazó el cierre.",
     "Sindicato de Trabajadores del Transporte Urbano"),
])
def test_a_dash_before_another_bodys_acronym_leaves_the_name_without_it(text: str, name: str) -> None:
    assert _found(tag_text(text)).get(name, "missing") is None


@pytest.mark.parametrize("text, union_id", [
    # Argentina's state workers by the official name, without "de"
    ("La Asociación Trabajadores del Estado convocó un paro nacional de 36 horas.", "ate-ar"),
    ("Los obreros de la Unión Obrera de la Construcción cortaron la ruta en Neuquén.", "uocra-ar"),
    ("El Sindicato de Vendedores de Diarios y Revistas cerró los puestos de Quilmes.",
     "sindicato-de-vendedores-de-diarios-y-revistas-ar"),
    ("Los dirigentes de Anthoc se reunieron con el gerente del hospital de Pitalito.", "anthoc-co"),
    ("La Federación de Sindicatos de Educación y Sanidad (FSES) se reunió en Toledo con la consejera.", "fses-es"),
    ("El Sindicato Nacional de Trabajadores Mineros, Metalúrgicos y Similares de la República Mexicana votó en "
     "Monclova.", "los-mineros"),
    ("El Sindicato Nacional de Mineros eligió a su comité en Lázaro Cárdenas.", "los-mineros"),
])
def test_the_es29_directory_rows(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_a_known_acronym_without_a_place_gives_the_unions_country() -> None:
    tags = tag_text("La Asociación Trabajadores del Estado (ATE) anunció un paro nacional contra los despidos.")
    assert "ate-ar" in union_ids(tags)
    assert "AR" in {country.code for country in tags.countries}


@pytest.mark.parametrize("text", [
    # negatives: an employers' body called "sindicato patronal", a dash before a date or a lower-case word
    "La Coparmex, sindicato patronal, pidió en Monterrey gradualidad en la reducción de la jornada.",
    "En Sevilla la Confederación de Empresarios – CEA reclamó ayudas para las pymes.",
])
def test_what_stays_untagged(text: str) -> None:
    assert not union_ids(tag_text(text))
