"""Tagalog labour news (branch tl20): Philippine places as Tagalog writes them, the common noun "sentro" beside the
SENTRO centre, and company unions whose names hold a company's abbreviation ("Inc.", "Corp.")."""
from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_names


def test_tagalog_names_of_philippine_places_place_the_story() -> None:
    tags = tag_text(
        "Nagmartsa ang mga manggagawa sa Maynila noong Nobyembre 30 para kondenahin ang Israel at ang Estados Unidos.",
        language="tl",
    )
    assert "PH" in primary_countries(tags)
    assert "PH" in primary_countries(
        tag_text("Nagwelga ang mga manggagawa ng pabrika sa Rosario, Cavite laban sa Estados Unidos.", language="tl")
    )
    assert "PH" in primary_countries(
        tag_text("Mga manggagawa sa Timog Katagalugan, iginiit ang CBA sa harap ng Estados Unidos.", language="tl")
    )


def test_the_tagalog_word_sentro_is_not_the_sentro_centre() -> None:
    tags = tag_text(
        "Delegado si Duyag sa pagtitipon ng NAFLU-KMU noong Nobyembre 11, ayon sa sentro. Aktibo siya sa "
        "kampanya para sa dagdag-sahod ng mga manggagawa sa Butuan City.",
        language="tl",
    )
    assert "sentro" not in {tag.union_id for tag in tags.unions}
    assert "sentro" in {
        tag.union_id
        for tag in tag_text(
            "Ayon kay Josua Mata ng SENTRO, kailangan ang dagdag-sahod ng mga manggagawa sa Maynila.", language="tl"
        ).unions
    }


def test_a_company_abbreviation_with_its_point_stays_inside_a_union_name() -> None:
    names = {
        tag.name
        for tag in tag_text(
            "Nagsimula na ang negosasyon ng Nexperia Phils. Inc. Workers Union (NPIWU) at "
            "pamunuan ng Nexperia sa Cabuyao, Laguna.",
            language="tl",
        ).unions
    }
    # (the directory knows the union since branch mix34: its record's name, and no piece of the name besides)
    assert names == {"Nexperia Philippines Inc. Workers Union"}
    names = {
        tag.name
        for tag in tag_text(
            "Ayon sa VMCEU (Victoria Manufacturing Corp. Employees Union), welga na sa pabrika sa Pasig.", language="tl"
        ).unions
    }
    assert "Victoria Manufacturing Corp. Employees Union" in names


def test_olalia_and_the_teachers_dignity_coalition_are_in_the_directory() -> None:
    ids = {
        tag.union_id
        for tag in tag_text(
            "Magmamartsa ang Teachers' Dignity Coalition (TDC) sa Mendiola, Maynila, "
            "kasama ang mga unyong bahagi ng Organized Labor Associations in Line Industries and Agriculture (OLALIA).",
            language="tl",
        ).unions
    }
    assert {"tdc-ph", "olalia-ph"} <= ids


@pytest.mark.parametrize(("text", "name"), [
    ("Nagwelga ang Unyon ng mga Manggagawa sa Coca-Cola Products Inc sa Laguna.",
     "Unyon ng mga Manggagawa sa Coca-Cola Products Inc"),
    ("Lumahok ang Unyon ng mga Empleyado sa Pacific Plastics Inc. sa rali.",
     "Unyon ng mga Empleyado sa Pacific Plastics Inc"),
    ("Kinondena ng Unyon ng mga Manggagawa sa Royal Foods Ltd ang tanggalan.",
     "Unyon ng mga Manggagawa sa Royal Foods Ltd"),
    ("Nanawagan ang Unyon ng mga Tsuper sa Metro Bus Company ng dagdag-sahod.",
     "Unyon ng mga Tsuper sa Metro Bus Company"),
    ("Nagwelga ang Samahan ng mga Manggagawa sa Island Cement Corporation sa Rizal.",
     "Samahan ng mga Manggagawa sa Island Cement Corporation"),
    ("Iginiit ng Unyon ng mga Panadero sa Bakers Best Phils Inc ang CBA.",
     "Unyon ng mga Panadero sa Bakers Best Phils Inc"),
])
def test_a_company_legal_form_after_sa_is_the_workplace_of_a_tagalog_union(text: str, name: str) -> None:
    # "sa" (at) names the union's workplace: "Inc", "Ltd", "Company" there are the employer's.
    assert union_names(tag_text(text, language="tl")) == {name}


def test_a_company_legal_form_still_names_no_union_without_a_tagalog_union_before_sa() -> None:
    assert not tag_text("Nagpulong ang Chamber of Commerce sa Manila Inc noong Lunes.", language="tl").unions


@pytest.mark.parametrize(("text", "acronym"), [
    ("Naglunsad ng protesta ang Unyon ng mga Manggagawa sa Royal Foods Inc. (UMRFI-OLALIA-KMU) sa Laguna.", "UMRFI"),
    ("Nagwelga ang Unyon ng mga Manggagawa sa Royal Foods Inc (UMRFI-NAFLU-KMU) sa Cavite.", "UMRFI"),
    ("Naglunsad ng protesta ang Unyon ng mga Manggagawa sa Royal Foods Inc. (UMRFI-OLALIA -KMU) sa Laguna.", "UMRFI"),
])
def test_a_local_acronym_joined_to_its_federation_and_centre_by_dashes_is_the_local(text: str, acronym: str) -> None:
    # Philippine locals write their federation and centre after their own acronym ("UPPFBPI-OLALIA-KMU"); the
    # federation and the centre are named too.
    tags = tag_text(text, language="tl")
    assert acronym in {tag.acronym for tag in tags.unions}
    assert "kmu" in {tag.union_id for tag in tags.unions}


@pytest.mark.parametrize(("text", "name"), [
    ("Nagwelga ang Lakas ng Manggagawa sa Zenith Foods noong Lunes.", "Lakas ng Manggagawa sa Zenith Foods"),
    ("Iginiit ng Pinagkaisang Lakas ng Manggagawa sa Orient Steel ang CBA.",
     "Pinagkaisang Lakas ng Manggagawa sa Orient Steel"),
    ("Nagpiket ang Pinagsamang Lakas ng mga Manggagawa sa Golden Rice Mills sa harap ng pabrika.",
     "Pinagsamang Lakas ng mga Manggagawa sa Golden Rice Mills"),
    ("Nagprotesta ang Lakas Manggagawa sa Sunshine Apparel laban sa tanggalan.", "Lakas Manggagawa sa Sunshine Apparel"),
    ("Sumama ang Pagkakaisa ng mga Manggagawa sa Pantalan sa rali sa Mendiola.", "Pagkakaisa ng mga Manggagawa sa Pantalan"),
    ("Ayon sa Katipunan ng mga Manggagawa sa Asukal, hindi sapat ang sahod.", "Katipunan ng mga Manggagawa sa Asukal"),
    ("Nagwelga ang Pinagsamang Layunin ng mga Manggagawa sa Hanjin Plastics noong Biyernes.",
     "Pinagsamang Layunin ng mga Manggagawa sa Hanjin Plastics"),
])
def test_a_filipino_local_headed_by_a_word_for_unity_or_strength(text: str, name: str) -> None:
    # "Lakas" (strength), "Pinagkaisang"/"Pinagsamang" (united), "Pagkakaisa" (unity), "Katipunan" (society) head
    # locals' names with the workers and their workplace after them.
    assert union_names(tag_text(text, language="tl")) == {name}


def test_the_unity_and_strength_heads_need_a_labour_word_and_a_name() -> None:
    assert not tag_text("Nanalo ang Lakas sa halalan sa Cebu.", language="tl").unions  # a party
    assert not tag_text("Ang lakas ng manggagawa ay nasa pagkakaisa.", language="tl").unions
    assert not tag_text("Malaki ang Pagkakaisa ng mga tao sa bayan.", language="tl").unions
