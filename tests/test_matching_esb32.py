"""Spanish-language labour news, a second sample (branch esb32): a confederation's regional or district body written
in full is the confederation, a meeting ("reunión") is no Réunion, a title-case name after a lower-case "sindicato" is
the name, a numbered union is one union however its number is written, and the directory rows of
data/union_sources/spanish-pages-esb32.tsv."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, discovered_names, primary_countries, tag_text, union_ids


@pytest.mark.parametrize(
    ("text", "union_id"),
    [
        ("La Unión General de Trabajadores de Andalucía convocó una concentración en Sevilla.", "ugt-es"),
        ("La Unión General de Trabajadores de Euskadi pidió un convenio para el metal de Bizkaia.", "ugt-es"),
        ("La Unión General de Trabajadores del País Valenciano celebró su aniversario con sus federaciones.", "ugt-es"),
        ("La Unión Comarcal de Comisiones Obreras de Gijón respaldó a los huelguistas del metal.", "ccoo"),
        ("La Unión Provincial de Comisiones Obreras de Huelva denunció despidos en una empresa de Hinojos.", "ccoo"),
    ],
)
def test_a_confederations_regional_body_is_the_confederation(text: str, union_id: str) -> None:
    tags = tag_text(text)
    assert union_id in union_ids(tags)
    assert not discovered_names(tags)


@pytest.mark.parametrize(
    "text",
    [
        "El Sindicato de Trabajadores de la Salud de Mendoza convocó un paro de 48 horas.",
        "La Confederación General del Trabajo de Bolivia convocó una marcha en La Paz.",
    ],
)
def test_a_sector_union_or_a_country_after_a_name_stays_a_union_of_its_own(text: str) -> None:
    assert discovered_names(tag_text(text))


def test_a_meeting_is_no_reunion_island() -> None:
    tags = tag_text(
        "La reunión programada del Comité Nacional de Salarios fue suspendida en Santo Domingo.",
        title="Reunión pautada para este miércoles sobre aumento salarial es suspendida",
    )
    assert "RE" not in all_countries(tags)


def test_la_reunion_alone_stays_the_island() -> None:
    assert "RE" in primary_countries(tag_text("Los sindicatos de La Reunión convocan una huelga general en Saint-Denis."))


def test_a_title_case_name_after_a_lower_case_head_is_the_name() -> None:
    tags = tag_text("El sindicato Trabajadores Unidos denunció a la empresa ante el servicio de mediación de Valladolid.")
    assert "Trabajadores Unidos" in discovered_names(tags)
    assert not [name for name in discovered_names(tags) if name.lower().startswith("sindicato")]


def test_a_lower_case_head_before_a_name_with_de_keeps_its_head() -> None:
    names = discovered_names(tag_text("El Sindicato de Trabajadores de la Educación de Oaxaca convocó un paro."))
    assert "Sindicato de Trabajadores de la Educación de Oaxaca" in names


def test_a_numbered_union_is_one_union_however_its_number_is_written() -> None:
    tags = tag_text(
        "El sindicato Número 1 de Minera Escondida votó la huelga. El Sindicato N° 1 de la compañía rechazó la oferta "
        "de BHP en Antofagasta."
    )
    assert "sindicato-n-1-de-trabajadores-de-minera-escondida-cl" in union_ids(tags)
    assert not discovered_names(tags)


@pytest.mark.parametrize(
    ("text", "union_id"),
    [
        ("En Sindicalistas de Base, sindicato mayoritario en la hostelería de Tenerife, preparan la huelga.", "sbc-es"),
        ("STOPEL es el único sindicato que aumenta su representación en la planta de Figueruelas.", "stopel-es"),
        ("Los afiliados de OSTA respaldaron el convenio de la factoría de Zaragoza.", "osta-es"),
        (
            "El secretario general de CCOO Servicios Canarias calificó la huelga de éxito en Tenerife.",
            "federacion-de-servicios-de-ccoo-es",
        ),
        ("La Federación de Funcionarios de OSE convocó un paro nacional en Montevideo.", "ffose-uy"),
        (
            "David Huerta, presidente del sindicato SEIU United Service Workers West (SEIU-USWW), habló en Los Ángeles.",
            "seiu-usww-us",
        ),
    ],
)
def test_a_union_the_directory_lacked_is_found(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_a_word_for_a_meeting_or_a_works_council_names_no_union() -> None:
    tags = tag_text("El comité de empresa de la planta de Figueruelas acudió a la reunión con la dirección en Zaragoza.")
    assert not union_ids(tags)
    assert "RE" not in all_countries(tags)
