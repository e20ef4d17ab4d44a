"""Spanish-language labour news (branch es34): workers "de origen" a country come from it, a place right after a
union's acronym is its branch, cities several countries share (Santiago, San Antonio, La Paz), several unions counted
("un grupo de Sindicatos de ..."), a hospital named with its acronym, and the rows of
data/union_sources/spanish-pages-es34.tsv."""

from __future__ import annotations

from tests.matching import all_countries, discovered_names, primary_countries, tag_text, union_ids


def test_workers_of_a_named_origin_are_not_their_country_of_origin() -> None:
    tags = tag_text("Unos ochenta jornaleros de origen senegalés ocupan desde el lunes una nave de la cooperativa. "
                    "El sindicato exige el pago de los salarios atrasados.",
                    title="España: jornaleros ocupan una nave agrícola")
    assert primary_countries(tags) == {"ES"}
    assert "SN" in all_countries(tags)


def test_a_country_named_outright_stays_primary_beside_an_origin() -> None:
    tags = tag_text("Los trabajadores de Senegal convocaron una huelga nacional en el puerto de Dakar.")
    assert "SN" in primary_countries(tags)


def test_a_place_right_after_a_union_acronym_is_its_branch_not_a_surname() -> None:
    tags = tag_text("El Sindicato de Ramas Médicas de Salud Pública (Sirmes) de La Paz exige ítems para los hospitales.",
                    title="Sirmes La Paz anuncia un paro de 48 horas")
    assert primary_countries(tags) == {"BO"}


def test_a_first_name_and_surname_after_a_union_acronym_are_still_a_person() -> None:
    tags = tag_text("Jak powiedziała rzeczniczka ZNP Magdalena Kaszulanis, nauczyciele przyjdą pod ministerstwo.",
                    title="ZNP szykuje demonstrację")
    assert "CO" not in all_countries(tags)


def test_santiago_beside_a_dominican_union_is_santiago_de_los_caballeros() -> None:
    tags = tag_text("La Asociación Dominicana de Profesores (ADP) en Santiago paralizó la docencia en tres distritos "
                    "escolares por la falta de maestros.")
    assert primary_countries(tags) == {"DO"}


def test_santiago_alone_is_still_chile() -> None:
    assert primary_countries(tag_text("Miles de profesores marcharon por el centro de Santiago contra la reforma.")) == {"CL"}


def test_san_antonio_beside_valparaiso_is_chiles_port() -> None:
    tags = tag_text("Los estibadores de San Antonio, en la Región de Valparaíso, paralizaron los terminales del puerto.")
    assert primary_countries(tags) == {"CL"}


def test_la_paz_beside_mexico_is_baja_california_sur() -> None:
    tags = tag_text("Los maestros de la sección 3 marcharon en La Paz; el paro en México sigue en tres estados.")
    assert "BO" not in all_countries(tags)


def test_several_unions_counted_are_not_one_union_named() -> None:
    tags = tag_text("Un grupo de Sindicatos de Choferes del Transporte Interurbano anunció un paro en la provincia "
                    "de Espaillat, en la República Dominicana.")
    assert not any(name.startswith("Sindicatos de Choferes") for name in discovered_names(tags))


def test_a_hospital_named_with_its_acronym_is_no_union() -> None:
    tags = tag_text("Las enfermeras se concentraron ante el Hospital Universitario Central de Asturias (HUCA) en "
                    "Oviedo, convocadas por el Sindicato de Enfermería.")
    assert not any(name.startswith("Hospital") for name in discovered_names(tags))
    assert "satse-es" in union_ids(tags)


def test_es34_directory_rows() -> None:
    tags = tag_text("El secretario general del Sindicato Azucarero dijo en Camagüey que la zafra empezará en noviembre.")
    assert "snta-cu" in union_ids(tags)
    tags = tag_text("Intersindical Canaria y Sindicalistas de Base apoyaron a las camareras de piso en Arona, Tenerife.")
    assert "intersindical-canaria-es" in union_ids(tags)
    tags = tag_text("La Federación Independiente de Trabajadores de Honduras (FITH) condenó los despidos en Choloma.")
    assert "fith-hn" in union_ids(tags)
