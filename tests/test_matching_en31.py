"""English name shapes and unions of branch en31 (issue 9): a numbered local after a directory name joined by "and",
numbered district and joint councils, a town's trades council, a country's name before a directory name that ends a
longer one, an acronym the story defines that is also a place's name in another language, and unions of Lesotho, the
Bahamas, Ghana, Fiji, Papua New Guinea and Malawi; sentences of their own, not taken from the real-news set or the
samples."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, primary_countries, tag_text, union_ids, union_names


def test_a_local_after_a_name_joined_by_and_is_the_unions_local() -> None:
    names = union_names(
        tag_text(
            "United Food and Commercial Workers Local 1776 members at a Philadelphia warehouse voted to ratify the contract."
        )
    )
    assert "UFCW Local 1776" in names
    assert not any(name.startswith("Commercial Workers") for name in names)


@pytest.mark.parametrize(
    "text, name",
    [
        ("AFSCME District Council 47 said its members at Philadelphia libraries would picket.", "AFSCME District Council 47"),
        ("In Chicago, Teamsters Joint Council 25 backed the warehouse drivers.", "Teamsters Joint Council 25"),
    ],
)
def test_a_numbered_council_is_named_with_its_own_words(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


def test_a_district_lodge_stays_its_district() -> None:
    assert "IAM District 751" in union_names(tag_text("Machinists of IAM District Lodge 751 voted near Seattle."))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Hull Trades Council marched with striking bin workers in England.", "Hull Trades Council"),
        ("The Tolpuddle Trades Council sent a banner to the nurses' picket in England.", "Tolpuddle Trades Council"),
    ],
)
def test_a_towns_trades_council_is_found(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Trades Council met on Monday in Leeds, England.",
        "Affiliates of the Building and Construction Trades Council met in Oakland, California.",
        "Officials of the Hong Kong Trade Development Council said exports rose.",
    ],
)
def test_no_trades_council_without_a_name_of_its_own(text: str) -> None:
    assert not any("Council" in name for name in union_names(tag_text(text)))


def test_a_countrys_name_before_a_directory_name_makes_a_union_of_its_own() -> None:
    tags = tag_text("Drivers of the Kenya Transport and Allied Workers Union stayed off the roads in Mombasa.")
    assert "Kenya Transport and Allied Workers Union" in union_names(tags)
    assert "tawu-za" not in union_ids(tags)


def test_an_acronym_the_story_defines_is_no_place() -> None:
    tags = tag_text(
        "The Solomon Islands Nurses Association (SINA) handed a 21-day strike notice to the Government. In a "
        "statement on Friday, SINA said the decision came after months of talks."
    )
    assert all_countries(tags) == {"SB"}


def test_a_countrys_own_abbreviation_still_names_it() -> None:
    tags = tag_text("Dockers in Papua New Guinea (PNG) walked out. PNG port unions said talks had failed.")
    assert primary_countries(tags) == {"PG"}


@pytest.mark.parametrize(
    "text, union_id",
    [
        ("Garment workers of the Independent Democratic Union of Lesotho picketed a factory in Maseru.", "idul-ls"),
        (
            "United Textile Employees organisers in Maseru called a stay-away at the Lesotho factories.",
            "united-textile-employees-ls",
        ),
        ("NACTWU shop stewards in Maputsoe, Lesotho, rejected the wage offer.", "nactwu-ls"),
        ("LAT officials told teachers in Maseru, Lesotho, to stay home.", "lesotho-association-of-teachers-ls"),
        ("Hotel workers of the BHCAWU voted to strike in Nassau, Bahamas.", "bhcawu-bs"),
        ("The Bahamas Public Service Union said customs officers in Nassau would stay home.", "bpsu-bs"),
        ("The BNATUC urged the government in Nassau, Bahamas, to settle the contracts.", "bnatuc-bs"),
        ("TUWAG members at the technical universities in Kumasi, Ghana, stayed away.", "tuwag-gh"),
        ("The Federation of University Senior Staff Association of Ghana (FUSAG) met in Accra.", "fussag-gh"),
        ("FTA members in Suva, Fiji, said teachers would ballot.", "fiji-teachers-association-fj"),
        ("PNGTUC officials in Port Moresby, Papua New Guinea, opposed the plan.", "pngtuc"),
        ("The Civil Servants Trade Union of Malawi (CSTUM) met officials in Lilongwe.", "cstu-mw"),
    ],
)
def test_an_added_union_is_found_by_its_name_or_acronym(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_the_uks_unite_keeps_its_shouted_name() -> None:
    # "United Textile Employees" is Lesotho's UNITE by its name only: the acronym stays the British union's
    assert "united-textile-employees-ls" not in union_ids(tag_text("Bus drivers in Leeds, England, joined Unite."))


def test_a_persons_name_with_a_middle_initial_after_a_union_is_no_part_of_it() -> None:
    ids = union_ids(tag_text("The Deputy Secretary General of Sierra Leone Labour Congress Abdul J Kamara spoke in Freetown."))
    assert "sllc" in ids and not any(union_id.startswith("found:") for union_id in ids)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Members of the Electricity Senior Staff Association of Ghana picketed in Tema.",
            "Electricity Senior Staff Association of Ghana",
        ),
        (
            "The Nigeria Civil Service Senior Staff Association threatened a walkout in Abuja.",
            "Nigeria Civil Service Senior Staff Association",
        ),
    ],
)
def test_a_sectors_senior_staff_association_is_found(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


def test_a_senior_staff_association_only_referred_to_is_no_name() -> None:
    assert not union_names(tag_text("The Senior Staff Association said the strike would go on in Accra, Ghana."))


@pytest.mark.parametrize(
    "text, union_id",
    [
        ("SICTU leaders met public servants in Honiara on Friday.", "sictu-sb"),
        ("The Solomon Islands National Teachers Association (SINTA) served a strike notice in Honiara.", "sinta-sb"),
        ("The Kiribati Trade Union Congress elected new officers in Tarawa.", "ktuc-ki"),
        ("The VCTU said workers in Port Vila, Vanuatu, had not been consulted.", "vctu-vu"),
        ("The National Trade Union Congress of Belize backed the teachers in Belmopan.", "ntucb-bz"),
        ("The Gambia Teachers Union called a sit-down strike in Banjul.", "gtu-gm"),
        ("The Zimbabwe Federation of Trade Unions held a May Day rally in Harare.", "zftu-zw"),
        ("The Bank and General Workers Union struck at a bank in St George's, Grenada.", "bgwu-gd"),
        ("The NIPSA union said civil servants in Belfast would walk out.", "nipsa-gb"),
        ("The Fiji Nurses Association said nurses in Lautoka would strike.", "fiji-nurses-association-fj"),
        ("The FICTU general secretary spoke to strikers in Suva, Fiji.", "fictu-fj"),
        ("The IMO said hospital doctors in Cork would ballot for industrial action.", "imo-ie"),
        ("The St Lucia Civil Service Association called out customs officers in Castries.", "csa-lc"),
        ("ATLU members at the airport in St John's, Antigua, stayed off the job.", "atlu-ag"),
    ],
)
def test_an_added_pacific_caribbean_or_african_union_is_found(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_an_italian_ccl_is_no_caribbean_congress() -> None:
    # "CCL" is Italian for collective labour agreements: the Caribbean Congress of Labour keeps its name only
    assert "ccl" not in union_ids(tag_text("In Ticino la situazione dei CCL è buona, ha detto il sindacato SEV."))


def test_aden_as_a_persons_given_name_is_no_yemen() -> None:
    tags = tag_text("Speaking in Nairobi, Health Cabinet Secretary Aden Duale told clinical officers in Kenya to return.")
    assert all_countries(tags) == {"KE"}


def test_aden_as_a_place_stays_yemen() -> None:
    assert "YE" in primary_countries(tag_text("Dockworkers in Aden went on strike on Monday."))
