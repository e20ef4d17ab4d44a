"""Primary countries the tagger invents (issue 9, branch cty47inv): a place's country right after it ("in Harare,
Zimbabwe") is the same place said twice, one passing mention beside the story's own country."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text

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
