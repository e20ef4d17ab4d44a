"""A company's foreign owner, brand or client named in words that may also name a company at home ("a Taiwanese
apparel maker", "der schwedische Konzern", "la estadounidense ..."): only mentioned where another country is the
story's place and the owner's country has no place of its own in the story (issue 9, branch owner26)."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text


@pytest.mark.parametrize("title, text, language, place, owner", [
    # English: a maker with a word between, in the lead
    (None, "Taiwanese shoe maker Golden Step locked out 600 workers at its factory in Sihanoukville on Friday. "
           "The union says the lockout breaks the law. Workers gathered outside the gates in Sihanoukville.",
     "en", "KH", "TW"),
    # English: owned by a foreign group
    ("Dockers walk out at container terminal", "Dockers at the container terminal in Mombasa walked out on Tuesday "
     "over unpaid allowances. The terminal, owned by a Danish shipping group, said talks would resume. Union "
     "officials in Mombasa said the strike would go on.", "en", "KE", "DK"),
    # German: the adjective before "Konzern"
    (None, "Die Beschäftigten im Werk in Győr streiken seit Montag. Der schwedische Konzern will die Löhne "
           "einfrieren. Die Gewerkschaft in Győr fordert zehn Prozent mehr.", "de", "HU", "SE"),
    # Russian: a subsidiary of a foreign corporation
    (None, "Горняки рудника в Карагандинской области объявили забастовку. Рудник принадлежит дочке китайской "
           "горнодобывающей корпорации. Рабочие в Караганде требуют повышения зарплаты.", "ru", "KZ", "CN"),
    # Spanish: an article, the demonym and the company's name
    (None, "La estadounidense Fruta Grande cerró su planta en San Pedro Sula y dejó sin empleo a 900 obreras. "
           "El sindicato de San Pedro Sula exige el pago de las prestaciones.", "es", "HN", "US"),
])
def test_an_owners_country_is_only_mentioned(title: str | None, text: str, language: str, place: str,
                                              owner: str) -> None:
    tags = tag_text(text, title=title, language=language)
    assert place in primary_countries(tags)
    assert owner not in primary_countries(tags)
    assert owner in {tag.code for tag in tags.countries}


@pytest.mark.parametrize("title, text, language, code", [
    # the owner's country is the place too: a town of its own
    (None, "Sri Lankan apparel maker Lanka Threads closed a plant in Katunayake, leaving 900 workers without jobs. "
           "Unions in Katunayake called a protest.", "en", "LK"),
    # a company at home, in a story about its country only
    (None, "La chilena Codelco anunció el despido de 300 mineros. Los sindicatos de Chile rechazaron la medida y "
           "convocaron a un paro nacional.", "es", "CL"),
    # a union named with a demonym is no company
    (None, "The Kenya Union of Journalists said reporters at two dailies in Nairobi had not been paid for three "
           "months.", "en", "KE"),
    # a foreign carmaker's plant in its own country
    (None, "Workers at a Japanese carmaker's plant in Nagoya, Japan, struck on Monday, while its assembly line in "
           "Chennai kept running.", "en", "JP"),
    # a company at home beside another country's port
    (None, "The Australian stevedoring company Harbourline locked out 300 wharfies in Sydney on Monday. Ships were "
           "diverted to Auckland.", "en", "AU"),
])
def test_an_owner_with_a_place_of_its_own_stays_primary(title: str | None, text: str, language: str,
                                                         code: str) -> None:
    assert code in primary_countries(tag_text(text, title=title, language=language))


def test_the_owners_own_workers_keep_their_country() -> None:
    text = ("Workers at the Korean-owned Hanil Garments factory in Dhaka walked out over unpaid wages on Sunday. "
            "The Korean shoe maker's workers in Ulsan struck the same day, and union leaders in Ulsan said they "
            "would march together with those in Dhaka.")
    assert {"BD", "KR"} <= primary_countries(tag_text(text, language="en"))


def test_an_owner_in_a_story_placed_nowhere_else_stays_primary() -> None:
    text = ("Vietnamese electronics maker VinTech said it would cut 400 jobs. Vietnamese unions said the company "
            "had broken its promises and called on Vietnamese workers to protest.")
    assert "VN" in primary_countries(tag_text(text, language="en"))


def test_a_workers_group_of_the_place_stays_primary() -> None:
    text = ("Bangladeshi garment makers met union leaders in Dhaka on Sunday after workers in Gazipur walked out. "
            "Owners in Dhaka offered a five percent raise.")
    assert "BD" in primary_countries(tag_text(text, language="en"))


@pytest.mark.parametrize("text, language, place, seat", [
    # a company's seat, a city and the country that places it
    ("Las costureras de la maquila Textiles del Norte, en Chinandega, cumplen una semana en huelga. La fábrica es "
     "subsidiaria de un grupo con sede en Miami, Estados Unidos, y adeuda tres quincenas a 700 trabajadoras de "
     "Chinandega.", "es", "NI", "US"),
    # a global union's seat
    ("The global union federation headquartered in Geneva backed the striking teachers in Harare, who walked out "
     "across Harare on Monday.", "en", "ZW", "CH"),
])
def test_a_home_base_is_only_mentioned(text: str, language: str, place: str, seat: str) -> None:
    primary = primary_countries(tag_text(text, language=language))
    assert place in primary
    assert seat not in primary


@pytest.mark.parametrize("text, language, code", [
    # the seat is in the story's own country
    ("El sindicato de aceiteros, con sede en Mendoza, convocó a un paro en las bodegas de Mendoza y San Juan.",
     "es", "AR"),
    # a seat abroad that is also where the events happen
    ("A federação, sediada em Lisboa, marcou uma greve para os hospitais de Lisboa e do Porto, enquanto os "
     "enfermeiros em Luanda aguardam.", "pt", "PT"),
])
def test_a_home_base_where_the_story_happens_stays_primary(text: str, language: str, code: str) -> None:
    assert code in primary_countries(tag_text(text, language=language))


@pytest.mark.parametrize("text, language, home, abroad", [
    ("La peruana Alicorp cerró dos plantas con 500 despidos, y su filial en Bolivia también recortó personal.",
     "es", "PE", "BO"),
    ("The Indian carmaker Tata Motors will cut 2,000 jobs at home, and its plant in Slovakia will close a line.",
     "en", "IN", "SK"),
    ("Der französische Konzern Renault streicht 5.000 Stellen; auch das Werk in Bursa steht still.", "de", "FR", "TR"),
])
def test_an_owners_clause_of_its_own_beside_a_clause_abroad_keeps_its_country(text: str, language: str, home: str,
                                                                              abroad: str) -> None:
    # a coordinated clause places the company's other deeds abroad: the owner's own clause is about its home (review28)
    assert {home, abroad} <= primary_countries(tag_text(text, language=language))


@pytest.mark.parametrize("text, language, home", [
    ("The Kenyan tea company, which sells most of its crop in Pakistan, laid off 3,000 pickers.", "en", "KE"),
    ("A Bangladeshi garment maker that sells to buyers in Germany sacked 300 workers who joined a union.", "en", "BD"),
    ("La chilena Codelco enfrenta una huelga nacional, mientras su oficina en Shanghái sigue abierta.", "es", "CL"),
    ("Sritex, perusahaan asal Indonesia yang punya kantor di Singapura, memecat 10.000 buruh.", "id", "ID"),
])
def test_where_a_company_sells_or_keeps_an_office_is_no_place_that_makes_it_an_owner(text: str, language: str,
                                                                                     home: str) -> None:
    # buyers, markets and offices abroad do not place the story there (review28)
    assert home in primary_countries(tag_text(text, language=language))
