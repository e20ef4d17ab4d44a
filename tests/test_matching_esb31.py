"""Rules of the second-wave fixer esb31 (Spanish and Portuguese), on sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.matching.tagger import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger()


def _countries(tagger: Tagger, text: str, language: str | None = None) -> list[tuple[str, str]]:
    return [(tag.code, tag.salience) for tag in tagger.tag(None, text, language).countries]


@pytest.mark.parametrize(
    "text",
    [
        "Os servidores da saúde estadual decidiram manter a paralisação iniciada no dia 30, segundo o sindicato.",
        "A Prefeitura ainda não apresentou proposta e os trabalhadores da limpeza urbana cruzaram os braços.",
        "O sindicato dos professores convocou uma greve contra o corte anunciado pelo governo do estado.",
        "Os vigilantes pararam contra a crise econômica que atinge a categoria, disse o presidente do sindicato.",
    ],
)
def test_brazilian_usage_makes_a_portuguese_story_brazils(tagger: Tagger, text: str) -> None:
    assert _countries(tagger, text) == [("BR", "primary")]
    assert _countries(tagger, text, "pt") == [("BR", "primary")]


@pytest.mark.parametrize(
    "text",
    [
        # European Portuguese, naming no place and no Brazilian word: no country
        "Os trabalhadores da fábrica de calçado pararam contra os despedimentos anunciados pela administração.",
        # a Brazilian word in a story whose main country is named stays with that country
        "O Sindicato dos Professores da Grande Lisboa exige à Câmara Municipal de Lisboa uma reunião sobre os servidores.",
    ],
)
def test_no_brazil_without_its_usage_or_beside_a_named_country(tagger: Tagger, text: str) -> None:
    assert ("BR", "primary") not in _countries(tagger, text)


def test_brazilian_word_in_spanish_is_no_evidence(tagger: Tagger) -> None:
    # "servidores" and "estadual" are Portuguese; a Spanish story naming no place stays without a country
    assert _countries(tagger, "Los servidores públicos del sector salud iniciaron un paro indefinido.", "es") == []


def _unions(tagger: Tagger, text: str) -> list[str]:
    return [tag.union_id for tag in tagger.tag(None, text).unions]


@pytest.mark.parametrize(
    ("text", "union_id"),
    [
        (
            "La secretaria general de la Federación de Sanidad y Sectores Sociosanitarios de CC OO en Aragón "
            "anunció paros en los hospitales.",
            "fss-ccoo-es",
        ),
        (
            "Desde la Federación de Servicios a la Ciudadanía de CC.OO. se denunció la falta de personal en Correos.",
            "fsc-ccoo-es",
        ),
        (
            "La Federación de Sanidad y Sectores Sociosanitarios de Comisiones Obreras pidió más plantilla en Cantabria.",
            "fss-ccoo-es",
        ),
    ],
)
def test_ccoo_federation_with_ccoo_written_otherwise(tagger: Tagger, text: str, union_id: str) -> None:
    assert union_id in _unions(tagger, text)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("O Sindicato dos Trabalhadores em Educação (Sintemar) marcou uma assembleia para sexta-feira.", "Sintemar"),
        ("Segundo o Sindicato dos Servidores da Saúde (Sintesp), a adesão à greve passou de 70%.", "Sintesp"),
        ("El Sindicato de Trabajadores del Banano (Sintrabur) convocó un paro en las fincas.", "Sintrabur"),
    ],
)
def test_one_word_sindicato_short_name_in_brackets(tagger: Tagger, text: str, acronym: str) -> None:
    assert acronym in [tag.acronym for tag in tagger.tag(None, text).unions]


@pytest.mark.parametrize(
    "text",
    [
        "Los trabajadores del metal de Bizkaia mantienen la huelga por el convenio provincial.",
        "Las limpiadoras de los colegios de Gipuzkoa inician una huelga indefinida.",
        "Las trabajadoras de las residencias de Euskadi vuelven a parar esta semana.",
    ],
)
def test_basque_provinces_are_spains(tagger: Tagger, text: str) -> None:
    assert ("ES", "primary") in _countries(tagger, text, "es")


@pytest.mark.parametrize(
    ("text", "union_id"),
    [
        (
            "A Confederação dos Trabalhadores do Ramo Financeiro rejeitou a proposta dos bancos em São Paulo.",
            "confederacao-nacional-dos-trabalhadores-do-ramo-financeiro-br",
        ),
        ("Em Luanda, o Sindicato dos Professores do Ensino Superior mantém a greve nas universidades.", "sinpes-ao"),
    ],
)
def test_national_union_written_without_national(tagger: Tagger, text: str, union_id: str) -> None:
    assert union_id in _unions(tagger, text)
