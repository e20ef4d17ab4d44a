"""Spanish and Portuguese union names in lower case, a split-off's bare acronym, collective agreements and labour
offices, the only country a story names, and the directory rows of data/union_sources/iberian-latin-pages-ibero30.tsv
(branch ibero30)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_ids


@pytest.mark.parametrize(
    "text",
    [
        # a lower-case head and "de": the union of a trade or a workplace referred to, no name
        "En Arequipa la huelga fue total en el sindicato de Construcción Civil, que paró casi todas las obras.",
        "El segundo sindicato del Instituto Salvadoreño del Seguro Social amenazó con un paro en San Salvador.",
        "El paro lo convocó el sindicato del Hospital Rebagliati de Lima el lunes.",
    ],
)
def test_a_spanish_lower_case_union_of_a_trade_or_workplace_is_no_name(text: str) -> None:
    assert not discovered_names(tag_text(text))


def test_a_lower_case_union_with_its_acronym_is_still_named() -> None:
    tags = tag_text("En Bogotá habló el sindicato de Trabajadores de la Salud (SINTRASALUD) sobre los despidos.")
    assert discovered_names(tags)


@pytest.mark.parametrize(
    "text",
    [
        "La CTA Autónoma se sumó al paro nacional en Argentina. Como siempre, la CTA llevará su propia agenda.",
        "Las dos alas de la CTA Autónoma marcharon en Buenos Aires; la CTA pidió la reincorporación de los despedidos.",
    ],
)
def test_a_bare_acronym_is_the_split_off_the_story_names_with_it(text: str) -> None:
    ids = union_ids(tag_text(text))
    assert "cta-a-ar" in ids and "cta-t" not in ids


def test_the_owner_of_the_acronym_stays_without_the_split_off() -> None:
    assert "cta-t" in union_ids(tag_text("La CTA y la CGT marcharon juntas en Buenos Aires contra los despidos."))


def test_two_acronyms_in_a_row_are_not_a_split_off() -> None:
    # "CGT FO" is Force Ouvrière's name, and the CGT of the list is France's CGT
    text = "Les syndicats CGT FO FSU Solidaires appellent à la grève à Rennes. La CGT défilera à Brest."
    assert "cgt-fr" in union_ids(tag_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Los trabajadores de la planta de Silao exigen respetar el Contrato Colectivo de Trabajo (CCT) firmado en 2020.",
        "Haverá ato na DRT (Delegacia Regional do Trabalho) de São José dos Campos com os metalúrgicos.",
    ],
)
def test_a_collective_agreement_or_a_labour_office_is_no_union(text: str) -> None:
    assert not discovered_names(tag_text(text))


@pytest.mark.parametrize(
    "text, union_id",
    [
        ("El Sindicato Interempresa Líder votó la huelga en los supermercados de Walmart en Chile.", "sil-cl"),
        ("La FCM-CIG convoca folga na construción en Galicia o 5 de novembro.", "fcm-cig-es"),
        ("A CIG-Construción mobilízase diante da patronal na Coruña.", "fcm-cig-es"),
    ],
)
def test_the_directory_knows_these_unions(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised Spanish head, then lower-case words: a description, not a name
        "La Central obrera de Uruguay afirma que el paro general fue total en Montevideo.",
        "La Confederación de maestros rurales marchó por las calles de La Paz.",
        "El Sindicato de trabajadores de TCC denunció despidos en Bogotá.",
    ],
)
def test_a_capitalised_head_then_lower_case_words_describe_a_union(text: str) -> None:
    assert not discovered_names(tag_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Falou o presidente do Sindicato dos trabalhadores Rodoviários de Contagem, em Minas Gerais.",
        "Habló el Sindicato único de Trabajadores de la Educación de Guerrero en Chilpancingo.",
    ],
)
def test_a_name_with_one_word_written_small_is_still_a_name(text: str) -> None:
    assert discovered_names(tag_text(text))


_LONE_COUNTRY_LATE = (
    "Trabajadores municipales protestaron ayer frente al Congreso contra los despidos y los abusos de la patronal. "
    "Denunciaron la falta de pago de las horas extra y el acoso a las delegadas sindicales en varias oficinas. "
    "La marcha recorrió el centro de la ciudad durante toda la mañana, con pancartas, tambores y consignas. "
    "Los dirigentes dijeron que seguirán movilizados hasta que se reincorpore a los despedidos y se cumplan los "
    "acuerdos firmados. Las trabajadoras pidieron además guarderías y el fin de la brecha salarial. Al final, los "
    "oradores leyeron un saludo de la Confederación Sindical Internacional y anunciaron nuevas protestas. Una "
    "oradora recordó que la situación es igual en toda Honduras."
)


def test_the_only_country_a_story_on_a_union_names_is_its_place() -> None:
    assert primary_countries(tag_text(_LONE_COUNTRY_LATE)) == {"HN"}
