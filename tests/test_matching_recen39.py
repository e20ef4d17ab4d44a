"""English recogniser pass (issue 9, branch recen39): a local written "Local N of the <union>" takes the short form of
a directory name two records share, as a local written before its union does."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids, union_names


@pytest.mark.parametrize(("text", "local"), [
    ("LOS ANGELES - Local 770 of the United Food and Commercial Workers will be voting on the health care package "
     "proposed by the grocery chains.", "UFCW Local 770"),
    ("SAN DIEGO - Members of Local 135 of the United Food and Commercial Workers voted to authorize a strike at Ralphs "
     "stores.", "UFCW Local 135"),
])
def test_a_local_of_a_shared_directory_name(text: str, local: str) -> None:
    names = union_names(tag_text(text, language="en"))
    assert local in names and not any(name.startswith("United Food Local") for name in names), names


@pytest.mark.parametrize(("text", "union_id"), [
    ("The Lagos State chapter of Nigerian Union of Allied Health Professionals has said its members will begin a "
     "warning strike.", "nuahp-ng"),
    ("Fire Services Association has also been resisting the four per cent wage offer, its president said in Port of "
     "Spain.", "fire-service-association-of-trinidad-and-tobago-tt"),
    ("The Australian Nursing Federation (ANF) of Victoria has had a good win after rolling stoppages.", "anmf-au"),
    ("Colombo: the Principal Grade Officers' Association and the State and Provincial Public Management Association "
     "joined the token strike.", "principal-grade-officers-association-lk"),
    ("Colombo: the State and Provincial Public Management Association joined the token strike.",
     "state-and-provincial-public-management-association-lk"),
    ("Photo: SEIU Healthcare Illinois and Indiana. Chicago nursing home workers held a practice strike.", "seiu-hcii-us"),
])
def test_unions_the_directory_lacked(text: str, union_id: str) -> None:
    tags = tag_text(text, language="en")
    assert union_id in union_ids(tags), union_ids(tags)
