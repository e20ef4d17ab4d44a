"""English recogniser pass (issue 9, branch recen38): a title-case headline's auxiliary, negation or adverb ends a
union's name as its verbs do; an acronym the press spells from a national centre's name without the country it opens
with is that centre's; "PNG" names Papua New Guinea."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, tag_text, union_ids, union_names


@pytest.mark.parametrize(("text", "name"), [
    ("Jamaica Teachers Union Not Giving Up On Pay Claim\nThe union said on Monday that it would go on.",
     "Jamaica Teachers Union"),
    ("Grenada Public Workers Union Still Pressing For Increase\nThe union met the minister on Monday.",
     "Grenada Public Workers Union"),
    ("Grenada Public Workers Union Won’t Back Down\nThe union met the minister on Monday.",
     "Grenada Public Workers Union"),
    ("Antigua Civil Service Union Will Strike Next Week\nThe union met the minister on Monday.",
     "Antigua Civil Service Union"),
    ("Belize Nurses Union Wins Pay Case\nThe union met the minister on Monday.", "Belize Nurses Union"),
])
def test_a_headline_predicate_ends_the_name(text: str, name: str) -> None:
    names = union_names(tag_text(text, language="en"))
    assert name in names and not any(found.startswith(name + " ") for found in names), names


@pytest.mark.parametrize(("text", "name"), [
    ("PORT MORESBY: The PNG Trade Union Congress and its affiliates threaten a national strike. TUC general "
     "secretary John Paska said the unions would meet.", "Papua New Guinea Trade Union Congress"),
    ("SUVA: The Fiji Trades Union Congress said the new minimum wage was too low. TUC general secretary Felix "
     "Anthony said the unions would march.", "Fiji Trades Union Congress"),
])
def test_an_acronym_without_the_country_is_the_centre_s(text: str, name: str) -> None:
    tags = tag_text(text, language="en")
    assert union_names(tags) == {name}, union_names(tags)


def test_png_names_papua_new_guinea() -> None:
    tags = tag_text("Teachers in PNG walked off the job on Monday over unpaid allowances.", language="en")
    assert "PG" in all_countries(tags)


def test_dutch_public_sector_unions_the_directory_lacked() -> None:
    tags = tag_text("DEN HAAG – De Algemene Centrale Overheidspersoneel FNV (ACOP) overlegt met het kabinet. Ook de "
                    "MARVER en de NAPB BES, de politiebond van de Caribische eilanden, doen mee.", language="nl")
    assert {"acop-nl", "marver-nl", "napb-bes-bq"} <= union_ids(tags), union_ids(tags)


def test_uni_affiliates_the_directory_lacked() -> None:
    tags = tag_text("UNI Global Union said it backed the GPEU at the mobile operator in Dhaka and helped ZUSAW organise "
                    "security guards in Lusaka.", language="en")
    assert {"gpeu-bd", "zusaw-zm"} <= union_ids(tags), union_ids(tags)


@pytest.mark.parametrize(("text", "name"), [
    ("ROTTERDAM – De loodsenvakbond KLVB kondigt een staking aan in de haven.", "KLVB"),
    ("WILLEMSTAD – De havenbonden SWHK en ABVO leggen het werk neer.", "SWHK"),
])
def test_a_dutch_kind_compound_before_a_name(text: str, name: str) -> None:
    assert name in union_names(tag_text(text, language="nl")), union_names(tag_text(text, language="nl"))


def test_a_dutch_kind_compound_alone_names_nothing() -> None:
    assert not union_names(tag_text("De spoorbonden voeren actie; de onderwijsbonden zijn boos.", language="nl"))


def test_a_dutch_kind_compound_in_a_story_of_no_given_language() -> None:
    tags = tag_text("ROTTERDAM – De loodsenvakbond KLVB kondigt een staking aan in de haven van Rotterdam.")
    assert "KLVB" in union_names(tags), union_names(tags)
    assert not union_names(tag_text("De twee bedrijven zijn nauw verbonden Met de haven van Rotterdam."))
