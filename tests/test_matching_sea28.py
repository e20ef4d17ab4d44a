"""Indonesian and Malay union names on South-East Asian labour pages (branch sea28)."""

from __future__ import annotations

import pytest

from bot.matching import default_tagger


def _unions(text: str) -> list[tuple[str, str]]:
    return [(tag.union_id, tag.name) for tag in default_tagger().tag(None, text).unions]


def _ids(text: str) -> set[str]:
    return {union_id for union_id, _ in _unions(text)}


@pytest.mark.parametrize(("text", "union_id"), [
    ("Jakarta - Sekretaris Jenderal Federasi Serikat Pekerja BUMN Bersatu, Budi Santoso, meminta dialog.",
     "federasi-serikat-pekerja-bumn-bersatu-id"),
    ("Presiden Asosiasi Serikat Pekerja Indonesia Rina Wulandari berkata upah harus naik di Jakarta.",
     "asosiasi-serikat-pekerja-indonesia-id"),
    ("Federasi Serikat Pekerja Pertamina Bersatu (FSPPB) menolak rencana holding di Jakarta.", "fsppb-id"),
    ("Kenyataan Rasmi Kesatuan Pekerja-Pekerja KTMB mengenai piket di Kuala Lumpur.", "railwaymen-s-union-of-malaya-my"),
    ("Railwaymen's Union of Malaysia menuntut KTMB membayar bonus.", "railwaymen-s-union-of-malaya-my"),
])
def test_sea_unions_the_directory_knows(text: str, union_id: str) -> None:
    assert union_id in _ids(text)


@pytest.mark.parametrize("text", [
    "Jakarta - Sekretaris Jenderal Federasi Serikat Pekerja BUMN Bersatu, Budi Santoso, meminta dialog.",
    "Jakarta - Sekretaris Jenderal Konfederasi Buruh Nusantara Raya, Budi Santoso, meminta dialog.",
])
def test_secretary_general_is_no_part_of_a_name(text: str) -> None:
    assert not any(name.split()[0] == "Jenderal" for _, name in _unions(text))


@pytest.mark.parametrize("text", [
    "Surabaya - Rina, Koordinator Aliansi Pekerja Pelabuhan Bersatu, mengatakan aksi akan digelar besok.",
    "Bandung - Koordinator Aliansi Buruh Tekstil menyampaikan tuntutan kepada gubernur.",
])
def test_coordinator_is_no_part_of_a_name(text: str) -> None:
    assert not any(name.split()[0] == "Koordinator" for _, name in _unions(text))


@pytest.mark.parametrize("text", [
    "Medan - Pengambilalihan itu diprotes oleh Serikat Pekerja (SP) Perkebunan Nusantara di Medan.",
    "Semarang - Ratusan anggota Serikat Buruh (SB) pabrik sepatu berunjuk rasa di Semarang.",
])
def test_generic_phrase_with_its_own_abbreviation_is_no_union(text: str) -> None:
    assert not any(name in ("Serikat Pekerja", "Serikat Buruh") for _, name in _unions(text))


def test_employers_association_is_no_union() -> None:
    assert _unions("Semarang - Asosiasi Pengusaha Indonesia (Apindo) Jawa Tengah menolak kenaikan upah.") == []
