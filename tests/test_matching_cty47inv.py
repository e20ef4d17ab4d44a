"""Primary countries the tagger invents (issue 9, branch cty47inv): a place's country right after it ("in Harare,
Zimbabwe") is the same place said twice, one passing mention beside the story's own country; given names and surnames
that are a region's name (gazetteer.toml person_names) are a person's between capitalised words; a place inside an
Indonesian company's name after its legal form "PT" is the firm's name."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, primary_countries, tag_text

# A story about Botswana's teachers long enough that its last sentence stands past the lead.
_BOTSWANA = ("Teachers in Botswana, from Gaborone to Maun, began a sit-in on Monday, their association said, after the "
             "ministry failed to pay arrears owed since March. The association's leaders said the sit-in would go on "
             "until every member had been paid, and that parents had been told of it in letters sent home with the "
             "pupils. The ministry did not answer questions sent to it on Monday about when the money would be paid or "
             "why it had been held back for so long this year. ")


@pytest.mark.parametrize("sentence", [
    "Its secretary told a meeting of regional unions held last month in Harare, Zimbabwe, that the arrears had grown.",
    "Its secretary told a meeting of regional unions held last month in Bulawayo (Zimbabwe) that the arrears had grown.",
])
def test_a_city_and_its_country_are_one_passing_mention(sentence: str) -> None:
    assert primary_countries(tag_text(_BOTSWANA + sentence)) == {"BW"}


def test_the_city_and_its_country_apart_are_two_mentions() -> None:
    text = _BOTSWANA + "Its secretary spoke at a meeting in Harare last month, and again in Zimbabwe in May."
    assert primary_countries(tag_text(text)) == {"BW", "ZW"}


@pytest.mark.parametrize("text, code", [
    # the story's own place, named with its country, is still the story's
    ("Workers at the bottling plant in Harare, Zimbabwe, downed tools on Monday over unpaid wages, the union said.",
     "ZW"),
    # a dateline naming the paper's city and country opens the text: the story's place, not one said twice
    ("SANTO DOMINGO, República Dominicana.- Los trabajadores portuarios denunciaron este viernes la lentitud de las "
     "autoridades en el pago de sus prestaciones.", "DO"),
])
def test_the_story_s_own_place_with_its_country_stays_primary(text: str, code: str) -> None:
    assert code in primary_countries(tag_text(text))


@pytest.mark.parametrize("text, language, code", [
    ("A dirigente Isabel Camarinha disse aos jornalistas em Lisboa que a greve dos professores vai continuar.", "pt",
     "SB"),
    ("El dirigente César Quishpe anunció en Quito que el sindicato de la salud hará un plantón el lunes.", "es", "CO"),
    ("Lederen Peggy Hessen Følsvik sa at streiken i Bergen fortsetter til det kommer et nytt tilbud.", "nb", "DE"),
])
def test_a_person_s_name_is_no_region(text: str, language: str, code: str) -> None:
    assert code not in all_countries(tag_text(text, language=language))


@pytest.mark.parametrize("text, language, code", [
    ("Die Beschäftigten der Kliniken in Hessen streiken seit Montag für mehr Personal.", "de", "DE"),
    ("Los mineros del Cesar bloquearon la vía a Valledupar en protesta por los despidos.", "es", "CO"),
    ("Os trabalhadores da ilha de Isabel, nas Ilhas Salomão, pararam a plantação.", "pt", "SB"),
])
def test_the_region_itself_is_still_read(text: str, language: str, code: str) -> None:
    assert primary_countries(tag_text(text, language=language)) == {code}


@pytest.mark.parametrize("text, code", [
    ("Ratusan buruh PT Sinar Mulia Italy mogok kerja di depan pabrik di Bekasi, menuntut upah yang belum dibayar.", "IT"),
    ("Serikat pekerja PT. Alba Karya Logam berunjuk rasa di kawasan industri Cikarang, Bekasi, pada hari Senin.", "RO"),
])
def test_a_place_in_an_indonesian_company_s_name_is_the_firm_s(text: str, code: str) -> None:
    assert code not in primary_countries(tag_text(text, language="id"))


def test_a_country_after_a_company_and_a_preposition_is_still_a_place() -> None:
    text = "Buruh PT Sinar Mulia yang dikirim ke Malaysia mogok kerja di Kuala Lumpur menuntut upah mereka."
    assert "MY" in primary_countries(tag_text(text, language="id"))
