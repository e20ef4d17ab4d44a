"""Spanish and Portuguese trade words that make a weak head's name a union's, and cooperatives' federations that are
none (issue 9, branch recro38)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text


@pytest.mark.parametrize("text, name", [
    # a trade's noun or adjective after a weak head ("Unión", "Federación", "Federação") names the union of that trade
    ("Los estibadores de Iquique siguen el llamado de la Unión Portuaria del Norte, que convocó a un paro en Chile.",
     "Unión Portuaria del Norte"),
    ("La Federación de Enfermeras de Bolivia anunció un paro de 48 horas en los hospitales de La Paz.",
     "Federación de Enfermeras de Bolivia"),
    ("La Unión de Pilotos de la Aviación Comercial de Puerto Rico denunció despidos en San Juan.",
     "Unión de Pilotos de la Aviación Comercial de Puerto Rico"),
    ("A Federação dos Petroleiros do Norte Fluminense convocou assembleias em Macaé, no Brasil.",
     "Federação dos Petroleiros do Norte Fluminense"),
    ("La Federación Nacional Bancaria de Honduras rechazó los despidos en Tegucigalpa.",
     "Federación Nacional Bancaria de Honduras"),
])
def test_a_trade_word_after_a_weak_head_names_a_union(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text)), discovered_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # cooperatives federated are the cooperatives' (their owners') body, not a union of workers
    "La Federación de Cooperativas Mineras de Potosí bloqueó la carretera hacia Oruro, en Bolivia.",
    "La Confederación de Cooperativas de Trabajo de Valencia firmó el acuerdo en España.",
    "La Federación de Cooperativas de Trabajo de Uruguay firmó el acuerdo en Montevideo.",
    "A Federação das Cooperativas de Trabalho do Rio Grande do Sul reuniu-se em Porto Alegre, no Brasil.",
])
def test_a_federation_of_cooperatives_is_no_union(text: str) -> None:
    assert not any("ooperativ" in name for name in discovered_names(tag_text(text))), discovered_names(tag_text(text))


def test_a_cooperatives_workers_union_is_still_one() -> None:
    text = "El Sindicato de Trabajadores de la Cooperativa Agrícola de Rancagua votó la huelga en Chile."
    assert "Sindicato de Trabajadores de la Cooperativa Agrícola de Rancagua" in discovered_names(tag_text(text))


@pytest.mark.parametrize("text, name", [
    # Galician writes the Iberian weak heads as Spanish does; a story known to be Galician reads them too
    ("A Confederación Xeral de Traballadores Galegos convocou unha folga en Vigo.",
     "Confederación Xeral de Traballadores Galegos"),
    ("A Federación de Traballadores do Mar de Galicia reuniuse onte en Burela.",
     "Federación de Traballadores do Mar de Galicia"),
])
def test_galician_weak_heads_name_unions_in_a_galician_story(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text, language="gl")), discovered_names(tag_text(text, language="gl"))


@pytest.mark.parametrize("text, name, language", [
    # "Intersindical" heads a name of unions of unions, capitalised
    ("Naquel ano naceu a Intersindical Nacional Galega en Santiago de Compostela.", "Intersindical Nacional Galega", "gl"),
    ("A Intersindical Nacional dos Traballadores Galegos chamou á folga en Ferrol.",
     "Intersindical Nacional dos Traballadores Galegos", "gl"),
    ("La Intersindical Obrera de Canarias convocó una concentración en Las Palmas, España.",
     "Intersindical Obrera de Canarias", "es"),
])
def test_intersindical_heads_a_name(text: str, name: str, language: str) -> None:
    assert name in discovered_names(tag_text(text, language=language)), discovered_names(tag_text(text, language=language))


@pytest.mark.parametrize("text", [
    "La mesa intersindical del Metro de Madrid convocó nuevos paros en España.",  # the adjective, written small
    "La Plataforma Intersindical de Defensa de la Sanidad Pública se manifestó en Madrid, España.",  # a platform
])
def test_intersindical_written_small_or_after_a_platform_is_no_name(text: str) -> None:
    assert not any("ntersindical" in name for name in discovered_names(tag_text(text, language="es")))
