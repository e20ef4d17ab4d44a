"""A city before the capitalised noun of its transport or public body ("London Underground"), Chile's O'Higgins region by
its short name, and the directory rows of data/union_sources/same-event-names-pages-events36.tsv (issue 9, branch
events36: reports of one event that name the same union under another form)."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, primary_countries, tag_text, union_ids


@pytest.mark.parametrize("text, code", [
    # the noun after the city makes it no person's surname (wide_events36: the only place of an upday report)
    ("London Underground workers' week-long strike has slashed visitor numbers to the capital's business districts by "
     "almost a third.", "GB"),
    ("Seoul Metro operates the city's subway lines No.1 through 8 and has three labor unions.", "KR"),
])
def test_a_city_before_its_transport_or_public_body_is_a_place(text: str, code: str) -> None:
    assert code in primary_countries(tag_text(text))


def test_a_company_named_with_a_town_and_more_capitalised_words_is_no_place() -> None:
    # "Sagara Metro Plastic Industrial Corporation" (wide_sea27): the noun goes on a company's longer name
    text = ("Ipinapaabot ng PAMANTIK-KMU ang pagbati sa unyon ng manggagawa sa Sagara Metro Plastic Industrial "
            "Corporation (SMPIC).")
    assert "JP" not in all_countries(tag_text(text))


def test_ohiggins_alone_is_chiles_region() -> None:
    text = ("El fiscal regional de O'Higgins, Aquiles Cubillos, confirmó el hallazgo sin vida de dos trabajadores más "
            "entre los atrapados desde el jueves pasado.")
    assert primary_countries(tag_text(text)) == {"CL"}


def test_a_person_named_ohiggins_is_no_place() -> None:
    assert "CL" not in all_countries(tag_text("Bernardo O'Higgins firmó el acta en 1818."))


@pytest.mark.parametrize("text, union_id", [
    # short forms and misnomers the reports of one event use (directory rows)
    ("The strike was anticipated to be New Zealand's biggest labour action in about 40 years. Council of Trade Unions "
     "president Richard Wagstaff told RNZ the mood was frustration.", "nzctu"),
    ("Members of these unions are participating in New Zealand: New Zealand Education Institute Te Riu Roa.", "nzei-nz"),
    ("Por outro lado, a Fasubra (Federação de Sindicatos de Trabalhadores Técnico-Administrativos em Educação das "
     "Instituições de Ensino Superior Públicas no Brasil) definiu que seguirá em greve.", "fasubra-br"),
    ("Türk Metal Sendikası, Birleşik Metal İş Sendikası ve Öz Çelik İş Sendikası grev kararı aldığını açıkladı.",
     "oz-celik-is-sendikasi-tr"),
    # a wire's misspelling (wide_events9 en-902, whose other reports of the Volkswagen strikes name IG Metall)
    ("BERLIN, Dec 2 (KUNA) -- The IG Metal labor union announced on Monday a warning strike by workers at 10 "
     "Volkswagen Group facilities.", "ig-metall"),
])
def test_names_of_the_same_event_reports(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_the_councils_short_name_needs_its_country() -> None:
    # "Council of Trade Unions" alone is generic: New Zealand's only where the story is New Zealand's
    assert "nzctu" not in union_ids(tag_text("The Council of Trade Unions in Vanuatu called a strike in Port Vila."))


def test_the_long_name_is_fasubra_and_no_union_of_its_own() -> None:
    text = ("a Fasubra (Federação de Sindicatos de Trabalhadores Técnico-Administrativos em Educação das Instituições de "
            "Ensino Superior Públicas no Brasil) definiu que seguirá em greve.")
    assert [union_id for union_id in union_ids(tag_text(text)) if union_id.startswith("found:")] == []


def test_oz_celik_is_is_not_celik_is() -> None:
    text = "Türk Metal Sendikası, Birleşik Metal İş Sendikası ve Öz Çelik İş Sendikası grev kararı aldığını açıkladı."
    assert "celik-is-sendikasi-tr" not in union_ids(tag_text(text))
