"""Same-event reports that the tagger read apart (issue 9, branch events38, the sample wide_events38): unions the
directory knew under another form (data/union_sources/same-event-names-pages-events38.tsv), a given name read as a
city, a place after a preposition of place in another language than English read as the surname of a person, and an
airline's home country written after its two-word noun. Sentences written for these tests, not taken from the sample."""

from __future__ import annotations

import pytest

from bot.matching.tagger import default_tagger
from tests.matching import all_countries, primary_countries, tag_text, union_ids


@pytest.mark.parametrize("text, union_id", [
    # SAG-AFTRA by its older short name and by a Spanish translation
    ("Members of the Screen Actors Guild picketed outside the studios in Burbank on Monday.", "sag-aftra"),
    ("El Sindicato de Actores de la Pantalla convocó nuevos piquetes frente a los estudios de Los Ángeles.",
     "sag-aftra"),
    # the Histadrut by an English translation of its full name
    ("Israel's General Organization of Israel Workers said the strike at the ports of Haifa would go on.",
     "histadrut"),
    # the TCRC by its French name, Teamsters Canada by its French short form
    ("Les chefs de train représentés par la Conférence ferroviaire de Teamsters Canada ont voté pour la grève à "
     "Winnipeg.", "tcrc-ca"),
    ("Le syndicat des Teamsters du Canada a déposé un avis de grève à Montréal.", "teamsters-canada-ca"),
    # SINTTIA under the English name the AP's wire gave it
    ("Workers at the Silao plant elected the Independent Union of Auto Industry Workers to bargain for them.",
     "sinttia"),
    # the KMWU's Geoje-Tongyeong-Goseong subcontractors' branch, spelt with and without the space
    ("거제통영고성 조선하청지회 조합원들이 옥포조선소 앞에서 집회를 열었다.",
     "geoje-tongyeong-goseong-shipbuilding-subcontractors-branch-kr"),
    ("거제통영고성조선하청지회는 임금 인상을 요구했다.", "geoje-tongyeong-goseong-shipbuilding-subcontractors-branch-kr"),
])
def test_names_of_the_same_event_reports(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_a_translated_name_in_brackets_is_the_union_before_it() -> None:
    ids = union_ids(tag_text("The Histadrut (General Organization of Israel Workers) called a general strike in "
                             "Tel Aviv."))
    assert ids == {"histadrut"}


def test_a_given_name_is_no_algerian_city() -> None:
    # Constantine is a given name as well as Algeria's city and province
    text = "Union secretary-general Dr. Constantine Otieno told reporters in Nairobi that lecturers would stay out."
    assert all_countries(tag_text(text)) == {"KE"}


def test_constantine_after_a_preposition_stays_algerian() -> None:
    assert primary_countries(tag_text("Les enseignants en grève à Constantine ont marché vers la wilaya.")) == {"DZ"}


def test_a_country_after_a_portuguese_preposition_is_the_place() -> None:
    # the headline writes the airline's Spanish arm capitalised ("Vueling Espanha"), which reads as a person's name;
    # "em Espanha" in the story is still the place of the strike
    tags = default_tagger().tag("Vueling Espanha: pilotos marcam nova paragem para sexta-feira",
                                "Os pilotos da Vueling, em Espanha, vão parar de novo na sexta-feira.")
    assert primary_countries(tags) == {"ES"}


def test_a_person_is_still_no_place() -> None:
    assert primary_countries(tag_text("O jornalista Paulo Jordan entrevistou os grevistas.")) == set()


@pytest.mark.parametrize("text, place", [
    ("Os trabalhadores de terra da companhia aérea irlandesa fazem greve no aeroporto de Lisboa.", "PT"),
    ("Los tripulantes de la compañía aérea alemana secundan la huelga en el aeropuerto de Barajas, Madrid.", "ES"),
    ("Le personnel de la compagnie aérienne irlandaise fait grève à l'aéroport de Marseille.", "FR"),
    ("Los pilotos de la aerolínea chilena paran en Lima.", "PE"),
])
def test_an_airlines_home_is_no_place_of_the_strike(text: str, place: str) -> None:
    assert primary_countries(tag_text(text)) == {place}
