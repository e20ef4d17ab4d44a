"""Latin American unions named by one word made of a union prefix and a trade (issue 9)."""

from __future__ import annotations

import pytest

from bot.matching import default_tagger
from tests.matching import tag_text, union_names


@pytest.mark.parametrize(("text", "name"), [
    # Colombia's national unions: "Sinaltra-" is "Sindicato Nacional de Trabajadores"
    ("En Cali, Colombia, Sinaltraempaques denunció el despido de diez afiliados.", "Sinaltraempaques"),
    # and "Sintt-" for telecom workers', with the state after a dash
    ("O Sinttel-BA aprovou a greve dos trabalhadores em Salvador, Brasil.", "Sinttel-BA"),
])
def test_a_union_prefix_and_a_trade_written_as_one_word_is_a_union(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


@pytest.mark.parametrize("text", [
    "Sindsdien is de Sindhi-gemeenschap in Karachi, Pakistan, rustig gebleven.",  # Dutch "since then"
    "A Sindicância aberta pela prefeitura de Recife, Brasil, terminou ontem.",  # an inquiry, not a union
    "La Sindicatura de Cuentas de Valencia, España, revisó el gasto.",  # a public office
    "O SINDCOM publicou o relatório anual em Brasília, Brasil.",  # "SIND-" in capitals: none known
    "Sindrome de Burnout afeta professores em Curitiba, Brasil.",  # a syndrome misspelt without its accent
    "La reforma sindical fue aprobada en Bogotá, Colombia, por el Congreso.",  # an adjective
])
def test_words_that_only_start_like_a_union_prefix_are_no_union(text: str) -> None:
    assert union_names(tag_text(text)) == set()


def test_a_bare_prefix_word_is_the_union_the_story_names_with_its_region() -> None:
    text = ("O Sindipetro-SE convocou greve na refinaria de Aracaju, Brasil. "
            "Segundo o Sindipetro, a adesão chegou a 90%.")
    names = union_names(tag_text(text))
    assert "Sindipetro-SE" in names
    assert "Sindipetro" not in names


def test_a_bare_prefix_word_stays_when_the_story_names_two_regions() -> None:
    text = ("O Sindipetro-SE e o Sindipetro-AL convocaram greve em Aracaju e Maceió, Brasil. "
            "Segundo o Sindipetro, a adesão chegou a 90%.")
    assert {"Sindipetro-SE", "Sindipetro-AL"} <= union_names(tag_text(text))


def test_a_one_word_name_spelt_out_after_a_dash_is_that_union() -> None:
    text = ("O SINDIFISCO – Sindicato dos Auditores Fiscais do Paraná convocou greve em Curitiba, Brasil. "
            "O SINDIFISCO pede reajuste.")
    names = union_names(tag_text(text))
    assert "SINDIFISCO" not in names
    assert any(name.startswith("Sindicato dos Auditores Fiscais") for name in names)


def test_a_one_word_name_before_a_dash_and_a_clause_stays() -> None:
    text = "O Sindipetro - que representa os petroleiros - convocou greve em Recife, Brasil."
    assert "Sindipetro" in union_names(tag_text(text))


@pytest.mark.parametrize("text", [
    "The Danish officer Bernhard Sindberg sheltered thousands of Chinese refugees in Nanjing.",
    "El restaurante Sindbad abrió su segundo local en Madrid.",
    "Der Maschinenbauer Sindlinger streicht in Stuttgart 200 Stellen.",
    "Sindiswa Mokoena, a nurse in Durban, said the hospital was short of staff.",
])
def test_a_name_or_word_starting_like_a_brazilian_union_is_no_union(text: str) -> None:
    # "Sind-" before a consonant and 8-letter "Sindi-" words are names and words in other languages (review27)
    assert not any(name.startswith("Sind") for name in union_names(tag_text(text)))


@pytest.mark.parametrize(("text", "name"), [
    ("O Sindsusep convocou uma assembleia dos servidores em Recife, Brasil.", "Sindsusep"),
    ("Segundo o Sindviários, a greve dos rodoviários atinge Belém.", "Sindviários"),
])
def test_brazils_sind_before_a_consonant_is_a_union_in_portuguese(text: str, name: str) -> None:
    assert name in {tag.name for tag in default_tagger().tag(None, text, "pt").unions}


def test_sind_before_a_consonant_is_no_union_in_other_languages() -> None:
    text = "El restaurante Sindbad abrió su segundo local en Madrid."
    assert not default_tagger().tag(None, text, "es").unions
