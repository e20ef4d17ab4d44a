"""English recogniser pass (issue 9, branch recen41): Ireland's IMPACT written as the word "Impact" where its
sentence calls it a union, and Guyana's public servants' union by its acronym GPSU."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_ids


@pytest.mark.parametrize("text", [
    # wide_recen41 en-41247 (irishtimes)
    "Members of the country's largest public sector union Impact have narrowly failed to approve participation in "
    "the day of industrial action organised by the Irish Congress of Trade Unions (Ictu).",
    # wide_en27 en-2716: "Impact members" beside the Irish Congress
    "While Impact members voted 65% in favour of the Irish Congress of Trade Unions' day of action, the union's "
    "rules require two thirds.",
])
def test_impact_called_a_union_in_an_irish_story_is_impact(text: str) -> None:
    tags = tag_text(text, language="en")
    assert "impact-ie" in union_ids(tags), union_ids(tags)


def test_impact_in_capitals_in_an_irish_story_is_impact() -> None:
    # wide_en27 en-2717: the title, then the Irish nurses' and psychiatric nurses' unions in the text
    tags = tag_text("The country's largest public sector union will strike in Dublin on Monday.",
                    title="IMPACT first to confirm 24-hour strike plans", language="en")
    assert "impact-ie" in union_ids(tags), union_ids(tags)


@pytest.mark.parametrize("text", [
    "The strike had a huge impact on commuters in Dublin, the Irish Congress of Trade Unions said.",
    "Impact of the Dublin bus strike: unions in Ireland say services will resume on Monday.",
    "SIPTU said the cuts would impact workers in Cork, and Impact assessments were never published.",
])
def test_the_word_impact_is_no_union(text: str) -> None:
    tags = tag_text(text, language="en")
    assert "impact-ie" not in union_ids(tags), union_ids(tags)


def test_gpsu_by_its_acronym_is_guyanas_public_service_union() -> None:
    # wide_recen41 en-41241 (demerarawaves)
    tags = tag_text("About 100 public servants began marching through the streets of Georgetown. GPSU President "
                    "Patrick Yarde attributed poor turnout to the police force's late approval of the march in "
                    "Guyana.", language="en")
    assert "guyana-public-service-union-gy" in union_ids(tags), union_ids(tags)


@pytest.mark.parametrize("text", [
    # wide_en27 en-2715: Unite listed with Ireland's nurses' union and Fórsa
    "Nurses represented by the Irish Nurses and Midwives Organisation (INMO), Fórsa, and Unite have voted to pursue "
    "industrial action at the hospital in Cork.",
    # wide_recen41 en-41246 (eastcoast.fm): Unite in capitals, in Ireland
    "The UNITE Trade Union says it will still ballot its members at Dublin Airport in Ireland on industrial action.",
])
def test_unite_in_an_irish_story_is_unite_in_ireland(text: str) -> None:
    tags = tag_text(text, language="en")
    assert "unite-uk" in union_ids(tags), union_ids(tags)
    assert primary_countries(tags) == {"IE"}, primary_countries(tags)


def test_unite_in_a_british_story_keeps_britain() -> None:
    tags = tag_text("Unite members at the council depot in Leeds will strike next week, the union said.", language="en")
    assert union_ids(tags) == {"unite-uk"}, union_ids(tags)
    assert primary_countries(tags) == {"GB"}, primary_countries(tags)


@pytest.mark.parametrize("text", [
    # wide_en32 en-32739: New Zealand named by its nurses' union, which backs the Fiji nurses
    "A strike by members of the Fiji Nurses Association will continue tomorrow after the failure of talks with the "
    "Public Service Association and labour ministry officials. All health centres around Fiji closed down today. "
    "Meanwhile, the New Zealand Nurses Organisation has passed a resolution expressing support.",
    # wide_recen41 en-41228 (nzherald): New Zealand named where the nurses may go
    "Fiji nurses threatening strike action next week say they may take up work offers in Australia and New Zealand. "
    "Fiji Nursing Association general secretary Kuini Lutua said about 1400 nurses would walk off the job. Other "
    "unions in Fiji, including the Public Service Association, accepted a 1 per cent pay rise.",
])
def test_a_union_found_by_generic_words_is_the_main_countrys(text: str) -> None:
    tags = tag_text(text, language="en")
    assert "fpsa-fj" in union_ids(tags), union_ids(tags)
    assert not discovered_names(tags), discovered_names(tags)


@pytest.mark.parametrize(("text", "name"), [
    # wide_recen41 en-41231 (malumnalu): PNG's unions named with the country's short name before them
    ("Other medical workers who belong to the PNG Nurses Association are considering their options of industrial "
     "action in Port Moresby.", "PNG Nurses Association"),
    ("The all-powerful PNG Maritime and Transport Workers Union, which handles cargoes at all major PNG ports, said "
     "it was supporting the doctors.", "PNG Maritime and Transport Workers Union"),
])
def test_a_countrys_short_name_in_capitals_opens_a_union_name(text: str, name: str) -> None:
    tags = tag_text(text, language="en")
    assert name in discovered_names(tags), discovered_names(tags)


def test_a_directory_union_named_with_its_countrys_short_name_is_that_union() -> None:
    # wide_en32 en-32749, wide_en35 en-35044: the PNG Teachers Association (PNGTA) by its short country name
    tags = tag_text("The PNG Teachers Association says teachers in Port Moresby have not been paid.", language="en")
    assert union_ids(tags) == {"pngta-pg"}, union_ids(tags)


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_recen41 en-41232 (onepng), en-41231 (malumnalu)
    ("National Doctors Association secretary Dr Sam Yockopua told The National the demands of PNG doctors are in "
     "process.", "nda-pg"),
    # wide_recen41 en-41229 (radionz): the head in small letters
    ("Members of the Fiji Aviation Workers association have taken strike action against the national airline.",
     "fawa-fj"),
])
def test_unions_the_directory_lacked(text: str, union_id: str) -> None:
    tags = tag_text(text, language="en")
    assert union_id in union_ids(tags), union_ids(tags)


def test_an_ilo_convention_is_no_union() -> None:
    # wide_recen41 en-41241 (demerarawaves)
    tags = tag_text("The International Labour Organisation Convention on Collective Bargaining has long been ratified "
                    "by Guyana, the union's president said.", language="en")
    assert not discovered_names(tags), discovered_names(tags)


def test_a_broadcasters_letters_are_no_union() -> None:
    # wide_recen41 en-41245 (ctvnews): Venezuela's CTV is no Canadian broadcaster
    tags = tag_text("Canadian Union of Public Employees (CUPE) Local 1559 members in Ontario voted to strike. CUPE "
                    "spokesperson Eric Bell tells CTV News Ottawa no strike deadline has been set.", language="en")
    assert "ctv" not in union_ids(tags) and "CTV" not in discovered_names(tags), union_ids(tags)


def test_a_partys_acronym_listed_with_unions_is_no_union() -> None:
    # wide_recen41 en-41223 (dawn): the party named first, then its acronym in the list of the protest's organisers
    tags = tag_text("KARACHI: The Awami Workers Party (AWP) and the Pakistan Trade Union Federation (PTUF) organised "
                    "demonstrations. One such protest was held outside the Karachi Press Club, in which the AWP, PTUF "
                    "and various other trade unions participated.", language="en")
    assert "AWP" not in discovered_names(tags), discovered_names(tags)


def test_cupe_ontario_is_cupes_ontario_division() -> None:
    # wide_enam19 en-8601, wide_enloc28 en-29715 (cupe.on.ca)
    tags = tag_text("TORONTO - CUPE Ontario warmly welcomed the news that the child care workers' campaign had won.",
                    language="en")
    assert union_ids(tags) == {"cupe-ontario-ca", "cupe"}, union_ids(tags)


def test_ghanas_university_senior_staff_as_the_press_writes_them() -> None:
    # wide_english11 en-1626 (newsghana): a dash between the body and its members
    tags = tag_text("Members of the Trades Union Congress, Ghana, have joined the Senior Staff Association-Universities "
                    "of Ghana on strike.", language="en")
    assert "ssa-uog-gh" in union_ids(tags), union_ids(tags)


def test_cupe_ontario_opening_a_longer_name_is_that_union() -> None:
    # wide_recen39 en-39611: the OSBCU written with CUPE Ontario before it
    tags = tag_text("CUPE Local 16 President Mike Gallipeau, a member of the CUPE Ontario School Boards Council of Unions "
                    "bargaining team, says the main conflict in Wawa, Ontario, is wages.", language="en")
    assert "osbcu-ca" in union_ids(tags) and "cupe-ontario-ca" not in union_ids(tags), union_ids(tags)


@pytest.mark.parametrize("text", [
    # wide_south11 en-1313 (app.com.pk), en-1337 (dawn)
    "All Pakistan WAPDA Hydro Electric Union workers rally to mark World Labour Day in Hyderabad.",
    "Since the All Pakistan Wapda Hydroelectric Workers Union under the collective bargaining agreement is the "
    "bargaining agent in Lahore, Pakistan.",
])
def test_pakistans_wapda_union_as_the_press_writes_it(text: str) -> None:
    tags = tag_text(text, language="en")
    assert union_ids(tags) == {"apwhewu-pk"}, union_ids(tags)


def test_a_locals_number_joined_to_its_parents_acronym_names_the_parent() -> None:
    # wide_en31 en-31752: 1199SEIU is the SEIU's local (convention 1: its parent is named too)
    tags = tag_text("Press conference at the picket line of striking 1199SEIU nursing home workers at Campbell Hall "
                    "Nursing Home in Campbell Hall, New York.", language="en")
    assert {"1199seiu-united-healthcare-workers-east-us", "seiu"} <= union_ids(tags), union_ids(tags)


def test_a_name_ends_before_for_and_a_body_of_no_union() -> None:
    # wide_recen41 en-41205 (psnews): "... Trade Unions for the Government to respond"
    tags = tag_text("It followed a 14-day deadline from the Zimbabwe Confederation of Public Sector Trade Unions for the "
                    "Government to respond, which had expired.", language="en")
    assert discovered_names(tags) == {"Zimbabwe Confederation of Public Sector Trade Unions"}, discovered_names(tags)
