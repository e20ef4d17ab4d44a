"""Italian "solidarietà", "verso" and a word for a population in a strike's cause, a news agency before a name or an acronym, a company of two or three capitalised words after a lower-case union
word, and the directory rows of data/union_sources/same-event-names-pages-events34.tsv (issue 9, branch events34:
reports of one event that name the same union in two languages)."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, primary_countries, tag_text, union_ids, union_names


@pytest.mark.parametrize("text", [
    # the acronym after "agence"/"agencia"/"agency" is the agency's (Tunis Afrique Presse), not Tanzania's porters' TAP
    "Un responsable syndical a confié à l'agence TAP que la grève des enseignants se poursuit à Sfax.",
    "El dirigente sindical dijo a la agencia TAP que la huelga de los docentes sigue en Sfax.",
])
def test_an_acronym_after_a_word_for_a_news_agency_is_no_union(text: str) -> None:
    tags = tag_text(text)
    assert "tap-tz" not in union_ids(tags)
    assert "TAP" not in union_names(tags)


def test_the_porters_acronym_still_counts_after_a_word_for_a_union() -> None:
    assert "tap-tz" in union_ids(tag_text("The porters' union TAP said the strike in Dar es Salaam, Tanzania, goes on."))


@pytest.mark.parametrize("text", [
    # the comma ends an attribution: the news agency is not the union the words after it describe
    "Segundo a agência Reuters, o sindicato dos portuários iniciou a greve no porto de Santos.",
    "De acordo com a agência de notícias Reuters, o sindicato da Embraer votou pela greve em São José dos Campos.",
])
def test_a_news_agency_before_a_comma_and_a_union_word_is_no_union(text: str) -> None:
    assert "Reuters" not in union_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # a lower-case union word and a company of two capitalised words: the company's union referred to, not named
    "O sindicato da Rio Tinto convocou uma greve na mina de Oyu Tolgoi, na Mongólia.",
    "Em Ulsan, o sindicato da Hyundai Heavy anunciou uma paralisação de quatro horas na Coreia do Sul.",
])
def test_the_union_of_a_company_of_several_words_is_referred_to(text: str) -> None:
    assert not [name for name in union_names(tag_text(text)) if "sindicato" in name.lower()]


@pytest.mark.parametrize("text, union_id", [
    # translations and short forms the reports of one event use (directory rows)
    ("The Escondida Mining Union No. 1 stopped work at the copper mine in northern Chile.",
     "sindicato-n-1-de-trabajadores-de-minera-escondida-cl"),
    ("Drivers of the Seoul Bus Labor Union walked out at dawn, halting most buses in Seoul.", "union-kr-31"),
    ("서울 시내버스 기사들이 속한 전국자동차노조가 임금 협상 결렬을 선언했다.", "union-kr-12"),
    ("Maestros de la Sección 22 de Oaxaca instalaron un plantón en la Ciudad de México.",
     "seccion-22-del-sindicato-nacional-de-trabajadores-de-la-educ-mx"),
    ("Teachers of Section 22 of Oaxaca marched to the capital of Mexico.",
     "seccion-22-del-sindicato-nacional-de-trabajadores-de-la-educ-mx"),
    ("Solidaridad Obrera llamó a parar 24 horas en Madrid.", "solidaridad-obrera-es"),
    ("La Alternativa Sindical de Clase se sumó a la huelga en Barcelona.", "asc-es"),
    ("El Sindicato de Comisiones de Base convocó concentraciones en Valencia.", "sindicato-de-comisiones-de-base-es"),
    ("La Confederación Intersindical registró una huelga general en España.", "confederacion-intersindical-es"),
])
def test_names_of_the_same_event_reports(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize("text, home, cause", [
    # the people a strike stands with, written with Italian "solidarietà", "verso" or a word for a population: the
    # cause, not the place of the story
    ("Sciopero a Milano: la Cgil esprime solidarietà verso la popolazione palestinese e chiede lo stop alle armi.",
     "IT", "PS"),
    ("Os sindicatos de Lisboa pararam duas horas em apoio à população de Gaza.", "PT", "PS"),
    ("Los sindicatos de Madrid pararon en solidaridad con la población ucraniana.", "ES", "UA"),
])
def test_a_population_a_strike_stands_with_is_its_cause(text: str, home: str, cause: str) -> None:
    tags = tag_text(text)
    assert primary_countries(tags) == {home}
    assert cause in all_countries(tags)
