"""English pass on the country call (issue 9, branch rec49en): a solidarity message with a country's workers or unions
("solidarity with Kenyan dock workers", "Solidarity with UK Rail Unions") names where their strike happens, not a
cause the senders march for; a bare country or its people after the same words stays a cause."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text


@pytest.mark.parametrize(("title", "text", "country"), [
    # the country's adjective, then its workers (wide_english9 en-976)
    ("Message of solidarity with Kenyan dock workers",
     "The transport federation of Norway sent a message of solidarity with Kenyan dock workers this week.", "KE"),
    # an abbreviation, a sector word, then the unions (wide_rec49en en-48340)
    ("Statement of solidarity with UK rail unions",
     "The metalworkers of Sweden wish to express solidarity with UK rail unions, whose members walked out again.",
     "GB"),
    # two words before the workforce (wide_en35 en-35061)
    ("We stand in solidarity with Bangladeshi trade unionists",
     "Our federation in the United States stands in solidarity with Bangladeshi trade unionists after the arrests.",
     "BD"),
])
def test_solidarity_with_a_countrys_workers_names_where_they_strike(title: str, text: str, country: str) -> None:
    assert country in primary_countries(tag_text(text, title=title))


@pytest.mark.parametrize(("title", "text", "cause"), [
    ("Dockers refuse ships in solidarity with Palestine",
     "Dockers in Genoa, Italy, refused to load ships in solidarity with Palestine and its workers.", "PS"),
    ("Rally in solidarity with the people of Cuba",
     "Unions in Lisbon, Portugal, held a rally in solidarity with the people of Cuba on Saturday.", "CU"),
])
def test_solidarity_with_a_country_or_its_people_stays_a_cause(title: str, text: str, cause: str) -> None:
    assert cause not in primary_countries(tag_text(text, title=title))
