"""Thai, Indonesian and Tagalog pass (issue 9, branch recth42): country and union readings from the sample
wide_recth42 and the older wide samples of these languages."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_names


@pytest.mark.parametrize("text", [
    # wide_recth42 id-42114: the palm-oil group Asian Agri, not Turkey's province Ağrı written without its marks
    "Sekitar dua ratus buruh perkebunan berbaris rapi didepan gedung megah milik Asian Agri Group di Medan.",
    # wide_recth42 id-42115
    "Adapun isi tuntutan aksi yakni hentikan pemotongan bonus tahun 2024 di Asian Agri Group, Labuhanbatu.",
])
def test_asian_agri_is_no_turkish_place(text: str) -> None:
    tags = tag_text(text, language="id")
    assert "TR" not in primary_countries(tags), primary_countries(tags)
    assert "ID" in primary_countries(tags), primary_countries(tags)


def test_member_before_its_written_out_gabungan_parent() -> None:
    # wide_recth42 id-42109: a sector union written out, then its parent GSBI written out ("Gabungan Serikat Buruh
    # Indonesia"), as the confederations and federations already are (recognise._INNER_PARENT)
    tags = tag_text("Kemudian, PTP SBGTS GSBI (Pimpinan Tingkat Pabrik Serikat Buruh Garmen dan Tekstil Gabungan "
                    "Serikat Buruh Indonesia), dengan Jovan sebagai pengurus.", language="id")
    names = union_names(tags)
    assert "Serikat Buruh Garmen dan Tekstil" in names, names
    assert not any("Tekstil Gabungan" in name for name in names), names


def test_gabungan_opening_a_name_is_kept() -> None:
    # wide_id19 id-7034: GSBI's own name, "Gabungan" first, is not cut
    tags = tag_text("Ribuan buruh yang tergabung dalam Gabungan Serikat buruh Indonesia atau GSBI melakukan aksi "
                    "mogok kerja di Sukabumi.", language="id")
    assert any("Gabungan Serikat" in name or name == "GSBI" for name in union_names(tags)), union_names(tags)


@pytest.mark.parametrize(("text", "name"), [
    # wide_recth42 th-42104: the Botanical Garden Organization's state-enterprise union, its enterprise after a space
    ("เมื่อวันที่ 1 พฤษภาคม 2559 คณะกรรมการสหภาพแรงงานรัฐวิสาหกิจ องค์การสวนพฤกษศาสตร์ ร่วมเดินขบวนในงานวันแรงงาน",
     "สหภาพแรงงานรัฐวิสาหกิจ องค์การสวนพฤกษศาสตร์"),
    # wide_sea28 th-29827: the electric train's
    ("สหภาพแรงงานรัฐวิสาหกิจ รถไฟฟ้า จัดแถลงข่าว เรื่อง ขอให้รัฐบาลเร่งรัดการจัดซื้อขบวนรถไฟฟ้าเพิ่ม",
     "สหภาพแรงงานรัฐวิสาหกิจ รถไฟฟ้า"),
])
def test_thai_state_enterprise_union_with_its_enterprise_apart(text: str, name: str) -> None:
    assert name in union_names(tag_text(text, language="th")), union_names(tag_text(text, language="th"))


@pytest.mark.parametrize("text", [
    # wide_recea39 th-39302, wide_th19 th-8900: the kind of union, then a clause or a verb, names none
    "สหภาพแรงงานรัฐวิสาหกิจ เป็นตัวนำร่องผู้นำสหภาพรัฐวิสาหกิจ",
    "สหภาพแรงงานรัฐวิสาหกิจ การเจรจาครั้งนี้ไม่คืบหน้า",
])
def test_thai_state_enterprise_kind_alone_names_none(text: str) -> None:
    assert not union_names(tag_text(text, language="th")), union_names(tag_text(text, language="th"))
