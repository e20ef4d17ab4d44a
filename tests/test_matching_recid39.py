"""Indonesian, Malay and Tagalog recogniser pass (issue 9, branch recid39): a list of trades with a serial comma
after "Serikat Pekerja"/"Serikat Buruh" ("Kimia, Energi, dan Pertambangan") is the name's, and Indonesian "di"
(in) ends such a list."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_names


@pytest.mark.parametrize(("text", "name"), [
    ("Ratusan karyawan yang tergabung dalam Serikat Buruh Kehutanan, Perkayuan, dan Perkebunan berunjuk rasa di "
     "Bogor, Jawa Barat.", "Serikat Buruh Kehutanan, Perkayuan, dan Perkebunan"),
    ("Ketua Serikat Pekerja Tekstil, Sandang, dan Kulit di Bandung, Jawa Barat, menolak PHK massal.",
     "Serikat Pekerja Tekstil, Sandang, dan Kulit"),
])
def test_a_serial_comma_list_of_trades_is_the_name_s(text: str, name: str) -> None:
    names = union_names(tag_text(text, language="id"))
    assert name in names, names


def test_the_chemical_workers_list_is_the_federation() -> None:
    text = ("Aksi yang tergabung dalam Serikat Pekerja Kimia, Energi, dan Pertambangan (SP-KEP) SPSI Freeport itu "
            "membacakan tuntutan di Timika, Papua.")
    names = union_names(tag_text(text, language="id"))
    assert "Serikat Pekerja Kimia" not in names, names


def test_the_acronym_after_a_list_of_trades_is_the_name_s() -> None:
    tags = tag_text("Ketua Serikat Buruh Industri, Pertambangan dan Energi (SBIPE) Morowali berkata di Sulawesi "
                    "Tengah, buruh akan mogok.", language="id")
    assert {(tag.name, tag.acronym) for tag in tags.unions} == {
        ("Serikat Buruh Industri, Pertambangan dan Energi", "SBIPE")}


def test_a_person_and_a_date_after_a_company_union_are_not_a_list() -> None:
    text = ("\"Apabila bisa disatukan,\" ungkap Ketua Serikat Pekerja PT Jakarta International Container Terminal, "
            "Nova Hakim, Senin (7/3/2016) di Jakarta.")
    names = union_names(tag_text(text, language="id"))
    assert not any("Nova Hakim" in name for name in names), names
