"""Same-event consistency (issue 9, branch events47): a Ukrainian national union whose name lists its trades ("... будівництва
і промисловості будівельних матеріалів України") written with its first trade alone, so one report of an event gets the
union and another none (wide_recuk42 uk-42013, "Профспілкою працівників будівництва"; wide_cee29 uk-30830,
"профспілки працівників освіти" for the education and science workers' union)."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids


@pytest.mark.parametrize(("text", "union_id"), [
    # the instrumental case, the name cut before "і промисловості будівельних матеріалів України"
    ("Галузеву угоду в Житомирі уклали з Профспілкою працівників будівництва на три роки.", "union-ua-3"),
    # lower case, a district organisation of the union, cut before "і науки України"
    ("У Львові голова міської організації профспілки працівників освіти розповіла про зарплати вчителів.", "tueswu-ua"),
])
def test_a_ukrainian_union_written_with_its_first_trade_alone(text: str, union_id: str) -> None:
    tags = tag_text(text, language="uk")
    assert union_id in union_ids(tags)
    assert primary_countries(tags) == {"UA"}


@pytest.mark.parametrize(("text", "union_id"), [
    # another country's name right after the cut name: that country's union of the trade
    ("У Варшаві Профспілка працівників освіти Польщі оголосила страйк.", "tueswu-ua"),
    # an adjective the list's nouns share ("хімічних та нафтохімічних галузей") is no trade of its own
    ("У Львові Профспілка працівників хімічних підприємств вимагає підвищити зарплати.", "union-ua-2"),
])
def test_a_cut_name_is_not_the_union_abroad_or_at_an_adjective(text: str, union_id: str) -> None:
    assert union_id not in union_ids(tag_text(text, language="uk"))


def test_the_full_name_is_still_the_union() -> None:
    tags = tag_text("Профспілка працівників освіти і науки України провела з'їзд у Києві.", language="uk")
    assert "tueswu-ua" in union_ids(tags)
