"""English recogniser pass (issue 9, branch recen40): Ireland's unions named by an ordinary word, their short name
("Mandate", "Connect"), count where the sentence says they are unions, and only there."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids


@pytest.mark.parametrize(("text", "union_id"), [
    ("In Dublin, SIPTU and Mandate said their members at the retailer would stop work on Friday.",
     "mandate-trade-union-ie"),
    ("The electricians' union Connect balloted its members at a hospital in Dublin.", "teeu-ie"),
])
def test_an_ordinary_word_short_name_called_a_union(text: str, union_id: str) -> None:
    tags = tag_text(text, language="en")
    assert union_id in union_ids(tags), union_ids(tags)


@pytest.mark.parametrize("text", [
    "In Dublin, the coalition said it had a clear mandate from voters. Mandate, the minister added, meant action.",
    "Cork City Council will connect the new homes to the grid. Connect with the council online.",
])
def test_the_ordinary_word_alone(text: str) -> None:
    tags = tag_text(text, language="en")
    assert not {"mandate-trade-union-ie", "teeu-ie"} & set(union_ids(tags)), union_ids(tags)


@pytest.mark.parametrize(("text", "union_id"), [
    ("PORT MORESBY, Papua New Guinea: the Trade Union Congress called a national strike over the budget.", "pngtuc"),
    ("Hong Kong's biggest opposition union will disband; the Confederation of Trade Unions' leaders met on Monday.",
     "hkctu"),
    ("Port of Spain, Trinidad and Tobago: oil workers marched on Friday, backed by the National Trade Union Centre.",
     "natuc"),
    ("Minsk, Belarus: police searched the offices of the Free Trade Union, whose leaders were detained.",
     "spb"),
])
def test_a_union_named_without_its_country(text: str, union_id: str) -> None:
    tags = tag_text(text, language="en")
    assert union_id in union_ids(tags), union_ids(tags)


@pytest.mark.parametrize(("text", "union_id"), [
    ("The Trade Union Congress called a national strike over the budget.", "pngtuc"),  # no country named
    ("Colombo, Sri Lanka: the National Trade Union Centre (NTUC) joined the strike.", "natuc"),  # another country's
    ("Port of Spain, Trinidad and Tobago: the National Trade Union Centre Youth Arm marched.", "natuc"),  # a longer name
])
def test_a_generic_name_elsewhere(text: str, union_id: str) -> None:
    tags = tag_text(text, language="en")
    assert union_id not in union_ids(tags), union_ids(tags)
