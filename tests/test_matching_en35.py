"""English pages of Africa, the Caribbean and Asia (issue 9, branch en35): a fund, a speech and a party's role in a
court caption are no part of a union's name; a place inside a promenade's or lane's name is not that place; names
the directory lacked (data/union_sources/english-pages-en35.tsv)."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, primary_countries, tag_text, union_names


@pytest.mark.parametrize("text", [
    "KUALA LUMPUR: The union asked the Workers Pension Fund (WPF) to remove the chief executive of the bank.",
    "COLOMBO: Unions demanded that the Employees Trust Fund (ETF) pay the dues owed to estate workers.",
    "MANILA: Labour leaders will deliver their State of the Labor Address (SOLA) outside the labour department.",
    "IN THE LABOUR COURT OF SOUTH AFRICA\nNATIONAL UNION OF MINEWORKERS Applicant\nand\n"
    "HARMONY TRADE UNION Third Respondent\n",
])
def test_no_union_named_fund_address_or_court_role(text: str) -> None:
    names = union_names(tag_text(text, language="en"))
    assert not any(word in name for name in names for word in ("Fund", "Address", "Respondent", "Applicant")), names


def test_a_fund_s_own_staff_union_is_still_a_union() -> None:
    names = union_names(tag_text("NEW DELHI: The Provident Fund Employees Union of Delhi (PFEU) held a rally.", language="en"))
    assert any("Provident Fund Employees Union" in name for name in names), names


@pytest.mark.parametrize("text", [
    "PORT OF SPAIN: Public servants gathered on the Brian Lara Promenade before the march to the ministry.",
    "PORT OF SPAIN: The union's members marched down Lara Lane to the labour ministry.",
])
def test_a_place_inside_a_promenade_or_lane_is_not_that_place(text: str) -> None:
    assert "VE" not in all_countries(tag_text(text, language="en"))


def test_names_the_directory_lacked() -> None:
    tags = tag_text("PORT OF SPAIN: The NUGFW and the steel workers union (SWUTT) joined the Oilfield Workers Trade "
                    "Union at the march.", language="en")
    assert union_names(tags) >= {"National Union of Government and Federated Workers",
                                 "Steel Workers Union of Trinidad and Tobago", "Oilfields Workers' Trade Union"}
    tags = tag_text("ACCRA: The Government and Hospital Pharmacists Association (GHOSPA) told members to stay at post.",
                    language="en")
    assert "Government and Hospital Pharmacists Association" in union_names(tags)
    tags = tag_text("THIRUVANANTHAPURAM: The Kerala State Road Transport Employees Association did not join.", language="en")
    assert "Kerala State Road Transport Employees Association" in union_names(tags)


def test_a_city_and_its_country_before_a_news_agency_are_its_dateline() -> None:
    tags = tag_text("Brussels, Belgium (XNA) – Dockworkers at Kenya's port of Mombasa struck on Monday over unpaid "
                    "allowances, the dockworkers' union said in Mombasa.", language="en")
    assert "BE" not in primary_countries(tags) and "KE" in primary_countries(tags)
    # without an agency, a local paper's own city and country: the story's
    tags = tag_text("KINGSTON, Jamaica — Port workers have served a claim for bargaining rights on a contractor.",
                    language="en")
    assert "JM" in primary_countries(tags)


def test_a_banks_or_bankers_association_is_the_employers() -> None:
    for text in ("KOTA KINABALU: NUBE demanded that the 12 SCBA (Sabah Commercial Banks’ Association) member banks pay "
                 "the bonus to their clerks.",
                 "KUALA LUMPUR: The union and the Sabah Commercial Banks’ Association (SCBA) have been locked in a dispute."):
        names = union_names(tag_text(text, language="en"))
        assert not any("Banks" in name for name in names), names
    names = union_names(tag_text("KANDY: The Regional Banks Employees Union (RBEU) staged a picket.", language="en"))
    assert any("Banks Employees Union" in name for name in names), names
