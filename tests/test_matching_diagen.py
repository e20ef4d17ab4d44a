"""Diagnostic pass over the English pages of every wide sample (issue 9, branch diagen): where names are lost, by
step (see bench/data/KINDS-diagen.md). Kinds changed: a union's name around a weak head that says "union" and
nothing else ("Union", "Sangha") without a labour word in it, standing in a list of union names ("Hamdard Union",
"LDA Union", "Union of Buses and Taxis", "Anganwadi Naukarara Sangha"; recognise.Recogniser._listed_names)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text


@pytest.mark.parametrize(("text", "name"), [
    # wide_english17 en-4145: a list of a city's unions, two of them named by a firm or body and "Union" alone
    ("Marchers came from many unions, among them the Postal Workers' Union, Marhaba Union, WASA Employees' Union and "
     "the KMC Union, in Karachi on Sunday.", "Marhaba Union"),
    ("Marchers came from many unions, among them the Postal Workers' Union, Marhaba Union, WASA Employees' Union and "
     "the KMC Union, in Karachi on Sunday.", "KMC Union"),
    # wide_afr36 en-36334: a name of its members' vehicles, between two unions' names with their acronyms
    ("In Gaborone the Botswana Teachers Union (BTU), Union of Ferries and Boats, Botswana Nurses Union (BONU) "
     "joined the march.", "Union of Ferries and Boats"),
    # wide_sa36 en-36150: a South Asian union named after its members' scheme, listed after a national centre
    ("The officer met leaders of the Centre of Indian Trade Unions and Bisiyoota Naukarara Sangha in Mysuru.",
     "Bisiyoota Naukarara Sangha"),
    # wide_recen41 en-41223: a firm's acronym before the union's own words
    ("In Karachi the PTUF, KESC Mazdoor Ittehad, HBL Insaf Jafakash Union, Railway Workers Union and others "
     "protested against privatisation.", "HBL Insaf Jafakash Union"),
])
def test_a_union_named_without_a_labour_word_is_found_in_a_list_of_unions(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # not listed beside a union: "Union" after a capitalised word names nothing by itself
    "Workers from the Marhaba Union marched in Karachi on Sunday.",
    # a place's body listed beside a union
    "The ITUC, the African Union and the Kenya National Union of Teachers met in Nairobi.",
    # a name opening with its country and a trade, no labour word: it may describe a union as well as name one
    "The march was called by the Danish Industrial Union, Danish Nurses' Organisation and others in Copenhagen.",
    # a list of other bodies (no union's name beside it)
    "The Karachi Chamber, the Marhaba Union and the city council met on Sunday.",
])
def test_a_name_without_a_labour_word_outside_a_list_of_unions_is_not_found(text: str) -> None:
    assert not {name for name in discovered_names(tag_text(text)) if "Union" in name and "Teachers" not in name}
