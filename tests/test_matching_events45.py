"""Same-event consistency (issue 9, branch events45): a country whose act a strike demands be stopped is the
demand's object, not where the strike happens (the KCTU's general strike of July 2023 in English and Korean: "the
suspension of Japan's planned radioactive water release", "일본 핵 오염수 해양투기 저지"); and CUPE's Local 1983 (the
Montréal STM drivers' strike of November 2025) as its English and French reports write it."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids


@pytest.mark.parametrize(("text", "language"), [
    ("The KCTU struck in Seoul on Monday, demanding the suspension of Japan's planned release of treated water.", "en"),
    ("Korean dockers walked out in Busan, calling for a halt to China's fishing fleet expansion.", "en"),
    ("민주노총은 서울에서 총파업을 벌이며 일본 핵 오염수 방류 저지를 요구했다.", "ko"),
    ("민주노총은 총파업을 벌이며 일본 오염수 방류 저지를 요구했다.", "ko"),
])
def test_a_country_whose_act_a_strike_demands_be_stopped_is_not_its_place(text: str, language: str) -> None:
    assert primary_countries(tag_text(text, language=language)) == {"KR"}


@pytest.mark.parametrize(("text", "language", "country"), [
    # the country's own workers demanding their government stop its own act: it is the place
    ("Unions in Tokyo demanded the suspension of Japan's new overtime rules, and rail workers struck.", "en", "JP"),
    # the country as the subject of the stopping (a particle after it), not the stopped act's owner
    ("일본 정부는 오염수 방류를 중단했다고 민주노총이 밝혔다.", "ko", "JP"),
])
def test_a_country_that_stops_something_or_is_the_strike_s_place_stays_primary(text: str, language: str,
                                                                                country: str) -> None:
    assert country in primary_countries(tag_text(text, language=language))


@pytest.mark.parametrize(("text", "language"), [
    # wide_events44 en-44514 and fr-44512, where en-44513 writes "CUPE Local 1983"
    ("In Montreal, CUPE 1983 said bus drivers would strike on Saturday.", "en"),
    ("À Montréal, la section locale 1983 du Syndicat canadien de la fonction publique a annoncé une grève des chauffeurs.",
     "fr"),
    ("In Montreal, CUPE Local 1983 said its members would walk out.", "en"),
])
def test_cupe_local_1983_by_the_names_its_reports_write(text: str, language: str) -> None:
    assert {"cupe", "cupe-local-1983-ca"} <= union_ids(tag_text(text, language=language))


@pytest.mark.parametrize("text", [
    "Toronto's transit workers struck in 1983, and CUPE backed them.",
    "In 1983 CUPE organised its first strike in Montreal.",
])
def test_a_year_beside_cupe_is_no_local(text: str) -> None:
    assert "cupe-local-1983-ca" not in union_ids(tag_text(text, language="en"))
