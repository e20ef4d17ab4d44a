"""An acronym after a lower-case head that opens a name in quotes is the head's abbreviation, not a union
(issue 9, session of 2026-12-04; KINDS-receu42): "związek zawodowy NSZZ „Solidarność”" named an invented union
"NSZZ" beside Solidarność (wide_receu42 pl-42550; wide_pl20 pl-10500, pl-10502, pl-10505, pl-10551)."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids


@pytest.mark.parametrize("text", [
    "Związek zawodowy NSZZ „Solidarność” w zakładzie zapowiedział protest w Katowicach.",
    "Działacze związku zawodowego NSZZ \"Solidarność\" w Płocku protestowali przed urzędem.",
])
def test_an_acronym_opening_a_quoted_name_is_no_union_of_its_own(text: str) -> None:
    assert union_ids(tag_text(text, language="pl")) == {"solidarnosc"}


def test_an_acronym_after_a_lower_case_head_is_still_the_name() -> None:
    # the rule it narrows: a lower-case head and an acronym not followed by quotes name a union ("el sindicato UGT")
    assert "found:BO:sintramor" in union_ids(tag_text("En Oruro, el sindicato SINTRAMOR convocó a una huelga de los "
                                                      "mineros."))
    assert "found:PL:zzppm" in union_ids(tag_text("W Gdańsku związek zawodowy ZZPPM ogłosił strajk."))
