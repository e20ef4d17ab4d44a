"""Brazil's one-word "Sind-" union names read when the caller does not give the story's language and the
detector reads the story as Portuguese; an acronym set off by commas after a name (issue 9, branch ibero27)."""

from __future__ import annotations

import pytest

from bot.matching import StoryTags
from tests.matching import tag_text, union_names


@pytest.mark.parametrize("text, name", [
    # a metalworkers' union by its one-word name, in a story whose language nobody declared
    ("Em assembleia ontem, os operários da fábrica decidiram manter a greve. O Sindmetal vai recorrer "
     "da decisão judicial que manda manter setenta por cento dos trabalhadores na linha.", "Sindmetal"),
    # a public servants' union, its name before the state's code
    ("O governo não apresentou nova proposta e o Sindsep-MG convocou uma assembleia para a próxima "
     "semana, quando a categoria vai decidir se entra em greve por tempo indeterminado.", "Sindsep-MG"),
])
def test_a_brazilian_sind_name_is_read_in_undeclared_portuguese(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # English and German words starting "Sind" are no unions, declared or not
    "Sindbad the sailor met the dock workers on Monday and spoke to them about their wages and pensions.",
    "Die Firma Sindlinger hat am Montag zweihundert Beschäftigte entlassen, sagte ein Sprecher der Belegschaft.",
])
def test_sind_words_outside_portuguese_are_no_unions(text: str) -> None:
    assert not union_names(tag_text(text))


def test_a_declared_language_is_kept() -> None:
    text = ("Os operários decidiram manter a greve. O Sindmetal vai recorrer da decisão judicial que manda manter "
            "setenta por cento dos trabalhadores na linha.")
    assert "Sindmetal" not in union_names(tag_text(text, language="en"))


def _acronyms(tags: StoryTags) -> dict[str, str | None]:
    return {tag.name: tag.acronym for tag in tags.unions}


@pytest.mark.parametrize("text, name, acronym", [
    # an acronym between commas after a federation's name, spelt by its initials
    ("El secretario de la Federación Nacional de Trabajadores Portuarios, FENATRAP, dijo que la huelga sigue.",
     "Federación Nacional de Trabajadores Portuarios", "FENATRAP"),
    # spelt by the starts of the name's words, closing the sentence
    ("La protesta fue convocada por el Sindicato de Trabajadores del Transporte Urbano de Quito, Sitratuq.",
     "Sindicato de Trabajadores del Transporte Urbano de Quito", "Sitratuq"),
    # in brackets after the comma, in Portuguese
    ("A greve foi aprovada pela Federação Nacional dos Trabalhadores Rodoviários, (FNTR), na sexta-feira.",
     "Federação Nacional dos Trabalhadores Rodoviários", "FNTR"),
])
def test_an_acronym_set_off_by_commas_is_the_names(text: str, name: str, acronym: str) -> None:
    assert _acronyms(tag_text(text)).get(name) == acronym


@pytest.mark.parametrize("text, name", [
    # a news agency's capitals after the name spell nothing of it
    ("Lo informó la Federación Nacional de Trabajadores Portuarios, EFE, en un comunicado de prensa.",
     "Federación Nacional de Trabajadores Portuarios"),
    # a place after the comma is no acronym
    ("Lo dijo el Sindicato de Trabajadores del Transporte Urbano de Quito, Ecuador, en un comunicado.",
     "Sindicato de Trabajadores del Transporte Urbano de Quito"),
])
def test_capitals_after_a_comma_that_spell_nothing_are_no_acronym(text: str, name: str) -> None:
    acronyms = _acronyms(tag_text(text))
    assert name in acronyms and acronyms[name] is None
