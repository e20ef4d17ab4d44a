"""Philippine pass (issue 9, branch recph45): Spanish-speaking regions that are Filipino surnames or words of a
Filipino name ("Michael Mendoza", "Valle Verde Country Club") read as persons, not Argentina or Honduras; a hospital's
union named after its medical centre ("Makati Medical Center Employees' Association"), also after a saint's name
("St. Luke's Medical Center Employees Association"), not taken for a worker centre."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_recph45")
    assert len(sample) >= 16
    assert not _pages_found_elsewhere("wide_recph45")


@pytest.mark.parametrize("text", [
    # wide_recph45 tl-45817, wide_tl20 tl-10450: a Filipino labour leader's surname after his given name
    "Sinabi ni Chairman Ramon Mendoza na tutol ang mga manggagawa sa bagong kautusan ng DOLE sa Maynila.",
    "Ayon kay Pangulong Jose Mendoza, hindi sapat ang dagdag na sahod sa Quezon City.",
    # wide_sea28 tl-29806: a country club's name in Metro Manila
    "Nagwelga ang unyon ng Valle Verde Country Club sa Pasig dahil sa bonus.",
])
def test_a_filipino_surname_is_no_spanish_speaking_place(text: str) -> None:
    countries = primary_countries(tag_text(text))
    assert "AR" not in countries and "HN" not in countries and "PH" in countries, countries


@pytest.mark.parametrize(("text", "country"), [
    # the province itself, after a preposition or with its unions, still counts
    ("Los docentes paran este martes en Mendoza por salarios.", "AR"),
    ("El SUTE de Mendoza convocó a un paro de 48 horas.", "AR"),
    ("Los maestros del departamento de Valle marcharon hasta Nacaome.", "HN"),
])
def test_the_spanish_speaking_place_still_counts(text: str, country: str) -> None:
    assert country in primary_countries(tag_text(text))


@pytest.mark.parametrize(("text", "name"), [
    # wide_tl20 tl-10419, wide_recph45 en-45800, en-45801: a hospital's union named after its medical centre
    ("The Cebu Medical Center Employees Association held a picket in Cebu City on Monday.",
     "cebu-medical-center-employees-association"),
    ("Nurses of the Davao Doctors Center Employees' Association walked out in Davao City.",
     "davao-doctors-center-employees-association"),
    ("Members of the St. Jude's Medical Center Employees Association rallied in Manila for their bonus.",
     "st-jude-s-medical-center-employees-association"),
])
def test_a_hospital_union_named_after_its_medical_centre_is_found(text: str, name: str) -> None:
    assert f"found:PH:{name}" in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # a worker centre or a centre "for" a cause is still no union
    "The Workers Assistance Center in Cavite helped the dismissed staff file their complaint.",
    "The Center for Trade Union and Human Rights in Manila released a report on the strike.",
    # an owner's possessive before the name is still not a word of it
    "Amazon's Warehouse Workers Association in Manila was not recognised by the company.",
])
def test_a_worker_centre_or_an_owner_is_still_no_union_name(text: str) -> None:
    assert not union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # wide_tl20 tl-10435, wide_rare17 tl-3710, wide_sea28 tl-29805, wide_sea31 en-31143: ACT's Metro Manila union
    "Ayon kay ACT NCR President Ana Cruz, tuloy ang kilos-protesta ng mga guro sa Maynila.",
    "The ACT-NCR signed a new negotiation agreement with DepEd in Manila.",
])
def test_the_teachers_union_of_metro_manila_is_found_by_its_acronym(text: str) -> None:
    assert "act-ncr-ph" in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # ACT's chapters elsewhere, and the Alliance named in full, are not its Metro Manila union
    "The ACT Region VII chapter held a rally in Cebu City for higher pay.",
    "The Alliance of Concerned Teachers held a rally in Manila for higher pay.",
])
def test_another_act_chapter_is_not_the_metro_manila_union(text: str) -> None:
    assert "act-ncr-ph" not in union_ids(tag_text(text))
