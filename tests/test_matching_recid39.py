"""Indonesian, Malay and Tagalog recogniser pass (issue 9, branch recid39): a list of trades with a serial comma
after "Serikat Pekerja"/"Serikat Buruh" ("Kimia, Energi, dan Pertambangan") is the name's, Indonesian "di"
(in) ends such a list, the acronym in brackets after it is the name's, and a list without "dan" reaches a bracket
only when it holds an acronym (not "..., Nova Hakim, Senin (7/3/2016)"); SERBUNDO, SPPI Bersatu and TNBJOU are in
the directory."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids, union_names


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


@pytest.mark.parametrize(("text", "language", "union_id"), [
    ("MEDAN | Federasi Serikat Buruh Perkebunan Indonesia (F. SERBUNDO) menggelar konsultasi publik di Medan, "
     "Sumatera Utara.", "id", "serbundo-id"),
    ("Tanjung Priok - Acara buka puasa Serikat Pekerja Pelabuhan Indonesia Bersatu (SPPI-Bersatu) digelar oleh "
     "DPC di lingkungan Pelindo Regional 2.", "id", "serikat-pekerja-pelabuhan-indonesia-bersatu-id"),
    ("Empat serikat pekerja Pelindo bergabung sebagai Serikat Pekerja Pelabuhan Indonesia (SPPI) Bersatu di Bogor.",
     "id", "serikat-pekerja-pelabuhan-indonesia-bersatu-id"),
    ("NOTIS PERTIKAIAN PERUSAHAAN ANTARA TENAGA NASIONAL BERHAD JUNIOR OFFICERS UNION DAN TENAGA NASIONAL BERHAD. "
     "TNBJOU memutuskan memajukan 9 isu di Kuala Lumpur.", "ms", "tnbjou-my"),
])
def test_directory_names_of_recid39(text: str, language: str, union_id: str) -> None:
    tags = tag_text(text, language=language)
    assert union_id in union_ids(tags), union_names(tags)
