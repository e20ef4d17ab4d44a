"""English recogniser pass (issue 9, branch recen39): a local written "Local N of the <union>" takes the short form of
a directory name two records share, as a local written before its union does."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_names


@pytest.mark.parametrize(("text", "local"), [
    ("LOS ANGELES - Local 770 of the United Food and Commercial Workers will be voting on the health care package "
     "proposed by the grocery chains.", "UFCW Local 770"),
    ("SAN DIEGO - Members of Local 135 of the United Food and Commercial Workers voted to authorize a strike at Ralphs "
     "stores.", "UFCW Local 135"),
])
def test_a_local_of_a_shared_directory_name(text: str, local: str) -> None:
    names = union_names(tag_text(text, language="en"))
    assert local in names and not any(name.startswith("United Food Local") for name in names), names
