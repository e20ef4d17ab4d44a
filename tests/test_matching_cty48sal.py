"""Primary countries where a story names several (issue 9, branch cty48sal): salience in `Tagger._country_tags`,
written in sentences of our own."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, primary_countries, tag_text


@pytest.mark.parametrize(("text", "code", "passing"), [
    # the country only in the union's name, a foreign one named once in the lead (wide_recen39 en-39637)
    ("Members of the New Zealand Nurses Organisation voted on Tuesday to reject the pay offer, and many new "
     "graduates are now leaving for Australia. The union's leaders said the health board had not listened. Talks "
     "will resume next month, the organisation said.", "NZ", "AU"),
    # a foreign delegation's demonym, once
    ("Nurses of the New Zealand Nurses Organisation met their Australian colleagues to compare pay scales. The "
     "union's leaders spoke after the meeting.", "NZ", "AU"),
])
def test_the_unions_home_goes_before_a_country_named_once(text: str, code: str, passing: str) -> None:
    tags = tag_text(text)
    assert primary_countries(tags) == {code}
    assert passing in all_countries(tags)


def test_a_country_named_once_after_a_preposition_of_place_stays() -> None:
    # where the union acts: "in Canada"
    tags = tag_text("Dockers of the ILWU walked out in Canada on Monday, stopping two ports. The union said talks "
                    "had failed.")
    assert primary_countries(tags) == {"CA"}


def test_a_title_country_named_once_stays() -> None:
    # a country first in the title is the story's, however seldom named
    tags = tag_text("The New Zealand Nurses Organisation sent a message of support to striking nurses, its leaders "
                    "said on Tuesday.", title="Nurses strike in Australia")
    assert "AU" in primary_countries(tags)


def test_a_country_named_before_the_union_in_its_sentence_stays() -> None:
    # what the union speaks of, not a passing mention
    tags = tag_text("Japan's government halted the water release, the KCTU said on Monday. The KCTU called it a first "
                    "step.")
    assert "JP" in primary_countries(tags)


@pytest.mark.parametrize(("text", "code", "passing"), [
    # a comparison abroad (wide_rare17 pl-3808)
    ("Teachers in Warsaw walked out on Monday over pay, as teachers did last year in France. Schools in Warsaw stayed "
     "shut.", "PL", "FR"),
    # a guest delegation (wide_reccyr41 uk-41400)
    ("Nurses in Lagos began a strike on Monday, backed by a visiting delegation from Ghana. Hospitals in Lagos were "
     "closed.", "NG", "GH"),
])
def test_a_country_named_once_beside_one_named_twice_is_passing(text: str, code: str, passing: str) -> None:
    tags = tag_text(text)
    assert primary_countries(tags) == {code}
    assert passing in all_countries(tags)


@pytest.mark.parametrize(("text", "title", "codes"), [
    # two countries each named twice stay
    ("Dockers in Rotterdam struck on Monday and dockers in Antwerp joined them. Ports in Rotterdam and Antwerp stood "
     "still.", None, {"NL", "BE"}),
    # a country named once, listed with one named twice
    ("Unions urged the governments of Nigeria and Ghana to act. Hospitals in Abuja were closed.", None,
     {"NG", "GH"}),
    # a country first in the title stays, named once
    ("Nurses in Lagos began a strike on Monday. Hospitals in Lagos were closed.", "Ghana nurses back strike",
     {"GH", "NG"}),
])
def test_countries_named_twice_or_first_in_the_title_stay(text: str, title: str | None, codes: set[str]) -> None:
    assert primary_countries(tag_text(text, title=title)) == codes
