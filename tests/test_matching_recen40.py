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
