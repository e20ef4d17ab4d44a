"""Indonesian company unions named by their company's legal form or acronym (branch idco28)."""

from __future__ import annotations

import pytest

from bot.matching import default_tagger


def _names(text: str) -> list[str]:
    return [tag.name for tag in default_tagger().tag(None, text).unions]


@pytest.mark.parametrize(("text", "name"), [
    ("Medan - Serikat Pekerja PT Perkebunan Sawit Lestari menggelar mogok kerja di pabrik.",
     "Serikat Pekerja PT Perkebunan Sawit Lestari"),
    ("Jakarta - Serikat Buruh PT Tekstil Maju Tbk menuntut upah lembur dibayar penuh.",
     "Serikat Buruh PT Tekstil Maju Tbk"),
    ("Cikarang - Serikat Karyawan PT. Kereta Listrik Nusantara menolak mutasi sepihak.",
     "Serikat Karyawan PT. Kereta Listrik Nusantara"),
    ("Makassar - Ketua Serikat Pekerja TVRI Makassar, Andi, meminta tunjangan dibayar.",
     "Serikat Pekerja TVRI Makassar"),
])
def test_company_union_goes_on_through_the_legal_form_or_acronym(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "Jakarta - Serikat Pekerja menolak rencana itu.",
    "Jakarta - Serikat Pekerja PT menolak rencana itu.",
    "Jakarta - Partai Buruh dan Apindo berbeda pendapat soal upah minimum.",
])
def test_no_union_named(text: str) -> None:
    assert _names(text) == []


def test_state_enterprises_at_large_are_no_company() -> None:
    assert not any("BUMN" in name for name in _names("Jakarta - Serikat Pekerja BUMN menolak rencana holding itu."))


def test_a_unions_own_acronym_after_the_head_is_not_a_company() -> None:
    assert not any(name.startswith("Serikat Pekerja SPN") for name in _names(
        "Bogor - Serikat Pekerja SPN PT Garmen Sejati menolak pemutusan hubungan kerja."))


def test_a_regions_unions_are_no_company_union() -> None:
    assert _names("Ia pernah menjadi Ketua Serikat Pekerja ASEAN di Bandung.") == []
