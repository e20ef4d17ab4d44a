"""Spain's co-official languages as Spain's press, Brazilian "Sind-" names with their region, and the directory rows
of data/union_sources/iberian-unions-ibero31.tsv (branch ibero31)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_ids


@pytest.mark.parametrize(
    "text",
    [
        # Basque: places only in inflected forms (Gasteizen, Donostiako), unions by acronym
        "Gaur goizean LAB eta ELA sindikatuek elkarretaratzea egin dute Gasteizen, lan erreformaren aurka. "
        "Donostiako langileek ere bat egin dute deialdiarekin.",
        # Galician: a union named by its acronym, towns only
        "A CIG convocou hoxe unha concentración diante da fábrica de Narón para esixir a readmisión dos "
        "traballadores despedidos.",
    ],
)
def test_a_story_in_a_co_official_language_of_spain_naming_no_country_is_about_spain(text: str) -> None:
    assert primary_countries(tag_text(text)) == {"ES"}


def test_basque_acronyms_are_backed_in_a_basque_story_naming_no_country() -> None:
    ids = union_ids(
        tag_text(
            "Gaur goizean LAB eta ELA sindikatuek elkarretaratzea egin dute Gasteizen, lan "
            "erreformaren aurka. Donostiako langileek ere bat egin dute deialdiarekin."
        )
    )
    assert {"ela", "lab-es"} <= ids


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Os petroleiros do Sindipetro Amazônia aprovaram a greve em Manaus.", "Sindipetro Amazônia"),
        ("O Sindsaúde de Minas Gerais convocou greve dos servidores em Belo Horizonte.", "Sindsaúde de Minas Gerais"),
        ("O Sindipetro CE/PI fez assembleia em Fortaleza nesta terça.", "Sindipetro CE/PI"),
    ],
)
def test_a_brazilian_sind_name_takes_the_region_written_after_it(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text, language="pt"))


@pytest.mark.parametrize(
    "text",
    [
        "Sindipetro Convoca Greve Nacional em Todo o Brasil",
        "O Sindipetro e a FUP fizeram assembleia em Curitiba.",
        "Segundo o Sindipetro, Tezeu Bezerra falou em Campos dos Goytacazes.",
    ],
)
def test_no_region_is_taken_from_a_headline_a_conjunction_or_a_person(text: str) -> None:
    names = discovered_names(tag_text(text, language="pt"))
    assert names <= {"Sindipetro"}


def test_two_states_codes_name_the_directory_union() -> None:
    ids = union_ids(tag_text("A colegiada do Sindipetro PR e SC debateu a greve em Curitiba.", language="pt"))
    assert "sindicato-dos-petroleiros-do-parana-e-santa-catarina-br" in ids


@pytest.mark.parametrize(
    "text",
    [
        "Em Salvador, os bancários fecharam as agências nesta terça, segundo o sindicato da categoria.",
        "As agências bancárias de Salvador amanheceram fechadas pela greve.",
    ],
)
def test_brazil_s_salvador_is_not_el_salvador(text: str) -> None:
    assert "SV" not in primary_countries(tag_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Les travailleurs du Salvador manifestent contre la nouvelle loi sur la fonction publique.",
        "Los sindicatos de El Salvador marcharon contra los despidos en el sector público.",
        "Unions in El Salvador marched against the dismissals of public workers.",
    ],
)
def test_el_salvador_is_still_named(text: str) -> None:
    assert "SV" in primary_countries(tag_text(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Los despidos siguieron a la fundación del Sindicato de Trabajadores de la Dirección General de Museos y "
            "Bibliotecas del Ministerio de Cultura y Turismo (SITRAMUSEOS) en Ciudad de Guatemala.",
            "Sindicato de Trabajadores de la Dirección General de Museos y Bibliotecas del Ministerio de Cultura y Turismo",
        ),
        (
            "El Sindicato de Trabajadores con Discapacidad (SINTRADIS) marchó en Medellín.",
            "Sindicato de Trabajadores con Discapacidad",
        ),
        (
            "A paralisação foi convocada pela Associação Sindical dos Profissionais com Funções de Fiscalização (Aspff) "
            "em Coimbra.",
            "Associação Sindical dos Profissionais com Funções de Fiscalização",
        ),
    ],
)
def test_a_long_name_or_one_with_com_con_runs_on_to_its_acronym(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


def test_com_with_no_acronym_after_ends_the_name() -> None:
    names = discovered_names(tag_text("O Sindicato dos Bancários de Campinas reuniu-se com Bradesco em Campinas.", language="pt"))
    assert not any("Bradesco" in name for name in names)


@pytest.mark.parametrize(
    ("text", "union_id"),
    [
        ("O Sindipetro-LP convocou assembleia na refinaria de Cubatão.", "sindicato-dos-petroleiros-do-litoral-paulista-br"),
        ("A FESINAP marcou nova greve da função pública para dezembro em Lisboa.", "fesinap-pt"),
        ("O STFPSSRA fez piquete de greve no hospital do Funchal, na Madeira.", "stfpssra-pt"),
        ("La Central de Unificación Sindical (CUS) pidió un aumento del salario mínimo en Managua.", "cus-ni"),
        ("Gaur STEE-EILAS eta LAB sindikatuek greba deitu dute Gasteizko ikastetxeetan.", "steilas-es"),
    ],
)
def test_directory_rows_of_the_branch(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(
    ("text", "country", "not_country"),
    [
        ("Los mototaxistas marcharon en Armenia hasta la sede de la gobernación del Quindío.", "CO", "AM"),
        ("Los docentes bloquearon la carretera en Liberia y Nicoya, en la provincia de Guanacaste.", "CR", "LR"),
    ],
)
def test_a_city_named_like_a_country_is_the_city_where_the_story_names_its_region(
    text: str, country: str, not_country: str
) -> None:
    countries = primary_countries(tag_text(text))
    assert country in countries and not_country not in countries


def test_a_shared_name_listed_among_countries_is_the_country() -> None:
    countries = primary_countries(
        tag_text(
            "The index lowered the ratings of Armenia, Australia and Burkina Faso, while Colombia and Ecuador stayed "
            "among the worst countries for workers."
        )
    )
    assert {"AM", "AU", "BF", "CO"} <= countries


@pytest.mark.parametrize(
    ("text", "union_id"),
    [
        ("La IAC-CATAC ha convocat una aturada dels treballadors de la Generalitat a Barcelona.", "catac-es"),
        ("USTEC·STEs crida a la vaga docent a totes les escoles de Catalunya.", "ustec-es"),
        ("La FETRASEP rechazó la privatización de la ANDE en Asunción.", "fetrasep-py"),
        ("La FESTAGRO formó nuevos dirigentes sindicales en San Pedro Sula, Honduras.", "festagro-hn"),
    ],
)
def test_member_unions_of_public_lists(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "La Federació de Treballadors de l'Ensenyament de Catalunya ha convocat vaga a Barcelona.",
            "Federació de Treballadors de l'Ensenyament de Catalunya",
        ),
        (
            "La Confederació de Treballadors i Treballadores de les Illes ha denunciat els acomiadaments a Palma.",
            "Confederació de Treballadors i Treballadores de les Illes",
        ),
    ],
)
def test_catalan_heads_and_labour_words_name_a_union(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text, language="ca"))


@pytest.mark.parametrize(
    "text",
    [
        "La Unió de Pagesos ha tallat la carretera a Lleida per protestar pels preus.",
        "L'Associació de Veïns del Barri ha protestat davant l'ajuntament de Sabadell.",
    ],
)
def test_a_catalan_head_without_a_labour_word_names_no_union(text: str) -> None:
    assert not discovered_names(tag_text(text, language="ca"))


@pytest.mark.parametrize(
    "text",
    [
        "LABek eta ELAk greba orokorra deitu dute Gasteizen, eta Steilasek bat egin du deialdiarekin.",
        "Sektore bat ELAra joan zen kongresuaren ondoren; LABeko idazkari nagusiak Bilbon hitz egin zuen.",
    ],
)
def test_an_acronym_with_a_basque_case_ending_is_the_acronym(text: str) -> None:
    assert {"ela", "lab-es"} <= union_ids(tag_text(text))


def test_a_capitalised_word_with_a_lower_case_ending_outside_basque_is_untouched() -> None:
    assert not union_ids(tag_text("The NATOk summit and the UNa meeting were held in Brussels."))
