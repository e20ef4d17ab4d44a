"""English "Non-" before a union's name, the workers' plural possessive ending a found name, "media" after one, and
the directory rows of data/union_sources/africa-afr28.tsv (issue 9, branch afr28)."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids, union_names


@pytest.mark.parametrize("text", [
    # "non-" negates the word it is joined to: Nigeria's non-teaching staff union is not the lecturers' ASUU
    "Members of the Non-Academic Staff Union of Universities shut the gates of the campus in Ibadan.",
    "The non-Academic Staff Union of Universities said its members in Kano had not been paid.",
])
def test_a_name_after_non_is_not_the_union_it_holds(text: str) -> None:
    assert "asuu-ng" not in union_ids(tag_text(text))


def test_the_union_without_non_is_still_found() -> None:
    assert "asuu-ng" in union_ids(tag_text("The Academic Staff Union of Universities met in Abuja on Monday."))


@pytest.mark.parametrize("text, name", [
    # what the union has ("National Leadership", "Annual Report") is no part of its name
    ("The Nigerian Union of Hotel and Catering Workers’ National Leadership has ordered a walkout in Lagos.",
     "Nigerian Union of Hotel and Catering Workers"),
    ("The Zambia Union of Sugar Plantation Employees' Annual Report was published in Mazabuka.",
     "Zambia Union of Sugar Plantation Employees"),
])
def test_the_workers_plural_possessive_ends_a_name(text: str, name: str) -> None:
    names = union_names(tag_text(text))
    assert any(found.rstrip("'’") == name for found in names), names


@pytest.mark.parametrize("text, name", [
    ("The Federation of Kenya Dock Workers’ Unions called a strike in Mombasa.", "Federation of Kenya Dock Workers’ Unions"),
    ("The General Federation of Dock Workers’ Trade Unions met in Mombasa.", "General Federation of Dock Workers’ Trade Unions"),
])
def test_a_head_after_the_workers_possessive_goes_on_with_the_name(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


def test_media_after_a_name_is_the_sentences_word() -> None:
    names = union_names(tag_text("The Kenya Plantation Workers Union media briefing in Kericho was cancelled."))
    assert not any(found.endswith("media") for found in names), names


@pytest.mark.parametrize("text, union_id", [
    ("Doctors of the Ghana Medical Association withdrew outpatient services in Kumasi.", "gma-gh"),
    ("The South African Policing Union (SAPU) wants overtime paid to officers in Gauteng.", "sapu-za"),
    ("The South African Medical Association Trade Union said public-sector doctors in Durban were overworked.",
     "samatu-za"),
    ("SSAUTHRIAI members at the teaching hospital in Enugu joined the strike.",
     "senior-staff-association-of-universities-teaching-hospitals-ng"),
    ("The NAAT branch at the University of Jos closed the laboratories.", "national-association-of-academic-technologists-ng"),
    ("Walimu wa CHAKUHAWATA mkoani Kigoma wamedai malipo ya likizo.",
     "chama-cha-kulinda-na-kutetea-haki-za-walimu-tanzania-tz"),
])
def test_african_directory_rows(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # employers' bodies and a professional association are no union
    "The Nigeria Employers' Consultative Association asked state governments in Lagos to be transparent.",
    "The Federation of Kenya Employers said the wage councils in Nairobi must meet first.",
])
def test_employers_bodies_are_no_union(text: str) -> None:
    assert not tag_text(text).unions
