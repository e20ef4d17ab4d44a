"""English and Tagalog union names (issue 9, branch recen36): the federations a Philippine union belongs to, glued to
its name's last word by hyphens, are no part of its name; a bare North American local far from any union's name is that
of the local named last before it."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_names


@pytest.mark.parametrize("text, name", [
    # wide_sea27 tl-10804
    ("Ibinasura ang kaso laban sa lider-unyonistang si Rhoel Alconera, ikalawang pangulo ng Unyon ng mga Panadero sa "
     "Gardenia Philippines-Olalia-KMU.", "Unyon ng mga Panadero sa Gardenia Philippines"),
    ("Nagprotesta ang Unyon ng mga Panadero sa PhilFoods Fresh Baked Product Inc.-OLALIA noong Lunes.",
     "Unyon ng mga Panadero sa PhilFoods Fresh Baked Product Inc."),
])
def test_tagalog_name_before_glued_federations(text: str, name: str) -> None:
    assert name in union_names(tag_text(text, language="tl"))


@pytest.mark.parametrize("text, name", [
    # hyphens inside a name's own words stay in it
    ("Nag-piket ang Unyon ng mga Manggagawa sa Coca-Cola Philippines noong Lunes.",
     "Unyon ng mga Manggagawa sa Coca-Cola Philippines"),
])
def test_tagalog_hyphened_name_words_stay(text: str, name: str) -> None:
    assert name in union_names(tag_text(text, language="tl"))


@pytest.mark.parametrize("text, name", [
    # wide_enloc28 en-29726
    ("On Feb. 12, members of UFCW Local 152 who work at Pitman Manor in Pitman, New Jersey, ratified their first union "
     "contract [...] Local 919 Burlington Coat Factory Workers Ratify New Contract: On Feb. 2, 37 full- and part-time "
     "Burlington Coat Factory workers in New London, Connecticut, unanimously ratified a new contract.", "UFCW Local 919"),
    # wide_enam19 en-8621
    ("Following a six-month organizing effort, 140 warehouse workers voted on September 19 to join Teamsters Local 630 "
     "in Los Angeles. [...]\nSkilled trades workers with the State Employees Trades Council (SETC-United) voted to "
     "affiliate with Local 2010 in August.", "Teamsters Local 2010"),
])
def test_bare_local_is_that_of_the_local_named_before(text: str, name: str) -> None:
    assert name in union_names(tag_text(text, language="en"))


def test_bare_local_written_before_without_owner_stays_unowned() -> None:
    # wide_enam19 en-8618: Local 21 is IFPTE's, never named; SEIU 1021 is another union's
    text = ("Members of the two largest unions representing non-sworn Oakland employees voted to authorize strike "
            "actions against the City of Oakland last week. 'Strike Vote' tables were set up all over the City to give "
            "members of both Local 21 and SEIU 1021 the opportunity to vote. [...]  Local 21 and SEIU 1021 together "
            "are seeking a fair contract.")
    assert not any(name.endswith("Local 21") for name in union_names(tag_text(text, language="en")))


def test_bare_local_after_a_union_s_number_is_not_its() -> None:
    # wide_english9 en-980
    text = ("AFSCME Local 3299 workers held a rally in Oakland on Monday before a vote on the contract and a march to the "
            "regents' office, where speakers demanded safe staffing, fair pay and an end to outsourcing at the "
            "University of California medical centres, which they say has cost thousands of jobs over the years "
            "[...] 25,000 AFSCME 3299 frontline patient and service workers are standing up and fighting against "
            "racial, economic, and gender inequality at UC. Local 1 members and staff showed support this week.")
    assert not any(name.endswith("Local 1") for name in union_names(tag_text(text, language="en")))
