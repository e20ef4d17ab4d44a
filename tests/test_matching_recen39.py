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


@pytest.mark.parametrize(("text", "local"), [
    ("CHICAGO - 300 members of the International Union of Operating Engineers Local 150 voted to adopt their new "
     "contract.", "IUOE Local 150"),
    ("SEATTLE - Members of the International Brotherhood of Electrical Workers Local 46 rallied downtown.",
     "IBEW Local 46"),
    ("TORONTO - The Laborers' International Union of North America Local 183 said talks had failed.", "LIUNA Local 183"),
    ("TULSA, Okla. - Members of the Communications Workers of America Local 6012 picketed a store.", "CWA Local 6012"),
])
def test_a_local_after_a_directory_name_holding_of(text: str, local: str) -> None:
    names = union_names(tag_text(text, language="en"))
    assert local in names and not any(name.endswith(local.split(" ", 1)[1]) and name != local for name in names), names


def test_a_shared_acronym_goes_by_the_story_s_country() -> None:
    tags = tag_text("Thousands of PSA members around New Zealand walked off the job today. CTU President Richard Wagstaff "
                    "told the crowd in Wellington that workers wanted a fair deal.", language="en")
    assert "nzctu" in union_ids(tags), union_ids(tags)
